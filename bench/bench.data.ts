// The benchmarks' data: SYNTHETIC posts from the demo generator, imported through the real
// import service (validation, keyword rules, the active models of all three technologies, skill
// tags, the full-text and phrase indexes, facts and rollups), as a user's import is. The models
// are trained once, as `npm start` trains the demo's, on a 50,000-post demo corpus of their own
// (bench/out/demo-models-<seed>.db), and copied into each benchmark database before its import.
import fs from "node:fs";
import path from "node:path";
import { checkpoint, type Db } from "../src/db/client";
import { benchTaxonomy } from "./analytics.taxonomy";

export const OUT = path.resolve("bench", "out");
const MODEL_CORPUS = 50_000;

/** The database of `size` generated posts that the analytics, ingest and serving benches share. */
export function benchDbFile(size: number): string {
  return path.join(OUT, `analytics-${size}.db`);
}

/**
 * What a bench database was built from and how fast, kept beside it (`<file>.json`): a bench
 * reuses the database while its marker matches what it asks for.
 */
export interface BenchMark {
  size: number;
  seed: number;
  posts: number;
  importSeconds: number;
  postsPerSecond: number;
  createdAt: string;
  /** True when built with the benchmark's stand-in taxonomy (taxonomy/ did not load). */
  standIn?: boolean;
  /** Technologies whose model was active during the import. */
  models?: string[];
}

export function markFile(dbFile: string): string {
  return `${dbFile}.json`;
}

function removeDb(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/** A database holding one trained, active model per technology (built once per seed). */
export async function demoModelsDb(seed: number, log: (msg: string) => void): Promise<string> {
  const file = path.join(OUT, `demo-models-${seed}.db`);
  if (fs.existsSync(file)) return file;
  const { openDb } = await import("../src/db/client");
  const { migrateDb } = await import("../src/db/migrate");
  const { syncTaxonomy } = await import("../src/taxonomy/taxonomy.sync");
  const { loadActiveModels } = await import("../src/classify/model.registry");
  const { loadDemo, trainDemoModels } = await import("../src/cli/demo");
  log(
    `training a model per technology on a ${MODEL_CORPUS.toLocaleString("en-US")}-post demo corpus (once)...`,
  );
  fs.mkdirSync(OUT, { recursive: true });
  const building = `${file}.building`;
  removeDb(building);
  const { taxonomy } = await benchTaxonomy();
  const db = openDb(building);
  migrateDb(db);
  const sync = syncTaxonomy(db, taxonomy);
  const runtime = {
    db,
    dbPath: building,
    taxonomy,
    sync,
    classifyOptions: () => ({
      technologies: taxonomy.technologies,
      models: loadActiveModels(db),
      mode: "candidates" as const,
    }),
  };
  await loadDemo(runtime, MODEL_CORPUS);
  for (const r of await trainDemoModels(runtime))
    log(`  ${r.technologyId}: model ${r.modelId}, cross-validated accuracy ${r.metrics.accuracy.toFixed(3)}`);
  checkpoint(db);
  db.$client.close();
  fs.renameSync(building, file);
  return file;
}

export interface ImportFigures {
  posts: number;
  seconds: number;
  postsPerSecond: number;
  /** Peak resident memory of the importing process (with the database file's mapped pages). */
  peakRssMb: number;
  /**
   * Private memory (RssAnon: not the database file's pages that SQLite maps, which the page
   * cache shares) at each tenth of the import: flat when the import streams.
   */
  privateMbByTenth: number[];
  models: string[];
}

/**
 * Creates `file` with `size` generated posts (seed `seed`) imported through the import service
 * with the demo models active, and its marker once the import is complete. Returns what the
 * import took.
 */
export async function buildBenchDatabase(
  file: string,
  opts: {
    size: number;
    seed: number;
    log: (msg: string) => void;
    prepare?: (db: Db) => void;
  },
): Promise<ImportFigures> {
  const { openDb } = await import("../src/db/client");
  const { migrateDb } = await import("../src/db/migrate");
  const { syncTaxonomy } = await import("../src/taxonomy/taxonomy.sync");
  const { DEMO_SOURCE, generateDemoCorpus } = await import("../src/posts/demo/demo.generator");
  const { importSource } = await import("../src/posts/import/import.service");
  const { defaultPrepareThreads } = await import("../src/posts/import/import.prepare");
  const { rowsSource } = await import("../src/posts/import/sources");
  const { upsertSource } = await import("../src/posts/post.repository");
  const models = await demoModelsDb(opts.seed, opts.log);

  fs.rmSync(markFile(file), { force: true });
  removeDb(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const { taxonomy, standIn } = await benchTaxonomy();
  const db = openDb(file);
  migrateDb(db);
  syncTaxonomy(db, taxonomy);
  opts.prepare?.(db);
  db.$client.prepare("ATTACH DATABASE ? AS m").run(models);
  db.$client.exec(
    `INSERT INTO models (technology_id, created_at, active, params, metrics, threshold, fingerprint, training_rows, artifact)
     SELECT technology_id, created_at, 1, params, metrics, threshold, fingerprint, training_rows, artifact FROM m.models WHERE active = 1`,
  );
  db.$client.exec("DETACH DATABASE m");
  const active = (
    db.$client.prepare("SELECT technology_id AS t FROM models WHERE active = 1").all() as { t: string }[]
  ).map((r) => r.t);
  upsertSource(db, DEMO_SOURCE, true, "SYNTHETIC benchmark corpus (demo generator)");
  opts.log(
    `importing ${opts.size.toLocaleString("en-US")} SYNTHETIC posts (seed ${opts.seed}) into ${path.relative(process.cwd(), file)} with the models of ${active.join(", ")} active...`,
  );
  const privateMb = () =>
    Number(/^RssAnon:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"))?.[1] ?? NaN) / 1024;
  const privateMbByTenth: number[] = [];
  const t0 = performance.now();
  let lastLog = t0;
  await importSource(db, rowsSource(generateDemoCorpus(taxonomy, { seed: opts.seed, size: opts.size })), {
    taxonomy,
    classify: { technologies: taxonomy.technologies, mode: "candidates" },
    file: "benchmark corpus (generated)",
    actor: "bench",
    synthetic: true,
    threads: defaultPrepareThreads(),
    onProgress: (c) => {
      while (privateMbByTenth.length < Math.floor((10 * c.rowsRead) / opts.size))
        privateMbByTenth.push(privateMb());
      const now = performance.now();
      if (now - lastLog > 10_000) {
        lastLog = now;
        const rate = c.rowsRead / ((now - t0) / 1000);
        opts.log(
          `  ${c.rowsRead.toLocaleString("en-US")} rows, ${rate.toFixed(0)} rows/s, private memory ${privateMb().toFixed(0)} MB, about ${((opts.size - c.rowsRead) / rate).toFixed(0)} s left`,
        );
      }
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  checkpoint(db);
  const posts = (db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number }).n;
  db.$client.close();
  const mark: BenchMark = {
    size: opts.size,
    seed: opts.seed,
    posts,
    importSeconds: seconds,
    postsPerSecond: posts / seconds,
    createdAt: new Date().toISOString(),
    standIn,
    models: active,
  };
  fs.writeFileSync(markFile(file), JSON.stringify(mark, null, 2));
  return {
    posts,
    seconds,
    postsPerSecond: posts / seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    privateMbByTenth,
    models: active,
  };
}
