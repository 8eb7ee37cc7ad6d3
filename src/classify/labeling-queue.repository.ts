// SQL behind the labeling queue: the scored posts of a technology that have no hand label.
import type { Db } from "../db/client";
import type { QueueCandidate } from "./labeling-queue";

/**
 * The technology's posts scored by model `modelId` (a probability is stored) and not hand-labeled
 * for the technology, at most `perCategory` of each category: those closest to `threshold`,
 * ties by post id. The queue's rule (selectForLabeling) deals at most `perCategory` rounds, and
 * round r only takes a category's r-th closest, so this cut never changes its answer; it keeps
 * the rows handed to JavaScript to (categories + 1) x perCategory whatever the corpus size.
 *
 * Cost: one walk of the technology's classifications by the primary key (technology_id,
 * post_id), one posts lookup and one labels lookup (primary key) per row, and a sort per
 * category in SQLite. No index serves "closest to the threshold"; with 41,886 posts that is a
 * few milliseconds in the study's mode (about 5% of posts have a probability) and tens of
 * milliseconds in "all" mode, and grows linearly with the posts.
 */
export function unlabeledScoredPosts(
  db: Db,
  technologyId: string,
  modelId: number,
  threshold: number,
  perCategory: number,
): QueueCandidate[] {
  return db.$client
    .prepare(
      `SELECT postId, probability, category FROM (
         SELECT c.post_id AS postId, c.probability AS probability, p.category_id AS category,
           ROW_NUMBER() OVER (PARTITION BY p.category_id ORDER BY ABS(c.probability - ?), c.post_id) AS rank
         FROM classifications c JOIN posts p ON p.id = c.post_id
         WHERE c.technology_id = ? AND c.model_id = ? AND c.probability IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM labels l WHERE l.technology_id = c.technology_id AND l.post_id = c.post_id)
       ) AS ranked WHERE rank <= ? ORDER BY postId`,
    )
    .all(threshold, technologyId, modelId, perCategory) as QueueCandidate[];
}

/** The technology's active model, if any: id and decision threshold. */
export function activeModelOf(db: Db, technologyId: string): { id: number; threshold: number } | null {
  return (
    (db.$client
      .prepare("SELECT id, threshold FROM models WHERE technology_id = ? AND active = 1")
      .get(technologyId) as { id: number; threshold: number } | undefined) ?? null
  );
}

export function technologyExists(db: Db, technologyId: string): boolean {
  return db.$client.prepare("SELECT 1 FROM technologies WHERE id = ?").get(technologyId) !== undefined;
}

/** Ids of every technology, in their order (for error messages). */
export function technologyIds(db: Db): string[] {
  return db.$client.prepare("SELECT id FROM technologies ORDER BY position, id").pluck().all() as string[];
}
