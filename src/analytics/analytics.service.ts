// The study's questions and the generic analytics query, as plain functions over a database:
// plain objects in, plain objects out. They validate (BAD_USER_INPUT naming the field), ask the
// repository for counts and turn counts into the measures of DESIGN.md "Definitions".
// These names are the public API of analytics for the resolvers, reports and CSV export.
import type { Db } from "../db/client";
import type { PostFilter } from "../posts/post.args";
import type { PostFilterSql } from "../posts/post.repository";
import { resolvePostFilter, snapshotFilter } from "../posts/post.service";
import { BadUserInputError } from "../shared/errors";
import type { BucketDef } from "../taxonomy/taxonomy.model";
import type { SnapshotStats } from "./analytics.snapshot";
import {
  ALL_KEY,
  DIMENSIONS,
  DIMENSION_NAMES,
  GRANULARITIES,
  HIGH_VALUE_THRESHOLD,
  UNKNOWN_LABEL,
  type DimensionName,
  type GranularityName,
  type MeasureName,
} from "./analytics.model";
import {
  calendarPeriods,
  checkPeriod,
  checkPeriods,
  checkRange,
  clipRange,
  toDayRange,
  type Period,
} from "./analytics.periods";
import {
  analyticsQueryPath,
  readCatalog,
  runAnalyticsQuery,
  warmSnapshot,
  type AnalyticsRunOptions,
  runBucketDemand,
  runCounts,
  type Catalog,
  type CategoryRef,
  type NamedRef,
} from "./analytics.repository";
import {
  type AnalyticsQuery,
  type CountsQuery,
  type CountsRow,
  type DictionarySnapshot,
  type FilterGroup,
} from "./analytics.sql";
import { checkAnalyticsQuery } from "./analytics.validate";

// ---------------------------------------------------------------------------------------------
// Shared helpers.

/** A post filter split into what the rollup can answer and SQL for everything else. */
interface Scope {
  categories: string[] | null;
  technical: boolean | null;
  from: string | null;
  to: string | null;
  /** Null when the rollup can answer the filter. */
  postFilter: PostFilterSql | null;
  /** The filter for the in-memory snapshot (CountsQuery.snapshotFilter); null without one. */
  snapshotFilter: CountsQuery["snapshotFilter"];
}

/** The post filter fields the daily rollups can answer; any other field reads the snapshot (or the fact tables). */
export const ROLLUP_FILTER_FIELDS: ReadonlySet<string> = new Set(["from", "to", "categories", "technical"]);

function resolveScope(db: Db, filter: PostFilter | null | undefined, field = "filter"): Scope {
  const sql = resolvePostFilter(db, filter, field);
  const f = filter ?? {};
  const used = Object.entries(f)
    .filter(([, v]) => v !== undefined && v !== null)
    .map(([k]) => k);
  const rollupOk = used.every((k) => ROLLUP_FILTER_FIELDS.has(k));
  return {
    categories: f.categories ?? null,
    technical: f.technical ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    postFilter: rollupOk ? null : sql,
    snapshotFilter: rollupOk ? null : snapshotFilter(db, f, field),
  };
}

function countsQuery(
  scope: Scope,
  q: Omit<CountsQuery, "categories" | "technical" | "postFilter" | "snapshotFilter" | "periods"> & {
    periods: Period[];
  },
): CountsQuery {
  return {
    ...q,
    periods: q.periods.map((p) => clipRange(toDayRange(p), scope.from, scope.to)),
    categories: scope.categories,
    technical: scope.technical,
    postFilter: scope.postFilter,
    snapshotFilter: scope.snapshotFilter,
  };
}

function checkTechnology(catalog: Catalog, id: unknown, field: string): string {
  if (typeof id !== "string" || id === "") throw new BadUserInputError(`${field} is required`, field);
  if (!catalog.technologies.some((t) => t.id === id))
    throw new BadUserInputError(
      `unknown technology '${id}' (known: ${catalog.technologies.map((t) => t.id).join(", ") || "none"})`,
      field,
    );
  return id;
}

