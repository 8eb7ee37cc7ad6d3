// The keyword rules read a text's words first and try a term's regex only when the text has the
// term's first word: on the real posts, that never loses a match the regexes alone would find.
import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { keywordText, matchKeywords, termPattern } from "../../src/classify/keywords";
import { postText, splitSkills } from "../../src/classify/post-text";
import type { TechnologyDef } from "../../src/taxonomy/taxonomy.model";
import { hasRealData, LABELED_CSV, POSTS_CSV } from "../helpers/real-data";
import { projectTaxonomy } from "../helpers/runtime";

/** The rules as plain regexes over the whole text, every term tried. */
function reference(
  tech: TechnologyDef,
  text: string,
): { hit: boolean; included: string[]; excluded: string[] } {
  const masked: [number, number][] = [];
  const excluded: string[] = [];
  for (const t of tech.exclude) {
    const spans = [...text.matchAll(termPattern(t))].map((m): [number, number] => [
      m.index,
      m.index + m[0].length,
    ]);
    if (spans.length > 0) excluded.push(t.term);
    masked.push(...spans);
  }
  const included = tech.include
    .filter((t) =>
      [...text.matchAll(termPattern(t))].some((m) => {
        const a = m.index;
        const b = a + m[0].length;
        return !masked.some(([s, e]) => a < e && s < b);
      }),
    )
    .map((t) => t.term);
  return { hit: included.length > 0, included, excluded };
}

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
