// An import takes the phrase matches of posts with ASCII text from the step that prepares its
// chunks (PhraseFilter.inPost) and asks the full-text index about the rest. Whichever way, the
// stored matches are the ones the full-text index finds: for text and phrases with other
// characters, and when the dictionary changes between a chunk's preparing and its writing.
import { describe, expect, it } from "vitest";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import { PhraseFilter } from "../../src/taxonomy/phrase-filter";
import { applyEdit } from "../../src/taxonomy/taxonomy-edit.service";
import { currentVersion } from "../../src/taxonomy/taxonomy.repository";
import {
  recomputedBucketCounts,
  recomputedPhraseHits,
  storedBucketCounts,
  storedPhraseHits,
} from "../helpers/index-consistency";
import { postRows } from "../helpers/rows";
import { testRuntime } from "../helpers/runtime";

const edit = (rt: ReturnType<typeof testRuntime>, op: Parameters<typeof applyEdit>[3]) =>
  applyEdit(rt.db, "tester", currentVersion(rt.db), op);

describe("PhraseFilter.inPost", () => {
  const filter = new PhraseFilter(["ai agent", "prompt engineering", "crème brûlée"]);

  it("decides the ASCII phrases of ASCII text, one column at a time", () => {
    const got = filter.inPost("Build an AI-agent", "with prompt\nengineering; not ai and agent");
    expect(got.hits?.sort()).toEqual(["ai agent", "prompt engineering"]);
    expect(filter.inPost("Hiring an AI", "agent for our team").hits).toEqual([]);
  });

  it("leaves text with other characters, and phrases with them, to the full-text index", () => {
    const other = filter.inPost("Café AI agent", "");
    expect(other.hits).toBeNull();
    expect([...other.candidates]).toEqual(["ai agent"]);
    const folded = filter.inPost("Creme brulee with an AI agent", "");
    expect(folded.candidates.has("crème brûlée")).toBe(true);
    expect(folded.hits).toEqual(["ai agent"]);
  });
});

describe("an import's phrase matches", () => {
  it("are the full-text index's for ASCII and other text and phrases", async () => {
    const rt = testRuntime();
    edit(rt, { op: "addAlias", skillId: "ai-agent-development", alias: "crème brûlée", kind: "phrase" });
    const texts = [
      "We need an AI agent and prompt engineering",
      "Café owner wants an AI agent; crème brûlée menu",
      "Creme brulee recipes, agentic workflows",
      "CRÈME BRÛLÉE and ai agents",
      "Nothing to see here",
    ];
    await rt.importRows(
      postRows(texts.length * 3, (i) => ({
        id: `p${i}`,
        title: `Post ${i}`,
        description: texts[i % texts.length]!,
      })),
    );
    const stored = storedPhraseHits(rt.db);
    expect(stored).toEqual(recomputedPhraseHits(rt.db));
    expect(stored.filter((h) => h.startsWith("crème brûlée\t"))).toHaveLength(9);
    expect(stored.filter((h) => h.startsWith("ai agent\t"))).toHaveLength(6);
    expect(storedBucketCounts(rt.db)).toEqual(recomputedBucketCounts(rt.db));
  });

  it("follow a dictionary edit made while a chunk waited to be written", async () => {
    const rt = testRuntime();
    let edited = false;
    await importSource(
      rt.db,
      rowsSource(
        postRows(2500, (i) => ({
          id: `e${i}`,
          title: i % 2 ? "An agentic AI agent" : "Quarterly pipeline review",
          description: "Prompt engineering for a quarterly pipeline review",
        })),
      ),
      {
        taxonomy: rt.taxonomy,
        classify: rt.classify,
        // After the first chunk's commit; the second was prepared before it.
        onProgress: () => {
          if (edited) return;
          edited = true;
          edit(rt, {
            op: "addAlias",
            skillId: "ai-agent-development",
            alias: "quarterly pipeline review",
            kind: "phrase",
          });
          edit(rt, { op: "removeAlias", skillId: "ai-agent-development", alias: "agentic", kind: "phrase" });
        },
      },
    );
    expect(edited).toBe(true);
    const stored = storedPhraseHits(rt.db);
    expect(stored).toEqual(recomputedPhraseHits(rt.db));
    expect(stored.filter((h) => h.startsWith("quarterly pipeline review\t"))).toHaveLength(2500);
    expect(storedBucketCounts(rt.db)).toEqual(recomputedBucketCounts(rt.db));
  });
});
