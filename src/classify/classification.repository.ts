// SQL for classifications and hand labels.
import { isPostgres, type Db } from "../db/client";
import { splitPostId } from "../shared/post-id";

export interface ClassificationRow {
  technologyId: string;
  postId: number;
  keywordHit: boolean;
  probability: number | null;
  label: boolean;
  labelSource: "hand" | "model" | "keyword";
  modelId: number | null;
}

interface PostForClassification {
  id: number;
  title: string;
  description: string;
  /** Skill tags as written, in stored order. */
  skills: string[];
}

/** Title, description and skill labels of the given posts, in id order. */
export function postsForClassification(db: Db, ids: readonly number[]): PostForClassification[] {
  if (ids.length === 0) return [];
  const c = db.$client;
  const json = JSON.stringify(ids);
  const posts = c
    .prepare(
      "SELECT id, title, description FROM posts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
    )
    .all(json) as { id: number; title: string; description: string }[];
  const skills = c
    .prepare(
      "SELECT post_id AS postId, label FROM post_skills WHERE post_id IN (SELECT value FROM json_each(?)) ORDER BY post_id, rowid",
    )
    .all(json) as { postId: number; label: string }[];
  const byPost = new Map<number, string[]>();
  for (const s of skills) {
    const list = byPost.get(s.postId);
    if (list) list.push(s.label);
    else byPost.set(s.postId, [s.label]);
  }
  return posts.map((p) => ({ ...p, skills: byPost.get(p.id) ?? [] }));
}

/** Hand labels of the given posts for one technology. */
export function handLabels(db: Db, technologyId: string, ids: readonly number[]): Map<number, boolean> {
  const rows = db.$client
    .prepare(
      "SELECT post_id AS postId, label FROM labels WHERE technology_id = ? AND post_id IN (SELECT value FROM json_each(?))",
    )
    .all(technologyId, JSON.stringify(ids)) as { postId: number; label: number }[];
  return new Map(rows.map((r) => [r.postId, r.label === 1]));
}

/** Stores classifications (one per technology and post: the rows' keys must differ). */
export function upsertClassifications(db: Db, rows: ClassificationRow[]): void {
  if (isPostgres(db)) return upsertClassificationsPg(db, rows);
  const stmt = db.$client.prepare(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(technology_id, post_id) DO UPDATE SET keyword_hit = excluded.keyword_hit,
       probability = excluded.probability, label = excluded.label, label_source = excluded.label_source,
       model_id = excluded.model_id`,
  );
  for (const r of rows)
    stmt.run(
      r.technologyId,
      r.postId,
      r.keywordHit ? 1 : 0,
      r.probability,
      r.label ? 1 : 0,
      r.labelSource,
      r.modelId,
    );
}

/**
 * PostgreSQL's upsertClassifications: every row in one statement, the values as one array per
 * column (a statement there costs a round trip, and an import writes three rows per post). Two
 * rows with one key make PostgreSQL refuse the statement (ON CONFLICT cannot update a row twice).
 */
function upsertClassificationsPg(db: Db, rows: ClassificationRow[]): void {
  if (rows.length === 0) return;
  db.$client
    .prepare(
      `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
       SELECT * FROM unnest(?::text[], ?::integer[], ?::integer[], ?::double precision[], ?::integer[], ?::text[],
         ?::integer[])
       ON CONFLICT(technology_id, post_id) DO UPDATE SET keyword_hit = excluded.keyword_hit,
         probability = excluded.probability, label = excluded.label, label_source = excluded.label_source,
         model_id = excluded.model_id`,
    )
    .run(
      rows.map((r) => r.technologyId),
      rows.map((r) => r.postId),
      rows.map((r) => (r.keywordHit ? 1 : 0)),
      rows.map((r) => r.probability),
      rows.map((r) => (r.label ? 1 : 0)),
      rows.map((r) => r.labelSource),
      rows.map((r) => r.modelId),
    );
}

/** Internal id of a post from its API id "<source>:<externalId>", or null. */
export function findPostIdByKey(db: Db, postId: string): number | null {
  const key = splitPostId(postId);
  if (!key) return null;
  const row = db.$client
    .prepare("SELECT id FROM posts WHERE source = ? AND external_id = ?")
    .get(key.source, key.externalId) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Ids and content hashes of the posts after `afterId`, in id order: one page of a scan over every post. */
export function postHashesAfter(db: Db, afterId: number, limit: number): { id: number; hash: string }[] {
  return db.$client
    .prepare("SELECT id, content_hash AS hash FROM posts WHERE id > ? ORDER BY id LIMIT ?")
    .all(afterId, limit) as { id: number; hash: string }[];
}

export function countAllPosts(db: Db): number {
  return (db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number }).n;
}

/** Every hand label for one technology. */
export function allHandLabels(db: Db, technologyId: string): Map<number, boolean> {
  const rows = db.$client
    .prepare("SELECT post_id AS postId, label FROM labels WHERE technology_id = ?")
    .all(technologyId) as { postId: number; label: number }[];
  return new Map(rows.map((r) => [r.postId, r.label === 1]));
}
