// What the study report says about its inputs: the datasets with their post counts, and, per
// technology, the active model and where the positive final labels came from.
import type { Db } from "../../db/client";

interface DatasetRow {
  id: string;
  synthetic: boolean;
  description: string | null;
  posts: number;
  firstPostedAt: string | null;
  lastPostedAt: string | null;
}

export function datasetRows(db: Db): DatasetRow[] {
  const rows = db.$client
    .prepare(
      `SELECT s.id, s.synthetic, s.description, COUNT(p.id) AS posts,
              substr(MIN(p.posted_at), 1, 10) AS firstPostedAt, substr(MAX(p.posted_at), 1, 10) AS lastPostedAt
       FROM sources s LEFT JOIN posts p ON p.source = s.id
       GROUP BY s.id ORDER BY s.id`,
    )
    .all() as (Omit<DatasetRow, "synthetic"> & { synthetic: number })[];
  return rows.map((r) => ({ ...r, synthetic: r.synthetic === 1 }));
}

/** First and last day (YYYY-MM-DD) with a post in [from, to), by the posted_at index. */
export function postedRange(db: Db, from: string, to: string): { first: string | null; last: string | null } {
  return db.$client
    .prepare(
      `SELECT substr((SELECT posted_at FROM posts WHERE posted_at >= @from AND posted_at < @to
                      ORDER BY posted_at LIMIT 1), 1, 10) AS first,
              substr((SELECT posted_at FROM posts WHERE posted_at >= @from AND posted_at < @to
                      ORDER BY posted_at DESC LIMIT 1), 1, 10) AS last`,
    )
    .get({ from, to }) as { first: string | null; last: string | null };
}

interface LabelOriginRow {
  technologyId: string;
  activeModelId: number | null;
  hand: number;
  model: number;
  keyword: number;
  /** Models that produced positive labels, comma-separated (null when none did). */
  modelIds: string | null;
}

/** Per technology: the active model (if any) and the positive final labels by their source. */
export function labelOrigins(db: Db): LabelOriginRow[] {
  return db.$client
    .prepare(
      `SELECT t.id AS technologyId,
              (SELECT m.id FROM models m WHERE m.technology_id = t.id AND m.active = 1 ORDER BY m.id DESC LIMIT 1)
                AS activeModelId,
              COALESCE(SUM(CASE WHEN cl.label_source = 'hand' THEN 1 ELSE 0 END), 0) AS hand,
              COALESCE(SUM(CASE WHEN cl.label_source = 'model' THEN 1 ELSE 0 END), 0) AS model,
              COALESCE(SUM(CASE WHEN cl.label_source = 'keyword' THEN 1 ELSE 0 END), 0) AS keyword,
              GROUP_CONCAT(DISTINCT cl.model_id) AS modelIds
       FROM technologies t
       LEFT JOIN classifications cl ON cl.technology_id = t.id AND cl.label = 1
       GROUP BY t.id ORDER BY t.position, t.id`,
    )
    .all() as LabelOriginRow[];
}

/** Every bucket of the dictionary (id, name), in dictionary order. */
export function bucketNames(db: Db): { id: string; name: string }[] {
  return db.$client.prepare("SELECT id, name FROM buckets ORDER BY position, id").all() as {
    id: string;
    name: string;
  }[];
}

export function categoryRefs(db: Db): { id: string; name: string; technical: boolean }[] {
  return (
    db.$client.prepare("SELECT id, name, technical FROM categories ORDER BY position, id").all() as {
      id: string;
      name: string;
      technical: number;
    }[]
  ).map((c) => ({ ...c, technical: c.technical === 1 }));
}
