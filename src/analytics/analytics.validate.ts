// Validation of the generic analytics(query), apart from SQL generation: what a client sent
// becomes a CheckedAnalyticsQuery (periods resolved, defaults filled in), or a BAD_USER_INPUT
// error naming the field. The SQL builders (analytics.sql.ts) and the engine take checked
// queries only. Ids (technologies, categories...) are checked against the data by the service.
import { BadUserInputError } from "../shared/errors";
import { checkSearchText } from "../posts/post.search";
import {
  DIMENSIONS,
  HIGH_VALUE_THRESHOLD,
  MEASURES,
  type DimensionName,
  type FilterFieldName,
  type MeasureName,
} from "./analytics.model";
import { calendarPeriods, checkPeriod, checkPeriods, checkRange, type Period } from "./analytics.periods";
import type {
  AnalyticsOrder,
  AnalyticsQuery,
  CheckedAnalyticsQuery,
  FilterCondition,
  FilterGroup,
  TimeDimension,
} from "./analytics.sql";

const ANALYTICS_DEFAULT_LIMIT = 1000;
const ANALYTICS_MAX_LIMIT = 10_000;
const MAX_DIMENSIONS = 4;
const MAX_FILTER_DEPTH = 6;
const MAX_CONDITIONS = 200;

/** Structural checks of a generic query (ids are checked against the data by the service). */
export function checkAnalyticsQuery(q: AnalyticsQuery): CheckedAnalyticsQuery {
  // The checks run in this order so that a query with several mistakes names the same one first.
  const measures = checkMeasures(q.measures);
  const dimensions = checkDimensions(q.dimensions ?? []);
  const periods = q.time ? checkTime(q.time) : null;
  const technology = q.technology ?? null;
  const compareTo = q.compareTo ? checkPeriod(q.compareTo, "query.compareTo") : null;
  checkRequirements(measures, technology, compareTo, periods);
  const threshold = checkThreshold(q.threshold ?? HIGH_VALUE_THRESHOLD);
  const limit = checkLimit(q.limit ?? ANALYTICS_DEFAULT_LIMIT);
  const offset = checkOffset(q.offset ?? 0);
  const order = checkOrder(q.order ?? [], measures, dimensions, periods !== null);
  if (q.where) checkGroup(q.where, "query.where", 1, { n: 0 });
  return {
    measures,
    dimensions,
    technology,
    periods,
    compareTo,
    where: q.where ?? null,
    threshold,
    order,
    limit,
    offset,
  };
}

/** At least one known measure; repeats are dropped. */
function checkMeasures(list: MeasureName[] | null | undefined): MeasureName[] {
  if (!list || list.length === 0)
    throw new BadUserInputError("measures must name at least one measure", "query.measures");
  const measures = [...new Set(list)];
  for (const m of measures)
    if (!(m in MEASURES)) throw new BadUserInputError(`unknown measure '${m}'`, "query.measures");
  return measures;
}

function checkDimensions(dimensions: DimensionName[]): DimensionName[] {
  if (new Set(dimensions).size !== dimensions.length)
    throw new BadUserInputError("dimensions must not repeat", "query.dimensions");
  if (dimensions.length > MAX_DIMENSIONS)
    throw new BadUserInputError(`at most ${MAX_DIMENSIONS} dimensions`, "query.dimensions");
  for (const d of dimensions)
    if (!(d in DIMENSIONS)) throw new BadUserInputError(`unknown dimension '${d}'`, "query.dimensions");
  return dimensions;
}

/** The periods of the time dimension: named ones, calendar units of from / to, or from / to as one. */
function checkTime(t: TimeDimension): Period[] {
  const hasRange = Boolean(t.from || t.to);
  if (t.periods && (t.granularity || hasRange))
    throw new BadUserInputError(
      "query.time takes either periods or from / to (with an optional granularity), not both",
      "query.time.periods",
    );
  if (t.periods) return checkPeriods(t.periods, "query.time.periods");
  if (!t.from || !t.to)
    throw new BadUserInputError("query.time needs from and to (or a list of periods)", "query.time");
  const r = checkRange(t.from, t.to, "query.time");
  return t.granularity
    ? calendarPeriods(t.granularity, r.from, r.to, "query.time.to")
    : [{ label: `${r.from}/${r.to}`, ...r }];
}

/** What each measure needs is there (MeasureDef.requires), and compareTo has a use. */
function checkRequirements(
  measures: MeasureName[],
  technology: string | null,
  compareTo: Period | null,
  periods: Period[] | null,
): void {
  for (const m of measures) {
    const req = MEASURES[m].requires;
    if (req.technology && !technology)
      throw new BadUserInputError(`${m} needs a technology (query.technology)`, "query.technology");
    if (req.compareTo && !compareTo)
      throw new BadUserInputError(`${m} needs a comparison period (query.compareTo)`, "query.compareTo");
    if (req.time && !periods)
      throw new BadUserInputError(
        `${m} needs a time dimension (query.time) to compare with compareTo`,
        "query.time",
      );
  }
  if (compareTo && !measures.includes("GROWTH"))
    throw new BadUserInputError(
      "query.compareTo is only used by GROWTH; add it to measures",
      "query.compareTo",
    );
}

