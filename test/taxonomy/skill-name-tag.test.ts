// A skill's own name always matches as a tag (src/taxonomy/skill-name-tag.ts): a post tagged
// "Text Summarization" counts for the bucket of the skill "Text summarization" even when no editor
// listed that tag, on import, after edits that add or rename a skill, after a revert, and in the
// files the loader reads.
import { GraphQLError } from "graphql";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bucketDemand } from "../../src/analytics/analytics.service";
import type { Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import { applyEdit, type TaxonomyOp } from "../../src/taxonomy/taxonomy-edit.service";
import { DEFAULT_TAXONOMY_DIR, loadTaxonomy, TAXONOMY_FILES } from "../../src/taxonomy/taxonomy.files";
import type { BucketDef, Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { currentVersion, readDictionary } from "../../src/taxonomy/taxonomy.repository";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import { freshDb } from "../helpers/db";
import { expectError } from "../helpers/errors";
import { recomputedBucketCounts, storedBucketCounts } from "../helpers/index-consistency";
import { postRow } from "../helpers/rows";
import { smallTaxonomy } from "./edit-fixture";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-name-tag-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Skills listed without their names among their tags, as skills.yaml had text-summarization. */
const BARE: BucketDef[] = [
  {
    id: "nlp",
    name: "Natural Language Processing",
    skills: [
      {
        id: "sentiment-analysis",
        name: "Sentiment analysis",
        tags: ["sentiment classification"],
        phrases: [],
      },
      { id: "text-summarization", name: "Text summarization", tags: [], phrases: [] },
    ],
  },
  {
    id: "conversational-ai",
    name: "Conversational AI",
    skills: [{ id: "chatbots", name: "Chatbots", tags: ["chatbot"], phrases: [] }],
  },
];

const ALL_TIME = { label: "all", from: "2020-01-01", to: "2030-01-01" };

async function dbWith(buckets: BucketDef[], skills: string[]): Promise<{ db: Db; taxonomy: Taxonomy }> {
  const db = freshDb();
  const taxonomy: Taxonomy = { ...smallTaxonomy(), buckets };
  syncTaxonomy(db, taxonomy);
  const rows = skills.map((s, i) =>
    postRow({
      id: `p${i + 1}`,
      title: `Post ${i + 1}`,
      category: "Data Science & Analytics",
      posted_at: "2024-03-01T00:00:00Z",
      skills: s,
    }),
  );
  await importSource(db, rowsSource(rows), {
    taxonomy,
    classify: { technologies: taxonomy.technologies, mode: "candidates" },
  });
  return { db, taxonomy };
}

/** Figure 3's counts: posts per bucket in bucketDemand over all time. */
function demand(db: Db): Record<string, number> {
  return Object.fromEntries(bucketDemand(db, { period: ALL_TIME }).map((r) => [r.bucket.id, r.posts]));
}

const edit = (db: Db, op: TaxonomyOp) => applyEdit(db, "test", currentVersion(db), op);

function thrown(fn: () => unknown): GraphQLError | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof GraphQLError) return e;
    throw e;
  }
  return undefined;
}

