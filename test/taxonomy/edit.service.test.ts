// Dictionary edits through the service: each edit's effect, its log entry, its validation, and
// that a refused edit leaves every table exactly as it was.
import { GraphQLError } from "graphql";
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import {
  applyEdit,
  previewEdit,
  scopeCounter,
  type TaxonomyOp,
} from "../../src/taxonomy/taxonomy-edit.service";
import { bucketPostCounts } from "../../src/taxonomy/taxonomy-edit.repository";
import { currentVersion, readDictionary } from "../../src/taxonomy/taxonomy.repository";
import { TEST_DATABASE_URL } from "../helpers/db";
import { expectError } from "../helpers/errors";
import { bucketMembersByHand, dumpTaxonomyTables, smallDb } from "./edit-fixture";

let db: Db;
beforeEach(async () => {
  db = await smallDb();
});

const ACTOR = "key:7 (editor)";
const edit = (op: TaxonomyOp) => applyEdit(db, ACTOR, currentVersion(db), op);

function errorOf(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GraphQLError) return e;
    throw e;
  }
  throw new Error("expected an error");
}

function lastChange(): {
  version: number;
  actor: string;
  operation: string;
  before: unknown;
  after: unknown;
} {
  const row = db.$client.prepare("SELECT * FROM taxonomy_changes ORDER BY version DESC LIMIT 1").get() as {
    version: number;
    actor: string;
    operation: string;
    before: string | null;
    after: string | null;
  };
  return { ...row, before: row.before && JSON.parse(row.before), after: row.after && JSON.parse(row.after) };
}

const skillIn = (bucketId: string) =>
  readDictionary(db)
    .find((b) => b.id === bucketId)
    ?.skills.map((s) => s.id);

const counts = (from?: string, to?: string) =>
  Object.fromEntries([...bucketPostCounts(db, { from, to })].map(([id, c]) => [id, c.posts]));

