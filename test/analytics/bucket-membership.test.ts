// post_bucket_counts (bucketDemand's live membership) is kept in step by triggers with
// post_skills, phrase_hits, skill_aliases and skills: after imports, re-imports, post deletes and
// every kind of taxonomy edit it must equal a recomputation from the raw tables, and its (post,
// bucket) pairs must be those of the one rule of membership (taxonomy/skill-membership.ts) that
// every other reader of membership builds its SQL from.
import { beforeEach, describe, expect, it } from "vitest";
import { bucketDemand } from "../../src/analytics/analytics.service";
import { writeTransaction, type Db } from "../../src/db/client";
import { EMPTY, sql, type Sql } from "../../src/db/sql-fragment";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import { applyEdit, type TaxonomyOp } from "../../src/taxonomy/taxonomy-edit.service";
import { membershipSql } from "../../src/taxonomy/skill-membership";
import { withNameTags } from "../../src/taxonomy/skill-name-tag";
import { currentVersion, readDictionary, replaceDictionary } from "../../src/taxonomy/taxonomy.repository";
import type { BucketDef, SkillDef } from "../../src/taxonomy/taxonomy.model";
import { TEST_DATABASE_URL } from "../helpers/db";
import { recomputedBucketCounts, storedBucketCounts } from "../helpers/index-consistency";
import { SMALL_POSTS, smallDb, smallTaxonomy } from "../taxonomy/edit-fixture";

/** "post bucket" pairs of a membership query, sorted. */
function pairs(db: Db, members: Sql, ctes: Sql = EMPTY): string[] {
  const q = sql`${ctes}SELECT DISTINCT post_id || ' ' || bucket_id FROM (${members}) m`;
  return (
    db.$client
      .prepare(q.text)
      .pluck()
      .all(...q.params) as string[]
  ).sort();
}

/**
 * The (post, bucket) pairs of the one rule of membership: under the live tables, and under the
 * same dictionary passed as a past version (JSON rows, every post walked first).
 */
function rulePairs(db: Db): { live: string[]; past: string[] } {
  const live = pairs(db, membershipSql({ columns: ["post_id", "bucket_id"] }));
  const rows = readDictionary(db).flatMap((b) =>
    b.skills.flatMap((s) => [
      ...s.tags.map((t) => [b.id, "tag", t]),
      ...s.phrases.map((p) => [b.id, "phrase", p]),
    ]),
  );
  const ctes = sql`WITH dict(bucket_id, kind, alias) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(${JSON.stringify(rows)})),
    all_posts(post_id) AS (SELECT id FROM posts) `;
  const past = pairs(
    db,
    membershipSql({ columns: ["post_id", "bucket_id"], dictionary: "dict", posts: "all_posts" }),
    ctes,
  );
  return { live, past };
}

function expectInStep(db: Db): void {
  const rows = storedBucketCounts(db);
  expect(rows).toEqual(recomputedBucketCounts(db));
  expect(rows.every((r) => r.n > 0)).toBe(true);
  // The triggers of migration 0005 and the one rule (skill-membership.ts) agree on who is where.
  const stored = rows.map((r) => `${r.post_id} ${r.bucket_id}`).sort();
  expect(rulePairs(db)).toEqual({ live: stored, past: stored });
}

let db: Db;
const ACTOR = "test";
const edit = (op: TaxonomyOp) => applyEdit(db, ACTOR, currentVersion(db), op);
const bucketId = (name: string) =>
  (db.$client.prepare("SELECT id FROM buckets WHERE name = ?").get(name) as { id: string }).id;
const skillId = (name: string) =>
  (db.$client.prepare("SELECT id FROM skills WHERE name = ?").get(name) as { id: string }).id;

async function reimport(rows = SMALL_POSTS): Promise<void> {
  const taxonomy = smallTaxonomy();
  await importSource(db, rowsSource(rows), {
    taxonomy,
    classify: { technologies: taxonomy.technologies, mode: "candidates" },
  });
}