describe("a skill's name matches as a tag", () => {
  it("counts a post tagged with a skill's exact name, normalized as tags are, for the skill's bucket", async () => {
    const { db } = await dbWith(BARE, ["Text Summarization", "TEXT   summarization;Python", "Summaries"]);
    expect(demand(db)).toEqual({ nlp: 2, "conversational-ai": 0 });
    const nlp = readDictionary(db).find((b) => b.id === "nlp")!;
    expect(nlp.skills.map((s) => s.tags)).toEqual([
      ["sentiment analysis", "sentiment classification"],
      ["text summarization"],
    ]);
    // The triggers behind bucketDemand and the one membership rule agree.
    expect(storedBucketCounts(db)).toEqual(recomputedBucketCounts(db));
  });

  it("a skill created by an edit counts the posts tagged with its name at once, for all history", async () => {
    const { db } = await dbWith(BARE, ["Voice Bots", "voice bots;Chatbot", "Chatbot"]);
    expect(demand(db)).toEqual({ nlp: 0, "conversational-ai": 2 });
    edit(db, { op: "createSkill", bucketId: "nlp", name: "Voice  bots" });
    expect(demand(db)).toEqual({ nlp: 2, "conversational-ai": 2 });
    expect(storedBucketCounts(db)).toEqual(recomputedBucketCounts(db));
  });

  it("a renamed skill counts the posts tagged with its new name, and keeps those tagged with the old one", async () => {
    const { db } = await dbWith(BARE, ["Opinion Mining", "Sentiment Analysis", "Other"]);
    expect(demand(db).nlp).toBe(1);
    edit(db, { op: "renameSkill", skillId: "sentiment-analysis", name: "Opinion mining" });
    expect(demand(db).nlp).toBe(2);
    const skill = readDictionary(db)[0]!.skills[0]!;
    expect(skill.tags).toEqual(["sentiment analysis", "sentiment classification", "opinion mining"]);
    expect(storedBucketCounts(db)).toEqual(recomputedBucketCounts(db));
  });

  it("a moved skill takes the posts tagged with its name to its new bucket", async () => {
    const { db } = await dbWith(BARE, ["Text Summarization"]);
    edit(db, { op: "moveSkill", skillId: "text-summarization", bucketId: "conversational-ai" });
    expect(demand(db)).toEqual({ nlp: 0, "conversational-ai": 1 });
  });

  it("refuses to remove a skill's name tag, naming alias", async () => {
    const { db } = await dbWith(BARE, []);
    const op: TaxonomyOp = { op: "removeAlias", skillId: "chatbots", alias: "Chatbots", kind: "tag" };
    expectError(
      thrown(() => edit(db, op)),
      { code: "BAD_USER_INPUT", field: "alias", message: /rename the skill/ },
    );
  });

  it("refuses a skill name that is another skill's tag with CONFLICT naming that skill, writing nothing", async () => {
    const { db } = await dbWith(BARE, []);
    const version = currentVersion(db);
    expectError(
      thrown(() => edit(db, { op: "createSkill", bucketId: "nlp", name: "Chatbot" })),
      {
        code: "CONFLICT",
        field: "name",
        message: /skill "Chatbots"/,
      },
    );
    expectError(
      thrown(() =>
        edit(db, { op: "renameSkill", skillId: "text-summarization", name: "sentiment classification" }),
      ),
      {
        code: "CONFLICT",
        field: "name",
      },
    );
    expect(currentVersion(db)).toBe(version);
  });

  it("a revert to a dictionary saved before the rule gives its skills their name tags back", async () => {
    const { db } = await dbWith(BARE, ["Text Summarization"]);
    // Version 1 as an older Frontier stored it: no name tags.
    db.$client
      .prepare("UPDATE taxonomy_changes SET dictionary = ? WHERE version = 1")
      .run(JSON.stringify(BARE));
    edit(db, { op: "deleteSkill", skillId: "text-summarization" });
    expect(demand(db).nlp).toBe(0);
    edit(db, { op: "revertTaxonomy", toVersion: 1 });
    expect(demand(db).nlp).toBe(1);
    expect(readDictionary(db)[0]!.skills[1]!.tags).toEqual(["text summarization"]);
  });
});

describe("the loader and the name tags", () => {
  function dirWith(skillsYaml: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "t-"));
    for (const file of Object.values(TAXONOMY_FILES))
      fs.copyFileSync(path.join(DEFAULT_TAXONOMY_DIR, file), path.join(dir, file));
    fs.writeFileSync(path.join(dir, TAXONOMY_FILES.skills), skillsYaml);
    return dir;
  }

  const yaml = (second: { name: string; tags: string[] }, first = "Text Summarization") => `buckets:
  - id: nlp
    name: NLP
    skills:
      - id: a
        name: ${first}
        tags: []
        phrases: []
      - id: b
        name: ${second.name}
        tags: [${second.tags.join(", ")}]
        phrases: [summaries]
`;

  it("puts a skill's normalized name first among its tags when missing, and leaves a listed one where it is", () => {
    const t = loadTaxonomy(
      dirWith(yaml({ name: "Sentiment Analysis", tags: ["opinion mining", "sentiment analysis"] })),
    );
    expect(t.buckets[0]!.skills.map((s) => s.tags)).toEqual([
      ["text summarization"],
      ["opinion mining", "sentiment analysis"],
    ]);
  });

  it("the real dictionary carries every skill's name as a tag, so Figure 3 counts text-summarization tags", () => {
    const t = loadTaxonomy(DEFAULT_TAXONOMY_DIR);
    for (const skill of t.buckets.flatMap((b) => b.skills))
      expect(skill.tags, skill.id).toContain(skill.name.toLowerCase().replace(/\s+/gu, " ").trim());
    const nlp = t.buckets.find((b) => b.id === "natural-language-processing")!;
    expect(nlp.skills.find((s) => s.id === "text-summarization")?.tags).toContain("text summarization");
  });

  it.each([
    ["another skill's tag", "Text Summarization"],
    ["another skill's phrase", "Summaries"],
  ])("refuses a skill whose name is %s, naming the field", (_what, first) => {
    const dir = dirWith(yaml({ name: "Opinion Mining", tags: ["text summarization"] }, first));
    expect(() => loadTaxonomy(dir)).toThrow("buckets[0].skills[0].name");
    expect(() => loadTaxonomy(dir)).toThrow(/always matches as its own tag/);
  });
});
