// Periods: half-open day ranges [from, to) on posted_at (UTC), their validation, and the
// calendar periods (months, quarters, years) of a trend. Days are counted from 1970-01-01,
// as in the analytics fact tables.
import { BadUserInputError } from "../shared/errors";
import { checkFromBeforeTo } from "../shared/period-range";
import { GRANULARITY, type GranularityName } from "./analytics.model";

export interface Period {
  label: string;
  /** First day, "YYYY-MM-DD". */
  from: string;
  /** Day after the last day, "YYYY-MM-DD". */
  to: string;
}

/** A period as day numbers, the form the SQL builders take. */
export interface DayRange {
  d0: number;
  d1: number;
}

const DAY_MS = 86_400_000;
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/u;
const MAX_PERIODS = 2000;

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** The day "YYYY-MM-DD" of a day number. */
export function dayString(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Day ranges as periods labelled by their index, as the snapshot engine takes a SQL builder's ranges. */
export function indexedPeriods(ranges: DayRange[]): Period[] {
  return ranges.map((r, i) => ({ label: String(i), from: dayString(r.d0), to: dayString(r.d1) }));
}

/** A calendar day "YYYY-MM-DD" that exists, else BAD_USER_INPUT naming `field`. */
function checkDay(value: unknown, field: string): string {
  if (typeof value !== "string" || !DAY_RE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new BadUserInputError(`${field} must be a day "YYYY-MM-DD", got ${JSON.stringify(value)}`, field);
  if (dayString(dayNumber(value)) !== value)
    throw new BadUserInputError(`${field}: the day ${value} does not exist`, field);
  return value;
}

/**
 * Two valid days, from before to (checkFromBeforeTo); `field` prefixes the names in errors ("" for
 * top-level from / to arguments).
 */
export function checkRange(from: unknown, to: unknown, field: string): { from: string; to: string } {
  const name = (k: string) => (field ? `${field}.${k}` : k);
  const range = { from: checkDay(from, name("from")), to: checkDay(to, name("to")) };
  checkFromBeforeTo(range, {
    message: `${name("to")} (${range.to}) must be after ${name("from")} (${range.from}): periods are [from, to)`,
    field: name("to"),
  });
  return range;
}

export function checkPeriod(p: Partial<Period> | null | undefined, field: string): Period {
  if (!p) throw new BadUserInputError(`${field} is required`, field);
  if (typeof p.label !== "string" || p.label.trim() === "")
    throw new BadUserInputError(`${field}.label must not be empty`, `${field}.label`);
  return { label: p.label, ...checkRange(p.from, p.to, field) };
}

/** A non-empty list of valid periods with distinct labels. */
export function checkPeriods(list: Partial<Period>[] | null | undefined, field: string): Period[] {
  if (!list || list.length === 0)
    throw new BadUserInputError(`${field} must list at least one period`, field);
  if (list.length > MAX_PERIODS)
    throw new BadUserInputError(`${field} lists ${list.length} periods; at most ${MAX_PERIODS}`, field);
  const seen = new Set<string>();
  return list.map((p, i) => {
    const period = checkPeriod(p, `${field}[${i}]`);
    if (seen.has(period.label))
      throw new BadUserInputError(
        `${field}[${i}].label '${period.label}' is used by another period`,
        `${field}[${i}].label`,
      );
    seen.add(period.label);
    return period;
  });
}

export function toDayRange(p: Pick<Period, "from" | "to">): DayRange {
  return { d0: dayNumber(p.from), d1: dayNumber(p.to) };
}

/** The day range of `p` cut to the filter's own from / to (empty ranges have d0 = d1). */
export function clipRange(r: DayRange, from?: string | null, to?: string | null): DayRange {
  const d0 = from ? Math.max(r.d0, dayNumber(from)) : r.d0;
  const d1 = to ? Math.min(r.d1, dayNumber(to)) : r.d1;
  return { d0, d1: Math.max(d0, d1) };
}

/**
 * The calendar months / quarters / years that meet [from, to), in order; the first and the last
 * are cut to from and to, so that every day of the range is in exactly one period.
 */
export function calendarPeriods(
  granularity: GranularityName,
  from: string,
  to: string,
  field = "to",
): Period[] {
  const g = GRANULARITY[granularity];
  const start = new Date(`${from}T00:00:00Z`);
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth() - (start.getUTCMonth() % g.months);
  const out: Period[] = [];
  for (;;) {
    const unitFrom = new Date(Date.UTC(y, m, 1)).toISOString().slice(0, 10);
    if (unitFrom >= to) break;
    const next = new Date(Date.UTC(y, m + g.months, 1));
    const unitTo = next.toISOString().slice(0, 10);
    out.push({
      label: g.label(y, m),
      from: unitFrom < from ? from : unitFrom,
      to: unitTo > to ? to : unitTo,
    });
    if (out.length > MAX_PERIODS)
      throw new BadUserInputError(
        `from..to spans more than ${MAX_PERIODS} ${granularity.toLowerCase()}s; choose a coarser granularity`,
        field,
      );
    y = next.getUTCFullYear();
    m = next.getUTCMonth();
  }
  return out;
}
