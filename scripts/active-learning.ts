// Measures the labeling queue's rule (src/classify/labeling-queue.ts) against random picks, on
// the hand labels of ../shared/data/labeled.csv, with the project's own TF-IDF + forest
// (for docs/classifier.md, "Labeling queue").
//   npx tsx scripts/active-learning.ts [ai,cloud,rpa]
// ROUNDS (default 5), BATCH (labels per round, default 100) and TREES (default 100, as trained) override.
//
// Fixed 5 stratified folds (seed 0). In each fold's training part, a random half (seeded) is the
// labeled pool and the rest the unlabeled pool. Round 0 trains on the labeled pool; each round
// then adds BATCH labels from the unlabeled pool, chosen by the queue's rule (the current model's
// probabilities and threshold, categories round-robin) or at random, retrains, and scores the
// fold's test part (accuracy and F1 at the model's own threshold). Both strategies use the same
// folds, the same starting pool and the same forest seed per fold and round, so they differ only
// in which labels they add. Figures are means over the 5 folds.
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import {
  loadClassifier,
  prepareDoc,
  recommendedParams,
  trainPrepared,
  type ClassifierArtifact,
  type ClassifierParams,
  type PreparedDoc,
} from "../src/classify/classifier";
import { selectForLabeling } from "../src/classify/labeling-queue";
import { binaryMetrics, stratifiedFolds } from "../src/classify/metrics";
import { splitSkills } from "../src/classify/post-text";
import { mulberry32, type Rng } from "../src/shared/random";

const FOLDS = 5;
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const BATCH = Number(process.env.BATCH ?? 100);
const TREES = Number(process.env.TREES ?? 100);
const techs = (process.argv[2] ?? "ai,cloud,rpa").split(",");

const rows = parse(fs.readFileSync(path.resolve("..", "shared", "data", "labeled.csv")), {
  columns: true,
}) as Record<string, string>[];
const base = recommendedParams();
const params: ClassifierParams = { ...base, forest: { ...base.forest, nTrees: TREES } };
const prepared = rows.map((r) =>
  prepareDoc(
    { title: r.title ?? "", skills: splitSkills(r.skills), description: r.description ?? "" },
    params,
  ),
);
const categories = rows.map((r) => (r.category ? r.category : null));

type Strategy = "queue" | "random";
interface Scores {
  acc: number;
  f1: number;
}

function shuffled(items: readonly number[], rand: Rng): number[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function train(rowsIdx: readonly number[], y: Uint8Array, seed: number): ClassifierArtifact {
  return trainPrepared(
    rowsIdx.map((i) => prepared[i]!),
    rowsIdx.map((i) => y[i]!),
    params,
    seed,
  ).artifact;
}

function probabilities(artifact: ClassifierArtifact, rowsIdx: readonly number[]): Float64Array {
  return loadClassifier(artifact).predictPreparedProbability(rowsIdx.map((i) => prepared[i] as PreparedDoc));
}

function evaluate(artifact: ClassifierArtifact, test: readonly number[], y: Uint8Array): Scores {
  const p = probabilities(artifact, test);
  const predicted = Uint8Array.from(p, (v) => (v >= artifact.threshold ? 1 : 0));
  const m = binaryMetrics(
    test.map((i) => y[i]!),
    predicted,
  );
  return { acc: m.accuracy, f1: m.f1 };
}

/** The BATCH rows of `pool` the strategy labels next. */
function pick(strategy: Strategy, pool: readonly number[], model: ClassifierArtifact, rand: Rng): number[] {
  if (strategy === "random") return shuffled(pool, rand).slice(0, BATCH);
  const p = probabilities(model, pool);
  const candidates = pool.map((row, j) => ({ postId: row, probability: p[j]!, category: categories[row]! }));
  return selectForLabeling(candidates, model.threshold, BATCH).map((c) => c.postId);
}

const started = performance.now();
for (const tech of techs) {
  const y = Uint8Array.from(rows, (r) => (r[tech] === "1" ? 1 : 0));
  const folds = stratifiedFolds(y, FOLDS, 0);
  // sums[strategy][round]
  const sums: Record<Strategy, Scores[]> = {
    queue: Array.from({ length: ROUNDS + 1 }, () => ({ acc: 0, f1: 0 })),
    random: Array.from({ length: ROUNDS + 1 }, () => ({ acc: 0, f1: 0 })),
  };
  const positivesAdded: Record<Strategy, number> = { queue: 0, random: 0 };
  let startSize = 0;
  for (let f = 0; f < FOLDS; f++) {
    const trainIdx: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < rows.length; i++) (folds[i] === f ? test : trainIdx).push(i);
    const order = shuffled(trainIdx, mulberry32(1000 + f));
    const half = Math.floor(order.length / 2);
    const labeled0 = order.slice(0, half);
    const pool0 = order.slice(half);
    startSize += labeled0.length / FOLDS;
    const model0 = train(labeled0, y, 100 * f);
    const s0 = evaluate(model0, test, y);
    for (const strategy of ["queue", "random"] as const) {
      sums[strategy][0]!.acc += s0.acc;
      sums[strategy][0]!.f1 += s0.f1;
      const rand = mulberry32(2000 + f);
      let labeled = labeled0;
      let pool = pool0;
      let model = model0;
      for (let r = 1; r <= ROUNDS; r++) {
        const chosen = pick(strategy, pool, model, rand);
        const taken = new Set(chosen);
        for (const row of chosen) positivesAdded[strategy] += y[row]!;
        labeled = [...labeled, ...chosen];
        pool = pool.filter((row) => !taken.has(row));
        model = train(labeled, y, 100 * f + r);
        const s = evaluate(model, test, y);
        sums[strategy][r]!.acc += s.acc;
        sums[strategy][r]!.f1 += s.f1;
      }
    }
    console.error(
      `${tech} fold ${f + 1}/${FOLDS} done, ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  console.log(
    `\n${tech}: ${TREES} trees, start ${Math.round(startSize)} labels (half of each fold's training part), +${BATCH} per round; mean of ${FOLDS} folds`,
  );
  console.log("| round | labels | queue acc | queue F1 | random acc | random F1 |");
  console.log("| ----- | ------ | --------- | -------- | ---------- | --------- |");
  for (let r = 0; r <= ROUNDS; r++) {
    const q = sums.queue[r]!;
    const x = sums.random[r]!;
    const fmt = (v: number) => (v / FOLDS).toFixed(3);
    console.log(
      `| ${r} | ${Math.round(startSize + r * BATCH)} | ${fmt(q.acc)} | ${fmt(q.f1)} | ${fmt(x.acc)} | ${fmt(x.f1)} |`,
    );
  }
  const share = (s: Strategy) => ((100 * positivesAdded[s]) / (FOLDS * ROUNDS * BATCH)).toFixed(1);
  console.log(`positives among the added labels: queue ${share("queue")}%, random ${share("random")}%`);
}
console.log(`\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s`);