function checkBy(by: unknown, field = "by"): DimensionName | null {
  if (by === undefined || by === null) return null;
  if (!(DIMENSION_NAMES as readonly unknown[]).includes(by))
    throw new BadUserInputError(`unknown dimension '${String(by)}'`, field);
  return by as DimensionName;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

/** The name of `key` in `list`, else the key itself. */
function nameIn(list: NamedRef[], key: string): string {
  for (const x of list) if (x.id === key) return x.name;
  return key;
}

/**
 * Label of a dimension value for people. Called for every key of every row of an answer, so it
 * creates no function: under tsx each one created costs a property definition (esbuild's keepNames),
 * which was 0.9 ms of a 2,186-row answer's 15 ms.
 */
function labelOf(catalog: Catalog, by: DimensionName | null, key: string | null): string {
  if (by === null) return key === ALL_KEY ? "All posts" : String(key);
  if (key === null) return UNKNOWN_LABEL;
  switch (by) {
    case "CATEGORY":
      return nameIn(catalog.categories, key);
    case "TECHNOLOGY":
      return nameIn(catalog.technologies, key);
    case "BUCKET":
      return nameIn(catalog.buckets, key);
    case "SKILL":
      return nameIn(catalog.skills, key);
    case "CATEGORY_GROUP":
      return key === "technical" ? "Technical" : key === "non-technical" ? "Non-technical" : key;
    default:
      return key;
  }
}

/** The values of a dimension every answer lists (zeros included), in catalog order. */
function domainOf(catalog: Catalog, by: DimensionName | null): string[] {
  if (by === null) return [ALL_KEY];
  switch (DIMENSIONS[by].domain) {
    case "categories":
      return catalog.categories.map((c) => c.id);
    case "groups":
      return ["technical", "non-technical"];
    case "technologies":
      return catalog.technologies.map((t) => t.id);
    case "buckets":
      return catalog.buckets.map((b) => b.id);
    default:
      return [];
  }
}

/** Domain values first (catalog order), then other values seen (sorted), then null (unknown). */
function orderedKeys(catalog: Catalog, by: DimensionName | null, rows: CountsRow[]): (string | null)[] {
  const domain = domainOf(catalog, by);
  const inDomain = new Set(domain);
  const seen = new Set<string>();
  let unknown = false;
  for (const r of rows) {
    if (r.key === null) unknown = true;
    else if (!inDomain.has(r.key)) seen.add(r.key);
  }
  return [...domain, ...[...seen].sort(), ...(unknown ? [null] : [])];
}

function byPeriodAndKey(rows: CountsRow[]): Map<string, CountsRow> {
  return new Map(rows.map((r) => [`${r.period}\u0000${r.key ?? "\u0001"}`, r]));
}

function rowAt(index: Map<string, CountsRow>, period: number, key: string | null): CountsRow {
  return (
    index.get(`${period}\u0000${key ?? "\u0001"}`) ?? { period, key, n: 0, known: 0, high: 0, everyone: 0 }
  );
}

// ---------------------------------------------------------------------------------------------
// categoryShare

interface CategoryShareInput {
  technology: string;
  periods: Period[];
  filter?: PostFilter | null;
}

interface CategoryShareRow {
  period: string;
  periodFrom: string;
  periodTo: string;
  /** Null for the row of the technology's posts without a category (share null: not in the denominator). */
  category: CategoryRef | null;
  /** Posts of the technology in the period and category. */
  posts: number;
  /** posts / technologyPosts; null for the no-category row and when technologyPosts is 0. */
  share: number | null;
  /** posts / categoryPosts; null when categoryPosts is 0. */
  penetration: number | null;
  /** Every post in the period and category (the technology's or not). */
  categoryPosts: number;
  /** The technology's posts in the period that have a category (the share's denominator). */
  technologyPosts: number;
}

export function categoryShare(db: Db, input: CategoryShareInput): CategoryShareRow[] {
  const catalog = readCatalog(db);
  const technology = checkTechnology(catalog, input.technology, "technology");
  const periods = checkPeriods(input.periods, "periods");
  const scope = resolveScope(db, input.filter);
  const rows = runCounts(db, countsQuery(scope, { technology, periods, by: "CATEGORY", everyone: true }));
  const index = byPeriodAndKey(rows);
  const out: CategoryShareRow[] = [];
  periods.forEach((p, i) => {
    const inPeriod = rows.filter((r) => r.period === i);
    const technologyPosts = inPeriod.filter((r) => r.key !== null).reduce((a, r) => a + r.n, 0);
    const base = { period: p.label, periodFrom: p.from, periodTo: p.to, technologyPosts };
    for (const category of catalog.categories) {
      const r = rowAt(index, i, category.id);
      out.push({
        ...base,
        category,
        posts: r.n,
        share: ratio(r.n, technologyPosts),
        penetration: ratio(r.n, r.everyone),
        categoryPosts: r.everyone,
      });
    }
    const none = rowAt(index, i, null);
    out.push({
      ...base,
      category: null,
      posts: none.n,
      share: null,
      penetration: ratio(none.n, none.everyone),
      categoryPosts: none.everyone,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// growth

interface GrowthInput {
  technology: string;
  from: Period;
  to: Period;
  by?: DimensionName | null;
  filter?: PostFilter | null;
}

interface GrowthRow {
  /** "ALL" for the total row; the dimension value (null when unknown) otherwise. */
  key: string | null;
  label: string;
  fromCount: number;
  toCount: number;
  /** (toCount - fromCount) / fromCount; null when fromCount is 0. */
  growth: number | null;
}

export function growth(db: Db, input: GrowthInput): GrowthRow[] {
  const catalog = readCatalog(db);
  const technology = checkTechnology(catalog, input.technology, "technology");
  const from = checkPeriod(input.from, "from");
  const to = checkPeriod(input.to, "to");
  const by = checkBy(input.by);
  const scope = resolveScope(db, input.filter);
  const periods = [from, to];
  const total = runCounts(db, countsQuery(scope, { technology, periods, by: null, everyone: false }));
  const rows =
    by === null ? [] : runCounts(db, countsQuery(scope, { technology, periods, by, everyone: false }));
  const row = (index: Map<string, CountsRow>, key: string | null, label: string): GrowthRow => {
    const a = rowAt(index, 0, key).n;
    const b = rowAt(index, 1, key).n;
    return { key, label, fromCount: a, toCount: b, growth: a === 0 ? null : (b - a) / a };
  };
  const out = [row(byPeriodAndKey(total), ALL_KEY, "All posts")];
  if (by !== null) {
    const index = byPeriodAndKey(rows);
    for (const key of orderedKeys(catalog, by, rows)) out.push(row(index, key, labelOf(catalog, by, key)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// highValueShare

interface HighValueShareInput {
  technology: string;
  period: Period;
  threshold?: number | null;
  by?: DimensionName | null;
  filter?: PostFilter | null;
}

interface ValueShareRow {
  /** "ALL" for the total row (always first). */
  key: string | null;
  label: string;
  /** The technology's posts in the period. */
  posts: number;
  /** Of which with a known projected value. */
  known: number;
  /** Of which of unknown value (counted apart, not in the share). */
  unknown: number;
  /** Of the known, those with value strictly above the threshold. */
  highValue: number;
  /** highValue / known; null when known is 0. */
  share: number | null;
}

export function highValueShare(db: Db, input: HighValueShareInput): ValueShareRow[] {
  const catalog = readCatalog(db);
  const technology = checkTechnology(catalog, input.technology, "technology");
  const period = checkPeriod(input.period, "period");
  const threshold = input.threshold ?? HIGH_VALUE_THRESHOLD;
  if (!Number.isFinite(threshold) || threshold < 0)
    throw new BadUserInputError("threshold must be a number of at least 0", "threshold");
  const by = checkBy(input.by);
  const scope = resolveScope(db, input.filter);
  const q = { technology, periods: [period], threshold, everyone: false };
  const total = runCounts(db, countsQuery(scope, { ...q, by: null }));
  const rows = by === null ? [] : runCounts(db, countsQuery(scope, { ...q, by }));
  const row = (index: Map<string, CountsRow>, key: string | null, label: string): ValueShareRow => {
    const r = rowAt(index, 0, key);
    return {
      key,
      label,
      posts: r.n,
      known: r.known,
      unknown: r.n - r.known,
      highValue: r.high,
      share: ratio(r.high, r.known),
    };
  };
  const out = [row(byPeriodAndKey(total), ALL_KEY, "All posts")];
  if (by !== null) {
    const index = byPeriodAndKey(rows);
    for (const key of orderedKeys(catalog, by, rows)) out.push(row(index, key, labelOf(catalog, by, key)));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// concentration

interface ConcentrationInput {
  technologies: string[];
  period: Period;
  topK?: number | null;
  filter?: PostFilter | null;
}

interface ConcentrationRow {
  technology: NamedRef;
  /** The technology's posts in the period that have a category (shares are of these). */
  posts: number;
  /** Its posts in the period without a category (not in the shares). */
  uncategorized: number;
  /** Sum of the k largest category shares; null when posts is 0. */
  topShare: number | null;
  /** The k largest categories, by posts, ties by category order; only categories with posts. */
  topCategories: CategoryRef[];
  /** Sum of squared shares; null when posts is 0. */
  hhi: number | null;
  /** Entropy of the shares / ln(number of categories); null when posts is 0. */
  entropy: number | null;
  /** Categories with a share of at least 1%. */
  categoriesOver1Pct: number;
}

export function concentration(db: Db, input: ConcentrationInput): ConcentrationRow[] {
  const catalog = readCatalog(db);
  if (!input.technologies || input.technologies.length === 0)
    throw new BadUserInputError("technologies must list at least one technology", "technologies");
  const technologies = input.technologies.map((t, i) => checkTechnology(catalog, t, `technologies[${i}]`));
  if (new Set(technologies).size !== technologies.length)
    throw new BadUserInputError("technologies must not repeat", "technologies");
  const period = checkPeriod(input.period, "period");
  const topK = input.topK ?? 2;
  if (!Number.isInteger(topK) || topK < 1)
    throw new BadUserInputError(`topK must be a whole number of at least 1, got ${topK}`, "topK");
  const scope = resolveScope(db, input.filter);
  const position = new Map(catalog.categories.map((c, i) => [c.id, i]));
  const categoryCount = catalog.categories.length;
  return technologies.map((technology) => {
    const rows = runCounts(
      db,
      countsQuery(scope, { technology, periods: [period], by: "CATEGORY", everyone: false }),
    );
    const counted = rows
      .filter((r) => r.key !== null && r.n > 0 && position.has(r.key))
      .sort((a, b) => b.n - a.n || position.get(a.key!)! - position.get(b.key!)!);
    const posts = counted.reduce((a, r) => a + r.n, 0);
    const shares = counted.map((r) => r.n / posts);
    const top = counted.slice(0, topK);
    const entropyRaw = shares.reduce((a, s) => a - s * Math.log(s), 0);
    return {
      technology: catalog.technologies.find((t) => t.id === technology)!,
      posts,
      uncategorized: rows.filter((r) => r.key === null).reduce((a, r) => a + r.n, 0),
      topShare: posts === 0 ? null : top.reduce((a, r) => a + r.n, 0) / posts,
      topCategories: top.map((r) => catalog.categories[position.get(r.key!)!]!),
      hhi: posts === 0 ? null : shares.reduce((a, s) => a + s * s, 0),
      entropy: posts === 0 || categoryCount < 2 ? null : entropyRaw / Math.log(categoryCount),
      categoriesOver1Pct: shares.filter((s) => s >= 0.01).length,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// bucketDemand

interface BucketDemandInput {
  /** Null: every day (the dictionary preview's default). */
  period: Period | null;
  category?: string | null;
  technology?: string | null;
  filter?: PostFilter | null;
  /** Answer under this dictionary (e.g. a past version) instead of the live one. */
  dictionary?: BucketDef[] | null;
}

interface BucketDemandRow {
  bucket: NamedRef;
  /** Posts in the scope with at least one skill of the bucket (once per post). */
  posts: number;
  /** posts / scopePosts; null when the scope is empty. */
  share: number | null;
  /** Every post in the scope (category, period, technology, filter). */
  scopePosts: number;
}

/** Every day a post can have (days since 1970-01-01, far beyond any posted_at). */
const EVERY_DAY = { d0: -1e8, d1: 1e8 };

function dictionarySnapshot(buckets: BucketDef[]): DictionarySnapshot {
  return {
    buckets: buckets.map((b) => ({ id: b.id, name: b.name })),
    aliases: buckets.flatMap((b) =>
      b.skills.flatMap((s) => [
        ...s.tags.map((t): [string, "tag" | "phrase", string] => [b.id, "tag", t]),
        ...s.phrases.map((p): [string, "tag" | "phrase", string] => [b.id, "phrase", p]),
      ]),
    ),
  };
}

export function bucketDemand(db: Db, input: BucketDemandInput): BucketDemandRow[] {
  const catalog = readCatalog(db);
  const period = input.period === null ? null : checkPeriod(input.period, "period");
  const category = input.category ?? null;
  if (category !== null && !catalog.categories.some((c) => c.id === category))
    throw new BadUserInputError(`unknown category '${category}'`, "category");
  const technology =
    input.technology === undefined || input.technology === null
      ? null
      : checkTechnology(catalog, input.technology, "technology");
  // The whole filter as SQL (the fact tables' reference path), and as the snapshot splits it.
  const postFilter = resolvePostFilter(db, input.filter, "filter");
  const records = runBucketDemand(db, {
    period: clipRange(period ? toDayRange(period) : EVERY_DAY, input.filter?.from, input.filter?.to),
    category,
    technology,
    postFilter,
    snapshotFilter: snapshotFilter(db, input.filter ?? {}, "filter"),
    dictionary: input.dictionary ? dictionarySnapshot(input.dictionary) : null,
  });
  return records.map((r) => ({
    bucket: { id: r.id, name: r.name },
    posts: r.posts,
    share: ratio(r.posts, r.scopePosts),
    scopePosts: r.scopePosts,
  }));
}

// ---------------------------------------------------------------------------------------------
// trend

interface TrendInput {
  technology?: string | null;
  granularity: GranularityName;
  from: string;
  to: string;
  by?: DimensionName | null;
  filter?: PostFilter | null;
}

interface TrendPoint {
  /** 2023-01, 2023-Q1 or 2023. */
  period: string;
  /** The part of the calendar unit inside [from, to). */
  from: string;
  to: string;
  key: string | null;
  label: string;
  /** The technology's posts (every post without a technology) in the period and key. */
  posts: number;
  /** With a technology: every post of the same key; without: every post of the period. */
  total: number;
  /** posts / total; null when total is 0. */
  share: number | null;
}

export function trend(db: Db, input: TrendInput): TrendPoint[] {
  const catalog = readCatalog(db);
  const technology =
    input.technology === undefined || input.technology === null
      ? null
      : checkTechnology(catalog, input.technology, "technology");
  if (!(GRANULARITIES as readonly unknown[]).includes(input.granularity))
    throw new BadUserInputError(`unknown granularity '${String(input.granularity)}'`, "granularity");
  const range = checkRange(input.from, input.to, "");
  const by = checkBy(input.by);
  const periods = calendarPeriods(input.granularity, range.from, range.to);
  const scope = resolveScope(db, input.filter);
  const rows = runCounts(db, countsQuery(scope, { technology, periods, by, everyone: technology !== null }));
  const index = byPeriodAndKey(rows);
  const allByPeriod =
    technology === null && by !== null
      ? byPeriodAndKey(
          runCounts(db, countsQuery(scope, { technology: null, periods, by: null, everyone: false })),
        )
      : null;
  const keys = by === null ? [ALL_KEY] : orderedKeys(catalog, by, rows);
  const out: TrendPoint[] = [];
  periods.forEach((p, i) => {
    for (const key of keys) {
      const r = rowAt(index, i, key);
      const total = allByPeriod ? rowAt(allByPeriod, i, ALL_KEY).n : r.everyone;
      out.push({
        period: p.label,
        from: p.from,
        to: p.to,
        key,
        label: labelOf(catalog, by, key),
        posts: r.n,
        total,
        share: ratio(r.n, total),
      });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// analytics(query)

export interface AnalyticsInput extends AnalyticsQuery {
  /** The flat post filter of the other queries, ANDed with `where`. */
  filter?: PostFilter | null;
}

interface DimensionValue {
  dimension: DimensionName;
  /** Null when the post has no value (label "(unknown)"). */
  value: string | null;
  label: string;
}

interface MeasureValue {
  measure: MeasureName;
  /** Null when undefined (a zero denominator, no values for a median...). */
  value: number | null;
}

interface AnalyticsRow {
  /** Null without a time dimension. */
  period: Period | null;
  keys: DimensionValue[];
  measures: MeasureValue[];
}

interface AnalyticsResult {
  /** Groups before limit and offset. */
  totalRows: number;
  rows: AnalyticsRow[];
}

function checkGroupIds(catalog: Catalog, g: FilterGroup, field: string): void {
  const lists: Partial<Record<string, NamedRef[]>> = {
    CATEGORY: catalog.categories,
    TECHNOLOGY: catalog.technologies,
    BUCKET: catalog.buckets,
    SKILL: catalog.skills,
  };
  (g.conditions ?? []).forEach((c, i) => {
    const known = lists[c.field];
    if (!known) return;
    const which = c.in ? "in" : "notIn";
    for (const v of c.in ?? c.notIn ?? [])
      if (!known.some((x) => x.id === v))
        throw new BadUserInputError(
          `unknown ${c.field.toLowerCase()} '${v}'`,
          `${field}.conditions[${i}].${which}`,
        );
  });
  (g.groups ?? []).forEach((sub, i) => checkGroupIds(catalog, sub, `${field}.groups[${i}]`));
}

export function runAnalytics(
  db: Db,
  input: AnalyticsInput,
  options: AnalyticsRunOptions = {},
): AnalyticsResult {
  const catalog = readCatalog(db);
  const q = checkAnalyticsQuery(input);
  if (q.technology !== null) checkTechnology(catalog, q.technology, "query.technology");
  if (q.where) checkGroupIds(catalog, q.where, "query.where");
  let postFilter = input.filter ? resolvePostFilter(db, input.filter, "query.filter") : null;
  let query = q;
  if (input.filter && postFilter && analyticsQueryPath(q, postFilter, options) === "snapshot") {
    // The snapshot evaluates most of the flat filter on its columns (splitPostFilter).
    const { where, rest } = snapshotFilter(db, input.filter, "query.filter");
    if (where) query = { ...q, where: q.where ? { op: "AND", groups: [q.where, where] } : where };
    postFilter = rest;
  }
  const records = runAnalyticsQuery(db, query, postFilter, options);
  return {
    totalRows: records.length > 0 ? Number(records[0]!.total_rows) : 0,
    rows: records.map((r) => ({
      period: q.periods ? (q.periods[Number(r.period)] ?? null) : null,
      keys: q.dimensions.map((d, i) => {
        const raw = r[`k${i}`];
        const value = raw === null || raw === undefined ? null : String(raw);
        return { dimension: d, value, label: labelOf(catalog, d, value) };
      }),
      measures: q.measures.map((m, i) => {
        const v = r[`m${i}`];
        return { measure: m, value: v === null || v === undefined ? null : Number(v) };
      }),
    })),
  };
}

/**
 * Loads this process's in-memory snapshot of the posts (or brings it up to date), so that the
 * first generic analytics query does not pay for it. A query worker calls it when it starts;
 * returns the snapshot's size and what loading it took (null when FRONTIER_ANALYTICS_SNAPSHOT=0).
 */
export function warmAnalytics(db: Db): SnapshotStats | null {
  return warmSnapshot(db);
}

export type { SnapshotStats };
