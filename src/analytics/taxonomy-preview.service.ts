// The preview of a dictionary edit as Figure 3 will show it: the edit runs inside a rolled-back
// transaction (taxonomy-edit.service previewEdit) and each bucket is counted before and after it
// by bucketDemand itself, with the same period, category, technology and filter. So the preview
// equals what bucketDemand answers once the edit is applied. (Inside the rolled-back write
// bucketDemand reads SQL, where afterwards the snapshot may answer: analytics.engine.test.ts
// holds the two equal, after taxonomy edits too.)
import type { Db } from "../db/client";
import type { PostFilter } from "../posts/post.args";
import type { PeriodInput } from "../shared/period.input";
import { previewEdit, type BucketCounter, type TaxonomyOp } from "../taxonomy/taxonomy-edit.service";
import { bucketDemand } from "./analytics.service";

interface PreviewScope {
  /** Null: every day. */
  period: PeriodInput | null;
  category: string | null;
  technology: string | null;
  filter: PostFilter | null;
}

export function previewBucketDemand(
  db: Db,
  edit: TaxonomyOp,
  scope: PreviewScope,
): ReturnType<typeof previewEdit> {
  const count: BucketCounter = (tx) => {
    const rows = bucketDemand(tx, scope);
    return {
      buckets: new Map(rows.map((r) => [r.bucket.id, { name: r.bucket.name, posts: r.posts }])),
      scopePosts: rows[0]?.scopePosts ?? null,
    };
  };
  return previewEdit(db, edit, count);
}
