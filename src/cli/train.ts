// npm run train -- --technology ID | --all [--no-activate]: trains models from the hand labels
// in the database, prints cross-validated metrics, stores the model and (by default) activates it.
import type { TrainResult } from "../classify/model.service";
import { trainTechnology } from "../classify/model.service";
import { progress, type Progress } from "./progress";
import { parseCommand, usageError } from "./args";
import { openRuntime } from "./runtime";

const COMMAND = {
  usage: `usage: npm run train -- --technology ID | --all [--no-activate]

Trains a model per technology from the hand labels in the database, prints its cross-validated
metrics and stores it; the new model becomes the active one unless --no-activate.
  --technology ID   one technology (an id of taxonomy/technologies.yaml: ai, cloud, rpa)
  --all             every technology
  --no-activate     keep the active model; activate the new one later (activateModel)`,
  options: {
    technology: { type: "string" },
    all: { type: "boolean" },
    "no-activate": { type: "boolean" },
  },
} as const;

function printResult(r: TrainResult): void {
  const m = r.metrics;
  const pct = (x: number) => x.toFixed(4);
  console.log(
    [
      `${r.technologyId}: model ${r.modelId}${r.activated ? " (active)" : ""}, ${r.trainingRows} hand-labeled posts (${r.positives} positive)`,
      `  ${m.folds}-fold stratified cross-validation: accuracy ${pct(m.accuracy)}  precision ${pct(m.precision)}  recall ${pct(m.recall)}  F1 ${pct(m.f1)}`,
      `  confusion matrix        predicted yes   predicted no`,
      `    labeled yes           ${String(m.tp).padStart(13)}   ${String(m.fn).padStart(12)}`,
      `    labeled no            ${String(m.fp).padStart(13)}   ${String(m.tn).padStart(12)}`,
      `  decision threshold (vote share) ${r.threshold.toFixed(3)}`,
    ].join("\n"),
  );
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommand(COMMAND, argv);
  const all = values.all === true;
  const one = values.technology;
  if (all === (one !== undefined)) usageError(COMMAND, "give either --technology ID or --all");
  const runtime = openRuntime();
  const ids = all ? runtime.taxonomy.technologies.map((t) => t.id) : [one!];
  for (const id of ids) {
    let bar: Progress | null = null;
    let stage = "";
    const started = Date.now();
    const result = await trainTechnology(runtime.db, id, {
      taxonomy: runtime.taxonomy,
      mode: runtime.classifyOptions().mode,
      activate: values["no-activate"] !== true,
      onProgress: (s, done, total) => {
        if (s !== stage) {
          bar?.stop();
          stage = s;
          bar = progress(`${id} ${s}`, total);
        }
        bar?.update(done);
      },
    });
    (bar as Progress | null)?.stop();
    printResult(result);
    console.log(`  took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(`train failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
