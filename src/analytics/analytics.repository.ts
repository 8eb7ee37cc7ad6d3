// Runs the analytics SQL (built by analytics.sql.ts) and reads the small catalogs that label
// its answers. Plain objects out.
import { readTransaction, type Db } from "../db/client";
import { ftsQuery, type PostFilterSql } from "../posts/post.repository";
import { countsOnSnapshot, runOnSnapshot } from "./analytics.engine";
import { HIGH_VALUE_THRESHOLD } from "./analytics.model";
import { indexedPeriods } from "./analytics.periods";
import { currentSnapshot, SnapshotLimitError, snapshotStats, type SnapshotStats } from "./analytics.snapshot";
import {
  filterMatchIds,
  readCategoryGroups,
  readLiveAliases,
  textMatchIds,
} from "./analytics.snapshot.repository";
import {
  analyticsPath,
  buildAnalyticsSql,
  buildBucketDemandSql,
  buildCountsSql,
  type BucketDemandQuery,
  type CheckedAnalyticsQuery,
  type CountsQuery,
  type CountsRow,
  type FilterCondition,
  type FilterGroup,
  type SnapshotFilter,
} from "./analytics.sql";

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

/** The four catalogs in one statement (one round trip on PostgreSQL), each in its stored order. */
const CATALOG_SQL = `SELECT kind, id, name, technical FROM (
    SELECT 0 AS kind, id, name, technical, position FROM categories
    UNION ALL SELECT 1, id, name, 0, position FROM technologies
    UNION ALL SELECT 2, id, name, 0, position FROM buckets
    UNION ALL SELECT 3, id, name, 0, position FROM skills) c
  ORDER BY kind, position, id`;

export function readCatalog(db: Db): Catalog {
  const rows = db.$client.prepare(CATALOG_SQL).all() as {
    kind: number;
    id: string;
    name: string;
    technical: number;
  }[];
  const of = (kind: number): NamedRef[] =>
    rows.filter((r) => r.kind === kind).map((r) => ({ id: r.id, name: r.name }));
  return {
    categories: rows
      .filter((r) => r.kind === 0)
      .map((r) => ({ id: r.id, name: r.name, technical: r.technical === 1 })),
    technologies: of(1),
    buckets: of(2),
    skills: of(3),
  };
}

/**
 * The counts behind the study's questions: from the rollups when they can answer, else from the
 * in-memory snapshot (a filter beyond dates and categories, a dimension or threshold the rollups
 * do not keep), else (FRONTIER_ANALYTICS_SNAPSHOT=0) from the fact tables, the reference the
 * snapshot is tested against.
 */
export function runCounts(db: Db, q: CountsQuery): CountsRow[] {
  const built = buildCountsSql(q);
  if (built.strategy === "facts" && defaultEngine() === "snapshot") {
    try {
      return readTransaction(db, () =>
        countsOnSnapshot(
          currentSnapshot(db),
          snapshotCountsQuery(q),
          engineInputs(db, q.snapshotFilter?.rest),
        ),
      );
    } catch (e) {
      if (!(e instanceof SnapshotLimitError)) throw e;
    }
  }
  return db.$client.prepare(built.text).all(...built.params) as CountsRow[];
}

/** A counts query as the snapshot engine takes it (see countsOnSnapshot). */
function snapshotCountsQuery(q: CountsQuery): CheckedAnalyticsQuery {
  return {
    measures: ["POST_COUNT", "HIGH_VALUE_SHARE", ...(q.everyone ? (["PENETRATION"] as const) : [])],
    dimensions: q.by === null ? [] : [q.by],
    technology: q.technology,
    periods: indexedPeriods(q.periods),
    compareTo: null,
    where: q.snapshotFilter ? q.snapshotFilter.where : categoriesWhere(q),
    threshold: q.threshold ?? HIGH_VALUE_THRESHOLD,
    order: [],
    limit: Number.MAX_SAFE_INTEGER,
    offset: 0,
  };
}

/** The `categories` and `technical` of a query as conditions on the snapshot's columns. */
export function categoriesWhere(q: Pick<CountsQuery, "categories" | "technical">): FilterGroup | null {
  const conditions: FilterCondition[] = [];
  if (q.categories) conditions.push({ field: "CATEGORY", in: q.categories });
  if (q.technical !== undefined && q.technical !== null)
    conditions.push({ field: "CATEGORY_GROUP", in: [q.technical ? "technical" : "non-technical"] });
  return conditions.length > 0 ? { op: "AND", conditions } : null;
}

/** What the snapshot engine reads from the database; `filter`: the SQL of what its columns do not hold. */
export function engineInputs(db: Db, filter: PostFilterSql | null | undefined) {
  return {
    aliases: () => readLiveAliases(db),
    categoryGroups: () => readCategoryGroups(db),
    textIds: (text: string) => textMatchIds(db, ftsQuery(text) ?? '""'),
    filterIds: filter && filter.length > 0 ? filterMatchIds(db, filter) : null,
  };
}

interface BucketDemandRecord {
  id: string;
  name: string;
  posts: number;
  scopePosts: number;
}

/**
 * Bucket demand under the live dictionary: from the snapshot, given the filter's split
 * (snapshotFilter), or from the fact tables and the per-post bucket membership, the reference the
 * snapshot is tested against. The SQL reads one index range per post in scope; the snapshot makes
 * two passes over every post of the period. So the snapshot answers a scope with a post filter or
 * without a technology, and one technology's posts when they are many (bucketDemandReadsSnapshot).
 * Always from SQL: a past dictionary, FRONTIER_ANALYTICS_SNAPSHOT=0, and a call inside a
 * transaction (a dictionary preview counts inside a write it rolls back, which the shared
 * snapshot must never take in).
 */
