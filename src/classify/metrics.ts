// Pure evaluation helpers shared by training (threshold choice) and cross-validation:
// stratified folds, binary metrics with the confusion matrix, the threshold that maximises F1.

import { mulberry32 } from "../shared/random";

interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export interface BinaryMetrics {
  n: number;
  positives: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  confusion: Confusion;
}

export function binaryMetrics(labels: ArrayLike<number>, predicted: ArrayLike<number>): BinaryMetrics {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let i = 0; i < labels.length; i++) {
    const y = labels[i] === 1;
    const p = predicted[i] === 1;
    if (y && p) c.tp++;
    else if (!y && p) c.fp++;
    else if (y && !p) c.fn++;
    else c.tn++;
  }
  const n = labels.length;
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    n,
    positives: c.tp + c.fn,
    accuracy: n > 0 ? (c.tp + c.tn) / n : 0,
    precision,
    recall,
    f1,
    confusion: c,
  };
}

/**
 * Fold number (0..k-1) of every row: each class is shuffled with a seeded PRNG and dealt round
 * robin, so every fold has the class balance of the whole and the folds depend only on
 * (labels, k, seed).
 */
export function stratifiedFolds(labels: ArrayLike<number>, k: number, seed: number): Int32Array {
  const fold = new Int32Array(labels.length);
  const rand = mulberry32(seed);
  let offset = 0;
  for (const cls of [0, 1]) {
    const rows: number[] = [];
    for (let i = 0; i < labels.length; i++) if ((labels[i] === 1 ? 1 : 0) === cls) rows.push(i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = rows[i] as number;
      rows[i] = rows[j] as number;
      rows[j] = t;
    }
    // Continue dealing where the previous class stopped so fold sizes differ by at most one.
    rows.forEach((r, i) => {
      fold[r] = (offset + i) % k;
    });
    offset = (offset + rows.length) % k;
  }
  return fold;
}

/**
 * The decision threshold on the positive score (predict positive when score >= threshold) that
 * maximises F1 over the given scores; among equal F1, the middle of the best run of candidates,
 * which is less sensitive to noise than its edge. NaN scores are ignored.
 */
export function chooseThreshold(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const pairs: [number, number][] = [];
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i] as number;
    if (!Number.isNaN(s)) pairs.push([s, labels[i] === 1 ? 1 : 0]);
  }
  const positives = pairs.reduce((a, [, y]) => a + y, 0);
  if (pairs.length === 0 || positives === 0) return 0.5;
  pairs.sort((a, b) => b[0] - a[0]);
  // Walk thresholds from high to low: at each distinct score, everything at or above it is positive.
  const candidates: { t: number; f1: number }[] = [];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < pairs.length; i++) {
    const [s, y] = pairs[i] as [number, number];
    if (y === 1) tp++;
    else fp++;
    const next = pairs[i + 1];
    if (next !== undefined && next[0] === s) continue;
    const f1 = (2 * tp) / (2 * tp + fp + (positives - tp));
    // Threshold halfway down to the next lower score, so a score equal to s is still positive.
    const lower = next === undefined ? 0 : next[0];
    candidates.push({ t: (s + lower) / 2, f1 });
  }
  const best = Math.max(...candidates.map((c) => c.f1));
  const top = candidates.filter((c) => c.f1 >= best - 1e-12);
  const mid = top[Math.floor((top.length - 1) / 2)] as { t: number };
  return mid.t;
}
