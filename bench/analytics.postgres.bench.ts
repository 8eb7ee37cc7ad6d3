// PostgreSQL beside SQLite, on the analytics bench's 1,000,000 posts. Frontier answers the study's
// five questions and the ad-hoc analytics shapes over HTTP, once on the SQLite bench file and once
// on a PostgreSQL copy of it (BENCH_DATABASE_URL), each checked against the other's answer; the
// DuckDB figures of the last analytics bench run (bench/out/analytics-N-results.json) are printed
// beside them. Then 20 clients on categoryShare against one and against two API instances on
// PostgreSQL (the two split the clients).
//
//   npm run bench -- analytics                       (builds bench/out/analytics-1000000.db first)
//   npm run migrate-to-postgres -- --from bench/out/analytics-1000000.db --to postgres://...
//   BENCH_DATABASE_URL=postgres://... npm run bench -- analytics   (this file runs after analytics.bench.ts)
//
// Without BENCH_DATABASE_URL it says so and does nothing.
import fs from "node:fs";
import path from "node:path";
import { openDb } from "../src/db/client";
import { ADHOC_SHAPES, adhocGraphql, frontierCells, sameAnswer } from "./analytics.adhoc";
import { postGraphql, questions } from "./analytics.questions";
import { OUT, benchDbFile } from "./bench.data";
import {
  describeLoad,
  loadTest,
  ms,
  printTable,
  startBenchServer,
  stopBenchServer,
  type Load,
  timeRuns,
} from "./bench.http";

const SIZE = Number(process.env.BENCH_POSTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const LOAD_CONNECTIONS = 20;
const PG_URL = process.env.BENCH_DATABASE_URL ?? "";
const DB_FILE = benchDbFile(SIZE);
const RESULTS_FILE = path.join(OUT, `postgres-${SIZE}-results.json`);

interface Timed {
  name: string;
  /** Median ms on each backend; null when it failed. */
  sqlite: number | null;
  postgres: number | null;
  duck2: number | null;
  same: boolean | null;
}

/** Every question and shape on one server: median times and answers (null where it failed). */
async function timeAll(target: string): Promise<{ ms: (number | null)[]; answers: unknown[] }> {
  const server = await startBenchServer(target);
  const requests = [
    ...questions(dataScienceId()).map((q) => ({ graphql: q.graphql, variables: q.variables })),
    ...ADHOC_SHAPES.map((a) => ({ graphql: adhocGraphql(a), variables: {} })),
  ];
  const out: { ms: (number | null)[]; answers: unknown[] } = { ms: [], answers: [] };
  try {
    for (const q of requests) {
      try {
        out.answers.push(await postGraphql(server.url, q));
        out.ms.push(await timeRuns(() => postGraphql(server.url, q), RUNS));
      } catch (e) {
        console.log(`  FAILED on ${target.startsWith("postgres") ? "PostgreSQL" : "SQLite"}: ${String(e)}`);
        out.answers.push(null);
        out.ms.push(null);
      }
    }
  } finally {
    await stopBenchServer(server);
  }
  return out;
}

function dataScienceId(): string {
  const db = openDb(DB_FILE);
  try {
    const row = db.$client
      .prepare("SELECT id FROM categories WHERE name = 'Data Science & Analytics'")
      .get() as { id: string } | undefined;
    if (!row) throw new Error("the bench database has no category 'Data Science & Analytics'");
    return row.id;
  } finally {
    db.$client.close();
  }
}

function postsIn(target: string): number {
  const db = openDb(target);
  try {
    return (db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number }).n;
  } finally {
    db.$client.close();
  }
}

/** DuckDB on two threads, from the last analytics bench run, by row name. */
function duckFigures(): Map<string, number | null> {
  const file = path.join(OUT, `analytics-${SIZE}-results.json`);
  if (!fs.existsSync(file)) return new Map();
  const r = JSON.parse(fs.readFileSync(file, "utf8")) as {
    rows: { name: string; duck2: number | null }[];
    adhoc: { name: string; duck2: number | null }[];
  };
  return new Map([...r.rows, ...r.adhoc].map((x) => [x.name, x.duck2]));
}

/**
 * 20 clients on categoryShare, split over the given instances, each with `workers` query workers
 * (undefined: the default pool, one per core); requests per second add up.
 */
