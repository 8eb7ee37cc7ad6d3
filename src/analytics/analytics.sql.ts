// The pure SQL builders of analytics: query objects in, { sql, params } out, no database.
// Two storage paths (see analytics.storage.ts): the daily rollup answers the study's queries
// when nothing but dates and categories restrict them; anything else reads the fact tables. The
// generic query has a third, chosen by analyticsPath: the in-memory snapshot of the posts
// (analytics.engine.ts), for what the rollups cannot answer; its SQL here is the reference.
// Numbers that were validated (thresholds, day numbers of the time dimension) are bound as
// parameters like everything else; only SQL text chosen from the constants is spliced in.
import { ftsQuery, type PostFilterSql } from "../posts/post.repository";
import {
  ALL_KEY,
  DIMENSIONS,
  HIGH_VALUE_THRESHOLD,
  MEASURES,
  type DimensionDef,
  type DimensionName,
  type FilterFieldName,
  type GranularityName,
  type MeasureName,
} from "./analytics.model";
import { dayNumber, type DayRange, type Period } from "./analytics.periods";

export interface SqlQuery {
  sql: string;
  params: unknown[];
}

/** Accumulates SQL text and its parameters in textual order. */
class SqlText {
  private readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  addQuery(q: SqlQuery): this {
    return this.add(q.sql, ...q.params);
  }
  build(): SqlQuery {
    return { sql: this.parts.join("\n"), params: this.params };
  }
}

const PERIODS_CTE =
  "periods(pos, d0, d1) AS (SELECT CAST(key AS INTEGER), json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))";

function periodsJson(periods: DayRange[]): string {
  return JSON.stringify(periods.map((p) => [p.d0, p.d1]));
}

/** Posts with a skill of the live dictionary: (post_id, bucket_id, skill_id), by tag or by phrase. */
export const LIVE_MEMBERSHIP_SQL = `SELECT ps.post_id, s.bucket_id, s.id AS skill_id FROM post_skills ps
    JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
  UNION SELECT ph.post_id, s.bucket_id, s.id FROM phrase_hits ph
    JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id`;

function membershipSql(kind: "technology" | "bucket" | "skill"): string {
  if (kind === "technology") return "SELECT post_id, technology_id AS key FROM tech_facts";
  return `SELECT DISTINCT post_id, ${kind === "bucket" ? "bucket_id" : "skill_id"} AS key FROM (${LIVE_MEMBERSHIP_SQL})`;
}

// ---------------------------------------------------------------------------------------------
// Counts: the primitive behind categoryShare, growth, highValueShare, concentration and trend.

export interface CountsQuery {
  /** Counted posts are this technology's; null counts every post. */
  technology: string | null;
  /** Output `period` is the index in this list. */
  periods: DayRange[];
  by: DimensionName | null;
  /** Only these categories (rollup-friendly). */
  categories?: string[] | null;
  /** Only technical (true) / non-technical (false) categories (rollup-friendly). */
  technical?: boolean | null;
  /** Any further condition, as SQL over posts `p`: forces the fact tables. */
  postFilter?: PostFilterSql | null;
  /** Value above which a post is high-value; the rollup knows only the default. */
  threshold?: number;
  /** Also count every post of each group (`everyone`); else only the counted posts are read. */
  everyone: boolean;
}

/** One row of a counts query. */
export interface CountsRow {
  period: number;
  key: string | null;
  /** Counted posts. */
  n: number;
  /** Counted posts of known projected value. */
  known: number;
  /** Counted posts of value above the threshold. */
  high: number;
  /** Every post of the group (equal to n unless `everyone` was asked with a technology). */
  everyone: number;
}

export function countsStrategy(q: CountsQuery): "rollup" | "facts" {
  const byOk = q.by === null || DIMENSIONS[q.by].rollup;
  const filterOk = !q.postFilter || q.postFilter.where.length === 0;
  const thresholdOk = q.threshold === undefined || q.threshold === HIGH_VALUE_THRESHOLD;
  return byOk && filterOk && thresholdOk ? "rollup" : "facts";
}

export function buildCountsSql(q: CountsQuery): SqlQuery & { strategy: "rollup" | "facts" } {
  const strategy = countsStrategy(q);
  return { ...(strategy === "rollup" ? rollupCounts(q) : factCounts(q)), strategy };
}

