// Serving under load on the 1,000,000-post benchmark database (built by analytics.bench.ts,
// reused): requests per second and latency of a cheap study question with 20 concurrent
// clients, (a) alone, (b) while a slow request runs back to back, and of (c) a generic
// analytics shape, for the server as it was before the worker pool (FRONTIER_WORKERS=0:
// everything on the HTTP process's event loop), with one query worker, and with the default
// pool (one worker per core). The ratios say what the pool changes. The three servers run side
// by side and take (a) and (c) in turn, BENCH_SERVING_ROUNDS times, so that the ratios compare
// loads a minute apart at most; each load also prints the CPU the hypervisor took meanwhile.
// Last, (d) the pool alone: the cheap question handed to a pool of one worker and to the default
// pool straight from this process, without HTTP, in turn: what the pool gives over one worker
// before the HTTP process and the load generator take their share of the cores.
//
//   npm run bench -- serving            (BENCH_LOAD_SECONDS, BENCH_SERVING_ROUNDS, BENCH_POSTS)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  cpuPerRequest,
  cpuSeconds,
  describeLoad,
  loadTest,
  median,
  ms,
  percentile,
  printTable,
  startBenchServer,
  stopBenchServer,
  treeRssMb,
  type BenchServer,
  type Load,
} from "./bench.http";
import { OUT, benchDbFile, markFile } from "./bench.data";
import { benchTaxonomy } from "./analytics.taxonomy";
import type { TaskRequest } from "../src/server/executor";
import { ProcessPool } from "../src/server/pool";

const SIZE = Number(process.env.BENCH_POSTS ?? 1_000_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
/** Loads of each request per server, taken in turn (BENCH_SERVING_ROUNDS). */
const ROUNDS = Number(process.env.BENCH_SERVING_ROUNDS ?? 3);
const CONNECTIONS = 20;
const DB_FILE = benchDbFile(SIZE);
const RESULTS_FILE = path.join(OUT, `serving-${SIZE}-results.json`);

interface Request {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const CHEAP: Request = {
  name: "categoryShare (2 periods)",
  query: `query Q($periods: [PeriodInput!]!) {
    categoryShare(technology: "ai", periods: $periods) { period category { id } posts share penetration }
  }`,
  variables: {
    periods: [
      { label: "2020-21", from: "2020-01-01", to: "2022-01-01" },
      { label: "2022-23", from: "2022-01-01", to: "2024-01-01" },
    ],
  },
};

const ADHOC: Request = {
  name: "analytics: TECHNOLOGY x CATEGORY_GROUP, quarterly",
  query: `{ analytics(query: { measures: [POST_COUNT, SHARE_OF_TOTAL], dimensions: [TECHNOLOGY, CATEGORY_GROUP],
    time: { granularity: QUARTER, from: "2022-01-01", to: "2024-01-01" } }) { totalRows rows { measures { value } } } }`,
};

/**
 * A legal, heavy request that takes seconds whatever the analytics engine: the unmapped tags and
 * title phrases of every AI post (the dictionary editor's worklist), BENCH_SLOW_ALIASES times.
 */
const SLOW_ALIASES = Number(process.env.BENCH_SLOW_ALIASES ?? 2);
const SLOW: Request = {
  name: `unmappedSkills x ${SLOW_ALIASES} (aliases)`,
  query: `{ ${Array.from({ length: SLOW_ALIASES }, (_, i) => `u${i}: unmappedSkills { tag posts }`).join(" ")} }`,
};

function log(msg: string): void {
  console.log(msg);
}

async function ensureDatabase(): Promise<void> {
  if (fs.existsSync(DB_FILE) && fs.existsSync(markFile(DB_FILE))) return;
  log(`${path.relative(process.cwd(), DB_FILE)} is missing: building it with analytics.bench.ts first...`);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join("bench", "analytics.bench.ts")], {
      env: { ...process.env, BENCH_PREPARE_ONLY: "1" },
      stdio: "inherit",
    });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`analytics.bench.ts exited ${code}`)),
    );
  });
}

