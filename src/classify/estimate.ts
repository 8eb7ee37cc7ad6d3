// Counts of a technology's posts corrected for the classifier's errors, with 95% intervals:
// keyword-stratified adjusted classify-and-count (Forman) and a delta-method interval. Pure: no
// database; the service (estimate.service.ts) brings the counts. docs/classifier.md
// "Estimates corrected for classifier error" explains the method and when it breaks down.

/** A confusion matrix of cross-validated predictions against hand labels. */
export interface ConfusionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/**
 * What cross-validation measured, split by the keyword gate: `keywordHit` is the model's
 * confusion over the labeled posts the technology's keyword rules select, `keywordMiss` over the
 * others. Stored in a model's metrics JSON as `strata` at training time.
 */
export interface KeywordStrata {
  keywordHit: ConfusionCounts;
  keywordMiss: ConfusionCounts;
  /**
   * `keywordHit` of each CV fold: how much the rates move from one trained model to another
   * (absent in models trained before it was stored: binomial uncertainty only).
   */
  keywordHitByFold?: ConfusionCounts[];
}

/** The rates the estimator uses, with the variance of each measured rate. */
export interface Rates {
  /** P(model yes | keyword candidate, is T). */
  tpr: number;
  /** P(model yes | keyword candidate, is not T). */
  fpr: number;
  /** P(keyword candidate | is T): the keyword gate's recall. */
  recall: number;
  varTpr: number;
  varFpr: number;
  varRecall: number;
}

/** The posts of one scope (a period, a category...) for one technology, split by label source. */
export interface ScopeCell {
  /** Hand-labeled posts that are T: exact. */
  handPositive: number;
  /** Keyword candidates whose label comes from the model (no hand label). */
  candidates: number;
  /** Of which the model says yes. */
  candidatePositive: number;
  /** Posts without a hand label that are no keyword candidate. */
  others: number;
}

/** A corrected value and its 95% interval. */
export interface Estimate {
  value: number;
  low: number;
  high: number;
}

/** z of a two-sided 95% normal interval. */
const Z95 = 1.959964;
/**
 * Below this gap between the true and false positive rates the correction divides by almost
 * nothing (rates near 0.5): no estimate is given.
 */
export const MIN_RATE_GAP = 0.2;

const positives = (c: ConfusionCounts): number => c.tp + c.fn;
const negatives = (c: ConfusionCounts): number => c.fp + c.tn;

/**
 * Rates from the cross-validation counts, or a sentence saying why they cannot correct counts
 * (too few labeled candidates of a class, rates too close).
 */
export function ratesOf(strata: KeywordStrata): Rates | string {
  const hit = strata.keywordHit;
  const nPos = positives(hit);
  const nNeg = negatives(hit);
  const allPos = nPos + positives(strata.keywordMiss);
  if (nPos === 0 || nNeg === 0)
    return `cross-validation saw ${nPos} positive and ${nNeg} negative labeled keyword candidates; both are needed`;
  const tpr = hit.tp / nPos;
  const fpr = hit.fp / nNeg;
  if (tpr - fpr < MIN_RATE_GAP)
    return `true positive rate ${tpr.toFixed(3)} and false positive rate ${fpr.toFixed(3)} are too close (gap under ${MIN_RATE_GAP}) to correct counts`;
  const recall = nPos / allPos;
  const folds = strata.keywordHitByFold ?? [];
  return {
    tpr,
    fpr,
    recall,
    varTpr: (tpr * (1 - tpr)) / nPos + modelVariance(folds, tpr, (c) => [c.tp, positives(c)]),
    varFpr: (fpr * (1 - fpr)) / nNeg + modelVariance(folds, fpr, (c) => [c.fp, negatives(c)]),
    varRecall: (recall * (1 - recall)) / allPos,
  };
}

/**
 * How much a rate varies from one trained model to another beyond the binomial noise of a fold's
 * test rows: the variance of the folds' rates minus their mean binomial variance, at least 0.
 * The stored model is one more such model, so its rate differs from the pooled CV rate by this
 * much too. 0 with fewer than two usable folds.
 */
