// The cost table: what resolving each GraphQL field once costs, as a function of its arguments.
// An operation's cost (cost.ts) adds up the weight of every field it selects (each alias and
// fragment spread counts), fields below a list counting once per item the list may return.
// Fields not listed weigh FIELD. The unit is about 0.1 ms of server work on the reference
// corpus (the 41,886 real posts of ../shared/data), so MAX_COST (100,000) is about 10 s and
// HEAVY_COST (10,000) about 1 s; the measurements behind each weight are in its comment.
// docs/api.md shows this table: keep the two in step.
import {
  DIMENSIONS,
  GRANULARITY,
  HIGH_VALUE_THRESHOLD,
  type DimensionName,
  type GranularityName,
} from "../analytics/analytics.model";
import { ROLLUP_FILTER_FIELDS } from "../analytics/analytics.service";
import { MAX_SEARCH_TERMS, searchTerms } from "../posts/post.search";

/** A field's arguments as plain values (literals or variables, defaults applied), not yet checked. */
export type CostArgs = Readonly<Record<string, unknown>>;
/** The work of resolving a field once, in cost units, from its arguments. */
type FieldWeight = (args: CostArgs) => number;

/** Any field without an entry: one object or value from memory or an index. */
export const FIELD = 1;
/** A period counted from the daily rollups (200 periods of all posts: 126 ms). */
const ROLLUP_PERIOD = 10;
/** One pass over the post facts of a period that may hold every post (about 30-40 ms). */
const FACT_PASS = 400;
/** Each calendar period of a granularity; they do not overlap, so one pass reads them all. */
const CALENDAR_PERIOD = 5;
/** Each full-text term (a word or "quoted phrase"), looked up in the FTS index: 1-10 ms. */
const TEXT_TERM = 100;
/** Counting every post that matches a filter (totalCount, datasets, label sources): 3-16 ms. */
export const COUNT = 100;
/** A study question by SKILL or BUCKET: the skills of each counted post joined (30 ms-1.4 s). */
const MEMBERSHIP_JOIN = 2_000;
/** analytics by SKILL or BUCKET: the skill membership of every post in scope (8.2 s here, 6-10 s reported). */
export const MEMBERSHIP_SCAN = 60_000;
/** classify, per technology: keyword rules and the forest's decision terms for a short text (5 ms). */
const CLASSIFY = 50;
/** classify, per technology and per 1,000 characters of text (97,500 characters: 20 ms). */
const CLASSIFY_PER_KB = 2;
/** Technologies classify assumes when none are named (the study's ai, cloud, rpa). */
const DEFAULT_TECHNOLOGIES = 3;
/** One imported row: validated, written, its skills and phrases indexed, classified (about 3 ms). */
const IMPORT_ROW = 30;
/** A taxonomy edit: the dictionary and the membership index of the posts it touches (2-3 ms). */
const TAXONOMY_EDIT = 50;
/** posts ordered by PROJECTED_VALUE: no index, every matching post sorted (a page of 50: 42 ms). */
const SORT_BY_VALUE = 400;
/**
 * saveQuery: the saved text parsed, validated and costed like a request, then one write. 10-12 ms
 * per save of a two-field query measured here at a load average of 23 on 2 cores (so a few ms
 * on an idle core): the order of a taxonomy edit.
 */
const SAVE_QUERY = 50;
/** studyReport: every claim of the study recomputed (99 ms). */
const STUDY_REPORT = 1_000;
/** unmappedSkills: tags and title bigrams of the AI posts (119 ms). */
const UNMAPPED_SKILLS = 1_500;

/**
 * An estimate field of a study row (`postsEstimate`...): selecting any of them adds one pass over
 * the post facts of the scope with its classifications; spread over the 10 rows a list without a
 * page argument is counted as (UNPAGED_LIST_FACTOR in cost.ts), and counted per field selected.
 */