/** Waits until every query worker is up again (a cancelled request's worker is replaced). */
async function poolReady(url: string, workers: number): Promise<void> {
  for (let i = 0; i < 600 && workers > 0; i++) {
    const health = (await (await fetch(`${url}/healthz`)).json()) as { workers?: number; busy?: number };
    if (health.workers === workers && health.busy === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function post(url: string, r: Request): Promise<{ status: number; ms: number; code?: string }> {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: r.query, variables: r.variables }),
  });
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, ms: performance.now() - t0, code: body.errors?.[0]?.extensions?.code };
}

function load(server: BenchServer, r: Request): Promise<Load> {
  return loadTest(
    server,
    { query: r.query, variables: r.variables },
    { connections: CONNECTIONS, seconds: LOAD_SECONDS },
  );
}

/** Sends the slow request back to back until stopped; returns its answers. */
function slowLoop(url: string): { stop(): Promise<{ ms: number; code?: string }[]> } {
  let running = true;
  const answers: { ms: number; code?: string }[] = [];
  const loop = (async () => {
    while (running) answers.push(await post(url, SLOW));
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return answers;
    },
  };
}

interface Mode {
  label: string;
  workers: number;
}

interface ModeResult extends Mode {
  /** The load of each round, in order, and the one of median req/s. */
  cheapRounds: Load[];
  adhocRounds: Load[];
  cheap: Load;
  adhoc: Load;
  cheapUnderSlow: Load;
  slow: { answers: number; timeouts: number; medianMs: number };
  rssMb: number;
}

/** The load of median req/s (the upper one of an even count). */
function medianLoad<T extends { rps: number }>(loads: T[]): T {
  return [...loads].sort((a, b) => a.rps - b.rps)[Math.floor(loads.length / 2)]!;
}

/**
 * Why the pool scales as it does: the CPU each request costs, and the most the pool can give over
 * one worker on this machine. One worker answers at most 1 / (its CPU per request) requests a
 * second; the pool at most `cores` / (the CPU per request of everything on the machine: the HTTP
 * process, the workers and the load generator, which shares the machine here).
 */
function scalingBound(name: string, one: Load, pool: Load, cores: number): string {
  const single = cpuPerRequest(one);
  const all = cpuPerRequest(pool);
  const perRequest = all.http + all.workers + all.generator;
  const bound = (cores * single.workers) / perRequest;
  return `${name}: CPU per request with one worker ${ms(single.workers)} ms in the worker; with the default pool ${ms(all.http)} ms in the HTTP process, ${ms(all.workers)} ms in the workers, ${ms(all.generator)} ms in the load generator (${(pool.httpCores + pool.workerCores + pool.generatorCores).toFixed(2)} of ${cores} cores busy): at most ${cores} x ${ms(single.workers)} / ${ms(perRequest)} = ${bound.toFixed(2)}x one worker on this machine`;
}

interface PoolLoad {
  rps: number;
  /** CPU milliseconds per answered request in the workers, and in this process (the caller). */
  workerMs: number;
  callerMs: number;
}

/**
 * (d) The pool without HTTP: this process hands CHEAP to a pool of one worker and to a pool of
 * one worker per core, from CONNECTIONS callers at once (as the HTTP process does for its
 * clients), the two pools in turn, ROUNDS times.
 */