export function runBucketDemand(db: Db, q: BucketDemandQuery): BucketDemandRecord[] {
  if (
    !q.dictionary &&
    q.snapshotFilter &&
    !db.$client.inTransaction &&
    defaultEngine() === "snapshot" &&
    bucketDemandReadsSnapshot(db, q)
  ) {
    const snapshotFilter = q.snapshotFilter;
    try {
      return readTransaction(db, () => bucketDemandOnSnapshot(db, q, snapshotFilter));
    } catch (e) {
      if (!(e instanceof SnapshotLimitError)) throw e;
    }
  }
  const { text, params } = buildBucketDemandSql(q);
  return db.$client.prepare(text).all(...params) as BucketDemandRecord[];
}

/**
 * The SQL's time grows with the scope's posts (0.4-1.6 us each), the snapshot's with the period's
 * (0.05-0.08 us each). On 1,000,000 posts, SQL against snapshot: AI's posts of 2024 (33,686 of
 * 265,000) 34 ms against 20; AI's posts of every day (78,087) 123 ms against 51; AI's of Data
 * Science in 2024 (8,702) 10 ms against 20; cloud's of 2023 (8,845) 3 ms against 17. One
 * technology's posts with no filter go to the snapshot when they are at least this share of the
 * period's posts, as the rollups count both.
 */
const SNAPSHOT_SCOPE_SHARE = 1 / 15;

function bucketDemandReadsSnapshot(db: Db, q: BucketDemandQuery): boolean {
  if (q.technology === null || (q.postFilter?.length ?? 0) > 0) return true;
  const rows = runCounts(db, {
    technology: q.technology,
    periods: [q.period],
    by: "CATEGORY",
    everyone: true,
  });
  let scope = 0;
  let period = 0;
  for (const r of rows) {
    period += r.everyone;
    if (q.category === null || r.key === q.category) scope += r.n;
  }
  return scope > 0 && scope >= period * SNAPSHOT_SCOPE_SHARE;
}

/** Every bucket in its stored order, with the scope's posts that have a skill of it (countsOnSnapshot). */
function bucketDemandOnSnapshot(
  db: Db,
  q: BucketDemandQuery,
  snapshotFilter: SnapshotFilter,
): BucketDemandRecord[] {
  const columns = currentSnapshot(db);
  const buckets = readCatalog(db).buckets;
  // The period within the days the posts have (a period of "every day" is far wider than dates go).
  const period = { d0: Math.max(q.period.d0, columns.minDay), d1: Math.min(q.period.d1, columns.maxDay + 1) };
  if (!(period.d0 < period.d1)) return buckets.map((b) => ({ ...b, posts: 0, scopePosts: 0 }));
  const where: FilterGroup | null =
    q.category === null
      ? snapshotFilter.where
      : {
          op: "AND",
          conditions: [{ field: "CATEGORY", in: [q.category] }],
          groups: snapshotFilter.where ? [snapshotFilter.where] : [],
        };
  const inputs = engineInputs(db, snapshotFilter.rest);
  const counts = (by: "BUCKET" | null) =>
    countsOnSnapshot(
      columns,
      snapshotCountsQuery({
        technology: q.technology,
        periods: [period],
        by,
        snapshotFilter: { where, rest: snapshotFilter.rest },
        everyone: true,
      }),
      inputs,
    );
  const scopePosts = counts(null).reduce((t, r) => t + r.n, 0);
  const byBucket = new Map(counts("BUCKET").map((r) => [r.key, r.n]));
  return buckets.map((b) => ({ ...b, posts: byBucket.get(b.id) ?? 0, scopePosts }));
}

export interface AnalyticsRunOptions {
  /**
   * "sql": answer from SQL only (the rollups or the fact tables), the reference the snapshot
   * is tested against. Default: FRONTIER_ANALYTICS_SNAPSHOT=0 means "sql", else the snapshot
   * answers whatever the rollups cannot.
   */
  engine?: "snapshot" | "sql";
}

export function defaultEngine(): "snapshot" | "sql" {
  return process.env.FRONTIER_ANALYTICS_SNAPSHOT === "0" ? "sql" : "snapshot";
}

/** The path that answers `q` with these options (analyticsPath). */
export function analyticsQueryPath(
  q: CheckedAnalyticsQuery,
  postFilter: PostFilterSql | null,
  options: AnalyticsRunOptions = {},
) {
  return analyticsPath(q, postFilter, (options.engine ?? defaultEngine()) === "snapshot");
}

/** Rows of a generic query: period, k0..kN, m0..mM, total_rows. */
export function runAnalyticsQuery(
  db: Db,
  q: CheckedAnalyticsQuery,
  postFilter: PostFilterSql | null,
  options: AnalyticsRunOptions = {},
): Record<string, unknown>[] {
  if (analyticsQueryPath(q, postFilter, options) === "snapshot") {
    try {
      return readTransaction(db, () => runOnSnapshot(currentSnapshot(db), q, engineInputs(db, postFilter)));
    } catch (e) {
      // A database the snapshot cannot hold (more technologies or groups than it encodes).
      if (!(e instanceof SnapshotLimitError)) throw e;
    }
  }
  const { text, params } = buildAnalyticsSql(q, postFilter);
  return db.$client.prepare(text).all(...params) as Record<string, unknown>[];
}

/**
 * Loads (or brings up to date) this process's snapshot of the database, so that the first
 * generic query does not pay for it: a query worker calls it when it starts. Null when the
 * snapshot is switched off (FRONTIER_ANALYTICS_SNAPSHOT=0).
 */
export function warmSnapshot(db: Db): SnapshotStats | null {
  if (defaultEngine() === "sql") return null;
  return readTransaction(db, () => snapshotStats(currentSnapshot(db)));
}
