import { describe, expect, it } from "vitest";
import { binaryMetrics, chooseThreshold, stratifiedFolds } from "../../src/classify/evaluate";

describe("evaluation helpers", () => {
  it("deals stratified folds with the class balance of the whole, the same for the same seed", () => {
    const labels = Array.from({ length: 103 }, (_, i) => (i % 10 === 0 ? 1 : 0));
    const folds = stratifiedFolds(labels, 5, 42);
    expect(Array.from(folds)).toEqual(Array.from(stratifiedFolds(labels, 5, 42)));
    expect(Array.from(folds)).not.toEqual(Array.from(stratifiedFolds(labels, 5, 43)));
    for (let f = 0; f < 5; f++) {
      const rows = labels.map((_, i) => i).filter((i) => folds[i] === f);
      const pos = rows.filter((i) => labels[i] === 1).length;
      expect(rows.length === 20 || rows.length === 21).toBe(true);
      expect(pos === 2 || pos === 3).toBe(true);
    }
  });

  it("computes accuracy, precision, recall, F1 and the confusion matrix", () => {
    const m = binaryMetrics([1, 1, 1, 0, 0, 0, 0, 0], [1, 1, 0, 1, 0, 0, 0, 0]);
    expect(m.confusion).toEqual({ tp: 2, fp: 1, tn: 4, fn: 1 });
    expect(m.accuracy).toBeCloseTo(6 / 8, 12);
    expect(m.precision).toBeCloseTo(2 / 3, 12);
    expect(m.recall).toBeCloseTo(2 / 3, 12);
    expect(m.f1).toBeCloseTo(2 / 3, 12);
  });

  it("chooses the threshold on vote share that maximises F1", () => {
    const scores = [0.9, 0.8, 0.35, 0.3, 0.2, 0.1, 0.05];
    const labels = [1, 1, 1, 1, 0, 0, 0];
    const t = chooseThreshold(scores, labels);
    expect(t).toBeGreaterThan(0.2);
    expect(t).toBeLessThanOrEqual(0.3);
  });
});
