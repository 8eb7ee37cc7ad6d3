// Scratch: CV metrics of classifier variants on labeled.csv (for docs/classifier.md).
//   npx tsx scripts/classify-experiment.ts VARIANT [ai,cloud,rpa] [trees]
// FOREST / WORDS (JSON) override forest and word params; CANDIDATES=1 trains each fold only on
// the posts the technology's keyword rule (taxonomy/technologies.yaml) selects and predicts 0
// for the others (the study's mode with a model that only ever sees candidates).
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { ClassifierParams } from "../src/classify/classifier";
import {
  DEFAULT_CLASSIFIER_PARAMS,
  heldOutScores,
  prepareDoc,
  recommendedParams,
} from "../src/classify/classifier";
import type { PreparedDoc } from "../src/classify/classifier";
import { crossValidatePrepared } from "../src/classify/evaluate";
import { matchKeywords } from "../src/classify/keywords";
import { binaryMetrics, stratifiedFolds } from "../src/classify/metrics";
import { postText, splitSkills } from "../src/classify/post-text";
import { loadTaxonomy } from "../src/taxonomy/taxonomy.files";
import { FIXTURE_TECHNOLOGIES } from "../test/classify/keyword-rules.fixture";

const rows = parse(fs.readFileSync(path.resolve("..", "shared", "data", "labeled.csv")), {
  columns: true,
}) as Record<string, string>[];
const docs = rows.map((r) => ({
  title: r.title ?? "",
  skills: splitSkills(r.skills),
  description: r.description ?? "",
}));
const variant = process.argv[2] ?? "base";
const techs = (process.argv[3] ?? "ai,cloud,rpa").split(",");
const nTrees = Number(process.argv[4] ?? 100);
const P = DEFAULT_CLASSIFIER_PARAMS;
const variants: Record<string, ClassifierParams> = {
  base: { ...P, forest: { ...P.forest, nTrees }, threshold: { ...P.threshold, method: "fixed", value: 0.5 } },
  oob: { ...P, forest: { ...P.forest, nTrees } },
  present: { ...P, forest: { ...P.forest, nTrees, featureSampling: "present" } },
  present05: {
    ...P,
    forest: { ...P.forest, nTrees, featureSampling: "present" },
    threshold: { ...P.threshold, method: "fixed", value: 0.5 },
  },
  balanced: { ...P, forest: { ...P.forest, nTrees, bootstrap: "balanced" } },
  skills: {
    ...P,
    forest: { ...P.forest, nTrees },
    skills: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
  },
  kw: { ...P, forest: { ...P.forest, nTrees }, keywords: { rules: FIXTURE_TECHNOLOGIES, terms: true } },
  kwhit: { ...P, forest: { ...P.forest, nTrees }, keywords: { rules: FIXTURE_TECHNOLOGIES, terms: false } },
  all: {
    ...P,
    forest: { ...P.forest, nTrees },
    skills: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
    keywords: { rules: FIXTURE_TECHNOLOGIES, terms: true },
  },
  allpresent: {
    ...P,
    forest: { ...P.forest, nTrees, featureSampling: "present" },
    skills: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
    keywords: { rules: FIXTURE_TECHNOLOGIES, terms: true },
  },
  title: { ...P, forest: { ...P.forest, nTrees }, title: { minDf: 2, maxFeatures: 5000, sublinearTf: true } },
  titleall: {
    ...P,
    forest: { ...P.forest, nTrees },
    title: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
    skills: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
    keywords: { rules: FIXTURE_TECHNOLOGIES, terms: true },
  },
  titleskills: {
    ...P,
    forest: { ...P.forest, nTrees },
    title: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
    skills: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
  },
  titlekw: {
    ...P,
    forest: { ...P.forest, nTrees },
    title: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
    keywords: { rules: FIXTURE_TECHNOLOGIES, terms: false },
  },
  rec: { ...recommendedParams(), forest: { ...recommendedParams().forest, nTrees } },
  recinner: {
    ...recommendedParams(),
    forest: { ...recommendedParams().forest, nTrees },
    threshold: { ...P.threshold, method: "inner-cv" },
  },
  innercv: { ...P, forest: { ...P.forest, nTrees }, threshold: { ...P.threshold, method: "inner-cv" } },
};
const base = variants[variant];
if (!base) throw new Error(`unknown variant ${variant}`);
const over = JSON.parse(process.env.FOREST ?? "{}") as Partial<ClassifierParams["forest"]>;
const wordsOver = JSON.parse(process.env.WORDS ?? "{}") as Partial<ClassifierParams["words"]>;
const params: ClassifierParams = {
  ...base,
  forest: { ...base.forest, ...over },
  words: { ...base.words, ...wordsOver },
};
const t0 = performance.now();
const prepared = docs.map((d) => prepareDoc(d, params));
console.log(`prepare ${(performance.now() - t0).toFixed(0)} ms`);
const rules = loadTaxonomy(path.resolve("taxonomy")).technologies;

/** CV where each fold trains on its keyword candidates only; other posts are predicted 0. */
function candidatesCv(labels: number[], hit: boolean[]) {
  const y = Uint8Array.from(labels, (v) => (v === 1 ? 1 : 0));
  const folds = stratifiedFolds(y, 5, 0);
  const rows = [...folds.keys()].filter((i) => hit[i]);
  const { scores, thresholds } = heldOutScores(
    rows.map((i) => prepared[i] as PreparedDoc),
    Uint8Array.from(rows, (i) => y[i] as number),
    rows.map((i) => folds[i] as number),
    5,
    params,
    (f) => 1000 * (f + 1),
  );
  const predicted = new Uint8Array(y.length);
  rows.forEach((row, j) => {
    predicted[row] = (scores[j] as number) >= (thresholds[folds[row] as number] as number) ? 1 : 0;
  });
  return { metrics: binaryMetrics(y, predicted), thresholds };
}

for (const tech of techs) {
  const labels = rows.map((r) => Number(r[tech]));
  const t = performance.now();
  const rule = rules.find((r) => r.id === tech);
  const cv =
    process.env.CANDIDATES && rule
      ? candidatesCv(
          labels,
          docs.map((d) => matchKeywords(rule, postText(d)).hit),
        )
      : crossValidatePrepared(prepared, labels, params, { folds: 5, seed: 0 });
  const m = cv.metrics;
  console.log(
    JSON.stringify({
      variant,
      candidatesOnly: Boolean(process.env.CANDIDATES),
      over,
      wordsOver,
      tech,
      acc: +m.accuracy.toFixed(4),
      p: +m.precision.toFixed(4),
      r: +m.recall.toFixed(4),
      f1: +m.f1.toFixed(4),
      thr: cv.thresholds.map((x) => +x.toFixed(3)),
      s: +((performance.now() - t) / 1000).toFixed(1),
    }),
  );
}
