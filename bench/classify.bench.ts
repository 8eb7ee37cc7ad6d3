// Classifier benchmark: training time per technology, cross-validated metrics in both label
// modes, prediction speed over posts.csv, memory of a loaded model, ml-random-forest as shipped on
// a small case, and the scikit-learn reference run in the same script when available.
//
//   npx tsx bench/classify.bench.ts [--no-cv] [--no-sklearn] [--no-library] [--tech ai,cloud]

import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { RandomForestClassifier } from "ml-random-forest";
import type { ClassifierDoc } from "../src/classify/classifier";
import { loadClassifier, recommendedParams, trainClassifier } from "../src/classify/classifier";
import { binaryMetrics, crossValidate } from "../src/classify/evaluate";
import { DEFAULT_FOREST_PARAMS, csrFromRows, trainForest } from "../src/classify/forest";
import { matchKeywords } from "../src/classify/keywords";
import { postText, splitSkills } from "../src/classify/post-text";
import { TfidfTransformer, fitTfidf } from "../src/classify/tfidf";
import { tokenize } from "../src/classify/tokenizer";
import type { TechnologyDef } from "../src/taxonomy/taxonomy.model";
import { FIXTURE_TECHNOLOGIES } from "../test/classify/keyword-rules.fixture";

const args = new Set(process.argv.slice(2));
const techArg = process.argv.find((_a, i) => process.argv[i - 1] === "--tech");
const TECHS = (techArg ?? "ai,cloud,rpa").split(",");
const DATA = path.resolve("..", "shared", "data");
const LABELED = path.join(DATA, "labeled.csv");
const POSTS = path.join(DATA, "posts.csv");
const SKLEARN = "/work/shared/bench/sklearn_baseline.py";

type Row = Record<string, string>;
const readCsv = (file: string): Row[] =>
  parse(fs.readFileSync(file), { columns: true, relax_column_count: true }) as Row[];
const toDoc = (r: Row): ClassifierDoc => ({
  title: r.title ?? "",
  skills: splitSkills(r.skills),
  description: r.description ?? "",
});
const fmt = (x: number, d = 3): string => x.toFixed(d);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Keyword rules: the project's taxonomy when it exists, else the test fixture. */
async function keywordRules(): Promise<{ rules: TechnologyDef[]; source: string }> {
  const loader = path.resolve("src", "taxonomy", "taxonomy.files.ts");
  if (fs.existsSync(loader) && fs.existsSync(path.resolve("taxonomy", "technologies.yaml"))) {
    try {
      const mod = (await import(loader)) as {
        loadTaxonomy: (dir: string) => { technologies: TechnologyDef[] };
      };
      return {
        rules: mod.loadTaxonomy(path.resolve("taxonomy")).technologies,
        source: "taxonomy/technologies.yaml",
      };
    } catch (e) {
      console.log(`taxonomy not loadable (${(e as Error).message}); using the test fixture`);
    }
  }
  return { rules: FIXTURE_TECHNOLOGIES, source: "test/classify/keyword-rules.fixture.ts" };
}

