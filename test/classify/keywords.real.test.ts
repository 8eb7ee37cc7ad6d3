// The keyword rules read a text's words first and try a term's regex only when the text has the
// term's first word (on ASCII text, only where it has it): on the real posts, that never loses a
// match the regexes alone would find.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { keywordText, matchKeywords } from "../../src/classify/keywords";
import { postText, splitSkills } from "../../src/classify/post-text";
import { referenceKeywords as reference } from "../helpers/keyword-reference";
import { hasRealData, LABELED_CSV, POSTS_CSV } from "../helpers/real-data";
import { projectTaxonomy } from "../helpers/runtime";

describe.skipIf(!hasRealData)("the keyword rules on the real posts", () => {
  it("find exactly what every term's regex finds, for every technology", () => {
    const rows = [POSTS_CSV, LABELED_CSV].flatMap(
      (f) => parse(fs.readFileSync(f, "utf8"), { columns: true }) as Record<string, string>[],
    );
    // Every 7th post (about 6,600): each is read by some 230 regexes in the reference.
    const texts = rows
      .filter((_r, i) => i % 7 === 0)
      .map((r) =>
        postText({ title: r.title ?? "", skills: splitSkills(r.skills), description: r.description ?? "" }),
      );
    let hits = 0;
    for (const tech of projectTaxonomy().technologies) {
      for (const text of texts) {
        const got = matchKeywords(tech, keywordText(text));
        expect(got, `${tech.id}: ${text.slice(0, 80)}`).toEqual(reference(tech, text));
        if (got.hit) hits += 1;
      }
    }
    expect(hits).toBeGreaterThan(500);
  });
});