function modelVariance(
  folds: readonly ConfusionCounts[],
  pooled: number,
  part: (c: ConfusionCounts) => [hits: number, n: number],
): number {
  const usable = folds.map(part).filter(([, n]) => n > 0);
  if (usable.length < 2) return 0;
  const rates = usable.map(([hits, n]) => hits / n);
  const mean = rates.reduce((a, r) => a + r, 0) / rates.length;
  const spread = rates.reduce((a, r) => a + (r - mean) ** 2, 0) / (rates.length - 1);
  const binomial = usable.reduce((a, [, n]) => a + (pooled * (1 - pooled)) / n, 0) / usable.length;
  return Math.max(0, spread - binomial);
}

type PointRates = Pick<Rates, "tpr" | "fpr" | "recall">;

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/** True T posts among a cell's candidates: (k - c * FPR) / (TPR - FPR), clipped to [0, c]. */
function candidateTruth(r: PointRates, cell: ScopeCell): number {
  return clamp((cell.candidatePositive - cell.candidates * r.fpr) / (r.tpr - r.fpr), 0, cell.candidates);
}

/**
 * Corrected number of T posts in a cell: hand positives + true candidates + the T posts the
 * keywords miss (true candidates x (1 - recall) / recall, at most the other posts).
 */
export function cellPoint(r: PointRates, cell: ScopeCell): number {
  const tc = candidateTruth(r, cell);
  const missed = r.recall > 0 ? (tc * (1 - r.recall)) / r.recall : 0;
  return cell.handPositive + tc + Math.min(missed, cell.others);
}

/**
 * Variance of a cell's corrected count from its own sampling, the rates held fixed: the model's
 * yes/no over the cell's candidates (binomial in each class) and which of the cell's T posts the
 * keywords select (binomial in the recall). Independent from cell to cell.
 */
function cellSamplingVariance(r: PointRates, cell: ScopeCell): number {
  const tc = candidateTruth(r, cell);
  const gap = r.tpr - r.fpr;
  const varK = tc * r.tpr * (1 - r.tpr) + (cell.candidates - tc) * r.fpr * (1 - r.fpr);
  const scale = 1 / (gap * r.recall);
  const truth = tc / r.recall;
  const varMissed = r.recall > 0 ? (truth * (1 - r.recall)) / r.recall : 0;
  return varK * scale * scale + varMissed;
}

const RATE_KEYS = ["tpr", "fpr", "recall"] as const;
const VAR_KEYS = { tpr: "varTpr", fpr: "varFpr", recall: "varRecall" } as const;

/**
 * Any quantity computed from the corrected counts of some cells (a count, a share, a growth,
 * an HHI...), with a delta-method 95% interval clipped to `range`: the variance adds the cells'
 * own sampling (independent) and the uncertainty of the three measured rates, which moves every
 * cell at once. Derivatives are taken numerically, so `f` can be any smooth function of the
 * counts. Null when `f` is null at the corrected counts.
 */
export function estimateOf(
  rates: Rates,
  cells: readonly ScopeCell[],
  f: (counts: readonly number[]) => number | null,
  range: readonly [number, number] = [-Infinity, Infinity],
): Estimate | null {
  const at = (r: PointRates): number[] => cells.map((c) => cellPoint(r, c));
  const counts = at(rates);
  const value = f(counts);
  if (value === null || !Number.isFinite(value)) return null;
  let variance = 0;
  for (const key of RATE_KEYS) {
    const h = 1e-6;
    const up = f(at({ ...rates, [key]: rates[key] + h }));
    const down = f(at({ ...rates, [key]: rates[key] - h }));
    if (up === null || down === null) continue;
    const d = (up - down) / (2 * h);
    variance += d * d * rates[VAR_KEYS[key]];
  }
  cells.forEach((cell, i) => {
    const own = cellSamplingVariance(rates, cell);
    if (own === 0) return;
    const h = 1e-4 * Math.max(1, counts[i]!);
    const up = f(counts.map((x, j) => (j === i ? x + h : x)));
    const down = f(counts.map((x, j) => (j === i ? x - h : x)));
    if (up === null || down === null) return;
    const d = (up - down) / (2 * h);
    variance += d * d * own;
  });
  const half = Z95 * Math.sqrt(variance);
  return {
    value: clamp(value, range[0], range[1]),
    low: clamp(value - half, range[0], range[1]),
    high: clamp(value + half, range[0], range[1]),
  };
}

