// Estimates corrected for classifier error added to the answers of the study questions and of
// analytics(query), only when a client selects them (the resolvers check the selection): one
// more pass over the scope's posts with their label sources (estimate.sql.ts), then each count
// and share of a row as an Estimate. Counts: corrected cells; shares over an exact denominator
// (penetration, trend share): the corrected count divided by it; shares whose denominator is
// itself a count of the technology (category share, high-value share, bucket share, share of
// total): ratio of corrected disjoint cells, so both sides move with the same rates; growth:
// from the corrected counts of the two periods. Intervals by the delta method (estimate.ts).
import {
  estimateCount,
  estimateOf,
  estimateShare,
  type Estimate,
  type Rates,
  type ScopeCell,
} from "../../classify/estimate";
import type { Db } from "../../db/client";
import type { PostFilter } from "../../posts/post.args";
import { HIGH_VALUE_THRESHOLD, type DimensionName, type GranularityName } from "../analytics.model";
import { calendarPeriods, toDayRange, type Period } from "../analytics.periods";
import { checkAnalyticsQuery } from "../analytics.validate";
import type { AnalyticsInput } from "../analytics.service";
import { runCells, type CellsRecord, type CountedCell } from "./estimate.repository";
import { correctionFor, scopeFilter } from "./estimate.service";
import type { CellsQuery } from "./estimate.sql";

type Subset = "all" | "known" | "high";

const ZERO: CountedCell = {
  handPositive: 0,
  candidates: 0,
  candidatePositive: 0,
  others: 0,
  observed: 0,
  everyone: 0,
};

const keyOf = (period: number, keys: readonly (string | null)[]): string =>
  [period, ...keys.map((k) => k ?? "\u0001")].join("\u0000");

/** The cells of a query by period and keys; absent groups are empty. */
class CellIndex {
  private readonly map: Map<string, CellsRecord>;
  constructor(readonly records: CellsRecord[]) {
    this.map = new Map(records.map((r) => [keyOf(r.period, r.keys), r]));
  }
  at(period: number, keys: readonly (string | null)[], subset: Subset = "all"): CountedCell {
    return this.map.get(keyOf(period, keys))?.[subset] ?? ZERO;
  }
}

function minus(a: ScopeCell, b: ScopeCell): ScopeCell {
  return {
    handPositive: Math.max(0, a.handPositive - b.handPositive),
    candidates: Math.max(0, a.candidates - b.candidates),
    candidatePositive: Math.max(0, a.candidatePositive - b.candidatePositive),
    others: Math.max(0, a.others - b.others),
  };
}

/** part / (part + rest) of two disjoint cells, within [0, 1]. */
function partShare(rates: Rates, part: ScopeCell, rest: ScopeCell): Estimate | null {
  return estimateOf(
    rates,
    [part, rest],
    (t) => (t[0]! + t[1]! === 0 ? null : t[0]! / (t[0]! + t[1]!)),
    [0, 1],
  );
}

/** (b - a) / a from the corrected counts of two cells. */
function growthOf(rates: Rates, a: ScopeCell, b: ScopeCell): Estimate | null {
  return estimateOf(rates, [a, b], (t) => (t[0]! === 0 ? null : (t[1]! - t[0]!) / t[0]!));
}

function cells(db: Db, q: Omit<CellsQuery, "threshold"> & { threshold?: number }): CellIndex {
  return new CellIndex(runCells(db, { threshold: HIGH_VALUE_THRESHOLD, ...q }));
}

// ---------------------------------------------------------------------------------------------
// analytics(query): MeasureValue.estimate / low / high

interface MeasureLike {
  measure: string;
  value: number | null;
  estimate?: number | null;
  low?: number | null;
  high?: number | null;
}

interface AnalyticsRowLike {
  period: Period | null;
  keys: { value: string | null }[];
  measures: MeasureLike[];
}

/**
 * Fills estimate / low / high of POST_COUNT, SHARE_OF_TOTAL, PENETRATION and GROWTH when the
 * query counts a technology whose active model has measured rates; everything else stays null.
 */