async function loadOn(instances: number, workers?: number): Promise<Load[]> {
  const servers = [];
  for (let i = 0; i < instances; i++) servers.push(await startBenchServer(PG_URL, workers));
  const q = questions(dataScienceId())[0]!;
  try {
    return await Promise.all(
      servers.map((s) =>
        loadTest(
          s,
          { query: q.graphql, variables: q.variables },
          { connections: LOAD_CONNECTIONS / instances, seconds: LOAD_SECONDS },
        ),
      ),
    );
  } finally {
    await Promise.all(servers.map(stopBenchServer));
  }
}

async function main(): Promise<number> {
  if (!PG_URL) {
    console.log(
      "BENCH_DATABASE_URL is not set: skipped (see the head of bench/analytics.postgres.bench.ts).",
    );
    return 0;
  }
  if (!fs.existsSync(DB_FILE)) {
    console.log(`${path.relative(process.cwd(), DB_FILE)} is missing: run npm run bench -- analytics first.`);
    return 1;
  }
  const sqlitePosts = postsIn(DB_FILE);
  const pgPosts = postsIn(PG_URL);
  if (sqlitePosts !== pgPosts) {
    console.log(
      `PostgreSQL holds ${pgPosts} posts, the bench file ${sqlitePosts}: copy it first with\n  npm run migrate-to-postgres -- --from ${path.relative(process.cwd(), DB_FILE)} --to "$BENCH_DATABASE_URL" --replace`,
    );
    return 1;
  }
  console.log(
    `== PostgreSQL beside SQLite: ${sqlitePosts.toLocaleString("en-US")} posts, median of ${RUNS} runs ==`,
  );

  console.log("\nFrontier on SQLite...");
  const onSqlite = await timeAll(DB_FILE);
  console.log("Frontier on PostgreSQL...");
  const onPg = await timeAll(PG_URL);
  const duck = duckFigures();
  const names = [...questions("").map((q) => q.name), ...ADHOC_SHAPES.map((a) => a.name)];
  const rows: Timed[] = names.map((name, i) => {
    const a = onSqlite.answers[i];
    const b = onPg.answers[i];
    const adhoc = i >= names.length - ADHOC_SHAPES.length;
    const same =
      a === null || b === null
        ? null
        : adhoc
          ? sameAnswer(frontierCells(a), frontierCells(b))
          : JSON.stringify(a) === JSON.stringify(b);
    return {
      name,
      sqlite: onSqlite.ms[i] ?? null,
      postgres: onPg.ms[i] ?? null,
      duck2: duck.get(name) ?? null,
      same,
    };
  });
  printTable(
    "Frontier end to end over HTTP (ms, median), SQLite vs PostgreSQL; DuckDB-2t from the last analytics run",
    ["question", "SQLite", "PostgreSQL", "PG / SQLite", "DuckDB-2t", "same answer"],
    rows.map((r) => [
      r.name,
      ms(r.sqlite),
      ms(r.postgres),
      r.sqlite && r.postgres ? (r.postgres / r.sqlite).toFixed(2) : "-",
      ms(r.duck2),
      r.same === null ? "-" : r.same ? "yes" : "NO",
    ]),
  );

  // On one machine, instances add up only while cores are free: each instance gets one query
  // worker, as each would have a machine of its own; the default pool (one worker per core) of
  // a single instance is the ceiling of this machine.
  console.log(`\nload: ${LOAD_CONNECTIONS} clients for ${LOAD_SECONDS} s on categoryShare, PostgreSQL`);
  const one = await loadOn(1, 1);
  console.log(`  one instance, 1 worker:          ${describeLoad(one[0]!)}`);
  const two = await loadOn(2, 1);
  for (const [i, l] of two.entries())
    console.log(`  instance ${i + 1} of 2, 1 worker each: ${describeLoad(l)}`);
  const pool = await loadOn(1);
  console.log(`  one instance, default pool:      ${describeLoad(pool[0]!)}`);
  const sum = (ls: Load[]) => ls.reduce((s, l) => s + l.rps, 0);
  console.log(
    `  one instance ${sum(one).toFixed(0)} req/s; two instances ${sum(two).toFixed(0)} req/s together (${(sum(two) / sum(one)).toFixed(2)}x); one instance with the default pool ${sum(pool).toFixed(0)} req/s, on this one 2-core machine`,
  );

  fs.writeFileSync(
    RESULTS_FILE,
    JSON.stringify(
      { at: new Date().toISOString(), size: SIZE, runs: RUNS, rows, load: { one, two, pool } },
      null,
      2,
    ),
  );
  console.log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  return rows.some((r) => r.same === false) ? 1 : 0;
}

process.exitCode = await main();
