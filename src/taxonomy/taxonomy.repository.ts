// SQL for the dictionary tables, the change log and the phrase index. Returns plain objects.
import { isPostgres, writeTransaction, type Db } from "../db/client";
import { withNameTags } from "./skill-name-tag";
import type { BucketDef, Taxonomy } from "./taxonomy.model";

export interface ChangeRow {
  version: number;
  at: string;
  actor: string;
  operation: string;
  before: string | null;
  after: string | null;
  /** The whole dictionary right after the change (JSON of BucketDef[]). */
  dictionary: string | null;
}

export function currentVersion(db: Db): number {
  const row = db.$client.prepare("SELECT MAX(version) AS v FROM taxonomy_changes").get() as {
    v: number | null;
  };
  return row.v ?? 0;
}

/**
 * Appends one entry to the change log and returns its version. Call inside the edit's
 * transaction, after its writes: the entry also keeps the whole dictionary as it now stands, so
 * that any version can be shown (and reverted to) exactly with one read.
 */
export function appendChange(
  db: Db,
  entry: { actor: string; operation: string; before: unknown; after: unknown },
): number {
  const version = currentVersion(db) + 1;
  db.$client
    .prepare(
      `INSERT INTO taxonomy_changes (version, at, actor, operation, before, after, dictionary)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      version,
      new Date().toISOString(),
      entry.actor,
      entry.operation,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      JSON.stringify(readDictionary(db)),
    );
  return version;
}

/** The dictionary as stored, in its stored order. */
export function readDictionary(db: Db): BucketDef[] {
  const c = db.$client;
  const buckets = c.prepare("SELECT id, name FROM buckets ORDER BY position, id").all() as {
    id: string;
    name: string;
  }[];
  const skills = c
    .prepare("SELECT id, name, bucket_id AS bucketId FROM skills ORDER BY position, id")
    .all() as {
    id: string;
    name: string;
    bucketId: string;
  }[];
  const aliases = c
    .prepare("SELECT skill_id AS skillId, kind, alias FROM skill_aliases ORDER BY position, id")
    .all() as { skillId: string; kind: "tag" | "phrase"; alias: string }[];
  const bySkill = new Map(
    skills.map((s) => [s.id, { id: s.id, name: s.name, tags: [] as string[], phrases: [] as string[] }]),
  );
  for (const a of aliases) {
    const skill = bySkill.get(a.skillId);
    if (!skill) continue;
    (a.kind === "tag" ? skill.tags : skill.phrases).push(a.alias);
  }
  return buckets.map((b) => ({
    id: b.id,
    name: b.name,
    skills: skills.filter((s) => s.bucketId === b.id).map((s) => bySkill.get(s.id)!),
  }));
}

/**
 * Makes the stored dictionary equal to `buckets` with every skill's name tag (withNameTags:
 * a skill's name always matches as a tag), positions following array order. Call inside a
 * transaction. Only what differs is written: the triggers behind post_bucket_counts then touch
 * just the posts of added, removed or moved aliases and skills, so a revert or a reloaded
 * skills.yaml costs what it changes, not a rewrite of every post's membership.
 */
export function replaceDictionary(db: Db, dictionary: readonly BucketDef[]): void {
  const c = db.$client;
  const buckets = withNameTags(dictionary);
  const skills = buckets.flatMap((b) => b.skills.map((s) => ({ ...s, bucketId: b.id })));
  const aliases = skills.flatMap((s) => [
    ...s.tags.map((alias) => ({ skillId: s.id, kind: "tag", alias })),
    ...s.phrases.map((alias) => ({ skillId: s.id, kind: "phrase", alias })),
  ]);
  const key = (kind: string, alias: string): string => `${kind}\u0000${alias}`;
  const wanted = new Map(aliases.map((a) => [key(a.kind, a.alias), a.skillId]));

  // 1. Aliases that go away or change skill (their posts leave the old skill's bucket).
  const delAlias = c.prepare("DELETE FROM skill_aliases WHERE id = ?");
  const stored = c.prepare("SELECT id, skill_id AS skillId, kind, alias FROM skill_aliases").all() as {
    id: number;
    skillId: string;
    kind: string;
    alias: string;
  }[];
  const kept = new Set<string>();
  for (const a of stored) {
    const k = key(a.kind, a.alias);
    if (wanted.get(k) === a.skillId) kept.add(k);
    else delAlias.run(a.id);
  }
  // 2. Buckets and skills: park the current names on unique placeholders first, so that renames
  //    and swaps of names never collide with the unique indexes halfway through.
  c.prepare("UPDATE buckets SET name = ? || id").run(PARKED);
  c.prepare("UPDATE skills SET name = ? || id").run(PARKED);
  const upBucket = c.prepare(
    `INSERT INTO buckets (id, name, position) VALUES (?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, position = excluded.position`,
  );
  buckets.forEach((b, i) => upBucket.run(b.id, b.name, i));
  // A skill that changes bucket moves its posts' membership (trigger post_bucket_skill_move).
  const upSkill = c.prepare(
    `INSERT INTO skills (id, name, bucket_id, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, bucket_id = excluded.bucket_id, position = excluded.position`,
  );
  skills.forEach((s, i) => upSkill.run(s.id, s.name, s.bucketId, i));
  const skillIds = new Set(skills.map((s) => s.id));
  const delSkill = c.prepare("DELETE FROM skills WHERE id = ?");
  for (const { id } of c.prepare("SELECT id FROM skills").all() as { id: string }[]) {
    if (!skillIds.has(id)) delSkill.run(id);
  }
  const bucketIds = new Set(buckets.map((b) => b.id));
  const delBucket = c.prepare("DELETE FROM buckets WHERE id = ?");
  for (const { id } of c.prepare("SELECT id FROM buckets").all() as { id: string }[]) {
    if (!bucketIds.has(id)) delBucket.run(id);
  }
  // 3. New aliases, and every alias's position (a position change fires no membership trigger).
  const insAlias = c.prepare(
    "INSERT INTO skill_aliases (skill_id, kind, alias, position) VALUES (?, ?, ?, ?)",
  );
  const setPosition = c.prepare("UPDATE skill_aliases SET position = ? WHERE kind = ? AND alias = ?");
  aliases.forEach((a, i) => {
    if (kept.has(key(a.kind, a.alias))) setPosition.run(i, a.kind, a.alias);
    else insAlias.run(a.skillId, a.kind, a.alias, i);
  });
}

/** Upserts categories, subcategories and technologies (these always come from the files). */
export function writeReferenceData(db: Db, t: Taxonomy): void {
  const c = db.$client;
  const upCat = c.prepare(
    `INSERT INTO categories (id, name, technical, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, technical = excluded.technical, position = excluded.position`,
  );
  const upSub = c.prepare(
    `INSERT INTO subcategories (id, name, category_id, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, category_id = excluded.category_id, position = excluded.position`,
  );
  const upTech = c.prepare(
    `INSERT INTO technologies (id, name, rules, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, rules = excluded.rules, position = excluded.position`,
  );
  t.categories.forEach((cat, i) => {
    upCat.run(cat.id, cat.name, cat.technical ? 1 : 0, i);
    cat.subcategories.forEach((name, j) => upSub.run(`${cat.id}/${name}`, name, cat.id, j));
  });
  t.technologies.forEach((tech, i) =>
    upTech.run(tech.id, tech.name, JSON.stringify({ include: tech.include, exclude: tech.exclude }), i),
  );
}

/** Every phrase alias currently in the dictionary. */
export function allPhrases(db: Db): string[] {
  return (
    db.$client.prepare("SELECT DISTINCT alias FROM skill_aliases WHERE kind = 'phrase'").all() as {
      alias: string;
    }[]
  ).map((r) => r.alias);
}

/** An FTS5 query that matches `phrase` as a sequence of tokens. */
export function ftsPhraseQuery(phrase: string): string {
  return `"${phrase.replace(/"/gu, '""')}"`;
}

/** Records, over the posts with id above `afterId`, which contain each of `phrases`. */
export function indexPhrases(db: Db, phrases: string[], posts: { afterId: number }): number {
  const c = db.$client;
  let added = 0;
  writeTransaction(db, () => {
    const byRange = c.prepare(
      "INSERT INTO phrase_hits (phrase, post_id) SELECT ?, rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid > ? ON CONFLICT DO NOTHING",
    );
    for (const phrase of phrases) added += byRange.run(phrase, ftsPhraseQuery(phrase), posts.afterId).changes;
  });
  return added;
}

/**
 * Records which of the given posts contain each phrase, replacing the old hits of `rewritten`
 * (posts that had hits before: new posts have none to drop). Call in the transaction that wrote
 * the posts, so that a post is never committed without its phrase matches (no savepoint of its
 * own: one around this made an import 10% slower). One FTS query per phrase over the id range of
 * the posts, filtered here: FTS5 runs `rowid IN (...)` as one query per id, which costs
 * thousands of times more.
 */
export function indexPhrasesOfPosts(
  db: Db,
  phrases: string[],
  ids: readonly number[],
  rewritten: readonly number[] = ids,
): number {
  if (isPostgres(db)) return indexPhrasesOfPostsPg(db, phrases, ids, rewritten);
  const c = db.$client;
  const drop = c.prepare("DELETE FROM phrase_hits WHERE post_id = ?");
  for (const id of rewritten) drop.run(id);
  if (ids.length === 0 || phrases.length === 0) return 0;
  const wanted = new Set(ids);
  let lo = Infinity;
  let hi = -Infinity;
  for (const id of ids) {
    lo = Math.min(lo, id);
    hi = Math.max(hi, id);
  }
  let added = 0;
  const match = c
    .prepare("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid BETWEEN ? AND ?")
    .pluck();
  const insert = c.prepare(INSERT_PHRASE_HIT);
  for (const phrase of phrases)
    for (const id of match.all(ftsPhraseQuery(phrase), lo, hi) as number[])
      if (wanted.has(id)) added += insert.run(phrase, id).changes;
  return added;
}

const INSERT_PHRASE_HIT = "INSERT INTO phrase_hits (phrase, post_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

/**
 * Records phrase matches decided without the full-text index (an import's, see
 * PhraseFilter.inPost): the phrases of each post. Call in the transaction that wrote the posts.
 */
export function addPhraseHits(db: Db, hits: ReadonlyMap<number, readonly string[]>): number {
  const insert = db.$client.prepare(INSERT_PHRASE_HIT);
  let added = 0;
  for (const [id, phrases] of hits) for (const phrase of phrases) added += insert.run(phrase, id).changes;
  return added;
}

/**
 * PostgreSQL's indexPhrasesOfPosts: one DELETE and one INSERT for all the phrases and posts (a
 * statement there costs a round trip; a chunk of an import has some thousands of hits). The
 * match is the one a query on posts_fts becomes there (translate.ts): fts @@ fts5_match(query).
 */
function indexPhrasesOfPostsPg(
  db: Db,
  phrases: string[],
  ids: readonly number[],
  rewritten: readonly number[],
): number {
  const c = db.$client;
  if (rewritten.length > 0)
    c.prepare("DELETE FROM phrase_hits WHERE post_id = ANY(?::integer[])").run(rewritten);
  if (ids.length === 0 || phrases.length === 0) return 0;
  return c
    .prepare(
      `WITH q AS MATERIALIZED (
         SELECT phrase, fts5_match(query) AS tsq FROM unnest(?::text[], ?::text[]) AS u(phrase, query)
       )
       INSERT INTO phrase_hits (phrase, post_id)
       SELECT q.phrase, p.id FROM q JOIN posts p ON p.fts @@ q.tsq WHERE p.id = ANY(?::integer[])
       ON CONFLICT DO NOTHING`,
    )
    .run(phrases, phrases.map(ftsPhraseQuery), ids).changes;
}

/**
 * Adds to post_bucket_counts what the skill tags of the given posts, just written, put them in
 * (by the live dictionary's tag aliases: the tag way of the one rule in skill-membership.ts, kept
 * as a count per match like the triggers; test/analytics/bucket-membership.test.ts checks them). Written once per import chunk, in its transaction;
 * migration 0009 replaced the per-row trigger on post_skills inserts that did this (deletes and
 * updates of tags keep theirs, migration 0005).
 */
/** The prefix of a parked name: a control character no real name has. */
const PARKED = "\u0001";

export function addTagBucketCounts(db: Db, postIds: readonly number[]): void {
  if (postIds.length === 0) return;
  db.$client
    .prepare(isPostgres(db) ? ADD_TAG_BUCKET_COUNTS_PG : ADD_TAG_BUCKET_COUNTS)
    .run(JSON.stringify(postIds));
}

const ADD_TAG_BUCKET_COUNTS =
  // CROSS JOIN keeps the given posts as the outer loop (SQLite's planner would otherwise walk
  // every post that has a tag of the dictionary).
  `INSERT INTO post_bucket_counts (post_id, bucket_id, n)
   SELECT ps.post_id, s.bucket_id, COUNT(*) FROM json_each(?) j
     CROSS JOIN post_skills ps ON ps.post_id = j.value
     CROSS JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag
     CROSS JOIN skills s ON s.id = a.skill_id
   WHERE true
   GROUP BY ps.post_id, s.bucket_id
   ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = post_bucket_counts.n + excluded.n`;

/** The same for PostgreSQL, whose CROSS JOIN takes no ON (and whose planner needs no hint). */
const ADD_TAG_BUCKET_COUNTS_PG = `INSERT INTO post_bucket_counts (post_id, bucket_id, n)
   SELECT ps.post_id, s.bucket_id, COUNT(*) FROM post_skills ps
     JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag
     JOIN skills s ON s.id = a.skill_id
   WHERE ps.post_id IN (SELECT value FROM json_each(?))
   GROUP BY ps.post_id, s.bucket_id
   ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = post_bucket_counts.n + excluded.n`;
