// Ingest speed: BENCH_POSTS generated posts (default 1,000,000) imported end to end through the
// import service into a fresh database with a model per technology active (bench.data.ts), with
// the importing process's memory (private at each tenth of the import, and its peak RSS), beside
// DuckDB loading the same generated rows (every post column and the skill tags) with its
// appender, DuckDB loading the imported columns from the database (the analytics benchmark's
// load, the reference of the import's target), and the generator alone. The database becomes
// the analytics benchmark's (bench/out/analytics-<size>.db), which then reuses it.
//
//   npm run bench -- ingest             (BENCH_POSTS, BENCH_SEED)
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { OUT, benchDbFile, buildBenchDatabase } from "./bench.data";
import { loadDuckDb } from "./bench.duck";
import { benchTaxonomy } from "./analytics.taxonomy";

const SIZE = Number(process.env.BENCH_POSTS ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const DB_FILE = benchDbFile(SIZE);
const RESULTS_FILE = path.join(OUT, `ingest-${SIZE}-results.json`);
/**
 * The import's target: 10,000 posts/s, set on a machine where DuckDB loaded the imported columns
 * from the SQLite file (analytics.bench.ts's "DuckDB load", `loadDuckDb`) in 10.9 s: 100 s for
 * 1,000,000 posts is 9.2x that load. This machine's speed varies up to threefold from day to day,
 * so the bench judges both: the rate, and the ratio to that load timed in the same run.
 */
const TARGET_POSTS_PER_SECOND = 10_000;
const TARGET_DUCK_RATIO = 1_000_000 / TARGET_POSTS_PER_SECOND / 10.9;

function log(msg: string): void {
  console.log(msg);
}

/** Seconds to generate the rows and nothing else (part of every figure below). */
async function generatorSeconds(): Promise<number> {
  const { generateDemoCorpus } = await import("../src/posts/demo/demo.generator");
  const { taxonomy } = await benchTaxonomy();
  const t0 = performance.now();
  let n = 0;
  for (const _row of generateDemoCorpus(taxonomy, { seed: SEED, size: SIZE })) n += 1;
  if (n !== SIZE) throw new Error(`the generator gave ${n} rows`);
  return (performance.now() - t0) / 1000;
}

/** Seconds for DuckDB to take the same rows (generated again) through its appender. */
async function duckDbSeconds(): Promise<number> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const { generateDemoCorpus } = await import("../src/posts/demo/demo.generator");
  const { taxonomy } = await benchTaxonomy();
  const { POST_COLUMNS } = await import("../src/posts/post.row");
  // Every column of a post; its skill tags go to their own table, as in Frontier.
  const columns = POST_COLUMNS.filter((c) => c !== "skills");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE posts (${columns.map((c) => `${c} VARCHAR`).join(", ")})`);
  await connection.run("CREATE TABLE post_skills (post_id VARCHAR, tag VARCHAR)");
  const t0 = performance.now();
  const posts = await connection.createAppender("posts");
  const skills = await connection.createAppender("post_skills");
  for (const row of generateDemoCorpus(taxonomy, { seed: SEED, size: SIZE })) {
    for (const c of columns) {
      const v = row[c];
      if (v === undefined || v === "") posts.appendNull();
      else posts.appendVarchar(v);
    }
    posts.endRow();
    for (const tag of (row.skills ?? "").split(";")) {
      if (tag === "") continue;
      skills.appendVarchar(row.id ?? "");
      skills.appendVarchar(tag.trim().toLowerCase());
      skills.endRow();
    }
  }
  posts.closeSync();
  skills.closeSync();
  const seconds = (performance.now() - t0) / 1000;
  connection.closeSync();
  instance.closeSync();
  return seconds;
}

/** Seconds for DuckDB to load the imported columns from the database just built. */
async function duckDbLoadSeconds(): Promise<number> {
  const sqlite = new Database(DB_FILE, { readonly: true });
  try {
    const duck = await loadDuckDb(sqlite, () => {});
    duck.close();
    return duck.seconds;
  } finally {
    sqlite.close();
  }
}

async function main(): Promise<void> {
  log(`== ingest benchmark: ${SIZE.toLocaleString("en-US")} SYNTHETIC posts (seed ${SEED}) ==`);
  const figures = await buildBenchDatabase(DB_FILE, { size: SIZE, seed: SEED, log });

  log("generating the same rows alone...");
  const generator = await generatorSeconds();
  log("DuckDB: appending the same rows...");
  let duck: number | null = null;
  let duckLoad: number | null = null;
  try {
    duck = await duckDbSeconds();
    log("DuckDB: loading the imported columns from the database...");
    duckLoad = await duckDbLoadSeconds();
  } catch (e) {
    log(`DuckDB: FAILED: ${e instanceof Error ? e.message : String(e)}`);
  }

  log(`\n== results: ${figures.posts.toLocaleString("en-US")} posts ==`);
  log(
    `Frontier import (models of ${figures.models.join(", ")} active): ${figures.seconds.toFixed(1)} s, ${figures.postsPerSecond.toFixed(0)} posts/s`,
  );
  log(
    `  private memory at each tenth: ${figures.privateMbByTenth.map((m) => m.toFixed(0)).join(", ")} MB; peak RSS ${figures.peakRssMb.toFixed(0)} MB (with the database's mapped pages)`,
  );
  log(`generator alone (part of both figures): ${generator.toFixed(1)} s`);
  if (duck !== null)
    log(
      `DuckDB appender, same rows: ${duck.toFixed(1)} s (${(figures.posts / duck).toFixed(0)} posts/s); Frontier / DuckDB: ${(figures.seconds / duck).toFixed(1)}x`,
    );
  if (duckLoad !== null)
    log(
      `DuckDB loading the imported columns from the database: ${duckLoad.toFixed(1)} s; Frontier / that load: ${(figures.seconds / duckLoad).toFixed(1)}x`,
    );
  const verdict = (met: boolean) => (met ? "met" : "not met");
  log(
    `target ${TARGET_POSTS_PER_SECOND.toLocaleString("en-US")} posts/s: ${verdict(figures.postsPerSecond >= TARGET_POSTS_PER_SECOND)} here` +
      (duckLoad === null
        ? ""
        : `; as a ratio to DuckDB's load in the same run, at most ${TARGET_DUCK_RATIO.toFixed(1)}x: ${verdict(figures.seconds / duckLoad <= TARGET_DUCK_RATIO)}`),
  );
  fs.writeFileSync(
    RESULTS_FILE,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        size: SIZE,
        figures,
        generatorSeconds: generator,
        duckSeconds: duck,
        duckLoadSeconds: duckLoad,
      },
      null,
      2,
    ),
  );
  log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

await main();