describe("dictionary edits", () => {
  it("starts at version 1 after the files were loaded", () => {
    expect(currentVersion(db)).toBe(1);
    expect(lastChange()).toMatchObject({ operation: "loadFiles", actor: "files" });
  });

  it("creates a bucket with an id from its name, logs it and bumps the version", () => {
    const r = edit({ op: "createBucket", name: "  Generative   AI " });
    expect(r).toMatchObject({
      version: 2,
      operation: "createBucket",
      actor: ACTOR,
      bucket: { id: "generative-ai", name: "Generative AI" },
    });
    expect(readDictionary(db).at(-1)).toEqual({ id: "generative-ai", name: "Generative AI", skills: [] });
    expect(lastChange()).toMatchObject({
      version: 2,
      actor: ACTOR,
      operation: "createBucket",
      before: null,
      after: { bucket: { id: "generative-ai", name: "Generative AI" } },
    });
  });

  it("renames a bucket and keeps its id", () => {
    const r = edit({ op: "renameBucket", bucketId: "nlp", name: "Language AI" });
    expect(r.bucket).toEqual({ id: "nlp", name: "Language AI" });
    expect(lastChange()).toMatchObject({
      before: { bucket: { name: "Natural Language Processing" } },
      after: { bucket: { name: "Language AI" } },
    });
  });

  it("refuses to delete a bucket that still has skills unless cascade is set, then deletes them with it", () => {
    const err = errorOf(() => edit({ op: "deleteBucket", bucketId: "nlp", cascade: false }));
    expectError(err, { code: "BAD_USER_INPUT", message: /still has 2 skill/ });
    expect(err.message).toMatch(/move them/);
    expect(err.message).toMatch(/cascade: true/);

    const r = edit({ op: "deleteBucket", bucketId: "nlp", cascade: true });
    expect(r.deletedBucketIds).toEqual(["nlp"]);
    expect(r.deletedSkillIds).toEqual(["sentiment-analysis", "text-summarization"]);
    expect(readDictionary(db).map((b) => b.id)).toEqual(["conversational-ai", "ml"]);
    expect(lastChange().before).toMatchObject({
      bucket: { id: "nlp", skills: [{ id: "sentiment-analysis" }, { id: "text-summarization" }] },
    });
    expect(counts().nlp).toBeUndefined();
  });

  it("deletes an empty bucket without cascade", () => {
    edit({ op: "createBucket", name: "Empty" });
    expect(edit({ op: "deleteBucket", bucketId: "empty", cascade: false }).version).toBe(3);
  });

  it("creates a skill in a bucket, which maps the posts tagged with its name and nothing else until it has aliases", () => {
    const before = counts();
    const r = edit({ op: "createSkill", bucketId: "nlp", name: "Prompt Engineering" });
    expect(r.skill).toEqual({ id: "prompt-engineering", name: "Prompt Engineering", bucketId: "nlp" });
    expect(r.bucket).toEqual({ id: "nlp", name: "Natural Language Processing" });
    expect(skillIn("nlp")).toEqual(["sentiment-analysis", "text-summarization", "prompt-engineering"]);
    // p6 and p7 carry the tag "Prompt Engineering"; p6's phrase "prompt engineering" is no alias.
    expect(counts()).toEqual({ ...before, nlp: before.nlp! + 2 });
    expect(lastChange().after).toMatchObject({ skill: { tags: ["prompt engineering"], phrases: [] } });
  });

  it("renames a skill", () => {
    const r = edit({ op: "renameSkill", skillId: "chatbots", name: "Chatbot Development" });
    expect(r.skill).toEqual({ id: "chatbots", name: "Chatbot Development", bucketId: "conversational-ai" });
    expect(lastChange()).toMatchObject({
      before: { skill: { name: "Chatbots" } },
      after: { skill: { name: "Chatbot Development" } },
    });
  });

  it("when a skill moves bucket, past posts count in the new bucket", () => {
    expect(counts("2023-01-01", "2024-01-01")).toEqual({ "conversational-ai": 2, nlp: 2, ml: 1 });
    const r = edit({ op: "moveSkill", skillId: "chatbots", bucketId: "nlp" });
    expect(r.bucket).toEqual({ id: "nlp", name: "Natural Language Processing" });
    expect(counts("2023-01-01", "2024-01-01")).toEqual({ "conversational-ai": 0, nlp: 4, ml: 1 });
    expect(lastChange()).toMatchObject({
      before: { skill: { id: "chatbots", bucketId: "conversational-ai" } },
      after: {
        skill: {
          id: "chatbots",
          bucketId: "nlp",
          tags: ["chatbots", "chatbot development", "chatbot"],
          phrases: ["chatbot"],
        },
      },
    });
  });

  it("merges a skill into another: the target takes its aliases and the source is gone", () => {
    const r = edit({ op: "mergeSkills", sourceId: "text-summarization", targetId: "sentiment-analysis" });
    expect(r.skill?.id).toBe("sentiment-analysis");
    expect(r.deletedSkillIds).toEqual(["text-summarization"]);
    const nlp = readDictionary(db).find((b) => b.id === "nlp");
    expect(nlp?.skills).toEqual([
      {
        id: "sentiment-analysis",
        name: "Sentiment Analysis",
        tags: ["sentiment analysis", "text summarization"],
        phrases: [],
      },
    ]);
    expect(counts().nlp).toBe(2);
  });

  it("deletes a skill with its aliases, so its posts leave the bucket", () => {
    edit({ op: "deleteSkill", skillId: "machine-learning" });
    expect(skillIn("ml")).toEqual([]);
    expect(counts().ml).toBe(0);
    expect(
      db.$client.prepare("SELECT COUNT(*) AS n FROM skill_aliases WHERE skill_id = 'machine-learning'").get(),
    ).toEqual({ n: 0 });
  });

  it("adding a tag alias makes past posts with that tag count, normalized on the way in", () => {
    expect(counts().nlp).toBe(2);
    const r = edit({ op: "addAlias", skillId: "text-summarization", alias: "  OpenAI   API ", kind: "tag" });
    expect(r.alias).toEqual({ alias: "openai api", kind: "tag" });
    // p4, p6, p8 and p10 carry the tag OpenAI API; p4 was already counted.
    expect(counts().nlp).toBe(5);
    expect(bucketMembersByHand(db).get("nlp")?.sort()).toEqual(["p10", "p3", "p4", "p6", "p8"]);
  });

  it("adding a phrase alias indexes it over every post at once, title and description", () => {
    edit({ op: "createSkill", bucketId: "nlp", name: "Retrieval Augmented Generation" });
    edit({
      op: "addAlias",
      skillId: "retrieval-augmented-generation",
      alias: "Retrieval Augmented Generation",
      kind: "phrase",
    });
    // p6 has it in its description, p8 in its title.
    expect(bucketMembersByHand(db).get("nlp")?.sort()).toEqual(["p3", "p4", "p6", "p8"]);
    expect(counts().nlp).toBe(4);
  });

  it("removing an alias takes its posts out of the bucket", () => {
    edit({ op: "removeAlias", skillId: "chatbots", alias: "Chatbot Development", kind: "tag" });
    // p1 and p10 still say "chatbot" in their titles; p2 only had the tag.
    expect(counts()["conversational-ai"]).toBe(2);
    edit({ op: "removeAlias", skillId: "chatbots", alias: "chatbot", kind: "phrase" });
    expect(counts()["conversational-ai"]).toBe(1); // p10 keeps the tag "chatbot"
  });

  it("answers a stale expectedVersion with CONFLICT and the current version, writing nothing", () => {
    edit({ op: "createBucket", name: "First" });
    const dump = dumpTaxonomyTables(db);
    const err = errorOf(() => applyEdit(db, ACTOR, 1, { op: "createBucket", name: "Second" }));
    expectError(err, { code: "CONFLICT", extensions: { currentVersion: 2 } });
    expect(dumpTaxonomyTables(db)).toEqual(dump);
  });

  it("refuses an alias another skill already has with CONFLICT naming that skill", () => {
    const err = errorOf(() =>
      edit({ op: "addAlias", skillId: "machine-learning", alias: "Chatbot", kind: "tag" }),
    );
    expectError(err, { code: "CONFLICT", extensions: { skillId: "chatbots" } });
    expect(err.message).toContain('"Chatbots"');
  });

  it.each<[string, TaxonomyOp, string, string]>([
    ["an empty bucket name", { op: "createBucket", name: "   " }, "BAD_USER_INPUT", "name"],
    [
      "a duplicate bucket name (case ignored)",
      { op: "createBucket", name: "machine LEARNING" },
      "BAD_USER_INPUT",
      "name",
    ],
    [
      "a duplicate skill name",
      { op: "renameSkill", skillId: "chatbots", name: "Sentiment Analysis" },
      "BAD_USER_INPUT",
      "name",
    ],
    ["an empty skill name", { op: "createSkill", bucketId: "nlp", name: "" }, "BAD_USER_INPUT", "name"],
    [
      "an empty alias",
      { op: "addAlias", skillId: "chatbots", alias: "  ", kind: "tag" },
      "BAD_USER_INPUT",
      "alias",
    ],
    [
      "an alias the skill already has",
      { op: "addAlias", skillId: "chatbots", alias: "CHATBOT", kind: "tag" },
      "BAD_USER_INPUT",
      "alias",
    ],
    [
      "a phrase of punctuation only",
      { op: "addAlias", skillId: "chatbots", alias: "!!", kind: "phrase" },
      "BAD_USER_INPUT",
      "alias",
    ],
    [
      "a move to the skill's own bucket",
      { op: "moveSkill", skillId: "chatbots", bucketId: "conversational-ai" },
      "BAD_USER_INPUT",
      "bucketId",
    ],
    [
      "a merge of a skill into itself",
      { op: "mergeSkills", sourceId: "chatbots", targetId: "chatbots" },
      "BAD_USER_INPUT",
      "targetId",
    ],
    ["an unknown bucket", { op: "renameBucket", bucketId: "nope", name: "X" }, "NOT_FOUND", "bucketId"],
    ["an unknown skill", { op: "moveSkill", skillId: "nope", bucketId: "nlp" }, "NOT_FOUND", "skillId"],
    [
      "an unknown target bucket",
      { op: "moveSkill", skillId: "chatbots", bucketId: "nope" },
      "NOT_FOUND",
      "bucketId",
    ],
    [
      "an unknown merge target",
      { op: "mergeSkills", sourceId: "chatbots", targetId: "nope" },
      "NOT_FOUND",
      "targetId",
    ],
    [
      "an alias the skill does not have",
      { op: "removeAlias", skillId: "chatbots", alias: "python", kind: "tag" },
      "NOT_FOUND",
      "alias",
    ],
    [
      "a bucket with skills, without cascade",
      { op: "deleteBucket", bucketId: "ml", cascade: false },
      "BAD_USER_INPUT",
      "cascade",
    ],
    ["a revert to a version that does not exist", { op: "revertTaxonomy", toVersion: 9 }, "NOT_FOUND", ""],
  ])("refuses %s and leaves the database exactly as it was", (_name, op, code, field) => {
    const dump = dumpTaxonomyTables(db);
    const err = errorOf(() => edit(op));
    expectError(err, { code, field: field || undefined });
    expect(dumpTaxonomyTables(db)).toEqual(dump);
  });

  it("rolls back the writes already made when an edit fails half-way", () => {
    const dump = dumpTaxonomyTables(db);
    // A phrase alias is written and indexed before the log entry; a failing log write must undo both.
    if (TEST_DATABASE_URL) {
      db.$client.exec(`CREATE FUNCTION no_log() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN RAISE EXCEPTION 'log full'; END $$;
        CREATE TRIGGER no_log BEFORE INSERT ON taxonomy_changes FOR EACH ROW EXECUTE FUNCTION no_log()`);
    } else {
      db.$client.exec(
        "CREATE TRIGGER no_log BEFORE INSERT ON taxonomy_changes BEGIN SELECT RAISE(ABORT, 'log full'); END",
      );
    }
    expect(() =>
      edit({
        op: "addAlias",
        skillId: "text-summarization",
        alias: "retrieval augmented generation",
        kind: "phrase",
      }),
    ).toThrow(/log full/);
    // A PostgreSQL trigger is named within its table.
    db.$client.exec(TEST_DATABASE_URL ? "DROP TRIGGER no_log ON taxonomy_changes" : "DROP TRIGGER no_log");
    expect(dumpTaxonomyTables(db)).toEqual(dump);
  });
});