/** Month index (year * 12 + month - 1) of a day number, as fact_rollup_month keys it. */
export function monthOfDay(day: number): number {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** Day number of the first day of a month index. */
function dayOfMonth(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / 86_400_000;
}

/**
 * Splits each period into whole calendar months (read from fact_rollup_month) and the days
 * before and after them (read from fact_rollup), so that a long period reads few rows.
 */
export function rollupSegments(periods: DayRange[]): { days: number[][]; months: number[][] } {
  const days: number[][] = [];
  const months: number[][] = [];
  periods.forEach((p, pos) => {
    if (p.d0 >= p.d1) return;
    const first = monthOfDay(p.d0) + (dayOfMonth(monthOfDay(p.d0)) === p.d0 ? 0 : 1);
    const last = monthOfDay(p.d1);
    if (first >= last) {
      days.push([pos, p.d0, p.d1]);
      return;
    }
    if (p.d0 < dayOfMonth(first)) days.push([pos, p.d0, dayOfMonth(first)]);
    months.push([pos, first, last]);
    if (dayOfMonth(last) < p.d1) days.push([pos, dayOfMonth(last), p.d1]);
  });
  return { days, months };
}

function rollupCounts(q: CountsQuery): SqlQuery {
  const tech = q.technology ?? "";
  const both = q.everyone && tech !== "";
  const s = new SqlText();
  const key =
    q.by === null
      ? `'${ALL_KEY}'`
      : q.by === "CATEGORY"
        ? "NULLIF(r.category_id, '')"
        : (DIMENSIONS.CATEGORY_GROUP.expr as string);
  const segs = rollupSegments(q.periods);
  const seg = (name: string) =>
    `${name}(pos, a, b) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?))`;
  s.add(`WITH ${seg("day_segs")},`, JSON.stringify(segs.days));
  s.add(`${seg("month_segs")},`, JSON.stringify(segs.months));
  const techCond = both ? "r.technology_id IN (?, '')" : "r.technology_id = ?";
  s.add(
    `counts AS (SELECT t.pos, r.technology_id, r.category_id, r.posts, r.known, r.high
    FROM day_segs t JOIN fact_rollup r ON ${techCond} AND r.day >= t.a AND r.day < t.b`,
    tech,
  );
  s.add(
    `  UNION ALL SELECT t.pos, r.technology_id, r.category_id, r.posts, r.known, r.high
    FROM month_segs t JOIN fact_rollup_month r ON ${techCond} AND r.month >= t.a AND r.month < t.b)`,
    tech,
  );
  s.add(`SELECT r.pos AS period, ${key} AS key,`);
  s.add("  COALESCE(SUM(r.posts) FILTER (WHERE r.technology_id = ?), 0) AS n,", tech);
  s.add("  COALESCE(SUM(r.known) FILTER (WHERE r.technology_id = ?), 0) AS known,", tech);
  s.add("  COALESCE(SUM(r.high) FILTER (WHERE r.technology_id = ?), 0) AS high,", tech);
  if (q.everyone) s.add("  COALESCE(SUM(r.posts) FILTER (WHERE r.technology_id = ''), 0) AS everyone");
  else s.add("  COALESCE(SUM(r.posts) FILTER (WHERE r.technology_id = ?), 0) AS everyone", tech);
  s.add("FROM counts r");
  if (q.by === "CATEGORY_GROUP") s.add("LEFT JOIN categories c ON c.id = r.category_id");
  const where: SqlQuery[] = [];
  if (q.categories)
    where.push({
      sql: "r.category_id IN (SELECT value FROM json_each(?))",
      params: [JSON.stringify(q.categories)],
    });
  if (q.technical !== undefined && q.technical !== null)
    where.push({
      sql: "r.category_id IN (SELECT id FROM categories WHERE technical = ?)",
      params: [q.technical ? 1 : 0],
    });
  addWhere(s, where);
  s.add("GROUP BY r.pos, key ORDER BY r.pos, key");
  return s.build();
}

function addWhere(s: SqlText, conds: SqlQuery[]): void {
  conds.forEach((c, i) => s.add(`${i === 0 ? "WHERE" : "  AND"} ${c.sql}`, ...c.params));
}

function factCounts(q: CountsQuery): SqlQuery {
  const dim = q.by === null ? null : DIMENSIONS[q.by];
  const threshold = q.threshold ?? HIGH_VALUE_THRESHOLD;
  // Which posts are counted: every post, or the technology's (LEFT JOIN when every post is needed too).
  const mode = q.technology === null ? "all" : q.everyone ? "flag" : "tech";
  const counted = mode === "flag" ? "x.post_id IS NOT NULL" : "1";
  const key = dim === null ? `'${ALL_KEY}'` : dim.kind === "column" ? (dim.expr as string) : "km.key";
  const s = new SqlText();
  s.add(`WITH ${PERIODS_CTE}`, periodsJson(q.periods));
  s.add(`SELECT t.pos AS period, ${key} AS key,`);
  s.add(`  COUNT(CASE WHEN ${counted} THEN 1 END) AS n,`);
  s.add(`  COUNT(CASE WHEN ${counted} AND f.value IS NOT NULL THEN 1 END) AS known,`);
  s.add(`  COUNT(CASE WHEN ${counted} AND f.value > ? THEN 1 END) AS high,`, threshold);
  s.add("  COUNT(*) AS everyone");
  if (mode === "tech") {
    s.add(
      "FROM periods t JOIN tech_facts x ON x.technology_id = ? AND x.day >= t.d0 AND x.day < t.d1",
      q.technology,
    );
    s.add("JOIN post_facts f ON f.post_id = x.post_id");
  } else {
    s.add("FROM periods t JOIN post_facts f ON f.day >= t.d0 AND f.day < t.d1");
    if (mode === "flag")
      s.add("LEFT JOIN tech_facts x ON x.technology_id = ? AND x.post_id = f.post_id", q.technology);
  }
  if (dim?.kind === "membership")
    s.add(`JOIN (${membershipSql(dim.membership!)}) km ON km.post_id = f.post_id`);
  if (dim?.needsCategories) s.add("LEFT JOIN categories c ON c.id = f.category_id");
  const filter = q.postFilter && q.postFilter.where.length > 0 ? q.postFilter : null;
  if (filter) s.add("JOIN posts p ON p.id = f.post_id");
  const where: SqlQuery[] = [];
  if (q.categories)
    where.push({
      sql: "f.category_id IN (SELECT value FROM json_each(?))",
      params: [JSON.stringify(q.categories)],
    });
  if (q.technical !== undefined && q.technical !== null)
    where.push({
      sql: "f.category_id IN (SELECT id FROM categories WHERE technical = ?)",
      params: [q.technical ? 1 : 0],
    });
  if (filter) filter.where.forEach((w, i) => where.push({ sql: w, params: i === 0 ? filter.params : [] }));
  addWhere(s, where);
  s.add("GROUP BY t.pos, key ORDER BY t.pos, key");
  return s.build();
}

// ---------------------------------------------------------------------------------------------
// Bucket demand.

/** A dictionary as (bucket, kind, alias) rows, for answering under a past version. */
export interface DictionarySnapshot {
  buckets: { id: string; name: string }[];
  aliases: [bucketId: string, kind: "tag" | "phrase", alias: string][];
}

export interface BucketDemandQuery {
  period: DayRange;
  category: string | null;
  technology: string | null;
  postFilter?: PostFilterSql | null;
  /** Membership from this dictionary instead of the live tables. */
  dictionary?: DictionarySnapshot | null;
}

export function buildBucketDemandSql(q: BucketDemandQuery): SqlQuery {
  const s = new SqlText();
  if (q.dictionary) {
    s.add(
      "WITH dict(bucket_id, kind, alias) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), CAST(json_extract(value, '$[1]') AS TEXT), CAST(json_extract(value, '$[2]') AS TEXT) FROM json_each(?)),",
      JSON.stringify(q.dictionary.aliases),
    );
    s.add(
      "bucket_list(id, name, pos) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), CAST(key AS INTEGER) FROM json_each(?)),",
      JSON.stringify(q.dictionary.buckets.map((b) => [b.id, b.name])),
    );
  } else {
    s.add("WITH bucket_list(id, name, pos) AS (SELECT id, name, position FROM buckets),");
  }
  const filter = q.postFilter && q.postFilter.where.length > 0 ? q.postFilter : null;
  const where: SqlQuery[] = [];
  if (q.technology !== null) {
    s.add("scope(post_id) AS MATERIALIZED (SELECT x.post_id FROM tech_facts x");
    if (filter) s.add("  JOIN posts p ON p.id = x.post_id");
    where.push({ sql: "x.technology_id = ?", params: [q.technology] });
    where.push({ sql: "x.day >= ? AND x.day < ?", params: [q.period.d0, q.period.d1] });
    if (q.category !== null) where.push({ sql: "x.category_id = ?", params: [q.category] });
  } else {
    s.add("scope(post_id) AS MATERIALIZED (SELECT f.post_id FROM post_facts f");
    if (filter) s.add("  JOIN posts p ON p.id = f.post_id");
    where.push({ sql: "f.day >= ? AND f.day < ?", params: [q.period.d0, q.period.d1] });
    if (q.category !== null) where.push({ sql: "f.category_id = ?", params: [q.category] });
  }
  if (filter) filter.where.forEach((w, i) => where.push({ sql: w, params: i === 0 ? filter.params : [] }));
  addWhere(s, where);
  s.add("),");
  if (q.dictionary) {
    // CROSS JOIN keeps the scope as the outer loop: the planner would otherwise walk every alias's
    // posting list over all posts (4 s instead of milliseconds on 1M posts).
    s.add(`members(bucket_id, post_id) AS (
  SELECT d.bucket_id, ps.post_id FROM scope sc CROSS JOIN post_skills ps ON ps.post_id = sc.post_id
    CROSS JOIN dict d ON d.kind = 'tag' AND d.alias = ps.tag
  UNION SELECT d.bucket_id, ph.post_id FROM scope sc CROSS JOIN phrase_hits ph ON ph.post_id = sc.post_id
    CROSS JOIN dict d ON d.kind = 'phrase' AND d.alias = ph.phrase)
SELECT b.id, b.name, COALESCE(m.n, 0) AS posts, (SELECT COUNT(*) FROM scope) AS scopePosts
FROM bucket_list b LEFT JOIN (SELECT bucket_id, COUNT(*) AS n FROM members GROUP BY bucket_id) m ON m.bucket_id = b.id
ORDER BY b.pos, b.id`);
  } else {
    // The live dictionary's membership is kept per (post, bucket) by triggers (post_bucket_counts,
    // one row per bucket a post is in): one index range per scope post.
    s.add(`counts(bucket_id, n) AS (SELECT pb.bucket_id, COUNT(*) FROM scope sc
    CROSS JOIN post_bucket_counts pb ON pb.post_id = sc.post_id GROUP BY pb.bucket_id)
SELECT b.id, b.name, COALESCE(m.n, 0) AS posts, (SELECT COUNT(*) FROM scope) AS scopePosts
FROM bucket_list b LEFT JOIN counts m ON m.bucket_id = b.id
ORDER BY b.pos, b.id`);
  }
  return s.build();
}

// ---------------------------------------------------------------------------------------------
// The generic analytics(query).

export type FilterOp = "AND" | "OR";

export interface FilterCondition {
  field: FilterFieldName;
  in?: string[] | null;
  notIn?: string[] | null;
  gte?: number | null;
  gt?: number | null;
  lte?: number | null;
  lt?: number | null;
  from?: string | null;
  to?: string | null;
  text?: string | null;
}

export interface FilterGroup {
  op?: FilterOp | null;
  conditions?: FilterCondition[] | null;
  groups?: FilterGroup[] | null;
}

export interface TimeDimension {
  granularity?: GranularityName | null;
  from?: string | null;
  to?: string | null;
  periods?: Period[] | null;
}

export interface AnalyticsOrder {
  /** A measure or dimension of the query, or PERIOD. */
  by: string;
  direction?: "ASC" | "DESC" | null;
}

export interface AnalyticsQuery {
  measures: MeasureName[];
  dimensions?: DimensionName[] | null;
  /** Counted posts are this technology's (required by PENETRATION). */
  technology?: string | null;
  time?: TimeDimension | null;
  /** The period GROWTH compares each row with. */
  compareTo?: Period | null;
  where?: FilterGroup | null;
  threshold?: number | null;
  order?: AnalyticsOrder[] | null;
  limit?: number | null;
  offset?: number | null;
}

/** A query after validation: the periods resolved, defaults filled in. */
export interface CheckedAnalyticsQuery {
  measures: MeasureName[];
  dimensions: DimensionName[];
  technology: string | null;
  /** Null: no time dimension (every post, dated or not). */
  periods: Period[] | null;
  compareTo: Period | null;
  where: FilterGroup | null;
  threshold: number;
  order: { by: string; direction: "ASC" | "DESC" }[];
  limit: number;
  offset: number;
}

// Total over the filter fields, so that a new field is a compile error here until it is given a
// column or null (a case of its own in conditionSql).
const COLUMN_OF: Record<FilterFieldName, string | null> = {
  SUBCATEGORY: "f.subcategory",
  CONTRACT_TYPE: "f.contract_type",
  COUNTRY: "f.country",
  EXPERIENCE_LEVEL: "f.experience_level",
  SOURCE: "f.source",
  CATEGORY: "f.category_id",
  CATEGORY_GROUP: null,
  TECHNOLOGY: null,
  BUCKET: null,
  SKILL: null,
  VALUE: null,
  POSTED_AT: null,
  TEXT: null,
};

function conditionSql(c: FilterCondition): SqlQuery {
  const list = c.in ?? c.notIn ?? [];
  const negate = !c.in;
  const json = JSON.stringify(list);
  const column = COLUMN_OF[c.field];
  if (column)
    return negate
      ? { sql: `(${column} IS NULL OR ${column} NOT IN (SELECT value FROM json_each(?)))`, params: [json] }
      : { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [json] };
  switch (c.field) {
    case "CATEGORY_GROUP": {
      const flags = JSON.stringify(list.map((v) => (v === "technical" ? 1 : 0)));
      const sub =
        "f.category_id IN (SELECT id FROM categories WHERE technical IN (SELECT value FROM json_each(?)))";
      return negate
        ? { sql: `(f.category_id IS NULL OR NOT ${sub})`, params: [flags] }
        : { sql: sub, params: [flags] };
    }
    case "TECHNOLOGY":
      return {
        sql: `${negate ? "NOT " : ""}EXISTS (SELECT 1 FROM tech_facts tf WHERE tf.post_id = f.post_id AND tf.technology_id IN (SELECT value FROM json_each(?)))`,
        params: [json],
      };
    case "BUCKET":
    case "SKILL": {
      const col = c.field === "BUCKET" ? "s.bucket_id" : "s.id";
      return {
        sql: `f.post_id ${negate ? "NOT " : ""}IN (SELECT ps.post_id FROM post_skills ps JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id WHERE ${col} IN (SELECT value FROM json_each(?))
    UNION SELECT ph.post_id FROM phrase_hits ph JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id WHERE ${col} IN (SELECT value FROM json_each(?)))`,
        params: [json, json],
      };
    }
    case "VALUE": {
      const parts: SqlQuery[] = [];
      if (c.gte != null) parts.push({ sql: "f.value >= ?", params: [c.gte] });
      if (c.gt != null) parts.push({ sql: "f.value > ?", params: [c.gt] });
      if (c.lte != null) parts.push({ sql: "f.value <= ?", params: [c.lte] });
      if (c.lt != null) parts.push({ sql: "f.value < ?", params: [c.lt] });
      return { sql: `(${parts.map((p) => p.sql).join(" AND ")})`, params: parts.flatMap((p) => p.params) };
    }
    case "POSTED_AT": {
      const parts: SqlQuery[] = [];
      if (c.from) parts.push({ sql: "f.day >= ?", params: [dayNumber(c.from)] });
      if (c.to) parts.push({ sql: "f.day < ?", params: [dayNumber(c.to)] });
      return { sql: `(${parts.map((p) => p.sql).join(" AND ")})`, params: parts.flatMap((p) => p.params) };
    }
    case "TEXT":
      return {
        sql: "f.post_id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)",
        params: [ftsQuery(c.text ?? "")],
      };
    default:
      throw new Error(`no SQL for filter field ${c.field}`);
  }
}

/** A nested AND / OR group as one SQL condition over post_facts `f`. */
export function filterGroupSql(g: FilterGroup): SqlQuery {
  const parts = [...(g.conditions ?? []).map(conditionSql), ...(g.groups ?? []).map(filterGroupSql)];
  if (parts.length === 0) return { sql: "1", params: [] };
  const op = g.op === "OR" ? " OR " : " AND ";
  return { sql: `(${parts.map((p) => p.sql).join(op)})`, params: parts.flatMap((p) => p.params) };
}

/**
 * The rollup counts that give a generic query its grouped rows, or null when it needs the fact
 * tables: a time dimension (the rollups hold dated posts only), at most one dimension that the
 * rollups know (CATEGORY, CATEGORY_GROUP), no value averages or medians, the default threshold,
 * no post filter, and a `where` that only narrows to categories (CATEGORY in) or to one
 * category group (CATEGORY_GROUP in, one value).
 */
function rollupCountsOf(
  q: CheckedAnalyticsQuery,
  periods: DayRange[] | null,
  postFilter: PostFilterSql | null,
): CountsQuery | null {
  if (periods === null || q.dimensions.length > 1) return null;
  if (q.measures.includes("AVG_VALUE") || q.measures.includes("MEDIAN_VALUE")) return null;
  const by = q.dimensions[0] ?? null;
  const narrow = rollupNarrowing(q.where);
  if (narrow === null) return null;
  const counts: CountsQuery = {
    technology: q.technology,
    periods,
    by,
    ...narrow,
    postFilter,
    threshold: q.threshold,
    everyone: q.measures.includes("PENETRATION"),
  };
  return countsStrategy(counts) === "rollup" ? counts : null;
}

function rollupNarrowing(
  where: FilterGroup | null,
): { categories: string[] | null; technical: boolean | null } | null {
  const out = { categories: null as string[] | null, technical: null as boolean | null };
  if (where === null) return out;
  const conditions = where.conditions ?? [];
  if ((where.groups ?? []).length > 0 || (where.op === "OR" && conditions.length > 1)) return null;
  for (const c of conditions) {
    if (c.field === "CATEGORY" && c.in && out.categories === null) out.categories = c.in;
    else if (c.field === "CATEGORY_GROUP" && c.in?.length === 1 && out.technical === null)
      out.technical = c.in[0] === "technical";
    else return null;
  }
  return out;
}

/** The fields of the flat post filter (PostFilter) that splitPostFilter reads. */
export interface FlatPostFilter {
  from?: string | null;
  to?: string | null;
  categories?: string[] | null;
  technical?: boolean | null;
  subcategory?: string | null;
  sources?: string[] | null;
  externalIds?: string[] | null;
  contractTypes?: string[] | null;
  minValue?: number | null;
  maxValue?: number | null;
  skill?: string | null;
  bucket?: string | null;
  technology?: string | null;
  text?: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The flat post filter as `where` conditions, as far as they mean exactly the same (dates as
 * days: posted_at is stored as YYYY-MM-DDTHH:MM:SSZ, so the SQL's text comparison with
 * "<day>T00:00:00Z" is a comparison of days), and the rest (subcategory without case,
 * external ids, skill tags, text) left for SQL. The snapshot then evaluates most filters on its
 * columns instead of reading a set of post ids.
 */
export function splitPostFilter(f: FlatPostFilter): {
  where: FilterGroup | null;
  rest: FlatPostFilter | null;
} {
  const conditions: FilterCondition[] = [];
  const rest: FlatPostFilter = { ...f };
  const list = (values: string[] | null | undefined) => (values && values.length > 0 ? values : null);
  if ((f.from && DAY.test(f.from)) || (f.to && DAY.test(f.to))) {
    const from = f.from && DAY.test(f.from) ? f.from : null;
    const to = f.to && DAY.test(f.to) ? f.to : null;
    conditions.push({ field: "POSTED_AT", from, to });
    if (from) delete rest.from;
    if (to) delete rest.to;
  }
  const take = (key: "categories" | "sources" | "contractTypes", field: FilterFieldName) => {
    const values = list(f[key]);
    if (!values) return;
    conditions.push({ field, in: values });
    delete rest[key];
  };
  take("categories", "CATEGORY");
  take("sources", "SOURCE");
  take("contractTypes", "CONTRACT_TYPE");
  if (f.technical !== undefined && f.technical !== null) {
    conditions.push({ field: "CATEGORY_GROUP", in: [f.technical ? "technical" : "non-technical"] });
    delete rest.technical;
  }
  if (f.minValue != null || f.maxValue != null) {
    conditions.push({ field: "VALUE", gte: f.minValue ?? null, lte: f.maxValue ?? null });
    delete rest.minValue;
    delete rest.maxValue;
  }
  if (f.technology) {
    conditions.push({ field: "TECHNOLOGY", in: [f.technology] });
    delete rest.technology;
  }
  if (f.bucket) {
    conditions.push({ field: "BUCKET", in: [f.bucket] });
    delete rest.bucket;
  }
  const left = Object.values(rest).some((v) => v !== undefined && v !== null);
  return { where: conditions.length > 0 ? { op: "AND", conditions } : null, rest: left ? rest : null };
}

/** Which path answers a generic query (see analyticsPath). */
export type AnalyticsPath = "rollup" | "snapshot" | "facts";

/**
 * Which path answers a checked generic query: the rollups when they can (rollupCountsOf);
 * otherwise the in-memory columns of the posts (analytics.engine.ts), or, when the snapshot is
 * off, the fact tables (the reference the engine is tested against).
 */
export function analyticsPath(
  q: CheckedAnalyticsQuery,
  postFilter: PostFilterSql | null = null,
  snapshot = true,
): AnalyticsPath {
  if (rollupCountsOf(q, dayRangesOf(q), postFilter)) return "rollup";
  return snapshot ? "snapshot" : "facts";
}

/** The query's periods and then its comparison period, as day ranges (null without time). */
function dayRangesOf(q: CheckedAnalyticsQuery): DayRange[] | null {
  return q.periods
    ? [...q.periods, ...(q.compareTo ? [q.compareTo] : [])].map((p) => ({
        d0: dayNumber(p.from),
        d1: dayNumber(p.to),
      }))
    : null;
}

/**
 * The SQL of a checked generic query. Output columns: period (index in q.periods, or 0 when
 * there is no time dimension), k0..kN (dimension values in query order), m0..mM (measures in
 * query order), total_rows (groups before limit / offset). `strategy` says where the grouped
 * counts come from: the rollups when the query allows (see rollupCountsOf), else the fact tables.
 */
export function buildAnalyticsSql(
  q: CheckedAnalyticsQuery,
  postFilter: PostFilterSql | null = null,
): SqlQuery & { strategy: "rollup" | "facts" } {
  const periods = dayRangesOf(q);
  const keys = q.dimensions.map((_d, i) => `k${i}`);
  const s = new SqlText();
  const rollup = rollupCountsOf(q, periods, postFilter);
  if (rollup) groupedFromRollup(s, q, rollup);
  else groupedFromFacts(s, q, periods, postFilter);
  const joins: string[] = [];
  const on = (alias: string) =>
    [`${alias}.period = g.period`, ...keys.map((k) => `${alias}.${k} IS g.${k}`)].join(" AND ");
  if (q.measures.includes("SHARE_OF_TOTAL")) joins.push("LEFT JOIN totals tot ON tot.period = g.period");
  if (q.measures.includes("MEDIAN_VALUE")) joins.push(`LEFT JOIN medians med ON ${on("med")}`);
  // The comparison period takes the last index; its rows are read as `cmp`, never shown.
  const cmpPos = q.compareTo && q.periods ? q.periods.length : -1;
  if (q.measures.includes("GROWTH"))
    joins.push(
      `LEFT JOIN grouped cmp ON ${[`cmp.period = ${cmpPos}`, ...keys.map((k) => `cmp.${k} IS g.${k}`)].join(" AND ")}`,
    );
  const measureCols = q.measures.map((m, i) => `${MEASURES[m].sql} AS m${i}`);
  s.add(
    `SELECT g.period${keys.map((k) => `, g.${k}`).join("")}, ${measureCols.join(", ")}, COUNT(*) OVER () AS total_rows`,
  );
  s.add("FROM grouped g");
  for (const j of joins) s.add(j);
  s.add(`WHERE g.n > 0${cmpPos >= 0 ? ` AND g.period <> ${cmpPos}` : ""}`);
  const orderCols = q.order.map((o) => {
    const col =
      o.by === "PERIOD"
        ? "g.period"
        : (q.measures as string[]).includes(o.by)
          ? `m${(q.measures as string[]).indexOf(o.by)}`
          : `g.k${(q.dimensions as string[]).indexOf(o.by)}`;
    return `${col} ${o.direction} NULLS LAST`;
  });
  const tiebreak = ["g.period", ...keys.map((k) => `g.${k} ASC NULLS LAST`)];
  s.add(`ORDER BY ${[...orderCols, ...tiebreak].join(", ")}`);
  s.add("LIMIT ? OFFSET ?", q.limit, q.offset);
  return { ...s.build(), strategy: rollup ? "rollup" : "facts" };
}

/**
 * `grouped` (and `totals`) from the rollups. Every dated post has one category (or none), so a
 * period's distinct counted posts are the sum of its groups.
 */
function groupedFromRollup(s: SqlText, q: CheckedAnalyticsQuery, counts: CountsQuery): void {
  s.add(
    `WITH grouped AS (SELECT period${counts.by === null ? "" : ", key AS k0"}, n, everyone, known, high FROM (`,
  );
  s.addQuery(rollupCounts(counts));
  s.add("))");
  if (q.measures.includes("SHARE_OF_TOTAL"))
    s.add(",totals AS (SELECT period, SUM(n) AS n FROM grouped GROUP BY period)");
}

/** `grouped` (and `totals`, `medians`) from the fact tables, post by post. */
function groupedFromFacts(
  s: SqlText,
  q: CheckedAnalyticsQuery,
  periods: DayRange[] | null,
  postFilter: PostFilterSql | null,
): void {
  const dims = q.dimensions.map((d) => DIMENSIONS[d]);
  const keys = dims.map((_d, i) => `k${i}`);
  const wantsAll = q.measures.includes("PENETRATION");
  s.add("WITH");
  if (periods) s.add(`${PERIODS_CTE},`, periodsJson(periods));
  const columnKeys = dims.map((d, i) => (d.kind === "column" ? `${d.expr} AS k${i}` : null)).filter(Boolean);
  const counted = q.technology === null ? "1" : wantsAll ? "(x.post_id IS NOT NULL)" : "1";
  s.add(
    `scope AS (SELECT ${periods ? "t.pos" : "0"} AS period, f.post_id, f.value, ${counted} AS t${columnKeys.map((k) => `, ${k}`).join("")}`,
  );
  s.add(
    periods ? "  FROM periods t JOIN post_facts f ON f.day >= t.d0 AND f.day < t.d1" : "  FROM post_facts f",
  );
  if (q.technology !== null)
    s.add(
      `  ${wantsAll ? "LEFT JOIN" : "JOIN"} tech_facts x ON x.technology_id = ? AND x.post_id = f.post_id`,
      q.technology,
    );
  if (dims.some((d) => d.needsCategories)) s.add("  LEFT JOIN categories c ON c.id = f.category_id");
  const filter = postFilter && postFilter.where.length > 0 ? postFilter : null;
  if (filter) s.add("  JOIN posts p ON p.id = f.post_id");
  const where: SqlQuery[] = [];
  if (filter) filter.where.forEach((w, i) => where.push({ sql: w, params: i === 0 ? filter.params : [] }));
  if (q.where) where.push(filterGroupSql(q.where));
  where.forEach((c, i) => s.add(`  ${i === 0 ? "WHERE" : "  AND"} ${c.sql}`, ...c.params));
  s.add("),");
  dims.forEach((d, i) => {
    if (d.kind !== "membership") return;
    s.add(
      `mem${i} AS (SELECT post_id, key FROM (${membershipSql(d.membership!)}) WHERE post_id IN (SELECT post_id FROM scope)),`,
    );
  });
  const baseKeys = dims.map((d, i) => (d.kind === "column" ? `s.k${i}` : `mem${i}.key AS k${i}`));
  s.add(
    `base AS (SELECT s.period, s.post_id, s.value, s.t${baseKeys.map((k) => `, ${k}`).join("")} FROM scope s`,
  );
  dims.forEach((d, i) => {
    if (d.kind === "membership") s.add(`  JOIN mem${i} ON mem${i}.post_id = s.post_id`);
  });
  s.add("),");
  const groupCols = ["period", ...keys].join(", ");
  s.add(
    `grouped AS (SELECT ${groupCols}, COUNT(CASE WHEN t = 1 THEN 1 END) AS n, COUNT(*) AS everyone,
  COUNT(CASE WHEN t = 1 AND value IS NOT NULL THEN 1 END) AS known,
  COUNT(CASE WHEN t = 1 AND value > ? THEN 1 END) AS high,
  AVG(CASE WHEN t = 1 THEN value END) AS avg
  FROM base GROUP BY ${groupCols})`,
    q.threshold,
  );
  if (q.measures.includes("SHARE_OF_TOTAL"))
    s.add(
      ",totals AS (SELECT period, COUNT(DISTINCT CASE WHEN t = 1 THEN post_id END) AS n FROM scope GROUP BY period)",
    );
  if (q.measures.includes("MEDIAN_VALUE"))
    s.add(`,medians AS (SELECT ${groupCols}, AVG(value) AS v FROM (
    SELECT ${groupCols}, value, ROW_NUMBER() OVER (PARTITION BY ${groupCols} ORDER BY value) AS rn,
      COUNT(*) OVER (PARTITION BY ${groupCols}) AS cnt FROM base WHERE t = 1 AND value IS NOT NULL)
  WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) GROUP BY ${groupCols})`);
}

export type { DimensionDef };