/** The corrected number of T posts in one cell, within what the cell can hold. */
export function estimateCount(rates: Rates, cell: ScopeCell): Estimate {
  const range = [cell.handPositive, cell.handPositive + cell.candidates + cell.others] as const;
  return estimateOf(rates, [cell], (t) => t[0]!, range)!;
}

/**
 * A corrected count over an exact denominator (every post of a scope, for penetration or a share
 * of all posts); null when the denominator is 0.
 */
export function estimateShare(rates: Rates, cell: ScopeCell, denominator: number): Estimate | null {
  if (denominator === 0) return null;
  const c = estimateCount(rates, cell);
  return { value: c.value / denominator, low: c.low / denominator, high: c.high / denominator };
}

/** A sum of cells (a period's total over its categories, say). */
export function addCells(cells: readonly ScopeCell[]): ScopeCell {
  const sum: ScopeCell = { handPositive: 0, candidates: 0, candidatePositive: 0, others: 0 };
  for (const c of cells) {
    sum.handPositive += c.handPositive;
    sum.candidates += c.candidates;
    sum.candidatePositive += c.candidatePositive;
    sum.others += c.others;
  }
  return sum;
}

/**
 * The strata of a technology's labeled posts from CV predictions, keyword hits and labels, and
 * the keyword-hit stratum per fold when the folds are given.
 */
export function keywordStrata(
  labels: ArrayLike<number>,
  predicted: ArrayLike<number>,
  keywordHit: ArrayLike<boolean>,
  folds?: ArrayLike<number>,
): KeywordStrata {
  const zero = (): ConfusionCounts => ({ tp: 0, fp: 0, tn: 0, fn: 0 });
  const hit = zero();
  const miss = zero();
  const byFold: ConfusionCounts[] = [];
  for (let i = 0; i < labels.length; i++) {
    tally(keywordHit[i] ? hit : miss, labels[i] === 1, predicted[i] === 1);
    if (folds && keywordHit[i]) tally((byFold[folds[i]!] ??= zero()), labels[i] === 1, predicted[i] === 1);
  }
  const strata: KeywordStrata = { keywordHit: hit, keywordMiss: miss };
  if (folds) strata.keywordHitByFold = Array.from(byFold, (c) => c ?? zero());
  return strata;
}

function tally(c: ConfusionCounts, y: boolean, p: boolean): void {
  if (y && p) c.tp++;
  else if (y) c.fn++;
  else if (p) c.fp++;
  else c.tn++;
}

/** Reads `strata` from a stored metrics object; null for models trained before it was stored. */
export function storedStrata(metrics: unknown): KeywordStrata | null {
  const s = (metrics as { strata?: unknown } | null)?.strata as Partial<KeywordStrata> | undefined;
  const ok = (c: unknown): c is ConfusionCounts =>
    typeof c === "object" &&
    c !== null &&
    (["tp", "fp", "tn", "fn"] as const).every((k) => Number.isInteger((c as Record<string, unknown>)[k]));
  if (!s || !ok(s.keywordHit) || !ok(s.keywordMiss)) return null;
  const strata: KeywordStrata = { keywordHit: s.keywordHit, keywordMiss: s.keywordMiss };
  if (Array.isArray(s.keywordHitByFold) && s.keywordHitByFold.every(ok))
    strata.keywordHitByFold = s.keywordHitByFold;
  return strata;
}
