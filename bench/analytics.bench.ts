// Analytics speed on 1,000,000 generated posts in a file-backed database (bench/out/, reused
// when present and complete). Each study question is timed three ways on the same data:
// (i) Frontier end to end (HTTP + GraphQL, server in its own process on 127.0.0.1),
// (ii) plain SQL over the raw tables run by better-sqlite3 on the same file,
// (iii) DuckDB in memory (the same columns copied from SQLite) with 1 and 2 threads.
// Then ad-hoc generic analytics(query) shapes (analytics.adhoc.ts) the same way beside DuckDB,
// with a check that both give the same answer, each also sent with its query as a variable
// (the same answer required); then questions with estimates corrected for classifier error
// (analytics.estimates.ts) beside DuckDB computing their cells, with a check that the estimates
// are those the model's rates give from DuckDB's cells; then pages of `posts` under a filter and
// an order (analytics.posts.ts) beside DuckDB reading the same page and count; p50/p95 latency
// under 20 concurrent clients; the server's memory and its in-memory snapshot of the posts.
// Frontier and DuckDB (1 and 2 threads) are timed in alternating rounds, one run of each per
// round, so that the machine's speed, which drifts over minutes, is the same for both.
//
//   npm run bench                       (all benchmarks, see bench/run.ts)
//   tsx bench/analytics.bench.ts        (this one; BENCH_POSTS=100000 for a quicker run,
//                                        BENCH_PREPARE_ONLY=1 to build the database only)
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import {
  ADHOC_SHAPES,
  adhocGraphql,
  adhocWithVariables,
  duckCells,
  frontierCells,
  sameAnswer,
} from "./analytics.adhoc";
import {
  loadTest,
  memoryOf,
  ms,
  printTable,
  startBenchServer,
  stopBenchServer,
  type BenchServer,
  type Load,
  timeAlternating,
  timeRuns,
} from "./bench.http";
import { OUT, benchDbFile, markFile, type BenchMark } from "./bench.data";
import { loadDuckDb } from "./bench.duck";
import { postGraphql, questions } from "./analytics.questions";
import { ESTIMATE_SHAPES, sameEstimates } from "./analytics.estimates";
import { POST_SHAPES, duckPageOf, frontierPage } from "./analytics.posts";
import { correctionFor } from "../src/analytics/estimate/estimate.service";
import type { Rates } from "../src/classify/estimate";
import { openDb } from "../src/db/client";

const SIZE = Number(process.env.BENCH_POSTS ?? 1_000_000);
const SEED = Number(process.env.BENCH_SEED ?? 42);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LOAD_CONNECTIONS = 20;
const DB_FILE = benchDbFile(SIZE);
const MARK_FILE = markFile(DB_FILE);
const RESULTS_FILE = path.join(OUT, `analytics-${SIZE}-results.json`);
/** "study", "adhoc", "estimates" or "posts": run only that part (default: all). */
const ONLY = process.env.BENCH_ONLY ?? "";

function log(msg: string): void {
  console.log(msg);
}

// ---------------------------------------------------------------------------------------------
// 1. The database: generated posts through the real import service (classified, indexed).

async function ensureDatabase(): Promise<BenchMark> {
  if (fs.existsSync(MARK_FILE) && fs.existsSync(DB_FILE)) {
    const mark = JSON.parse(fs.readFileSync(MARK_FILE, "utf8")) as BenchMark;
    const { benchTaxonomy } = await import("./analytics.taxonomy");
    const { standIn } = await benchTaxonomy();
    if (mark.size === SIZE && mark.seed === SEED && (mark.standIn ?? true) === standIn && mark.models) {
      log(
        `reusing ${path.relative(process.cwd(), DB_FILE)}: ${mark.posts} posts (imported at ${mark.postsPerSecond.toFixed(0)} posts/s)`,
      );
      return mark;
    }
  }
  const { buildBenchDatabase } = await import("./bench.data");
  const figures = await buildBenchDatabase(DB_FILE, {
    size: SIZE,
    seed: SEED,
    log,
    // BENCH_NO_CHANGE_LOG=1: import without the change log's triggers (to measure what they cost);
    // the server's migration does not bring them back, so such a database is for that only.
    prepare: (db) => {
      if (process.env.BENCH_NO_CHANGE_LOG !== "1") return;
      for (const { name } of db.$client
        .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'analytics_changes_%'")
        .all() as { name: string }[])
        db.$client.exec(`DROP TRIGGER ${name}`);
    },
  });
  log(
    `imported ${figures.posts.toLocaleString("en-US")} posts in ${figures.seconds.toFixed(1)} s: ${figures.postsPerSecond.toFixed(0)} posts/s, peak RSS ${figures.peakRssMb.toFixed(0)} MB`,
  );
  return JSON.parse(fs.readFileSync(MARK_FILE, "utf8")) as BenchMark;
}

