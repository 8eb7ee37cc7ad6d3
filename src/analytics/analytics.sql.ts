// The pure SQL builders of analytics: query objects in, SQL fragments (text with its parameters,
// src/db/sql-fragment.ts) out, no database.
// Two storage paths (see analytics.storage.ts): the daily rollup answers the study's queries
// when nothing but dates and categories restrict them; anything else reads the fact tables. The
// generic query has a third, chosen by analyticsPath: the in-memory snapshot of the posts
// (analytics.engine.ts), for what the rollups cannot answer; its SQL here is the reference.
// Numbers that were validated (thresholds, day numbers of the time dimension) are bound as
// parameters like everything else; only SQL text chosen from the constants is spliced in (raw).
import { join, raw, sql, type Sql } from "../db/sql-fragment";
import { ftsQuery, type PostFilterSql } from "../posts/post.repository";
import { normalizeTag } from "../taxonomy/normalize";
import { LIVE_MEMBERSHIP, membershipSql } from "../taxonomy/skill-membership";
import {
  ALL_KEY,
  DIMENSIONS,
  HIGH_VALUE_THRESHOLD,
  MEASURES,
  type DimensionName,
  type FilterFieldName,
  type GranularityName,
  type MeasureName,
} from "./analytics.model";
import { dayNumber, type DayRange, type Period } from "./analytics.periods";

/** A built query and where its counts come from. */
type StrategySql = Sql & { strategy: "rollup" | "facts" };

function withStrategy(query: Sql, strategy: "rollup" | "facts"): StrategySql {
  return Object.assign(query, { strategy });
}

/** `WHERE a` and `  AND b` lines (after `indent`), none without conditions. */
export function whereLines(conditions: readonly Sql[], indent = ""): Sql[] {
  return conditions.map((c, i) => sql`${raw(`${indent}${i === 0 ? "WHERE" : "  AND"}`)} ${c}`);
}

export function periodsCte(periods: DayRange[]): Sql {
  const json = JSON.stringify(periods.map((p) => [p.d0, p.d1]));
  return sql`periods(pos, d0, d1) AS (SELECT CAST(key AS INTEGER), CAST(json_extract(value, '$[0]') AS INTEGER), CAST(json_extract(value, '$[1]') AS INTEGER) FROM json_each(${json}))`;
}

/**
 * (post_id, key) of a membership dimension: technologies from the facts, buckets and skills by
 * the one rule of membership (taxonomy/skill-membership.ts) under the live dictionary.
 */
export function dimensionMembersSql(kind: "technology" | "bucket" | "skill"): Sql {
  if (kind === "technology") return raw("SELECT post_id, technology_id AS key FROM tech_facts");
  return sql`SELECT DISTINCT post_id, ${raw(kind === "bucket" ? "bucket_id" : "skill_id")} AS key FROM (${LIVE_MEMBERSHIP}) AS live`;
}

// ---------------------------------------------------------------------------------------------
// Counts: the primitive behind categoryShare, growth, highValueShare, concentration and trend.

/** A post filter as the in-memory snapshot evaluates it: conditions on its columns, and SQL for the rest. */
export interface SnapshotFilter {
  where: FilterGroup | null;
  rest: PostFilterSql | null;
}

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
  /** Any further condition, as SQL over posts `p`: forces the fact tables (or the snapshot). */
  postFilter?: PostFilterSql | null;
  /**
   * The whole filter (categories and technical too) as the in-memory snapshot evaluates it:
   * conditions on its columns (splitPostFilter), and SQL for what they do not hold (text,
   * skill, subcategory...). Null: the filter is `categories` and `technical` alone.
   */
  snapshotFilter?: SnapshotFilter | null;
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

function countsStrategy(q: CountsQuery): "rollup" | "facts" {
  const byOk = q.by === null || DIMENSIONS[q.by].rollup;
  const filterOk = !q.postFilter || q.postFilter.length === 0;
  const thresholdOk = q.threshold === undefined || q.threshold === HIGH_VALUE_THRESHOLD;
  return byOk && filterOk && thresholdOk ? "rollup" : "facts";
}

export function buildCountsSql(q: CountsQuery): StrategySql {
  const strategy = countsStrategy(q);
  return withStrategy(strategy === "rollup" ? rollupCounts(q) : factCounts(q), strategy);
}