describe("previewTaxonomyChange", () => {
  const cases: [string, TaxonomyOp][] = [
    ["moveSkill", { op: "moveSkill", skillId: "chatbots", bucketId: "ml" }],
    ["addAlias (tag)", { op: "addAlias", skillId: "sentiment-analysis", alias: "openai api", kind: "tag" }],
    [
      "addAlias (phrase)",
      { op: "addAlias", skillId: "machine-learning", alias: "prompt engineering", kind: "phrase" },
    ],
    ["removeAlias", { op: "removeAlias", skillId: "chatbots", alias: "chatbot", kind: "phrase" }],
    ["mergeSkills", { op: "mergeSkills", sourceId: "chatbots", targetId: "machine-learning" }],
    ["deleteBucket", { op: "deleteBucket", bucketId: "nlp", cascade: true }],
    ["createBucket", { op: "createBucket", name: "New" }],
  ];

  it.each(cases)("%s: the preview equals the effect of the real edit and writes nothing", (_name, op) => {
    const dump = dumpTaxonomyTables(db);
    const preview = previewEdit(db, op, scopeCounter({ from: "2023-01-01", to: "2025-01-01" }));
    expect(dumpTaxonomyTables(db)).toEqual(dump);

    const before = counts("2023-01-01", "2025-01-01");
    edit(op);
    const after = counts("2023-01-01", "2025-01-01");
    const ids = new Set([...Object.keys(before), ...Object.keys(after)]);
    expect(Object.fromEntries(preview.map((p) => [p.bucket.id, [p.before, p.after, p.delta]]))).toEqual(
      Object.fromEntries(
        [...ids].map((id) => [id, [before[id] ?? 0, after[id] ?? 0, (after[id] ?? 0) - (before[id] ?? 0)]]),
      ),
    );
  });

  it("previews with the same validation errors as the edit", () => {
    expect(() => previewEdit(db, { op: "moveSkill", skillId: "nope", bucketId: "ml" })).toThrow(/No skill/);
  });

  it("counts only the posts of the scope", () => {
    const all = previewEdit(db, { op: "moveSkill", skillId: "chatbots", bucketId: "ml" });
    const y2024 = previewEdit(
      db,
      { op: "moveSkill", skillId: "chatbots", bucketId: "ml" },
      scopeCounter({ from: "2024-01-01", to: "2025-01-01" }),
    );
    const writing = previewEdit(
      db,
      { op: "moveSkill", skillId: "chatbots", bucketId: "ml" },
      scopeCounter({ category: "writing" }),
    );
    expect(all.find((p) => p.bucket.id === "ml")).toMatchObject({ before: 1, after: 4, delta: 3 });
    expect(y2024.find((p) => p.bucket.id === "ml")).toMatchObject({ before: 0, after: 1, delta: 1 });
    expect(writing.find((p) => p.bucket.id === "ml")).toMatchObject({ before: 0, after: 0, delta: 0 });
  });
});
