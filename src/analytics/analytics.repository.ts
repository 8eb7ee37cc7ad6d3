// Runs the analytics SQL (built by analytics.sql.ts) and reads the small catalogs that label
// its answers. Plain objects out.
import type { Db } from "../db/client";
import {
  buildAnalyticsSql,
  buildBucketDemandSql,
  buildCountsSql,
  type BucketDemandQuery,
  type CheckedAnalyticsQuery,
  type CountsQuery,
  type CountsRow,
} from "./analytics.sql";
import type { PostFilterSql } from "../posts/post.repository";

export interface CategoryRef {
  id: string;
  name: string;
  technical: boolean;
}

export interface NamedRef {
  id: string;
  name: string;
}

/** The catalogs an answer is labelled with, in their stored order. */
export interface Catalog {
  categories: CategoryRef[];
  technologies: NamedRef[];
  buckets: NamedRef[];
  skills: NamedRef[];
}

export function readCatalog(db: Db): Catalog {
  const c = db.$client;
  const categories = (
    c.prepare("SELECT id, name, technical FROM categories ORDER BY position, id").all() as {
      id: string;
      name: string;
      technical: number;
    }[]
  ).map((r) => ({ id: r.id, name: r.name, technical: r.technical === 1 }));
  return {
    categories,
    technologies: c.prepare("SELECT id, name FROM technologies ORDER BY position, id").all() as NamedRef[],
    buckets: c.prepare("SELECT id, name FROM buckets ORDER BY position, id").all() as NamedRef[],
    skills: c.prepare("SELECT id, name FROM skills ORDER BY position, id").all() as NamedRef[],
  };
}

export function runCounts(db: Db, q: CountsQuery): CountsRow[] {
  const { sql, params } = buildCountsSql(q);
  return db.$client.prepare(sql).all(...params) as CountsRow[];
}

export interface BucketDemandRecord {
  id: string;
  name: string;
  posts: number;
  scopePosts: number;
}

export function runBucketDemand(db: Db, q: BucketDemandQuery): BucketDemandRecord[] {
  const { sql, params } = buildBucketDemandSql(q);
  return db.$client.prepare(sql).all(...params) as BucketDemandRecord[];
}

/** Rows of a generic query: period, k0..kN, m0..mM, total_rows. */
export function runAnalyticsQuery(
  db: Db,
  q: CheckedAnalyticsQuery,
  postFilter: PostFilterSql | null,
): Record<string, unknown>[] {
  const { sql, params } = buildAnalyticsSql(q, postFilter);
  return db.$client.prepare(sql).all(...params) as Record<string, unknown>[];
}