/** Month index (year * 12 + month - 1) of a day number, as fact_rollup_month keys it. */
function monthOfDay(day: number): number {
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
function rollupSegments(periods: DayRange[]): { days: number[][]; months: number[][] } {
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

function rollupCounts(q: CountsQuery): Sql {
  const tech = q.technology ?? "";
  const both = q.everyone && tech !== "";
  const key = raw(
    q.by === null
      ? `'${ALL_KEY}'`
      : q.by === "CATEGORY"
        ? "NULLIF(r.category_id, '')"
        : (DIMENSIONS.CATEGORY_GROUP.expr as string),
  );
  const segs = rollupSegments(q.periods);
  const seg = (name: string, list: number[][]) =>
    sql`${raw(name)}(pos, a, b) AS (SELECT CAST(json_extract(value, '$[0]') AS INTEGER), CAST(json_extract(value, '$[1]') AS INTEGER), CAST(json_extract(value, '$[2]') AS INTEGER) FROM json_each(${JSON.stringify(list)}))`;
  const techCond = both ? sql`r.technology_id IN (${tech}, '')` : sql`r.technology_id = ${tech}`;
  // CROSS JOIN keeps the segments as the outer loop, each one a range of the rollup's key. With a
  // plain JOIN, SQLite's planner walked every rollup row of the technology and scanned the
  // segments for each: 35,596 daily rows, even with no day segment at all, for `categoryShare`
  // over whole years on 1,000,000 posts (4 ms; 0.7 ms in this order).
  const s: Sql[] = [
    sql`WITH ${seg("day_segs", segs.days)},`,
    sql`${seg("month_segs", segs.months)},`,
    sql`counts AS (SELECT t.pos, r.technology_id, r.category_id, r.posts, r.known, r.high
    FROM day_segs t CROSS JOIN fact_rollup r ON ${techCond} AND r.day >= t.a AND r.day < t.b`,
    sql`  UNION ALL SELECT t.pos, r.technology_id, r.category_id, r.posts, r.known, r.high
    FROM month_segs t CROSS JOIN fact_rollup_month r ON ${techCond} AND r.month >= t.a AND r.month < t.b)`,
    sql`SELECT r.pos AS period, ${key} AS key,`,
    sql`  COALESCE(SUM(r.posts) FILTER (WHERE r.technology_id = ${tech}), 0) AS n,`,
    sql`  COALESCE(SUM(r.known) FILTER (WHERE r.technology_id = ${tech}), 0) AS known,`,
    sql`  COALESCE(SUM(r.high) FILTER (WHERE r.technology_id = ${tech}), 0) AS high,`,
    q.everyone
      ? raw("  COALESCE(SUM(r.posts) FILTER (WHERE r.technology_id = ''), 0) AS everyone")
      : sql`  COALESCE(SUM(r.posts) FILTER (WHERE r.technology_id = ${tech}), 0) AS everyone`,
    raw("FROM counts r"),
  ];
  if (q.by === "CATEGORY_GROUP") s.push(raw("LEFT JOIN categories c ON c.id = r.category_id"));
  const where: Sql[] = [];
  if (q.categories)
    where.push(sql`r.category_id IN (SELECT value FROM json_each(${JSON.stringify(q.categories)}))`);
  if (q.technical !== undefined && q.technical !== null)
    where.push(sql`r.category_id IN (SELECT id FROM categories WHERE technical = ${q.technical ? 1 : 0})`);
  s.push(...whereLines(where), raw("GROUP BY r.pos, key ORDER BY r.pos, key"));
  return join(s, "\n");
}

function factCounts(q: CountsQuery): Sql {
  const dim = q.by === null ? null : DIMENSIONS[q.by];
  const threshold = q.threshold ?? HIGH_VALUE_THRESHOLD;
  // Which posts are counted: every post, or the technology's (LEFT JOIN when every post is needed too).
  const mode = q.technology === null ? "all" : q.everyone ? "flag" : "tech";
  const counted = raw(mode === "flag" ? "x.post_id IS NOT NULL" : "1 = 1");
  const key = raw(dim === null ? `'${ALL_KEY}'` : dim.kind === "column" ? (dim.expr as string) : "km.key");
  const s: Sql[] = [
    sql`WITH ${periodsCte(q.periods)}`,
    sql`SELECT t.pos AS period, ${key} AS key,`,
    sql`  COUNT(CASE WHEN ${counted} THEN 1 END) AS n,`,
    sql`  COUNT(CASE WHEN ${counted} AND f.value IS NOT NULL THEN 1 END) AS known,`,
    sql`  COUNT(CASE WHEN ${counted} AND f.value > ${threshold} THEN 1 END) AS high,`,
    raw("  COUNT(*) AS everyone"),
  ];
  if (mode === "tech") {
    s.push(
      sql`FROM periods t JOIN tech_facts x ON x.technology_id = ${q.technology} AND x.day >= t.d0 AND x.day < t.d1`,
      raw("JOIN post_facts f ON f.post_id = x.post_id"),
    );
  } else {
    s.push(raw("FROM periods t JOIN post_facts f ON f.day >= t.d0 AND f.day < t.d1"));
    if (mode === "flag")
      s.push(sql`LEFT JOIN tech_facts x ON x.technology_id = ${q.technology} AND x.post_id = f.post_id`);
  }
  if (dim?.kind === "membership")
    s.push(sql`JOIN (${dimensionMembersSql(dim.membership!)}) km ON km.post_id = f.post_id`);
  if (dim?.needsCategories) s.push(raw("LEFT JOIN categories c ON c.id = f.category_id"));
  const filter = q.postFilter ?? [];
  if (filter.length > 0) s.push(raw("JOIN posts p ON p.id = f.post_id"));
  const where: Sql[] = [];
  if (q.categories)
    where.push(sql`f.category_id IN (SELECT value FROM json_each(${JSON.stringify(q.categories)}))`);
  if (q.technical !== undefined && q.technical !== null)
    where.push(sql`f.category_id IN (SELECT id FROM categories WHERE technical = ${q.technical ? 1 : 0})`);
  where.push(...filter);
  s.push(...whereLines(where), raw("GROUP BY t.pos, key ORDER BY t.pos, key"));
  return join(s, "\n");
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
  /** The same filter as the in-memory snapshot evaluates it (as CountsQuery.snapshotFilter). */
  snapshotFilter?: SnapshotFilter | null;
  /** Membership from this dictionary instead of the live tables. */
  dictionary?: DictionarySnapshot | null;
}

export function buildBucketDemandSql(q: BucketDemandQuery): Sql {
  const s: Sql[] = [];
  if (q.dictionary) {
    s.push(
      sql`WITH dict(bucket_id, kind, alias) AS MATERIALIZED (SELECT json_extract(value, '$[0]'), CAST(json_extract(value, '$[1]') AS TEXT), CAST(json_extract(value, '$[2]') AS TEXT) FROM json_each(${JSON.stringify(q.dictionary.aliases)})),`,
      sql`bucket_list(id, name, pos) AS (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), CAST(key AS INTEGER) FROM json_each(${JSON.stringify(q.dictionary.buckets.map((b) => [b.id, b.name]))})),`,
    );
  } else {
    s.push(raw("WITH bucket_list(id, name, pos) AS (SELECT id, name, position FROM buckets),"));
  }
  const filter = q.postFilter ?? [];
  const where: Sql[] = [];
  if (q.technology !== null) {
    s.push(raw("scope(post_id) AS MATERIALIZED (SELECT x.post_id FROM tech_facts x"));
    if (filter.length > 0) s.push(raw("  JOIN posts p ON p.id = x.post_id"));
    where.push(
      sql`x.technology_id = ${q.technology}`,
      sql`x.day >= ${q.period.d0} AND x.day < ${q.period.d1}`,
    );
    if (q.category !== null) where.push(sql`x.category_id = ${q.category}`);
  } else {
    s.push(raw("scope(post_id) AS MATERIALIZED (SELECT f.post_id FROM post_facts f"));
    if (filter.length > 0) s.push(raw("  JOIN posts p ON p.id = f.post_id"));
    where.push(sql`f.day >= ${q.period.d0} AND f.day < ${q.period.d1}`);
    if (q.category !== null) where.push(sql`f.category_id = ${q.category}`);
  }
  where.push(...filter);
  s.push(...whereLines(where), raw("),"));
  if (q.dictionary) {
    // The one rule of membership over the past dictionary, the scope's posts walked first.
    const members = membershipSql({ columns: ["bucket_id", "post_id"], dictionary: "dict", posts: "scope" });
    s.push(
      sql`members(bucket_id, post_id) AS (
  ${members})`,
      raw(`SELECT b.id, b.name, COALESCE(m.n, 0) AS posts, (SELECT COUNT(*) FROM scope) AS scopePosts
FROM bucket_list b LEFT JOIN (SELECT bucket_id, COUNT(*) AS n FROM members GROUP BY bucket_id) m ON m.bucket_id = b.id
ORDER BY b.pos, b.id`),
    );
  } else {
    // The live dictionary's membership is kept per (post, bucket) by triggers (post_bucket_counts,
    // one row per bucket a post is in): one index range per scope post.
    s.push(
      raw(`counts(bucket_id, n) AS (SELECT pb.bucket_id, COUNT(*) FROM scope sc
    CROSS JOIN post_bucket_counts pb ON pb.post_id = sc.post_id GROUP BY pb.bucket_id)
SELECT b.id, b.name, COALESCE(m.n, 0) AS posts, (SELECT COUNT(*) FROM scope) AS scopePosts
FROM bucket_list b LEFT JOIN counts m ON m.bucket_id = b.id
ORDER BY b.pos, b.id`),
    );
  }
  return join(s, "\n");
}

// ---------------------------------------------------------------------------------------------
// The generic analytics(query).

type FilterOp = "AND" | "OR";

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
  /**
   * SKILL only, and never from the API: posts carrying this skill tag (normalized) as their
   * source gave it, whatever the dictionary says. The flat filter's `skill` (splitPostFilter).
   */
  tag?: string;
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

function conditionSql(c: FilterCondition): Sql {
  const list = c.in ?? c.notIn ?? [];
  const negate = !c.in;
  const json = JSON.stringify(list);
  const name = COLUMN_OF[c.field];
  if (name) {
    const column = raw(name);
    return negate
      ? sql`(${column} IS NULL OR ${column} NOT IN (SELECT value FROM json_each(${json})))`
      : sql`${column} IN (SELECT value FROM json_each(${json}))`;
  }
  const not = raw(negate ? "NOT " : "");
  switch (c.field) {
    case "CATEGORY_GROUP": {
      const flags = JSON.stringify(list.map((v) => (v === "technical" ? 1 : 0)));
      const sub = sql`f.category_id IN (SELECT id FROM categories WHERE technical IN (SELECT value FROM json_each(${flags})))`;
      return negate ? sql`(f.category_id IS NULL OR NOT ${sub})` : sub;
    }
    case "TECHNOLOGY":
      return sql`${not}EXISTS (SELECT 1 FROM tech_facts tf WHERE tf.post_id = f.post_id AND tf.technology_id IN (SELECT value FROM json_each(${json})))`;
    case "BUCKET":
    case "SKILL": {
      if (c.tag !== undefined)
        return sql`f.post_id IN (SELECT post_id FROM post_skills WHERE tag = ${c.tag})`;
      const col = raw(c.field === "BUCKET" ? "s.bucket_id" : "s.id");
      const skills = sql`${col} IN (SELECT value FROM json_each(${json}))`;
      return sql`f.post_id ${not}IN (${membershipSql({ columns: ["post_id"], where: skills })})`;
    }
    case "VALUE": {
      const parts: Sql[] = [];
      if (c.gte != null) parts.push(sql`f.value >= ${c.gte}`);
      if (c.gt != null) parts.push(sql`f.value > ${c.gt}`);
      if (c.lte != null) parts.push(sql`f.value <= ${c.lte}`);
      if (c.lt != null) parts.push(sql`f.value < ${c.lt}`);
      return sql`(${join(parts, " AND ")})`;
    }
    case "POSTED_AT": {
      const parts: Sql[] = [];
      if (c.from) parts.push(sql`f.day >= ${dayNumber(c.from)}`);
      if (c.to) parts.push(sql`f.day < ${dayNumber(c.to)}`);
      return sql`(${join(parts, " AND ")})`;
    }
    case "TEXT":
      return sql`f.post_id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ${ftsQuery(c.text ?? "")})`;
    default:
      throw new Error(`no SQL for filter field ${c.field}`);
  }
}

/** A nested AND / OR group as one SQL condition over post_facts `f`. */
export function filterGroupSql(g: FilterGroup): Sql {
  const parts = [...(g.conditions ?? []).map(conditionSql), ...(g.groups ?? []).map(filterGroupSql)];
  if (parts.length === 0) return raw("1 = 1");
  return sql`(${join(parts, g.op === "OR" ? " OR " : " AND ")})`;
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
interface FlatPostFilter {
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
 * "<day>T00:00:00Z" is a comparison of days; the search text as the same FTS5 query; the skill
 * tag normalized as resolvePostFilter does), and the rest (subcategory without case, external
 * ids) left for SQL. The snapshot then evaluates most filters on its columns, and the text on
 * the full-text index alone, instead of reading a set of post ids from the posts table.
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
  if (f.skill) {
    conditions.push({ field: "SKILL", tag: normalizeTag(f.skill) });
    delete rest.skill;
  }
  if (f.text) {
    conditions.push({ field: "TEXT", text: f.text });
    delete rest.text;
  }
  const left = Object.values(rest).some((v) => v !== undefined && v !== null);
  return { where: conditions.length > 0 ? { op: "AND", conditions } : null, rest: left ? rest : null };
}

/** Which path answers a generic query (see analyticsPath). */
type AnalyticsPath = "rollup" | "snapshot" | "facts";

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
): StrategySql {
  const periods = dayRangesOf(q);
  const keys = q.dimensions.map((_d, i) => `k${i}`);
  const s: Sql[] = [];
  const rollup = rollupCountsOf(q, periods, postFilter);
  if (rollup) groupedFromRollup(s, q, rollup);
  else groupedFromFacts(s, q, periods, postFilter);
  const joins: string[] = [];
  const on = (alias: string) =>
    [`${alias}.period = g.period`, ...keys.map((k) => `${alias}.${k} IS NOT DISTINCT FROM g.${k}`)].join(
      " AND ",
    );
  if (q.measures.includes("SHARE_OF_TOTAL")) joins.push("LEFT JOIN totals tot ON tot.period = g.period");
  if (q.measures.includes("MEDIAN_VALUE")) joins.push(`LEFT JOIN medians med ON ${on("med")}`);
  // The comparison period takes the last index; its rows are read as `cmp`, never shown.
  const cmpPos = q.compareTo && q.periods ? q.periods.length : -1;
  if (q.measures.includes("GROWTH"))
    joins.push(
      `LEFT JOIN grouped cmp ON ${[`cmp.period = ${cmpPos}`, ...keys.map((k) => `cmp.${k} IS NOT DISTINCT FROM g.${k}`)].join(" AND ")}`,
    );
  const measureCols = q.measures.map((m, i) => `${MEASURES[m].sql} AS m${i}`);
  s.push(
    raw(
      `SELECT g.period${keys.map((k) => `, g.${k}`).join("")}, ${measureCols.join(", ")}, COUNT(*) OVER () AS total_rows`,
    ),
    raw("FROM grouped g"),
    ...joins.map(raw),
    raw(`WHERE g.n > 0${cmpPos >= 0 ? ` AND g.period <> ${cmpPos}` : ""}`),
  );
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
  s.push(raw(`ORDER BY ${[...orderCols, ...tiebreak].join(", ")}`), sql`LIMIT ${q.limit} OFFSET ${q.offset}`);
  return withStrategy(join(s, "\n"), rollup ? "rollup" : "facts");
}

/**
 * `grouped` (and `totals`) from the rollups. Every dated post has one category (or none), so a
 * period's distinct counted posts are the sum of its groups.
 */
function groupedFromRollup(s: Sql[], q: CheckedAnalyticsQuery, counts: CountsQuery): void {
  s.push(
    raw(
      `WITH grouped AS (SELECT period${counts.by === null ? "" : ", key AS k0"}, n, everyone, known, high FROM (`,
    ),
    rollupCounts(counts),
    raw(") AS counts)"),
  );
  if (q.measures.includes("SHARE_OF_TOTAL"))
    s.push(raw(",totals AS (SELECT period, SUM(n) AS n FROM grouped GROUP BY period)"));
}

/** `grouped` (and `totals`, `medians`) from the fact tables, post by post. */
function groupedFromFacts(
  s: Sql[],
  q: CheckedAnalyticsQuery,
  periods: DayRange[] | null,
  postFilter: PostFilterSql | null,
): void {
  const dims = q.dimensions.map((d) => DIMENSIONS[d]);
  const keys = dims.map((_d, i) => `k${i}`);
  const wantsAll = q.measures.includes("PENETRATION");
  s.push(raw("WITH"));
  if (periods) s.push(sql`${periodsCte(periods)},`);
  const columnKeys = dims.map((d, i) => (d.kind === "column" ? `${d.expr} AS k${i}` : null)).filter(Boolean);
  // t is 1 for a post of the technology (a number: PostgreSQL compares no boolean with t = 1).
  const counted =
    q.technology === null ? "1" : wantsAll ? "CASE WHEN x.post_id IS NULL THEN 0 ELSE 1 END" : "1";
  s.push(
    raw(
      `scope AS (SELECT ${periods ? "t.pos" : "0"} AS period, f.post_id, f.value, ${counted} AS t${columnKeys.map((k) => `, ${k}`).join("")}`,
    ),
    raw(
      periods
        ? "  FROM periods t JOIN post_facts f ON f.day >= t.d0 AND f.day < t.d1"
        : "  FROM post_facts f",
    ),
  );
  if (q.technology !== null)
    s.push(
      sql`  ${raw(wantsAll ? "LEFT JOIN" : "JOIN")} tech_facts x ON x.technology_id = ${q.technology} AND x.post_id = f.post_id`,
    );
  if (dims.some((d) => d.needsCategories)) s.push(raw("  LEFT JOIN categories c ON c.id = f.category_id"));
  const filter = postFilter ?? [];
  if (filter.length > 0) s.push(raw("  JOIN posts p ON p.id = f.post_id"));
  const where: Sql[] = [...filter];
  if (q.where) where.push(filterGroupSql(q.where));
  s.push(...whereLines(where, "  "), raw("),"));
  dims.forEach((d, i) => {
    if (d.kind !== "membership") return;
    s.push(
      sql`mem${raw(String(i))} AS (SELECT post_id, key FROM (${dimensionMembersSql(d.membership!)}) AS members WHERE post_id IN (SELECT post_id FROM scope)),`,
    );
  });
  const baseKeys = dims.map((d, i) => (d.kind === "column" ? `s.k${i}` : `mem${i}.key AS k${i}`));
  s.push(
    raw(
      `base AS (SELECT s.period, s.post_id, s.value, s.t${baseKeys.map((k) => `, ${k}`).join("")} FROM scope s`,
    ),
  );
  dims.forEach((d, i) => {
    if (d.kind === "membership") s.push(raw(`  JOIN mem${i} ON mem${i}.post_id = s.post_id`));
  });
  s.push(raw("),"));
  const groupCols = raw(["period", ...keys].join(", "));
  s.push(
    sql`grouped AS (SELECT ${groupCols}, COUNT(CASE WHEN t = 1 THEN 1 END) AS n, COUNT(*) AS everyone,
  COUNT(CASE WHEN t = 1 AND value IS NOT NULL THEN 1 END) AS known,
  COUNT(CASE WHEN t = 1 AND value > ${q.threshold} THEN 1 END) AS high,
  AVG(CASE WHEN t = 1 THEN value END) AS avg
  FROM base GROUP BY ${groupCols})`,
  );
  if (q.measures.includes("SHARE_OF_TOTAL"))
    s.push(
      raw(
        ",totals AS (SELECT period, COUNT(DISTINCT CASE WHEN t = 1 THEN post_id END) AS n FROM scope GROUP BY period)",
      ),
    );
  if (q.measures.includes("MEDIAN_VALUE"))
    s.push(
      sql`,medians AS (SELECT ${groupCols}, AVG(value) AS v FROM (
    SELECT ${groupCols}, value, ROW_NUMBER() OVER (PARTITION BY ${groupCols} ORDER BY value) AS rn,
      COUNT(*) OVER (PARTITION BY ${groupCols}) AS cnt FROM base WHERE t = 1 AND value IS NOT NULL) AS ranked
  WHERE rn IN ((cnt + 1) / 2, (cnt + 2) / 2) GROUP BY ${groupCols})`,
    );
}