const ROW_ESTIMATE = FACT_PASS / 10;
/** The estimate fields of the study rows, by type. */
const ROW_ESTIMATES: Record<string, readonly string[]> = {
  CategoryShare: ["postsEstimate", "shareEstimate", "penetrationEstimate"],
  Growth: ["fromCountEstimate", "toCountEstimate", "growthEstimate"],
  ValueShare: ["postsEstimate", "knownEstimate", "highValueEstimate", "shareEstimate"],
  Concentration: ["postsEstimate", "topShareEstimate", "hhiEstimate", "entropyEstimate"],
  BucketDemand: ["postsEstimate", "shareEstimate"],
  TrendPoint: ["postsEstimate", "shareEstimate"],
};

/** Groups of analytics `where` nest at most 6 deep (deeper is refused before any SQL runs). */
const MAX_WHERE_DEPTH = 8;

const TAXONOMY_EDITS = [
  "createBucket",
  "renameBucket",
  "deleteBucket",
  "createSkill",
  "renameSkill",
  "moveSkill",
  "mergeSkills",
  "deleteSkill",
  "addAlias",
  "removeAlias",
] as const;

/** The weights of the fields that do more than read one object, by "Type.field". */
export const FIELD_WEIGHTS: Readonly<Record<string, FieldWeight>> = {
  // The study questions count a technology's posts per period (counts() below).
  "Query.categoryShare": (a) => counts(list(a.periods).length, a.filter, "CATEGORY"),
  "Query.growth": (a) => counts(2, a.filter) + (a.by == null ? 0 : counts(2, a.filter, a.by)),
  "Query.highValueShare": (a) => {
    const defaultThreshold = a.threshold === HIGH_VALUE_THRESHOLD;
    return (
      counts(1, a.filter, null, defaultThreshold) +
      (a.by == null ? 0 : counts(1, a.filter, a.by, defaultThreshold))
    );
  },
  "Query.concentration": (a) => list(a.technologies).length * counts(1, a.filter, "CATEGORY"),
  "Query.trend": (a) => {
    const n = calendarPeriods(a.granularity, a.from, a.to);
    const one = (by: unknown) => counts(1, a.filter, by) + CALENDAR_PERIOD * n;
    // Without a technology, `by` needs a second count of every post per period.
    return one(a.by) + (a.technology == null && a.by != null ? one(null) : 0);
  },
  // Bucket demand always reads the fact tables; a past dictionary is joined alias by alias.
  "Query.bucketDemand": (a) =>
    FACT_PASS * (a.taxonomyVersion == null ? 1 : 2) + TEXT_TERM * textTerms(record(a.filter).text),
  "Query.analytics": (a) => analytics(record(a.query)),
  // One pass over the post facts of the scope with the technology's classifications.
  "Query.estimate": (a) => FACT_PASS + TEXT_TERM * textTerms(record(a.filter).text),
  "Query.studyReport": () => STUDY_REPORT,
  "Query.unmappedSkills": () => UNMAPPED_SKILLS,
  // bucketDemand before and after the edit (same scope and filter), inside a rolled-back write.
  "Query.previewTaxonomyChange": (a) =>
    2 * (FACT_PASS + TEXT_TERM * textTerms(record(a.filter).text)) + TAXONOMY_EDIT,
  // A walk of the technology's classifications (unlabeled, scored) sorted per category by
  // closeness to the threshold; no index serves it (labeling-queue.repository.ts).
  "Query.labelingQueue": () => FACT_PASS,
  "Query.posts": (a) =>
    posts(record(a.filter)) + (record(a.orderBy).field === "PROJECTED_VALUE" ? SORT_BY_VALUE : 0),
  "PostConnection.totalCount": () => COUNT,
  "Query.datasets": () => COUNT,
  "Query.provenance": () => COUNT,
  "Query.classify": (a) => {
    const technologies = a.technologies == null ? DEFAULT_TECHNOLOGIES : list(a.technologies).length;
    const kb = Math.ceil((typeof a.text === "string" ? a.text.length : 0) / 1000);
    return technologies * (CLASSIFY + CLASSIFY_PER_KB * kb);
  },
  "Mutation.importPosts": (a) => IMPORT_ROW * list(a.rows).length,
  "Mutation.revertTaxonomy": () => FACT_PASS,
  "Mutation.saveQuery": () => SAVE_QUERY,
  ...Object.fromEntries(TAXONOMY_EDITS.map((name) => [`Mutation.${name}`, () => TAXONOMY_EDIT])),
  ...Object.fromEntries(
    Object.entries(ROW_ESTIMATES).flatMap(([type, fields]) =>
      fields.map((field) => [`${type}.${field}`, () => ROW_ESTIMATE]),
    ),
  ),
};