describe("post_bucket_counts", () => {
  beforeEach(async () => {
    db = await smallDb();
  });

  it("is filled by imports and follows re-imports and post deletes", async () => {
    expect(storedBucketCounts(db).length).toBeGreaterThan(0);
    expectInStep(db);
    // p1 loses its chatbot tag and gains sentiment analysis; p5 gets a chatbot in its text.
    await reimport(
      SMALL_POSTS.map((r) =>
        r.id === "p1"
          ? { ...r, skills: "Sentiment Analysis;Python" }
          : r.id === "p5"
            ? { ...r, description: "and a chatbot on top" }
            : r,
      ),
    );
    expectInStep(db);
    await reimport();
    expectInStep(db);
    db.$client.prepare("DELETE FROM posts WHERE external_id IN ('p2', 'p10')").run();
    expectInStep(db);
  });

  it("follows every kind of taxonomy edit, including reverts", () => {
    edit({ op: "createBucket", name: "Generative AI" });
    const gen = bucketId("Generative AI");
    edit({ op: "createSkill", bucketId: gen, name: "Prompt Engineering" });
    const prompt = skillId("Prompt Engineering");
    expectInStep(db);
    // The skill's name is its tag already (skill-name-tag.ts): give it one more.
    edit({ op: "addAlias", skillId: prompt, kind: "tag", alias: "LLM Prompting" });
    expectInStep(db);
    edit({ op: "addAlias", skillId: prompt, kind: "phrase", alias: "retrieval augmented generation" });
    expectInStep(db);
    edit({ op: "addAlias", skillId: skillId("Chatbots"), kind: "tag", alias: "OpenAI API" });
    expectInStep(db);
    edit({ op: "moveSkill", skillId: skillId("Chatbots"), bucketId: gen });
    expectInStep(db);
    edit({ op: "removeAlias", skillId: skillId("Chatbots"), kind: "phrase", alias: "chatbot" });
    expectInStep(db);
    edit({ op: "mergeSkills", sourceId: skillId("Text Summarization"), targetId: prompt });
    expectInStep(db);
    edit({ op: "mergeSkills", sourceId: skillId("Sentiment Analysis"), targetId: skillId("Chatbots") });
    expectInStep(db);
    edit({ op: "deleteSkill", skillId: skillId("Machine Learning") });
    expectInStep(db);
    edit({ op: "deleteBucket", bucketId: gen, cascade: true });
    expectInStep(db);
    edit({ op: "revertTaxonomy", toVersion: 1 });
    expectInStep(db);
    edit({ op: "revertTaxonomy", toVersion: 5 });
    expectInStep(db);
  });

  it("follows a full replacement that writes only what differs", () => {
    // Count the rows a replacement writes into post_bucket_counts: a row trigger that logs each
    // write into pbc_writes (on SQLite a temporary one per kind; PostgreSQL has no temporary
    // triggers, and the test's database is its own).
    const c = db.$client;
    if (TEST_DATABASE_URL) {
      c.exec(`CREATE TABLE pbc_writes (n integer);
        CREATE FUNCTION pbc_write() RETURNS trigger LANGUAGE plpgsql AS $$
          BEGIN INSERT INTO pbc_writes VALUES (1); RETURN NULL; END $$;
        CREATE TRIGGER pbc_write AFTER INSERT OR UPDATE OR DELETE ON post_bucket_counts
          FOR EACH ROW EXECUTE FUNCTION pbc_write()`);
    } else {
      c.exec("CREATE TEMP TABLE pbc_writes (n INTEGER)");
      for (const kind of ["INSERT", "UPDATE", "DELETE"]) {
        c.exec(
          `CREATE TEMP TRIGGER pbc_${kind} AFTER ${kind} ON main.post_bucket_counts BEGIN INSERT INTO pbc_writes VALUES (1); END`,
        );
      }
    }
    const writes = () => (c.prepare("SELECT COUNT(*) AS n FROM pbc_writes").get() as { n: number }).n;
    const replace = (buckets: ReturnType<typeof readDictionary>) =>
      writeTransaction(db, () => replaceDictionary(db, buckets));

    replace(readDictionary(db));
    expect(writes()).toBe(0);
    expectInStep(db);

    // Swap two bucket names and two skill names, move an alias to another skill, move a skill to
    // another bucket, add a bucket, drop a skill.
    const [conv, nlp, ml] = smallTaxonomy().buckets as [BucketDef, BucketDef, BucketDef];
    const [sentiment, summarization] = nlp.skills as [SkillDef, SkillDef];
    const chatbots = conv.skills[0] as SkillDef;
    const target: BucketDef[] = [
      {
        id: "gen",
        name: "Generative AI",
        skills: [{ ...summarization, tags: [...summarization.tags, "openai api"] }],
      },
      {
        ...nlp,
        name: conv.name,
        skills: [{ ...sentiment, name: chatbots.name, tags: [...sentiment.tags, "chatbot"] }],
      },
      {
        ...conv,
        name: nlp.name,
        skills: [{ ...chatbots, name: sentiment.name, tags: ["chatbot development"] }],
      },
      { ...ml, skills: [] },
    ];
    replace(target);
    // Stored with each skill's name tag (a replacement keeps the rule of skill-name-tag.ts).
    expect(readDictionary(db)).toEqual(withNameTags(target));
    expect(writes()).toBeGreaterThan(0);
    expectInStep(db);

    replace(smallTaxonomy().buckets);
    expect(readDictionary(db)).toEqual(smallTaxonomy().buckets);
    expectInStep(db);
  });

  it("follows a skill deleted directly (its aliases cascade)", () => {
    db.$client.prepare("DELETE FROM skills WHERE id = ?").run(skillId("Chatbots"));
    expect(
      db.$client.prepare("SELECT COUNT(*) AS n FROM skill_aliases WHERE skill_id = 'chatbots'").get(),
    ).toEqual({
      n: 0,
    });
    expectInStep(db);
  });

  it("gives bucketDemand the same answer as the dictionary-as-JSON path", () => {
    edit({ op: "addAlias", skillId: skillId("Chatbots"), kind: "tag", alias: "OpenAI API" });
    const dictionary = smallTaxonomy().buckets.map((b) =>
      b.id === "conversational-ai"
        ? { ...b, skills: b.skills.map((s) => ({ ...s, tags: [...s.tags, "openai api"] })) }
        : b,
    );
    const period = { label: "2023-24", from: "2023-01-01", to: "2025-01-01" };
    const live = bucketDemand(db, { period });
    expect(live.some((r) => r.posts > 0)).toBe(true);
    expect(live).toEqual(bucketDemand(db, { period, dictionary }));
  });
});