async function poolAlone(cores: number): Promise<{ one: PoolLoad[]; all: PoolLoad[] }> {
  const { taxonomy } = await benchTaxonomy();
  const start = (workers: number) =>
    ProcessPool.start({
      dbPath: DB_FILE,
      services: { taxonomy, classifyMode: "candidates" },
      workers,
      timeoutMs: 60_000,
      jobs: false,
      logger: { info: () => {}, warn: console.warn, error: console.error },
    });
  const pools = [await start(1), await start(cores)];
  const request: TaskRequest = {
    task: { kind: "graphql", request: { query: CHEAP.query, variables: CHEAP.variables } },
    actor: null,
    heavy: false,
    quick: true,
  };
  const run = async (pool: ProcessPool, seconds: number): Promise<PoolLoad> => {
    const workersCpu = () => pool.workerPids().reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const workersBefore = workersCpu();
    const callerBefore = process.cpuUsage();
    const end = performance.now() + seconds * 1000;
    let answered = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < end) {
          await pool.run(request);
          answered++;
        }
      }),
    );
    const caller = process.cpuUsage(callerBefore);
    return {
      rps: answered / seconds,
      workerMs: (1000 * (workersCpu() - workersBefore)) / answered,
      callerMs: (caller.user + caller.system) / 1000 / answered,
    };
  };
  const one: PoolLoad[] = [];
  const all: PoolLoad[] = [];
  try {
    for (const pool of pools) await run(pool, 2); // warm every worker's caches
    for (let k = 0; k < ROUNDS; k++)
      for (const [i, loads] of [one, all].entries()) {
        const l = await run(pools[i]!, LOAD_SECONDS);
        loads.push(l);
        log(
          `  round ${k + 1}, ${i === 0 ? "1 worker" : `${cores} workers`}: ${l.rps.toFixed(0)} req/s; CPU per request ${ms(l.workerMs)} ms in the workers, ${ms(l.callerMs)} ms in this process`,
        );
      }
  } finally {
    for (const pool of pools) await pool.stop();
  }
  return { one, all };
}