/**
 * analytics(query): a pass over the post facts per named period (they may overlap) or one for
 * a range, plus its calendar periods, the comparison period, SKILL / BUCKET dimensions and the
 * full-text terms of `filter.text` and of every TEXT condition of `where`.
 */
function analytics(q: Record<string, unknown>): number {
  const time = record(q.time);
  const passes = Math.max(list(time.periods).length, 1) + (q.compareTo == null ? 0 : 1);
  const calendar = time.granularity == null ? 0 : calendarPeriods(time.granularity, time.from, time.to);
  const memberships = list(q.dimensions).filter(isMembership).length;
  const terms = textTerms(record(q.filter).text) + whereTerms(q.where, 1);
  return FACT_PASS * passes + CALENDAR_PERIOD * calendar + MEMBERSHIP_SCAN * memberships + TEXT_TERM * terms;
}

/**
 * Counting a technology's posts over `periods` periods, as the study questions do: from the
 * daily rollups when the filter and `by` allow it (dates, categories, technical; CATEGORY or
 * CATEGORY_GROUP; the default threshold), else a pass over the post facts per period.
 */
function counts(periods: number, filter: unknown, by: unknown = null, defaultThreshold = true): number {
  const f = record(filter);
  const filterOk = Object.entries(f).every(([k, v]) => v == null || ROLLUP_FILTER_FIELDS.has(k));
  const byOk = by == null || (isDimension(by) && DIMENSIONS[by].rollup);
  const perPeriod = filterOk && byOk && defaultThreshold ? ROLLUP_PERIOD : FACT_PASS;
  return periods * perPeriod + (isMembership(by) ? MEMBERSHIP_JOIN : 0) + TEXT_TERM * textTerms(f.text);
}

/** A page of posts: a filter other than dates may scan many posts to fill the page. */
function posts(filter: Record<string, unknown>): number {
  const filtered = Object.entries(filter).some(([k, v]) => v != null && k !== "from" && k !== "to");
  return (filtered ? COUNT : FIELD) + TEXT_TERM * textTerms(filter.text);
}

/** Full-text terms of the TEXT conditions of an analytics `where`, nested groups included. */
function whereTerms(group: unknown, depth: number): number {
  if (depth > MAX_WHERE_DEPTH) return 0;
  const g = record(group);
  let terms = 0;
  for (const c of list(g.conditions)) {
    const condition = record(c);
    if (condition.field === "TEXT") terms += textTerms(condition.text);
  }
  for (const sub of list(g.groups)) terms += whereTerms(sub, depth + 1);
  return terms;
}

/** Terms of a search text, up to the limit: a longer text is refused before it is searched. */
function textTerms(text: unknown): number {
  return typeof text === "string" ? Math.min(searchTerms(text).length, MAX_SEARCH_TERMS) : 0;
}

/** How many months, quarters or years meet [from, to); 1 when the arguments are not valid. */
function calendarPeriods(granularity: unknown, from: unknown, to: unknown): number {
  if (typeof granularity !== "string" || !(granularity in GRANULARITY)) return 1;
  const months = GRANULARITY[granularity as GranularityName].months;
  const first = monthIndex(from, 0);
  const last = monthIndex(to, -1); // `to` is the day after the last day
  if (first === null || last === null || last < first) return 1;
  return Math.floor(last / months) - Math.floor(first / months) + 1;
}

/** Months since year 0 of a "YYYY-MM-DD" day moved by `days`, or null. */
function monthIndex(day: unknown, days: number): number | null {
  if (typeof day !== "string") return null;
  const time = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(time)) return null;
  const d = new Date(time + days * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

function isDimension(value: unknown): value is DimensionName {
  return typeof value === "string" && Object.hasOwn(DIMENSIONS, value);
}

function isMembership(value: unknown): boolean {
  return value === "SKILL" || value === "BUCKET";
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A list argument's items; GraphQL takes a single value where a list is expected. */
function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}
