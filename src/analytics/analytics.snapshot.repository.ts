// The reads behind the in-memory analytics snapshot (analytics.snapshot.ts): the change log's
// state, the fact rows of posts (all, appended, or listed), the live dictionary and the post-id
// sets of full-text conditions and of the flat post filter. Rows come out raw (arrays), in
// post-id order where the snapshot needs it, so a million posts load without an object each.
import type { Db } from "../db/client";
import { sql, whereAll } from "../db/sql-fragment";
import type { PostFilterSql } from "../posts/post.repository";

interface LogState {
  /** Highest change of the log (0 when it is empty). */
  seq: number;
  /** Lowest change still in the log (older ones were pruned). */
  minSeq: number;
  /** Highest post id in the fact table (0 without posts). */
  maxPostId: number;
}

export function readLogState(db: Db): LogState {
  return db.$client
    .prepare(
      `SELECT COALESCE((SELECT MAX(seq) FROM analytics_changes), 0) AS seq,
        COALESCE((SELECT MIN(seq) FROM analytics_changes), 0) AS minSeq,
        COALESCE((SELECT MAX(post_id) FROM post_facts), 0) AS maxPostId`,
    )
    .get() as LogState;
}

/** Posts up to `throughId` changed after change `afterSeq`, each once. */
export function changedPostIds(db: Db, afterSeq: number, throughId: number): number[] {
  return db.$client
    .prepare("SELECT DISTINCT post_id FROM analytics_changes WHERE seq > ? AND post_id <= ?")
    .pluck()
    .all(afterSeq, throughId) as number[];
}

/** Which posts to read: those above an id (every post from 0), or the listed ids. */
export type PostSelection = { afterId: number } | { ids: number[] };

function selection(column: string, s: PostSelection): { where: string; param: unknown } {
  return "ids" in s
    ? { where: `${column} IN (SELECT value FROM json_each(?))`, param: JSON.stringify(s.ids) }
    : { where: `${column} > ?`, param: s.afterId };
}

/**
 * [post_id, day, category_id, subcategory, value, contract_type, country, experience_level,
 * source] per post, in post-id order.
 */
export function iteratePostFacts(db: Db, s: PostSelection): IterableIterator<unknown[]> {
  const { where, param } = selection("post_id", s);
  return db.$client
    .prepare(
      `SELECT post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source
       FROM post_facts WHERE ${where} ORDER BY post_id`,
    )
    .raw(true)
    .iterate(param) as IterableIterator<unknown[]>;
}

/**
 * The fact columns of the posts with ids in (afterId, throughId], each as one JSON array in
 * post-id order: post_id, day, category_id, subcategory, value, contract_type, country,
 * experience_level, source. One string per column crosses into JavaScript instead of a row
 * object per post (a full load is several times faster).
 */
export function readFactColumns(db: Db, afterId: number, throughId: number): string[] {
  const columns = [
    "post_id",
    "day",
    "category_id",
    "subcategory",
    "value",
    "contract_type",
    "country",
    "experience_level",
    "source",
  ];
  return db.$client
    .prepare(
      `SELECT ${columns.map((c) => `json_group_array(${c})`).join(", ")}
       FROM (SELECT * FROM post_facts WHERE post_id > ? AND post_id <= ? ORDER BY post_id) AS f`,
    )
    .raw(true)
    .get(afterId, throughId) as string[];
}

/**
 * Every post id per value, as [value, JSON array of post ids]: technologies (tech_facts), raw
 * skill tags (post_skills) or phrases (phrase_hits), read along their value-first keys.
 */
export function iteratePostsByValue(
  db: Db,
  what: "technology" | "tag" | "phrase",
): IterableIterator<[string, string]> {
  const sql = {
    technology: "SELECT technology_id, json_group_array(post_id) FROM tech_facts GROUP BY technology_id",
    tag: "SELECT tag, json_group_array(post_id) FROM post_skills GROUP BY tag",
    phrase: "SELECT phrase, json_group_array(post_id) FROM phrase_hits GROUP BY phrase",
  }[what];
  return db.$client.prepare(sql).raw(true).iterate() as IterableIterator<[string, string]>;
}

/** [post_id, technology_id] for every final label that is positive. */
export function iterateTechFacts(db: Db, s: PostSelection): IterableIterator<unknown[]> {
  const { where, param } = selection("post_id", s);
  return db.$client
    .prepare(`SELECT post_id, technology_id FROM tech_facts WHERE ${where}`)
    .raw(true)
    .iterate(param) as IterableIterator<unknown[]>;
}

/**
 * [post_id, technology_id, label_source] of the labels an estimate tells apart from the others
 * (estimate.sql.ts): hand labels, and the model's labels on keyword candidates. `null`: every
 * post (a scan of the table, faster than its post-id index for all of it).
 */
export function iterateLabelSources(db: Db, s: PostSelection | null): IterableIterator<unknown[]> {
  const { where, param } = s ? selection("post_id", s) : { where: "1 = 1", param: undefined };
  return db.$client
    .prepare(
      `SELECT post_id, technology_id, label_source FROM classifications
       WHERE ${where} AND (label_source = 'hand' OR (label_source = 'model' AND keyword_hit = 1))`,
    )
    .raw(true)
    .iterate(...(s ? [param] : [])) as IterableIterator<unknown[]>;
}

/** [post_id, tag] of the raw skill tags, in post-id order. */
export function iteratePostTags(db: Db, s: PostSelection): IterableIterator<unknown[]> {
  const { where, param } = selection("post_id", s);
  return db.$client
    .prepare(`SELECT post_id, tag FROM post_skills WHERE ${where} ORDER BY post_id`)
    .raw(true)
    .iterate(param) as IterableIterator<unknown[]>;
}

/** [post_id, phrase] of the phrase hits, in post-id order. */
export function iteratePostPhrases(db: Db, s: PostSelection): IterableIterator<unknown[]> {
  const { where, param } = selection("post_id", s);
  return db.$client
    .prepare(`SELECT post_id, phrase FROM phrase_hits WHERE ${where} ORDER BY post_id`)
    .raw(true)
    .iterate(param) as IterableIterator<unknown[]>;
}

/** One alias of the live dictionary with the skill and bucket it maps to. */
export interface LiveAlias {
  kind: "tag" | "phrase";
  alias: string;
  skill: string;
  bucket: string;
}

/** The live dictionary as the one rule of membership joins it (skill-membership.ts): aliases of skills. */
export function readLiveAliases(db: Db): LiveAlias[] {
  return db.$client
    .prepare(
      "SELECT a.kind, a.alias, s.id AS skill, s.bucket_id AS bucket FROM skill_aliases a JOIN skills s ON s.id = a.skill_id",
    )
    .all() as LiveAlias[];
}

/** Category ids and whether each is technical. */
export function readCategoryGroups(db: Db): Map<string, boolean> {
  const rows = db.$client.prepare("SELECT id, technical FROM categories").all() as {
    id: string;
    technical: number;
  }[];
  return new Map(rows.map((r) => [r.id, r.technical === 1]));
}

/** Posts whose title or description match an FTS5 query (built by ftsQuery). */
export function textMatchIds(db: Db, fts: string): number[] {
  return db.$client
    .prepare("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?")
    .pluck()
    .all(fts) as number[];
}

/** Posts that pass a flat post filter (SQL over posts `p`). */
export function filterMatchIds(db: Db, filter: PostFilterSql): number[] {
  const q = sql`SELECT p.id FROM posts p ${whereAll(filter)}`;
  return db.$client
    .prepare(q.text)
    .pluck()
    .all(...q.params) as number[];
}