/** The rates that correct a technology's counts (its active model's), as the server reads them. */
function modelRates(technology: string): Rates | null {
  const db = openDb(DB_FILE);
  try {
    return correctionFor(db, technology).rates;
  } finally {
    db.$client.close();
  }
}

// ---------------------------------------------------------------------------------------------

interface Row {
  name: string;
  frontier: number | null;
  frontierError?: string;
  /** Ad-hoc shapes: Frontier with the query as a variable (same answer required). */
  frontierVariables?: number | null;
  sqlite: number | null;
  duck1: number | null;
  duck2: number | null;
  /** Ad-hoc shapes: whether DuckDB gave the same answer. */
  same?: boolean | null;
}

/** A row of a table before anything is timed. */
const emptyRow = (name: string): Row => ({ name, frontier: null, sqlite: null, duck1: null, duck2: null });

const ratio = (a: number | null, b: number | null): string => (a !== null && b ? (a / b).toFixed(2) : "n/a");

/** A table of rows timed beside DuckDB with a check of the answer, and how many are no slower. */
function printBesideDuck(title: string, [what, same]: [string, string], rows: Row[], noun: string): void {
  printTable(
    title,
    [what, "Frontier HTTP", "DuckDB 1t", "DuckDB 2t", "Frontier / DuckDB-2t", same],
    rows.map((r) => [
      r.name,
      r.frontier === null ? "failed" : ms(r.frontier),
      ms(r.duck1),
      ms(r.duck2),
      ratio(r.frontier, r.duck2),
      r.same === null || r.same === undefined ? "n/a" : r.same ? "yes" : "NO",
    ]),
  );
  const faster = rows.filter((r) => r.frontier !== null && r.duck2 !== null && r.frontier <= r.duck2).length;
  log(`Frontier end to end is no slower than DuckDB on 2 threads on ${faster} of ${rows.length} ${noun}.`);
}

