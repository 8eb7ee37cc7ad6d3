// Recomputations of the indexes that writes keep in step (phrase_hits, post_bucket_counts) from
// the raw tables, to compare with what is stored.
import type { Db } from "../../src/db/client";
import { allPhrases, ftsPhraseQuery } from "../../src/taxonomy/taxonomy.repository";

export interface CountRow {
  post_id: number;
  bucket_id: string;
  n: number;
}

/** The membership counts recomputed from the raw tables (plain SQL joins, grouped in JS). */
export function recomputedBucketCounts(db: Db): CountRow[] {
  const matches = db.$client
    .prepare(
      `SELECT ps.post_id AS postId, s.bucket_id AS bucketId FROM post_skills ps
         JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
       UNION ALL SELECT ph.post_id, s.bucket_id FROM phrase_hits ph
         JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id`,
    )
    .all() as { postId: number; bucketId: string }[];
  const counts = new Map<string, CountRow>();
  for (const m of matches) {
    const key = `${m.postId}\u0000${m.bucketId}`;
    const row = counts.get(key) ?? { post_id: m.postId, bucket_id: m.bucketId, n: 0 };
    row.n++;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => a.post_id - b.post_id || a.bucket_id.localeCompare(b.bucket_id));
}

export function storedBucketCounts(db: Db): CountRow[] {
  return db.$client
    .prepare("SELECT post_id, bucket_id, n FROM post_bucket_counts ORDER BY post_id, bucket_id")
    .all() as CountRow[];
}

/** "phrase\tpost id" of every match of a dictionary phrase, found by FTS over all stored posts. */
export function recomputedPhraseHits(db: Db): string[] {
  const match = db.$client.prepare("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?").pluck();
  return allPhrases(db)
    .flatMap((p) => (match.all(ftsPhraseQuery(p)) as number[]).map((id) => `${p}\t${id}`))
    .sort();
}

/** "phrase\tpost id" of the stored matches of the dictionary's phrases. */
export function storedPhraseHits(db: Db): string[] {
  return (
    db.$client
      .prepare(
        `SELECT phrase || '\t' || post_id FROM phrase_hits
         WHERE phrase IN (SELECT alias FROM skill_aliases WHERE kind = 'phrase')`,
      )
      .pluck()
      .all() as string[]
  ).sort();
}
