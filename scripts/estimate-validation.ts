// Validation of estimates corrected for classifier error on labels the model never saw: a
// stratified part of ../shared/data/labeled.csv is imported WITHOUT its labels (source
// "held-out"), the rest with them; a model per technology is trained on the rest through the
// project's trainer (cross-validation included) and activated, which classifies the held-out
// posts; then `estimate` over the held-out posts is compared with their true labels.
//   npx tsx scripts/estimate-validation.ts [heldOutShare=0.3] [trees=100] [seed=1]
// test/classify/estimate.real.test.ts runs the same with few trees.
import fs from "node:fs";
import { pathToFileURL } from "node:url";
import { parse } from "csv-parse/sync";
import {
  estimateTechnology,
  type TechnologyEstimateResult,
} from "../src/analytics/estimate/estimate.service";
import { trainTechnology } from "../src/classify/model.service";
import type { Db } from "../src/db/client";
import { mulberry32 } from "../src/shared/random";
import { LABELED_CSV } from "../test/helpers/real-data";
import { testRuntime } from "../test/helpers/runtime";

export const HELD_OUT_SOURCE = "held-out";
const TECHNOLOGIES = ["ai", "cloud", "rpa"] as const;

export interface ValidationRow {
  technology: string;
  /** Held-out posts that truly are the technology (their hand labels). */
  truth: number;
  estimate: TechnologyEstimateResult;
  /** What the stored model actually did on the held-out keyword candidates (vs the CV rates). */
  heldOutTpr: number;
  heldOutFpr: number;
}

export interface ValidationResult {
  heldOut: number;
  trained: number;
  rows: ValidationRow[];
}

/**
 * Holds back `share` of the labeled posts, stratified by their (ai, cloud, rpa) labels with a
 * seeded shuffle, trains on the rest and estimates each technology over the held-back posts.
 */
export async function runEstimateValidation(options: {
  share: number;
  trees: number;
  seed: number;
  onProgress?: (message: string) => void;
  /** Called with each estimate while its database is open (a test compares it with another path). */
  onEstimate?: (db: Db, technology: string, estimate: TechnologyEstimateResult) => void;
}): Promise<ValidationResult> {
  const records = parse(fs.readFileSync(LABELED_CSV), { columns: true }) as Record<string, string>[];
  const strata = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = TECHNOLOGIES.map((t) => r[t] ?? "").join("");
    strata.set(key, [...(strata.get(key) ?? []), i]);
  });
  const rand = mulberry32(options.seed);
  const heldOut = new Set<number>();
  for (const rows of strata.values()) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    rows.slice(0, Math.round(rows.length * options.share)).forEach((i) => heldOut.add(i));
  }
  const rt = testRuntime();
  const unlabeled = (r: Record<string, string>) => ({
    ...r,
    source: HELD_OUT_SOURCE,
    ...Object.fromEntries(TECHNOLOGIES.map((t) => [t, ""])),
  });
  await rt.importRows(records.filter((_r, i) => !heldOut.has(i)));
  await rt.importRows(records.filter((_r, i) => heldOut.has(i)).map(unlabeled));
  const rows: ValidationRow[] = [];
  for (const technology of TECHNOLOGIES) {
    options.onProgress?.(`training ${technology} (${options.trees} trees)`);
    await trainTechnology(rt.db, technology, {
      taxonomy: rt.taxonomy,
      mode: "candidates",
      activate: true,
      trees: options.trees,
    });
    const truth = records.filter((r, i) => heldOut.has(i) && r[technology] === "1").length;
    const estimate = estimateTechnology(rt.db, { technology, filter: { sources: [HELD_OUT_SOURCE] } });
    options.onEstimate?.(rt.db, technology, estimate);
    // A diagnostic, not part of the estimate: the labels the stored model gave the held-out
    // keyword candidates against their true labels.
    const labels = new Map(
      (
        rt.db.$client
          .prepare(
            `SELECT p.external_id AS id, c.label FROM posts p JOIN classifications c ON c.post_id = p.id
             WHERE p.source = ? AND c.technology_id = ? AND c.label_source = 'model' AND c.keyword_hit = 1`,
          )
          .all(HELD_OUT_SOURCE, technology) as { id: string; label: number }[]
      ).map((r) => [r.id, r.label === 1]),
    );
    const truthOf = new Map(records.map((r) => [r.id ?? "", r[technology] === "1"]));
    let tp = 0;
    let pos = 0;
    let fp = 0;
    let neg = 0;
    for (const [id, label] of labels) {
      if (truthOf.get(id)) {
        pos++;
        if (label) tp++;
      } else {
        neg++;
        if (label) fp++;
      }
    }
    rows.push({ technology, truth, estimate, heldOutTpr: tp / pos, heldOutFpr: fp / neg });
  }
  rt.db.$client.close();
  return { heldOut: heldOut.size, trained: records.length - heldOut.size, rows };
}

/** The figures as a Markdown table (docs/classifier.md). */
export function validationTable(result: ValidationResult): string {
  const f = (x: number | null) => (x === null ? "-" : x.toFixed(1));
  const lines = [
    "| tech  | truth | observed | estimated | 95% interval | covers | abs error observed / estimated | CV TPR / FPR / keyword recall | held-out TPR / FPR |",
    "| ----- | ----- | -------- | --------- | ------------ | ------ | ------------------------------ | ----------------------------- | ------------------ |",
  ];
  for (const { technology, truth, estimate: e, heldOutTpr, heldOutFpr } of result.rows) {
    const covers = e.low !== null && e.high !== null && e.low <= truth && truth <= e.high;
    lines.push(
      `| ${technology} | ${truth} | ${e.observed} | ${f(e.estimated)} | ${f(e.low)}-${f(e.high)} | ${covers ? "yes" : "no"} | ${Math.abs(e.observed - truth)} / ${e.estimated === null ? "-" : Math.abs(e.estimated - truth).toFixed(1)} | ${[e.tpr, e.fpr, e.keywordRecall].map((x) => (x === null ? "-" : x.toFixed(3))).join(" / ")} | ${heldOutTpr.toFixed(3)} / ${heldOutFpr.toFixed(3)} |`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [share = "0.3", trees = "100", seed = "1"] = process.argv.slice(2);
  const result = await runEstimateValidation({
    share: Number(share),
    trees: Number(trees),
    seed: Number(seed),
    onProgress: (m) => console.error(m),
  });
  console.log(`held out ${result.heldOut} posts, trained on ${result.trained}; ${trees} trees, seed ${seed}`);
  console.log(validationTable(result));
}