async function main(): Promise<void> {
  log(
    `== analytics benchmark: ${SIZE.toLocaleString("en-US")} posts, median of ${RUNS} runs after warm-up ==`,
  );
  const mark = await ensureDatabase();
  if (process.env.BENCH_PREPARE_ONLY === "1") return;
  const study = ONLY === "" || ONLY === "study";
  const adhoc = ONLY === "" || ONLY === "adhoc";
  const withEstimates = ONLY === "" || ONLY === "estimates";
  const withPosts = ONLY === "" || ONLY === "posts";

  const sqlite = new Database(DB_FILE, { readonly: true });
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 1073741824");
  const ds = sqlite.prepare("SELECT id FROM categories WHERE name = 'Data Science & Analytics'").get() as
    { id: string } | undefined;
  if (!ds) throw new Error("the database has no category 'Data Science & Analytics'");
  const counts = sqlite
    .prepare(
      "SELECT (SELECT COUNT(*) FROM posts) AS posts, (SELECT COUNT(*) FROM classifications WHERE label = 1 AND technology_id = 'ai') AS ai, (SELECT COUNT(*) FROM classifications) AS classifications, (SELECT COUNT(*) FROM post_skills) AS skills",
    )
    .get() as { posts: number; ai: number; classifications: number; skills: number };
  log(
    `data: ${counts.posts} posts, ${counts.ai} AI posts, ${counts.classifications} classification rows, ${counts.skills} skill tags; database file ${(fs.statSync(DB_FILE).size / 1e6).toFixed(0)} MB`,
  );
  const qs = study ? questions(ds.id) : [];
  const rows: Row[] = qs.map((q) => emptyRow(q.name));
  const shapes = adhoc ? ADHOC_SHAPES : [];
  const adhocRows: Row[] = shapes.map((a) => ({ ...emptyRow(a.name), same: null }));
  const adhocAnswers: ReturnType<typeof frontierCells>[] = [];
  const estimateShapes = withEstimates ? ESTIMATE_SHAPES : [];
  const estimateRows: Row[] = estimateShapes.map((e) => ({ ...emptyRow(e.name), same: null }));
  const estimateAnswers: unknown[] = [];
  const postShapes = withPosts ? POST_SHAPES : [];
  const postRows: Row[] = postShapes.map((p) => ({ ...emptyRow(p.name), same: null }));
  const postAnswers: ReturnType<typeof frontierPage>[] = [];

  // (i) Frontier over HTTP: each question's answer (the runs below compare DuckDB's with it).
  log("\nstarting the Frontier server (child process, 127.0.0.1)...");
  let server: BenchServer | null = null;
  let duck: Awaited<ReturnType<typeof loadDuckDb>> | null = null;
  let duckLoad: number | null = null;
  let memoryIdle: ReturnType<typeof memoryOf> = null;
  let memoryLoaded: ReturnType<typeof memoryOf> = null;
  let load: Load | null = null;
  const failed = (row: Row, e: unknown): void => {
    row.frontierError = e instanceof Error ? e.message : String(e);
    log(`  frontier  ${row.name}: FAILED: ${row.frontierError}`);
  };
  try {
    try {
      server = await startBenchServer(DB_FILE);
    } catch (e) {
      log(`Frontier server: FAILED: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (server?.snapshot)
      log(
        `  snapshot of the posts loaded at start: ${server.snapshot.posts} posts in ${ms(server.snapshot.ms)} ms, ${(server.snapshot.bytes / 1e6).toFixed(0)} MB of columns; server RSS ${server.snapshot.rssMb.toFixed(0)} MB (${server.snapshot.privateMb.toFixed(0)} MB private, the rest is the mapped database file)`,
      );
    const url = server?.url;
    if (url) {
      for (const [i, q] of qs.entries()) await postGraphql(url, q).catch((e: unknown) => failed(rows[i]!, e));
      for (const [i, a] of shapes.entries()) {
        try {
          adhocAnswers[i] = frontierCells(
            await postGraphql(url, { graphql: adhocGraphql(a), variables: {} }),
          );
          if (!sameAnswer(frontierCells(await postGraphql(url, adhocWithVariables(a))), adhocAnswers[i]))
            throw new Error("the query as a variable gave another answer than written into the text");
        } catch (e) {
          failed(adhocRows[i]!, e);
        }
      }
      for (const [i, e] of estimateShapes.entries())
        estimateAnswers[i] = await postGraphql(url, { graphql: e.graphql, variables: {} }).catch(
          (err: unknown) => failed(estimateRows[i]!, err),
        );
      for (const [i, p] of postShapes.entries()) {
        try {
          postAnswers[i] = frontierPage(await postGraphql(url, { graphql: p.graphql, variables: {} }));
        } catch (e) {
          failed(postRows[i]!, e);
        }
      }
    }

    // (ii) Plain SQL on the same file (the study questions), while the server is idle.
    if (qs.length > 0) log("\nplain SQL (better-sqlite3, same file)...");
    for (const [i, q] of qs.entries()) {
      const stmt = sqlite.prepare(q.sql);
      rows[i]!.sqlite = await timeRuns(() => stmt.all(), Math.min(RUNS, 9), 1);
      log(`  sqlite    ${q.name}: ${ms(rows[i]!.sqlite)} ms`);
    }

    // (iii) DuckDB in this process, its answers checked against Frontier's.
    try {
      log("\nDuckDB (in memory, the same columns copied from SQLite)...");
      duck = await loadDuckDb(sqlite, log);
      duckLoad = duck.seconds;
      log(`  duckdb: loaded in ${duck.seconds.toFixed(1)} s`);
    } catch (e) {
      log(`DuckDB: FAILED: ${e instanceof Error ? e.message : String(e)} (npm install -D @duckdb/node-api)`);
    }
    const connection = duck?.connection;
    const duckPage = async (p: (typeof postShapes)[number]) =>
      duckPageOf(
        (await connection!.runAndReadAll(p.duckPage)).getRows() as unknown[][],
        (await connection!.runAndReadAll(p.duckCount)).getRows() as unknown[][],
      );
    if (connection) {
      for (const [i, a] of shapes.entries()) {
        const answer = duckCells((await connection.runAndReadAll(a.duck)).getRows() as unknown[][]);
        const mine = adhocAnswers[i];
        adhocRows[i]!.same = mine ? sameAnswer(mine, answer) : null;
        if (mine && !adhocRows[i]!.same)
          log(
            `  ${a.name}: DuckDB's answer differs${a.approximate ? " (expected: text search semantics differ)" : ""}: ${answer.length} rows vs ${mine.length}; first ${JSON.stringify(answer[0])} vs ${JSON.stringify(mine[0])}`,
          );
      }
      for (const [i, e] of estimateShapes.entries()) {
        const answer = (await connection.runAndReadAll(e.duck)).getRows() as unknown[][];
        const rates = modelRates(e.technology);
        estimateRows[i]!.same =
          estimateAnswers[i] === undefined || !rates
            ? null
            : sameEstimates(e, estimateAnswers[i], answer, rates);
        if (estimateRows[i]!.same === false) log(`  ${e.name}: the estimates differ from DuckDB's cells`);
      }
      for (const [i, p] of postShapes.entries()) {
        const mine = postAnswers[i];
        const answer = await duckPage(p);
        postRows[i]!.same = mine ? JSON.stringify(mine) === JSON.stringify(answer) : null;
        if (mine && !postRows[i]!.same)
          log(`  ${p.name}: DuckDB's page differs: ${JSON.stringify(answer)} vs ${JSON.stringify(mine)}`);
      }
    }

    // (iv) The timed runs: Frontier and DuckDB on 1 and 2 threads in alternating rounds, so that
    // the machine's speed, which drifts over minutes here, is the same for all three.
    log("\ntimed runs (Frontier, DuckDB 1t, DuckDB 2t in alternating rounds)...");
    const timeRow = async (
      row: Row,
      frontier: (() => Promise<unknown>)[],
      duckRun: (() => Promise<unknown>) | null,
    ): Promise<number[]> => {
      const mine = url && row.frontierError === undefined ? frontier : [];
      const theirs = connection && duckRun ? [1, 2] : [];
      try {
        const t = await timeAlternating(
          [
            ...mine.map((run) => ({ run })),
            ...theirs.map((threads) => ({
              before: () => connection!.run(`SET threads = ${threads}`),
              run: duckRun!,
            })),
          ],
          RUNS,
        );
        row.frontier = mine.length > 0 ? t[0]! : null;
        [row.duck1, row.duck2] = theirs.length > 0 ? t.slice(mine.length) : [null, null];
        log(
          `  ${row.name}: Frontier ${ms(row.frontier)} ms, DuckDB 1t ${ms(row.duck1)} ms, 2t ${ms(row.duck2)} ms`,
        );
        return t;
      } catch (e) {
        failed(row, e);
        return [];
      }
    };
    for (const [i, q] of qs.entries())
      await timeRow(rows[i]!, [() => postGraphql(url!, q)], () =>
        connection!.runAndReadAll(q.duckSql ?? q.sql),
      );
    for (const [i, a] of shapes.entries()) {
      const text = { graphql: adhocGraphql(a), variables: {} };
      const asVariable = adhocWithVariables(a);
      const t = await timeRow(
        adhocRows[i]!,
        [() => postGraphql(url!, text), () => postGraphql(url!, asVariable)],
        () => connection!.runAndReadAll(a.duck),
      );
      adhocRows[i]!.frontierVariables = adhocRows[i]!.frontier === null ? null : (t[1] ?? null);
    }
    for (const [i, e] of estimateShapes.entries())
      await timeRow(estimateRows[i]!, [() => postGraphql(url!, { graphql: e.graphql, variables: {} })], () =>
        connection!.runAndReadAll(e.duck),
      );
    for (const [i, p] of postShapes.entries())
      await timeRow(postRows[i]!, [() => postGraphql(url!, { graphql: p.graphql, variables: {} })], () =>
        duckPage(p),
      );

    if (server) {
      memoryIdle = memoryOf(server.child.pid);
      const loadQuestion = qs[0];
      if (loadQuestion && rows[0]!.frontier !== null) {
        log(
          `\nload: ${LOAD_CONNECTIONS} concurrent clients for ${LOAD_SECONDS} s on ${loadQuestion.name}...`,
        );
        load = await loadTest(
          server,
          { query: loadQuestion.graphql, variables: loadQuestion.variables },
          { connections: LOAD_CONNECTIONS, seconds: LOAD_SECONDS },
        );
        memoryLoaded = memoryOf(server.child.pid);
      } else if (study) {
        log("\nload test skipped: the categoryShare query failed");
      }
    }
  } finally {
    if (server) await stopBenchServer(server);
    duck?.close();
  }
  sqlite.close();

  // The tables.
  const posts = counts.posts.toLocaleString("en-US");
  if (rows.length > 0) {
    printTable(
      `the study's questions: ${posts} posts, times in ms (median of ${RUNS})`,
      [
        "query",
        "Frontier HTTP",
        "plain SQLite",
        "DuckDB 1t",
        "DuckDB 2t",
        "Frontier / DuckDB-2t",
        "SQLite / Frontier",
      ],
      rows.map((r) => [
        r.name,
        r.frontier === null ? "failed" : ms(r.frontier),
        ms(r.sqlite),
        ms(r.duck1),
        ms(r.duck2),
        ratio(r.frontier, r.duck2),
        r.frontier !== null && r.sqlite ? (r.sqlite / r.frontier).toFixed(1) : "n/a",
      ]),
    );
    const faster = rows.filter((r) => r.frontier !== null && r.duck2 !== null && r.frontier < r.duck2).length;
    log(`Frontier end to end is faster than DuckDB on 2 threads on ${faster} of ${rows.length} questions.`);
  }
  if (adhocRows.length > 0) {
    printTable(
      `ad-hoc analytics(query) shapes: ${posts} posts, times in ms (median of ${RUNS})`,
      [
        "shape",
        "Frontier HTTP",
        "as a variable",
        "DuckDB 1t",
        "DuckDB 2t",
        "Frontier / DuckDB-2t",
        "same answer",
      ],
      adhocRows.map((r, i) => [
        r.name,
        r.frontier === null ? "failed" : ms(r.frontier),
        ms(r.frontierVariables),
        ms(r.duck1),
        ms(r.duck2),
        ratio(r.frontier, r.duck2),
        r.same === null || r.same === undefined
          ? "n/a"
          : r.same
            ? "yes"
            : shapes[i]!.approximate
              ? "no (text)"
              : "NO",
      ]),
    );
    const faster = adhocRows.filter(
      (r) => r.frontier !== null && r.duck2 !== null && r.frontier <= r.duck2,
    ).length;
    log(
      `Frontier end to end is no slower than DuckDB on 2 threads on ${faster} of ${adhocRows.length} shapes.`,
    );
  }
  if (estimateRows.length > 0)
    printBesideDuck(
      `questions with estimates: ${posts} posts, times in ms (median of ${RUNS}); DuckDB computes their cells`,
      ["question", "same estimates"],
      estimateRows,
      "questions with estimates",
    );
  if (postRows.length > 0)
    printBesideDuck(
      `pages of posts (20 and totalCount): ${posts} posts, times in ms (median of ${RUNS}); DuckDB reads the same page and count`,
      ["page", "same page"],
      postRows,
      "pages",
    );
  log(
    `import: ${mark.posts.toLocaleString("en-US")} posts at ${mark.postsPerSecond.toFixed(0)} posts/s (${mark.importSeconds.toFixed(0)} s)${duckLoad === null ? "" : `; DuckDB load ${duckLoad.toFixed(1)} s`}`,
  );
  if (load) {
    log(
      `load (${rows[0]!.name}, ${LOAD_CONNECTIONS} clients, ${LOAD_SECONDS} s): p50 ${ms(load.p50)} ms, p95 ${ms(load.p95)} ms, ${load.rps.toFixed(0)} req/s, ${load.responses} responses, ${load.errors} errors`,
    );
  }
  if (memoryIdle) log(`server memory: RSS ${memoryIdle.rssMb.toFixed(0)} MB after the timed queries`);
  if (memoryLoaded)
    log(
      `server memory: RSS ${memoryLoaded.rssMb.toFixed(0)} MB after the load test, peak ${memoryLoaded.peakMb.toFixed(0)} MB`,
    );

  // A run of one part (BENCH_ONLY) keeps the other part's figures from the last run.
  const previous = (
    ONLY && fs.existsSync(RESULTS_FILE) ? JSON.parse(fs.readFileSync(RESULTS_FILE, "utf8")) : {}
  ) as { rows?: unknown[]; adhoc?: unknown[]; estimates?: unknown[]; posts?: unknown[] };
  fs.writeFileSync(
    RESULTS_FILE,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        size: SIZE,
        runs: RUNS,
        counts,
        import: mark,
        duckLoadSeconds: duckLoad,
        snapshot: server?.snapshot ?? null,
        rows: study ? rows : (previous.rows ?? []),
        adhoc: adhoc ? adhocRows : (previous.adhoc ?? []),
        estimates: withEstimates ? estimateRows : (previous.estimates ?? []),
        posts: withPosts ? postRows : (previous.posts ?? []),
        load,
        memoryIdle,
        memoryLoaded,
      },
      null,
      2,
    ),
  );
  log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

await main();