export function addAnalyticsEstimates<R extends { rows: AnalyticsRowLike[] }>(
  db: Db,
  input: AnalyticsInput,
  result: R,
): R {
  for (const row of result.rows)
    for (const m of row.measures) Object.assign(m, { estimate: null, low: null, high: null });
  const q = checkAnalyticsQuery(input);
  if (q.technology === null) return result;
  const wanted = ["POST_COUNT", "SHARE_OF_TOTAL", "PENETRATION", "GROWTH"];
  if (!q.measures.some((m) => wanted.includes(m))) return result;
  const { rates } = correctionFor(db, q.technology);
  if (!rates) return result;
  const all = [...(q.periods ?? []), ...(q.compareTo ? [q.compareTo] : [])];
  const base = {
    technology: q.technology,
    periods: q.periods ? all.map(toDayRange) : null,
    ...scopeFilter(db, input.filter, "query.filter"),
    where: q.where,
    threshold: q.threshold,
  };
  const groups = cells(db, { ...base, dimensions: q.dimensions });
  const totals = q.measures.includes("SHARE_OF_TOTAL") ? cells(db, { ...base, dimensions: [] }) : null;
  const cmpPos = q.periods && q.compareTo ? q.periods.length : -1;
  for (const row of result.rows) {
    const p = row.period;
    const period =
      p === null || !q.periods
        ? 0
        : q.periods.findIndex((x) => x.from === p.from && x.to === p.to && x.label === p.label);
    const keys = row.keys.map((k) => k.value);
    const cell = groups.at(period, keys);
    for (const m of row.measures) {
      let e: Estimate | null = null;
      if (m.measure === "POST_COUNT") e = estimateCount(rates, cell);
      else if (m.measure === "PENETRATION") e = estimateShare(rates, cell, cell.everyone);
      else if (m.measure === "SHARE_OF_TOTAL" && totals)
        e = partShare(rates, cell, minus(totals.at(period, []), cell));
      else if (m.measure === "GROWTH" && cmpPos >= 0) e = growthOf(rates, groups.at(cmpPos, keys), cell);
      if (e) Object.assign(m, { estimate: e.value, low: e.low, high: e.high });
    }
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The study questions: `<count or share>Estimate` fields on their rows.

/** A row's estimates; absent (null in GraphQL) where none can be made. */
type WithEstimates<R, K extends string> = R & { [F in K]?: Estimate | null };

export function addCategoryShareEstimates<
  R extends { period: string; periodFrom: string; periodTo: string; category: { id: string } | null },
>(
  db: Db,
  input: { technology: string; periods: Period[]; filter?: PostFilter | null },
  rows: R[],
): WithEstimates<R, "postsEstimate" | "shareEstimate" | "penetrationEstimate">[] {
  const { rates } = correctionFor(db, input.technology);
  if (!rates) return rows;
  const index = cells(db, {
    technology: input.technology,
    periods: input.periods.map(toDayRange),
    dimensions: ["CATEGORY"],
    ...scopeFilter(db, input.filter),
  });
  const categoryIds = [...new Set(rows.flatMap((r) => (r.category ? [r.category.id] : [])))];
  return rows.map((r) => {
    const i = input.periods.findIndex(
      (p) => p.label === r.period && p.from === r.periodFrom && p.to === r.periodTo,
    );
    const cell = index.at(i, [r.category?.id ?? null]);
    const inPeriod = categoryIds.map((id) => index.at(i, [id]));
    const at = r.category ? categoryIds.indexOf(r.category.id) : -1;
    const share =
      at < 0
        ? null
        : estimateOf(
            rates,
            inPeriod,
            (t) => {
              const sum = t.reduce((a, x) => a + x, 0);
              return sum === 0 ? null : t[at]! / sum;
            },
            [0, 1],
          );
    return {
      ...r,
      postsEstimate: estimateCount(rates, cell),
      shareEstimate: share,
      penetrationEstimate: estimateShare(rates, cell, cell.everyone),
    };
  });
}

/** The cells of a total row ("ALL", no dimension) and of the rows by `by`, per period. */
function byCells(
  db: Db,
  q: Omit<CellsQuery, "dimensions" | "threshold"> & { threshold?: number },
  by: DimensionName | null,
): { total: CellIndex; byKey: CellIndex | null } {
  return {
    total: cells(db, { ...q, dimensions: [] }),
    byKey: by === null ? null : cells(db, { ...q, dimensions: [by] }),
  };
}

export function addGrowthEstimates<R extends { key: string | null }>(
  db: Db,
  input: {
    technology: string;
    from: Period;
    to: Period;
    by?: DimensionName | null;
    filter?: PostFilter | null;
  },
  rows: R[],
): WithEstimates<R, "fromCountEstimate" | "toCountEstimate" | "growthEstimate">[] {
  const { rates } = correctionFor(db, input.technology);
  if (!rates) return rows;
  const by = input.by ?? null;
  const { total, byKey } = byCells(
    db,
    {
      technology: input.technology,
      periods: [input.from, input.to].map(toDayRange),
      ...scopeFilter(db, input.filter),
    },
    by,
  );
  return rows.map((r, i) => {
    const index = i === 0 || !byKey ? total : byKey;
    const keys = i === 0 || !byKey ? [] : [r.key];
    const a = index.at(0, keys);
    const b = index.at(1, keys);
    return {
      ...r,
      fromCountEstimate: estimateCount(rates, a),
      toCountEstimate: estimateCount(rates, b),
      growthEstimate: growthOf(rates, a, b),
    };
  });
}

export function addHighValueShareEstimates<R extends { key: string | null }>(
  db: Db,
  input: {
    technology: string;
    period: Period;
    threshold?: number | null;
    by?: DimensionName | null;
    filter?: PostFilter | null;
  },
  rows: R[],
): WithEstimates<R, "postsEstimate" | "knownEstimate" | "highValueEstimate" | "shareEstimate">[] {
  const { rates } = correctionFor(db, input.technology);
  if (!rates) return rows;
  const by = input.by ?? null;
  const { total, byKey } = byCells(
    db,
    {
      technology: input.technology,
      periods: [toDayRange(input.period)],
      ...scopeFilter(db, input.filter),
      threshold: input.threshold ?? HIGH_VALUE_THRESHOLD,
    },
    by,
  );
  return rows.map((r, i) => {
    const index = i === 0 || !byKey ? total : byKey;
    const keys = i === 0 || !byKey ? [] : [r.key];
    const known = index.at(0, keys, "known");
    const high = index.at(0, keys, "high");
    return {
      ...r,
      postsEstimate: estimateCount(rates, index.at(0, keys)),
      knownEstimate: estimateCount(rates, known),
      highValueEstimate: estimateCount(rates, high),
      shareEstimate: partShare(rates, high, minus(known, high)),
    };
  });
}

export function addConcentrationEstimates<R extends { technology: { id: string } }>(
  db: Db,
  input: { period: Period; topK?: number | null; filter?: PostFilter | null },
  categoryIds: readonly string[],
  rows: R[],
): WithEstimates<R, "postsEstimate" | "topShareEstimate" | "hhiEstimate" | "entropyEstimate">[] {
  const topK = input.topK ?? 2;
  const filter = scopeFilter(db, input.filter);
  return rows.map((r) => {
    const { rates } = correctionFor(db, r.technology.id);
    if (!rates) return r;
    const index = cells(db, {
      technology: r.technology.id,
      periods: [toDayRange(input.period)],
      dimensions: ["CATEGORY"],
      ...filter,
    });
    const byCategory = categoryIds.map((id) => index.at(0, [id]));
    const shares = (t: readonly number[]): number[] | null => {
      const sum = t.reduce((a, x) => a + x, 0);
      return sum === 0 ? null : t.map((x) => x / sum);
    };
    const unit = [0, 1] as const;
    return {
      ...r,
      postsEstimate: estimateOf(rates, byCategory, (t) => t.reduce((a, x) => a + x, 0), [0, Infinity]),
      topShareEstimate: estimateOf(
        rates,
        byCategory,
        (t) =>
          shares(t)
            ?.sort((a, b) => b - a)
            .slice(0, topK)
            .reduce((a, x) => a + x, 0) ?? null,
        unit,
      ),
      hhiEstimate: estimateOf(
        rates,
        byCategory,
        (t) => shares(t)?.reduce((a, s) => a + s * s, 0) ?? null,
        unit,
      ),
      entropyEstimate:
        categoryIds.length < 2
          ? null
          : estimateOf(
              rates,
              byCategory,
              (t) => {
                const sh = shares(t);
                if (sh === null) return null;
                return (
                  sh.reduce((a, x) => (x > 0 ? a - x * Math.log(x) : a), 0) / Math.log(categoryIds.length)
                );
              },
              unit,
            ),
    };
  });
}

export function addBucketDemandEstimates<R extends { bucket: { id: string } }>(
  db: Db,
  input: {
    period: Period;
    category?: string | null;
    technology?: string | null;
    filter?: PostFilter | null;
    /** A past dictionary: the live bucket membership the estimates read would not match. */
    pastDictionary: boolean;
  },
  rows: R[],
): WithEstimates<R, "postsEstimate" | "shareEstimate">[] {
  if (!input.technology || input.pastDictionary) return rows;
  const { rates } = correctionFor(db, input.technology);
  if (!rates) return rows;
  const q = {
    technology: input.technology,
    periods: [toDayRange(input.period)],
    categories: input.category ? [input.category] : null,
    ...scopeFilter(db, input.filter),
  };
  const buckets = cells(db, { ...q, dimensions: ["BUCKET"] });
  const scope = cells(db, { ...q, dimensions: [] }).at(0, []);
  return rows.map((r) => {
    const cell = buckets.at(0, [r.bucket.id]);
    return {
      ...r,
      postsEstimate: estimateCount(rates, cell),
      shareEstimate: partShare(rates, cell, minus(scope, cell)),
    };
  });
}

export function addTrendEstimates<R extends { from: string; to: string; key: string | null; total: number }>(
  db: Db,
  input: {
    technology?: string | null;
    granularity: GranularityName;
    from: string;
    to: string;
    by?: DimensionName | null;
    filter?: PostFilter | null;
  },
  rows: R[],
): WithEstimates<R, "postsEstimate" | "shareEstimate">[] {
  if (!input.technology) return rows;
  const { rates } = correctionFor(db, input.technology);
  if (!rates) return rows;
  const periods = calendarPeriods(input.granularity, input.from, input.to);
  const by = input.by ?? null;
  const index = cells(db, {
    technology: input.technology,
    periods: periods.map(toDayRange),
    dimensions: by === null ? [] : [by],
    ...scopeFilter(db, input.filter),
  });
  return rows.map((r) => {
    const i = periods.findIndex((p) => p.from === r.from && p.to === r.to);
    const cell = index.at(i, by === null ? [] : [r.key]);
    return {
      ...r,
      postsEstimate: estimateCount(rates, cell),
      shareEstimate: estimateShare(rates, cell, r.total),
    };
  });
}
