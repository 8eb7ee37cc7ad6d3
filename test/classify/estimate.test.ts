// The estimator against cases computed by hand, and the coverage of its 95% interval in
// simulated scopes of known truth.
import { describe, expect, it } from "vitest";
import {
  estimateCount,
  estimateOf,
  estimateShare,
  keywordStrata,
  ratesOf,
  storedStrata,
  type KeywordStrata,
  type Rates,
  type ScopeCell,
} from "../../src/classify/estimate";
import { mulberry32, type Rng } from "../../src/shared/random";

/** TPR 0.9, FPR 0.2 over 100 positive and 100 negative labeled candidates; no keyword miss. */
const STRATA: KeywordStrata = {
  keywordHit: { tp: 90, fn: 10, fp: 20, tn: 80 },
  keywordMiss: { tp: 0, fn: 0, fp: 3, tn: 500 },
};

function rates(strata: KeywordStrata): Rates {
  const r = ratesOf(strata);
  if (typeof r === "string") throw new Error(r);
  return r;
}

describe("estimator, cases computed by hand", () => {
  it("reads the rates and their variances from the cross-validation counts", () => {
    const r = rates(STRATA);
    expect(r.tpr).toBeCloseTo(0.9, 12);
    expect(r.fpr).toBeCloseTo(0.2, 12);
    expect(r.recall).toBe(1);
    expect(r.varTpr).toBeCloseTo((0.9 * 0.1) / 100, 12);
    expect(r.varFpr).toBeCloseTo((0.2 * 0.8) / 100, 12);
    expect(r.varRecall).toBe(0);
  });

  it("corrects 400 model positives among 1,000 candidates to 5 + (400 - 200) / 0.7, with a delta-method interval", () => {
    const cell: ScopeCell = { handPositive: 5, candidates: 1000, candidatePositive: 400, others: 500 };
    const e = estimateCount(rates(STRATA), cell);
    const t = 200 / 0.7; // 285.714 true positives among the candidates
    expect(e.value).toBeCloseTo(5 + t, 6);
    // Var(k | t) = t TPR (1 - TPR) + (c - t) FPR (1 - FPR), over (TPR - FPR)^2;
    // rates: (t / 0.7)^2 Var(TPR) + ((c - t) / 0.7)^2 Var(FPR).
    const sampling = (t * 0.09 + (1000 - t) * 0.16) / 0.49;
    const fromRates = (t / 0.7) ** 2 * 0.0009 + ((1000 - t) / 0.7) ** 2 * 0.0016;
    const half = 1.959964 * Math.sqrt(sampling + fromRates);
    expect(e.low).toBeCloseTo(5 + t - half, 3);
    expect(e.high).toBeCloseTo(5 + t + half, 3);
    expect(half).toBeCloseTo(89.85, 1);
  });

  it("adds the positives the keyword rules miss: true candidates x (1 - recall) / recall", () => {
    const strata: KeywordStrata = { ...STRATA, keywordMiss: { tp: 2, fn: 8, fp: 3, tn: 500 } };
    const r = rates(strata);
    expect(r.recall).toBeCloseTo(100 / 110, 12);
    const cell: ScopeCell = { handPositive: 0, candidates: 1000, candidatePositive: 400, others: 500 };
    expect(estimateCount(r, cell).value).toBeCloseTo((200 / 0.7) * (110 / 100), 6);
    // The missed part never exceeds the posts that are no candidate.
    const few: ScopeCell = { ...cell, others: 3 };
    expect(estimateCount(r, few).value).toBeCloseTo(200 / 0.7 + 3, 6);
  });

  it("clips to the hand positives when the model says yes less often than its false positive rate", () => {
    const cell: ScopeCell = { handPositive: 7, candidates: 1000, candidatePositive: 150, others: 0 };
    const e = estimateCount(rates(STRATA), cell);
    expect(e.value).toBe(7);
    expect(e.low).toBe(7);
    expect(e.high).toBeGreaterThan(7);
  });

  it("counts hand-labeled posts as exact: no model-labeled post, no interval", () => {
    const cell: ScopeCell = { handPositive: 12, candidates: 0, candidatePositive: 0, others: 0 };
    expect(estimateCount(rates(STRATA), cell)).toEqual({ value: 12, low: 12, high: 12 });
  });

  it("divides a corrected count by an exact denominator for a share", () => {
    const cell: ScopeCell = { handPositive: 5, candidates: 1000, candidatePositive: 400, others: 500 };
    const count = estimateCount(rates(STRATA), cell);
    const share = estimateShare(rates(STRATA), cell, 2000)!;
    expect(share.value).toBeCloseTo(count.value / 2000, 12);
    expect(share.low).toBeCloseTo(count.low / 2000, 12);
    expect(estimateShare(rates(STRATA), cell, 0)).toBeNull();
  });

  it("computes growth from the corrected counts of two periods; the shared rates partly cancel", () => {
    const a: ScopeCell = { handPositive: 0, candidates: 1000, candidatePositive: 400, others: 0 };
    const b: ScopeCell = { handPositive: 0, candidates: 1000, candidatePositive: 540, others: 0 };
    const growth = (t: readonly number[]) => (t[0] === 0 ? null : (t[1]! - t[0]!) / t[0]!);
    const e = estimateOf(rates(STRATA), [a, b], growth)!;
    expect(e.value).toBeCloseTo((340 / 0.7 - 200 / 0.7) / (200 / 0.7), 6); // 0.7
    expect(e.low).toBeLessThan(0.7);
    expect(e.high).toBeGreaterThan(0.7);
  });

  it("gives no rates when the model cannot tell the classes apart or a class is missing", () => {
    expect(ratesOf({ ...STRATA, keywordHit: { tp: 55, fn: 45, fp: 45, tn: 55 } })).toMatch(/too close/);
    expect(ratesOf({ ...STRATA, keywordHit: { tp: 55, fn: 45, fp: 0, tn: 0 } })).toMatch(/both are needed/);
  });

  it("adds to a rate's variance how much it moves from fold to fold beyond binomial noise", () => {
    const strata: KeywordStrata = {
      keywordHit: { tp: 80, fn: 20, fp: 20, tn: 80 },
      keywordMiss: { tp: 0, fn: 0, fp: 0, tn: 10 },
      keywordHitByFold: [
        { tp: 45, fn: 5, fp: 10, tn: 40 },
        { tp: 35, fn: 15, fp: 10, tn: 40 },
      ],
    };
    const r = rates(strata);
    // TPR 0.9 and 0.7 in the folds: sample variance 0.02, minus the binomial 0.8 x 0.2 / 50.
    expect(r.varTpr).toBeCloseTo((0.8 * 0.2) / 100 + (0.02 - (0.8 * 0.2) / 50), 12);
    // FPR 0.2 in both folds: no spread, binomial only.
    expect(r.varFpr).toBeCloseTo((0.2 * 0.8) / 100, 12);
  });

  it("splits cross-validation predictions by the keyword gate", () => {
    const s = keywordStrata([1, 1, 0, 0, 1, 0], [1, 0, 1, 0, 0, 0], [true, true, true, true, false, false]);
    expect(s).toEqual({
      keywordHit: { tp: 1, fn: 1, fp: 1, tn: 1 },
      keywordMiss: { tp: 0, fn: 1, fp: 0, tn: 1 },
    });
    expect(storedStrata({ accuracy: 1, strata: s })).toEqual(s);
    const byFold = keywordStrata([1, 1, 0, 0], [1, 0, 1, 0], [true, true, true, false], [0, 1, 1, 0]);
    expect(byFold.keywordHitByFold).toEqual([
      { tp: 1, fn: 0, fp: 0, tn: 0 },
      { tp: 0, fn: 1, fp: 1, tn: 0 },
    ]);
    expect(storedStrata({ strata: byFold })).toEqual(byFold);
    expect(storedStrata({ accuracy: 1 })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Coverage by simulation.

interface World {
  /** Posts in a scope, share of them that are T. */
  posts: number;
  prevalence: number;
  /** P(keyword candidate | T), P(keyword candidate | not T). */
  recall: number;
  candidateRate: number;
  /** The model's rates among candidates. */
  tpr: number;
  fpr: number;
  /** Labeled posts cross-validation saw: candidates of each class, T posts outside the candidates. */
  labeledPositives: number;
  labeledNegatives: number;
}

const binomial = (rand: Rng, n: number, p: number): number => {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
};

/** Share of simulated scopes whose 95% interval covers the true count, and the mean errors. */
function coverage(world: World, scopes: number, seed: number) {
  const rand = mulberry32(seed);
  let covered = 0;
  let errEstimate = 0;
  let errObserved = 0;
  let biasEstimate = 0;
  let sumTruth = 0;
  for (let s = 0; s < scopes; s++) {
    // What cross-validation measured this time.
    const tp = binomial(rand, world.labeledPositives, world.tpr);
    const fp = binomial(rand, world.labeledNegatives, world.fpr);
    const allPositives = Math.round(world.labeledPositives / world.recall);
    const missed = binomial(rand, allPositives, 1 - world.recall);
    const strata: KeywordStrata = {
      keywordHit: {
        tp,
        fn: world.labeledPositives - tp,
        fp,
        tn: world.labeledNegatives - fp,
      },
      keywordMiss: { tp: 0, fn: missed, fp: 0, tn: 1000 },
    };
    // A scope of known truth, post by post.
    const cell: ScopeCell = { handPositive: 0, candidates: 0, candidatePositive: 0, others: 0 };
    let truth = 0;
    for (let i = 0; i < world.posts; i++) {
      const isT = rand() < world.prevalence;
      if (isT) truth++;
      const candidate = rand() < (isT ? world.recall : world.candidateRate);
      if (!candidate) {
        cell.others++;
        continue;
      }
      cell.candidates++;
      if (rand() < (isT ? world.tpr : world.fpr)) cell.candidatePositive++;
    }
    const r = ratesOf(strata);
    if (typeof r === "string") throw new Error(r);
    const e = estimateCount(r, cell);
    if (e.low <= truth && truth <= e.high) covered++;
    errEstimate += Math.abs(e.value - truth);
    biasEstimate += e.value - truth;
    sumTruth += truth;
    errObserved += Math.abs(cell.candidatePositive - truth);
  }
  return {
    coverage: covered / scopes,
    errEstimate: errEstimate / scopes,
    errObserved: errObserved / scopes,
    biasEstimate: biasEstimate / scopes,
    truth: sumTruth / scopes,
  };
}

describe("estimator, interval coverage in 1,000 simulated scopes of known truth", () => {
  // Rates near those measured on the real labels (docs/classifier.md): ai has a high TPR and a
  // large FPR among candidates, and its raw count is nearly unbiased (precision close to recall);
  // rpa a lower TPR and three negative candidates per positive, so its raw count is too high; a
  // small scope; keyword rules that miss 1-3%.
  const worlds: Record<string, World> = {
    "ai-like": {
      posts: 4000,
      prevalence: 0.08,
      recall: 0.99,
      candidateRate: 0.03,
      tpr: 0.92,
      fpr: 0.23,
      labeledPositives: 1430,
      labeledNegatives: 430,
    },
    "rpa-like": {
      posts: 4000,
      prevalence: 0.03,
      recall: 0.97,
      candidateRate: 0.09,
      tpr: 0.76,
      fpr: 0.15,
      labeledPositives: 294,
      labeledNegatives: 920,
    },
    "small scope": {
      posts: 600,
      prevalence: 0.1,
      recall: 0.98,
      candidateRate: 0.05,
      tpr: 0.85,
      fpr: 0.2,
      labeledPositives: 400,
      labeledNegatives: 600,
    },
  };

  it.each(Object.entries(worlds))(
    "%s: the interval covers the truth in 93-97% of scopes and the estimate is unbiased",
    (name, world) => {
      const c = coverage(world, 1000, 7);
      console.log(
        `${name}: coverage ${c.coverage.toFixed(3)}, mean truth ${c.truth.toFixed(1)}, mean estimate - truth ${c.biasEstimate.toFixed(2)}, mean |estimate - truth| ${c.errEstimate.toFixed(1)}, mean |observed - truth| ${c.errObserved.toFixed(1)}`,
      );
      expect(c.coverage).toBeGreaterThanOrEqual(0.93);
      expect(c.coverage).toBeLessThanOrEqual(0.97);
      expect(Math.abs(c.biasEstimate)).toBeLessThan(0.02 * c.truth);
    },
  );

  it("where the raw count is biased (rpa-like), the corrected count is closer to the truth", () => {
    const c = coverage(worlds["rpa-like"]!, 1000, 11);
    expect(c.errEstimate).toBeLessThan(c.errObserved);
  });
});
