import { RandomForestClassifier } from "ml-random-forest";
import { describe, expect, it } from "vitest";
import type { CsrMatrix, ForestParams } from "../../src/classify/forest";
import { CompiledForest, DEFAULT_FOREST_PARAMS, csrFromRows, trainForest } from "../../src/classify/forest";
import { mulberry32 } from "../../src/shared/random";

/** A small sparse problem: class 1 when column 0 or column 3 is large, with noise columns. */
function problem(n: number, nCols: number, seed: number): { X: CsrMatrix; y: Uint8Array; dense: number[][] } {
  const rand = mulberry32(seed);
  const dense: number[][] = [];
  const y = new Uint8Array(n);
  for (let r = 0; r < n; r++) {
    const row = Array.from({ length: nCols }, () => (rand() < 0.3 ? Math.round(rand() * 100) / 100 : 0));
    dense.push(row);
    y[r] = (row[0] ?? 0) > 0.5 || ((row[3] ?? 0) > 0.2 && rand() < 0.8) ? 1 : 0;
  }
  const rows = dense.map((row) => {
    const indices = row.flatMap((v, c) => (v !== 0 ? [c] : []));
    return { indices: Int32Array.from(indices), values: Float64Array.from(indices.map((c) => row[c] ?? 0)) };
  });
  return { X: csrFromRows(rows, nCols), y, dense };
}

const sparseRow = (row: number[]) => {
  const indices = row.flatMap((v, c) => (v !== 0 ? [c] : []));
  return { indices: Int32Array.from(indices), values: Float64Array.from(indices.map((c) => row[c] ?? 0)) };
};

const params = (over: Partial<ForestParams> = {}): ForestParams => ({
  ...DEFAULT_FOREST_PARAMS,
  nTrees: 15,
  ...over,
});

describe("random forest", () => {
  it("gives identical trees for the same seed and different trees for another seed", () => {
    const { X, y } = problem(200, 12, 1);
    const a = trainForest(X, y, params(), 7).model;
    const b = trainForest(X, y, params(), 7).model;
    const c = trainForest(X, y, params(), 8).model;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(c));
  });

  it("learns the pattern of a small problem", () => {
    const train = problem(400, 12, 2);
    const test = problem(200, 12, 3);
    const forest = new CompiledForest(trainForest(train.X, train.y, params({ nTrees: 31 }), 1).model);
    let correct = 0;
    test.dense.forEach((row, i) => {
      if ((forest.voteShare(sparseRow(row)) >= 0.5 ? 1 : 0) === test.y[i]) correct++;
    });
    expect(correct / test.dense.length).toBeGreaterThan(0.85);
  });

  it("scores a post by the share of trees that vote for the class", () => {
    const { X, y, dense } = problem(200, 12, 4);
    const forest = new CompiledForest(trainForest(X, y, params({ nTrees: 20 }), 3).model);
    for (const row of dense.slice(0, 30)) {
      const votes = forest.treeVotes(sparseRow(row));
      const share = votes.reduce((a, v) => a + v, 0) / votes.length;
      expect(forest.voteShare(sparseRow(row))).toBe(share);
      expect(share * 20).toBe(Math.round(share * 20));
    }
  });

  it.each(["uniform", "present"] as const)(
    "writes trees that ml-random-forest loads and predicts the same way (%s sampling)",
    (featureSampling) => {
      const { X, y, dense } = problem(150, 10, 5);
      const json = trainForest(X, y, params({ nTrees: 9, featureSampling }), 11).model;
      const lib = RandomForestClassifier.load(JSON.parse(JSON.stringify(json)));
      const ours = new CompiledForest(json);
      const probe = [...dense.slice(0, 20), ...problem(80, 10, 6).dense];
      // Per tree votes: the library's predictionValues (rows x trees) against our walker.
      const perTree = lib.predictionValues(probe);
      probe.forEach((row, i) => {
        expect(Array.from(ours.treeVotes(sparseRow(row)))).toEqual(perTree.getRow(i));
      });
      // Majority vote (9 trees: no ties) against the library's predict.
      expect(probe.map((row) => (ours.voteShare(sparseRow(row)) > 0.5 ? 1 : 0))).toEqual(lib.predict(probe));
    },
  );

  it.each([
    ["balanced bootstrap", { bootstrap: "balanced" as const }],
    ["present feature sampling", { featureSampling: "present" as const }],
    ["a depth limit", { maxDepth: 3 }],
  ])("builds with %s without failing on a rare class", (_name, over) => {
    const rare = problem(300, 12, 8);
    const { X } = rare;
    const y = Uint8Array.from(rare.dense, (row) => ((row[0] ?? 0) > 0.9 ? 1 : 0));
    const { model, oobShare } = trainForest(X, y, params(over), 5);
    expect(model.baseModel.estimators).toHaveLength(15);
    expect(oobShare.length).toBe(300);
  });
});
