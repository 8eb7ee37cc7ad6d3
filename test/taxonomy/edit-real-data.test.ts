// On the real posts (../shared/data/posts.csv, ~41k): an edit re-buckets past posts at once,
// without re-import. The expected counts are computed apart, in plain JS over the raw tags and
// text, and compared with what the database answers before and after each edit.
import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import { openFileSource } from "../../src/posts/import/sources";
import { normalizeTag } from "../../src/taxonomy/normalize";
import {
  applyEdit,
  previewEdit,
  scopeCounter,
  type TaxonomyOp,
} from "../../src/taxonomy/taxonomy-edit.service";
import { bucketPostCounts } from "../../src/taxonomy/taxonomy-edit.repository";
import { currentVersion, readDictionary } from "../../src/taxonomy/taxonomy.repository";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { BucketDef, Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { freshDb } from "../helpers/db";
import { dumpTaxonomyTables } from "./edit-fixture";

const POSTS_CSV = path.resolve("..", "shared", "data", "posts.csv");
const hasData = existsSync(POSTS_CSV);
if (!hasData) console.warn(`Skipping the real-data taxonomy tests: ${POSTS_CSV} is absent.`);
const hasTaxonomy =
  existsSync(path.resolve("src", "taxonomy", "taxonomy.files.ts")) &&
  existsSync(path.resolve("taxonomy", "skills.yaml"));
if (!hasTaxonomy)
  console.warn(
    "Skipping the real-data taxonomy tests: the taxonomy loader or taxonomy/skills.yaml is absent.",
  );

const Y2023 = { from: "2023-01-01", to: "2024-01-01" };
const Y2024 = { from: "2024-01-01", to: "2025-01-01" };

/** The project's taxonomy/ through its loader. */
async function projectTaxonomy(): Promise<Taxonomy> {
  const loader = (await import("../../src/taxonomy/taxonomy.files")) as {
    DEFAULT_TAXONOMY_DIR: string;
    loadTaxonomy(dir: string): Taxonomy;
  };
  return loader.loadTaxonomy(loader.DEFAULT_TAXONOMY_DIR);
}

/** FTS5 unicode61 with remove_diacritics: lower case, no accents, words of letters and digits. */
const words = (text: string) =>
  ` ${text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;

interface RawPost {
  id: number;
  postedAt: string | null;
  title: string;
  description: string;
  tags: Set<string>;
}

let db: Db;
let raw: RawPost[] = [];

/** Posts per bucket of `dictionary` in a period, the plain way: a tag alias among the post's tags, or a phrase alias in its title or description. */
function countByHand(dictionary: BucketDef[], period: { from: string; to: string }): Record<string, number> {
  const inPeriod = raw.filter(
    (p) => p.postedAt && p.postedAt >= `${period.from}T` && p.postedAt < `${period.to}T`,
  );
  const text = new Map(inPeriod.map((p) => [p.id, [words(p.title), words(p.description)]]));
  const out: Record<string, number> = {};
  for (const bucket of dictionary) {
    const tags = new Set(bucket.skills.flatMap((s) => s.tags));
    const phrases = bucket.skills.flatMap((s) => s.phrases).map((p) => words(p));
    out[bucket.id] = inPeriod.filter(
      (p) =>
        [...p.tags].some((t) => tags.has(t)) ||
        phrases.some((ph) => text.get(p.id)!.some((t) => t.includes(ph))),
    ).length;
  }
  return out;
}

const counts = (period: { from: string; to: string }) =>
  Object.fromEntries([...bucketPostCounts(db, period)].map(([id, c]) => [id, c.posts]));

const edit = (op: TaxonomyOp) => applyEdit(db, "key:1 (editor)", currentVersion(db), op);

describe.skipIf(!hasData || !hasTaxonomy)("taxonomy edits on the real posts", () => {
  beforeAll(async () => {
    const taxonomy = await projectTaxonomy();
    db = freshDb();
    syncTaxonomy(db, taxonomy);
    const summary = await importSource(db, openFileSource(POSTS_CSV), {
      taxonomy,
      classify: { technologies: taxonomy.technologies, mode: "candidates" },
    });
    expect(summary.inserted).toBeGreaterThan(40_000);
    const posts = db.$client
      .prepare("SELECT id, posted_at AS postedAt, title, description FROM posts")
      .all() as Omit<RawPost, "tags">[];
    const byId = new Map(posts.map((p) => [p.id, { ...p, tags: new Set<string>() }]));
    for (const t of db.$client
      .prepare("SELECT post_id AS postId, tag FROM post_skills")
      .iterate() as Iterable<{
      postId: number;
      tag: string;
    }>)
      byId.get(t.postId)?.tags.add(t.tag);
    raw = [...byId.values()];
  });

  it("counts every bucket as the plain computation does, before any edit", () => {
    const dictionary = readDictionary(db);
    expect(counts(Y2023)).toEqual(countByHand(dictionary, Y2023));
    expect(counts(Y2024)).toEqual(countByHand(dictionary, Y2024));
  });

  it("when the skill with the tag 'chatbot development' moves bucket, its past posts count in the new bucket at once", () => {
    const dictionary = readDictionary(db);
    const home = dictionary.find((b) => b.skills.some((s) => s.tags.includes("chatbot development")));
    expect(home, "some skill maps the tag 'chatbot development'").toBeDefined();
    const skill = home!.skills.find((s) => s.tags.includes("chatbot development"))!;
    const target = dictionary.find((b) => b.id !== home!.id)!;

    const preview2024 = previewEdit(
      db,
      { op: "moveSkill", skillId: skill.id, bucketId: target.id },
      scopeCounter(Y2024),
    );
    const before = { y2023: counts(Y2023), y2024: counts(Y2024) };
    edit({ op: "moveSkill", skillId: skill.id, bucketId: target.id });
    const moved = readDictionary(db);
    const after = { y2023: counts(Y2023), y2024: counts(Y2024) };

    // The dictionary after the edit, computed by hand from the one before it.
    const expected = dictionary.map((b) => ({
      ...b,
      skills:
        b.id === home!.id
          ? b.skills.filter((s) => s.id !== skill.id)
          : b.id === target.id
            ? [...b.skills, skill]
            : b.skills,
    }));
    expect(after.y2023).toEqual(countByHand(expected, Y2023));
    expect(after.y2024).toEqual(countByHand(expected, Y2024));
    expect(moved).toEqual(expected);

    // Tagged 2024 posts with the tag now count in the target bucket.
    const tagged2024 = raw.filter((p) => p.postedAt?.startsWith("2024") && p.tags.has("chatbot development"));
    expect(tagged2024.length).toBeGreaterThan(0);
    expect(after.y2024[target.id]).toBeGreaterThan(before.y2024[target.id]!);
    expect(after.y2024[home!.id]).toBeLessThan(before.y2024[home!.id]!);
    for (const row of preview2024)
      expect([row.before, row.after]).toEqual([before.y2024[row.bucket.id], after.y2024[row.bucket.id]]);
  });

  it("adding a tag alias and a phrase alias makes past posts with that tag or text count", () => {
    const dictionary = readDictionary(db);
    const mapped = new Set(dictionary.flatMap((b) => b.skills.flatMap((s) => s.tags)));
    // The most frequent tag of 2024 posts that no skill maps yet.
    const freq = new Map<string, number>();
    for (const p of raw)
      if (p.postedAt?.startsWith("2024"))
        for (const t of p.tags) if (!mapped.has(t)) freq.set(t, (freq.get(t) ?? 0) + 1);
    const [tag] = [...freq].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const bucket = dictionary.find((b) => b.skills.length > 0)!;
    const skill = bucket.skills[0]!;

    edit({ op: "addAlias", skillId: skill.id, alias: tag.toUpperCase(), kind: "tag" });
    const withTag = dictionary.map((b) =>
      b.id === bucket.id
        ? {
            ...b,
            skills: b.skills.map((s) =>
              s.id === skill.id ? { ...s, tags: [...s.tags, normalizeTag(tag)] } : s,
            ),
          }
        : b,
    );
    expect(counts(Y2024)).toEqual(countByHand(withTag, Y2024));

    // A phrase found in 2023 titles (the 2023 posts have titles but no tags).
    const phrases = new Set(dictionary.flatMap((b) => b.skills.flatMap((s) => s.phrases)));
    const phrase = ["customer service", "virtual assistant", "data entry"].find((p) => !phrases.has(p))!;
    const dump = dumpTaxonomyTables(db);
    const preview = previewEdit(
      db,
      { op: "addAlias", skillId: skill.id, alias: phrase, kind: "phrase" },
      scopeCounter(Y2023),
    );
    expect(dumpTaxonomyTables(db)).toEqual(dump);
    const before = counts(Y2023);
    edit({ op: "addAlias", skillId: skill.id, alias: phrase, kind: "phrase" });
    const withPhrase = withTag.map((b) =>
      b.id === bucket.id
        ? {
            ...b,
            skills: b.skills.map((s) => (s.id === skill.id ? { ...s, phrases: [...s.phrases, phrase] } : s)),
          }
        : b,
    );
    const after = counts(Y2023);
    expect(after).toEqual(countByHand(withPhrase, Y2023));
    expect(after[bucket.id]).toBeGreaterThan(before[bucket.id]!);
    expect(preview.find((p) => p.bucket.id === bucket.id)).toMatchObject({
      before: before[bucket.id],
      after: after[bucket.id],
    });
  });
});