async function main(): Promise<void> {
  await ensureDatabase();
  const cores = os.availableParallelism();
  log(
    `== serving benchmark: ${SIZE.toLocaleString("en-US")} posts, ${CONNECTIONS} clients, ${LOAD_SECONDS} s per load, ${cores} cores ==`,
  );
  log(`slow request: ${SLOW.name}`);
  const modes: Mode[] = [
    { label: "one process (FRONTIER_WORKERS=0, as before the pool)", workers: 0 },
    { label: "pool, 1 query worker", workers: 1 },
    { label: `pool, ${cores} query workers (default)`, workers: cores },
  ];
  // The three servers run side by side, and each load goes to them in turn, round after round:
  // this machine's speed drifts (other virtual machines take its cores), and a ratio of two
  // loads minutes apart would measure the drift.
  const servers: BenchServer[] = [];
  const results: ModeResult[] = [];
  try {
    for (const mode of modes) {
      log(`starting: ${mode.label}`);
      const server = await startBenchServer(DB_FILE, mode.workers);
      servers.push(server);
      for (const r of [CHEAP, ADHOC, CHEAP, ADHOC]) await post(server.url, r); // warm every worker's caches
    }
    /** Each server's loads of `r`, one per round, the servers in turn within a round. */
    const inRounds = async (r: Request): Promise<Load[][]> => {
      log(`\n-- ${r.name}: ${ROUNDS} rounds, the servers in turn`);
      const perServer = modes.map((): Load[] => []);
      for (let k = 0; k < ROUNDS; k++)
        for (const [i, mode] of modes.entries()) {
          await poolReady(servers[i]!.url, mode.workers);
          const l = await load(servers[i]!, r);
          perServer[i]!.push(l);
          log(`  round ${k + 1}, ${mode.label}: ${describeLoad(l)}`);
        }
      return perServer;
    };
    const cheapByServer = await inRounds(CHEAP);
    const adhocByServer = await inRounds(ADHOC);
    for (const [i, mode] of modes.entries()) {
      const server = servers[i]!;
      log(`\n-- ${mode.label}`);
      const slowAlone = await post(server.url, SLOW);
      log(`  slow request alone: ${ms(slowAlone.ms)} ms${slowAlone.code ? ` (${slowAlone.code})` : ""}`);
      await poolReady(server.url, mode.workers);
      const slow = slowLoop(server.url);
      const cheapUnderSlow = await load(server, CHEAP);
      const answers = await slow.stop();
      const slowStats = {
        answers: answers.length,
        timeouts: answers.filter((a) => a.code === "TIMEOUT").length,
        medianMs: percentile(
          answers.map((a) => a.ms),
          50,
        ),
      };
      log(
        `  ${CHEAP.name} while the slow request runs back to back: ${cheapUnderSlow.rps.toFixed(0)} req/s, p50 ${ms(cheapUnderSlow.p50)} ms, p95 ${ms(cheapUnderSlow.p95)} ms (${slowStats.answers} slow answers, ${slowStats.timeouts} TIMEOUT)`,
      );
      const cheapRounds = cheapByServer[i]!;
      const adhocRounds = adhocByServer[i]!;
      results.push({
        ...mode,
        cheapRounds,
        adhocRounds,
        cheap: medianLoad(cheapRounds),
        adhoc: medianLoad(adhocRounds),
        cheapUnderSlow,
        slow: slowStats,
        rssMb: treeRssMb(server.child.pid!),
      });
    }
  } finally {
    for (const server of servers) await stopBenchServer(server);
  }
  log(`\n-- (d) the pool alone: ${CHEAP.name} from ${CONNECTIONS} callers in this process, no HTTP`);
  const alone = await poolAlone(cores);

  printTable(
    `results: req/s and p95 (ms), ${CONNECTIONS} clients (cheap and ad-hoc: the round of median req/s)`,
    ["server", "cheap req/s", "p95", "ad-hoc req/s", "p95", "cheap + slow req/s", "p95", "RSS MB"],
    results.map((r) => [
      r.label,
      r.cheap.rps.toFixed(0),
      ms(r.cheap.p95),
      r.adhoc.rps.toFixed(0),
      ms(r.adhoc.p95),
      r.cheapUnderSlow.rps.toFixed(0),
      ms(r.cheapUnderSlow.p95),
      r.rssMb.toFixed(0),
    ]),
  );
  const [before, one, pool] = results;
  if (before && one && pool) {
    // The ratio of each round, whose loads ran a minute apart at most.
    const ratios = (name: string, a: { rps: number }[], b: { rps: number }[]) => {
      const r = a.map((l, k) => l.rps / b[k]!.rps);
      return `${median(r).toFixed(2)}x (${name}; rounds ${r.map((x) => x.toFixed(2)).join(", ")})`;
    };
    log(
      `default pool / 1 worker, median of the rounds: ${ratios(CHEAP.name, pool.cheapRounds, one.cheapRounds)}, ${ratios("ad-hoc", pool.adhocRounds, one.adhocRounds)}`,
    );
    for (const [name, single, all] of [
      [CHEAP.name, one.cheap, pool.cheap],
      [ADHOC.name, one.adhoc, pool.adhoc],
    ] as const)
      log(scalingBound(name, single, all, cores));
    const [oneAlone, allAlone] = [medianLoad(alone.one), medianLoad(alone.all)];
    log(
      `the pool alone, without HTTP, over 1 worker: ${ratios(CHEAP.name, alone.all, alone.one)}; CPU per request with one worker ${ms(oneAlone.workerMs)} ms, with the default pool ${ms(allAlone.workerMs)} ms in the workers and ${ms(allAlone.callerMs)} ms in the caller`,
    );
    log(
      `cheap requests while a slow one runs: ${pool.cheapUnderSlow.rps.toFixed(0)} req/s, p95 ${ms(pool.cheapUnderSlow.p95)} ms with the pool; ${before.cheapUnderSlow.rps.toFixed(0)} req/s, p95 ${ms(before.cheapUnderSlow.p95)} ms in one process`,
    );
  }
  fs.writeFileSync(
    RESULTS_FILE,
    JSON.stringify({ at: new Date().toISOString(), size: SIZE, results, poolAlone: alone }, null, 2),
  );
  log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

await main();