/** Wall time and this process's CPU time: other work on a shared machine inflates the first only. */
function time<T>(f: () => T): { value: T; s: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = f();
  const c = process.cpuUsage(c0);
  return { value, s: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

/** ml-random-forest 2.1.0 as shipped, on a small dense slice of the real features, vs ours. */
function libraryCase(docs: ClassifierDoc[], labels: number[]): void {
  const rows = 500;
  const cols = 100;
  const trees = 5;
  const tokens = docs.slice(0, rows).map((d) => tokenize(postText(d)));
  const tfidf = new TfidfTransformer(fitTfidf(tokens, { minDf: 2, maxFeatures: cols, sublinearTf: true }));
  const sparse = tokens.map((t) => tfidf.transform(t));
  const dense = sparse.map((v) => {
    const row = new Array<number>(tfidf.size).fill(0);
    v.indices.forEach((c, k) => (row[c] = v.values[k] ?? 0));
    return row;
  });
  const y = labels.slice(0, rows);
  const lib = time(() => {
    const rf = new RandomForestClassifier({ nEstimators: trees, seed: 3, noOOB: true, maxFeatures: 1.0 });
    rf.train(dense, y);
    return rf;
  });
  const ours = time(() =>
    trainForest(
      csrFromRows(sparse, tfidf.size),
      Uint8Array.from(y),
      { ...DEFAULT_FOREST_PARAMS, nTrees: trees, maxFeatures: cols },
      3,
    ),
  );
  console.log(
    `ml-random-forest 2.1.0 as shipped, ${trees} trees on ${rows} x ${tfidf.size} dense TF-IDF: ${fmt(lib.s, 2)} s; ` +
      `ours on the same rows (all columns tried per split): ${fmt(ours.s, 3)} s; ratio ${fmt(lib.s / ours.s, 0)}x`,
  );
  // The library's predictProbability starts its reduce from the first tree's class instead of 0.
  const probe = dense.slice(0, 50);
  const p = lib.value.predictProbability(probe, 1);
  const votes = lib.value.predictionValues(probe);
  const wrong = p.filter(
    (v, i) => Math.abs(v - votes.getRow(i).filter((x) => x === 1).length / trees) > 1e-9,
  ).length;
  console.log(
    `ml-random-forest predictProbability differs from the vote share on ${wrong} of ${probe.length} rows`,
  );
}

interface SkTech {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  fit_s: number;
  predict_s?: number;
}

function sklearn(): { technologies: Record<string, SkTech> } | null {
  if (args.has("--no-sklearn")) return null;
  const probe = spawnSync("/usr/bin/python3", ["-c", "import sklearn"]);
  if (probe.status !== 0) {
    console.log("scikit-learn not available for /usr/bin/python3: no reference run");
    return null;
  }
  console.log("running the scikit-learn reference ...");
  const out = execFileSync("/usr/bin/python3", [SKLEARN, LABELED, POSTS, "--json"], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  return JSON.parse(out) as { technologies: Record<string, SkTech> };
}

async function main(): Promise<void> {
  if (!fs.existsSync(LABELED) || !fs.existsSync(POSTS)) {
    console.log(`skipped: ${LABELED} or ${POSTS} not found`);
    return;
  }
  const { rules, source } = await keywordRules();
  console.log(`keyword rules from ${source}`);
  const labeled = readCsv(LABELED);
  const docs = labeled.map(toDoc);
  const posts = readCsv(POSTS).map(toDoc);
  console.log(`labeled ${docs.length} rows, posts ${posts.length}`);
  const params = recommendedParams();
  if (!args.has("--no-library"))
    libraryCase(
      docs,
      labeled.map((r) => Number(r.ai)),
    );

  const results: Record<string, { fit: number; predict: number; cv?: ReturnType<typeof binaryMetrics> }> = {};
  for (const tech of TECHS) {
    const labels = labeled.map((r) => Number(r[tech]));
    const rule = rules.find((r) => r.id === tech);
    if (global.gc === undefined) console.log("(run with NODE_OPTIONS=--expose-gc for exact heap figures)");
    global.gc?.();
    const heap0 = process.memoryUsage();
    const train = time(() => trainClassifier({ docs, labels, params, seed: 0 }));
    const artifact = train.value;
    const json = JSON.stringify(artifact);
    global.gc?.();
    const before = process.memoryUsage();
    const loaded = time(() => loadClassifier(JSON.parse(json) as typeof artifact));
    // Keep the model reachable across the measurement below (it is used afterwards anyway).
    global.gc?.();
    const after = process.memoryUsage();
    const predict = time(() => loaded.value.predictProbability(posts));
    const positives = predict.value.filter((p) => p >= artifact.threshold).length;
    console.log(
      `\n[${tech}] train 100 trees on ${docs.length} rows: ${fmt(train.s, 2)} s (CPU ${fmt(train.cpu, 2)} s); threshold ${fmt(artifact.threshold)}; ` +
        `artifact JSON ${mb(json.length)}; load ${fmt(loaded.s, 2)} s, loaded model heap + array buffers +${mb(after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers)}, ` +
        `RSS ${mb(after.rss)} (heap before training ${mb(heap0.heapUsed)})`,
    );
    console.log(
      `[${tech}] predict ${posts.length} posts (vectorize + forest): ${fmt(predict.s, 2)} s (CPU ${fmt(predict.cpu, 2)} s) = ${Math.round(posts.length / predict.s)} posts/s; ` +
        `${positives} positive`,
    );
    results[tech] = { fit: train.s, predict: predict.s };
    if (args.has("--no-cv")) continue;
    const cv = time(() => crossValidate(docs, labels, params, { folds: 5, seed: 0 }));
    const m = cv.value.metrics;
    results[tech].cv = m;
    console.log(
      `[${tech}] 5-fold CV (a) model on every post: acc ${fmt(m.accuracy)} P ${fmt(m.precision)} R ${fmt(m.recall)} F1 ${fmt(m.f1)} ` +
        `confusion ${JSON.stringify(m.confusion)}; fold thresholds ${cv.value.thresholds.map((t) => fmt(t)).join(" ")} (${fmt(cv.s, 1)} s)`,
    );
    if (rule !== undefined) {
      const hits = docs.map((d) => (matchKeywords(rule, postText(d)).hit ? 1 : 0));
      const final = Array.from(cv.value.predicted, (p, i) => (p === 1 && hits[i] === 1 ? 1 : 0));
      const b = binaryMetrics(labels, final);
      const pos = labels.filter((l) => l === 1).length;
      const missed = labels.filter((l, i) => l === 1 && hits[i] === 0).length;
      const kwOnly = binaryMetrics(labels, hits);
      console.log(
        `[${tech}] (b) keyword AND model: acc ${fmt(b.accuracy)} P ${fmt(b.precision)} R ${fmt(b.recall)} F1 ${fmt(b.f1)} ` +
          `confusion ${JSON.stringify(b.confusion)}; keywords miss ${missed}/${pos} positives (${fmt((100 * missed) / pos, 1)}%); ` +
          `keywords alone: acc ${fmt(kwOnly.accuracy)} P ${fmt(kwOnly.precision)} R ${fmt(kwOnly.recall)} F1 ${fmt(kwOnly.f1)}`,
      );
    }
  }

  const sk = sklearn();
  if (sk !== null) {
    console.log("\nratios (ours / scikit-learn; time < 1 is faster):");
    for (const tech of TECHS) {
      const s = sk.technologies[tech];
      const o = results[tech];
      if (s === undefined || o === undefined) continue;
      const cv = o.cv;
      console.log(
        `[${tech}] fit ${fmt(o.fit, 2)} s vs ${fmt(s.fit_s, 2)} s (x${fmt(o.fit / s.fit_s, 2)}); ` +
          `predict ${fmt(o.predict, 2)} s vs ${fmt(s.predict_s ?? Number.NaN, 2)} s (x${fmt(o.predict / (s.predict_s ?? Number.NaN), 2)}); ` +
          `sklearn CV acc ${fmt(s.accuracy)} F1 ${fmt(s.f1)}` +
          (cv ? `; ours acc ${fmt(cv.accuracy)} F1 ${fmt(cv.f1)}` : ""),
      );
    }
  }
}

await main();