function checkThreshold(threshold: number): number {
  if (!Number.isFinite(threshold) || threshold < 0)
    throw new BadUserInputError("query.threshold must be a number of at least 0", "query.threshold");
  return threshold;
}

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > ANALYTICS_MAX_LIMIT)
    throw new BadUserInputError(`query.limit must be between 1 and ${ANALYTICS_MAX_LIMIT}`, "query.limit");
  return limit;
}

function checkOffset(offset: number): number {
  if (!Number.isInteger(offset) || offset < 0)
    throw new BadUserInputError("query.offset must not be negative", "query.offset");
  return offset;
}

/** Each order entry names a measure or dimension of the query, or PERIOD when it has time. */
function checkOrder(
  order: AnalyticsOrder[],
  measures: MeasureName[],
  dimensions: DimensionName[],
  hasTime: boolean,
): CheckedAnalyticsQuery["order"] {
  return order.map((o, i) => {
    const known =
      o.by === "PERIOD"
        ? hasTime
        : (measures as string[]).includes(o.by) || (dimensions as string[]).includes(o.by);
    if (!known)
      throw new BadUserInputError(
        `query.order[${i}].by '${o.by}' is not a measure or dimension of this query${hasTime ? " nor PERIOD" : ""}`,
        `query.order[${i}].by`,
      );
    return { by: o.by, direction: o.direction ?? "ASC" };
  });
}

// ---------------------------------------------------------------------------------------------
// The nested filter.

function checkGroup(g: FilterGroup, field: string, depth: number, count: { n: number }): void {
  if (depth > MAX_FILTER_DEPTH)
    throw new BadUserInputError(`${field}: filter groups nest at most ${MAX_FILTER_DEPTH} deep`, field);
  (g.conditions ?? []).forEach((c, i) => {
    count.n += 1;
    if (count.n > MAX_CONDITIONS)
      throw new BadUserInputError(`where: at most ${MAX_CONDITIONS} conditions`, "where");
    checkCondition(c, `${field}.conditions[${i}]`);
  });
  (g.groups ?? []).forEach((sub, i) => checkGroup(sub, `${field}.groups[${i}]`, depth + 1, count));
}

type Operand = "in" | "notIn" | "gte" | "gt" | "lte" | "lt" | "from" | "to" | "text";
const OPERANDS: readonly Operand[] = ["in", "notIn", "gte", "gt", "lte", "lt", "from", "to", "text"];
const LIST: readonly Operand[] = ["in", "notIn"];

/** What a condition on each field takes (total: a new filter field must say). */
const OPERANDS_OF: Record<FilterFieldName, readonly Operand[]> = {
  CATEGORY: LIST,
  CATEGORY_GROUP: LIST,
  SUBCATEGORY: LIST,
  TECHNOLOGY: LIST,
  BUCKET: LIST,
  SKILL: LIST,
  CONTRACT_TYPE: LIST,
  COUNTRY: LIST,
  EXPERIENCE_LEVEL: LIST,
  SOURCE: LIST,
  VALUE: ["gte", "gt", "lte", "lt"],
  POSTED_AT: ["from", "to"],
  TEXT: ["text"],
};

const CATEGORY_GROUP_VALUES = ["technical", "non-technical"];

const has = (v: unknown) => v !== undefined && v !== null;

function checkCondition(c: FilterCondition, field: string): void {
  const set = OPERANDS.filter((k) => has(c[k]));
  const ok = OPERANDS_OF[c.field];
  const wrong = set.filter((k) => !ok.includes(k));
  if (wrong.length > 0)
    throw new BadUserInputError(
      `${field}: a ${c.field} condition takes ${ok.join(" / ")}, not ${wrong.join(", ")}`,
      `${field}.${wrong[0]}`,
    );
  if (set.length === 0)
    throw new BadUserInputError(`${field}: a ${c.field} condition needs one of ${ok.join(" / ")}`, field);
  if (ok.includes("in")) checkList(c, field, set.length);
  if (c.field === "POSTED_AT") {
    if (c.from && c.to) checkRange(c.from, c.to, field);
  }
  if (c.field === "TEXT") checkSearchText(c.text ?? "", `${field}.text`);
  if (c.field === "VALUE")
    for (const k of ["gte", "gt", "lte", "lt"] as const)
      if (has(c[k]) && !Number.isFinite(c[k]))
        throw new BadUserInputError(`${field}.${k} must be a number`, `${field}.${k}`);
}

/** An in / notIn condition: one of the two, not empty, CATEGORY_GROUP's two values only. */
function checkList(c: FilterCondition, field: string, operands: number): void {
  if (operands > 1) throw new BadUserInputError(`${field}: give either in or notIn, not both`, field);
  const list = (c.in ?? c.notIn)!;
  const which = c.in ? "in" : "notIn";
  if (list.length === 0)
    throw new BadUserInputError(`${field}.${which} must not be empty`, `${field}.${which}`);
  if (c.field === "CATEGORY_GROUP")
    for (const v of list)
      if (!CATEGORY_GROUP_VALUES.includes(v))
        throw new BadUserInputError(
          `${field}.${which}: CATEGORY_GROUP values are technical and non-technical, got '${v}'`,
          `${field}.${which}`,
        );
}
