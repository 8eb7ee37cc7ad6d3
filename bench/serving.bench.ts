// Serving under load on the 1,000,000-post benchmark database (built by analytics.bench.ts,
// reused): requests per second and latency of a cheap study question with 20 concurrent
// clients, (a) alone, (b) while a slow request runs back to back, and of (c) a generic
// analytics shape, for the server as it was before the worker pool (FRONTIER_WORKERS=0:
// everything on the HTTP process's event loop), with one query worker, and with the default
// pool (one worker per core). The ratios say what the pool changes.
//
//   npm run bench -- serving            (BENCH_LOAD_SECONDS, BENCH_POSTS as in analytics.bench.ts)
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import type { Result as AutocannonResult } from "autocannon";

const SIZE = Number(process.env.BENCH_POSTS ?? 1_000_000);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 20;
const OUT = path.resolve("bench", "out");
const DB_FILE = path.join(OUT, `analytics-${SIZE}.db`);
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

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

function ms(x: number): string {
  if (!Number.isFinite(x)) return "n/a";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

async function ensureDatabase(): Promise<void> {
  if (fs.existsSync(DB_FILE) && fs.existsSync(`${DB_FILE}.json`)) return;
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

interface Server {
  child: ChildProcess;
  url: string;
}

async function startServer(workers: number): Promise<Server> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join("bench", "analytics.server.ts")], {
    env: { ...process.env, FRONTIER_DB_PATH: DB_FILE, FRONTIER_WORKERS: String(workers) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start within 300 s")), 300_000);
    child.once("exit", (code) =>
      reject(new Error(`the server exited with code ${code} before it was ready`)),
    );
    lines.on("line", (line) => {
      const m = /^PORT (\d+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill("SIGTERM");
  });
}

/** RSS of a process and its descendants (the pool's workers), in MB. */
function treeRssMb(pid: number): number {
  let total = 0;
  const visit = (p: number) => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      total += Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) / 1024;
      const children = fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim();
      for (const c of children ? children.split(/\s+/) : []) visit(Number(c));
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return total;
}

/** CPU seconds used so far by a process (user + system), from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime: fields 14 and 15, in ticks
  } catch {
    return 0;
  }
}

/** CPU seconds of the HTTP process and, apart, of its workers (children). */
function cpuSplit(pid: number): { http: number; workers: number } {
  let children: number[] = [];
  try {
    const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    children = text ? text.split(/\s+/).map(Number) : [];
  } catch {
    // the process ended meanwhile
  }
  return { http: cpuSeconds(pid), workers: children.reduce((sum, c) => sum + cpuSeconds(c), 0) };
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

interface Load {
  rps: number;
  p50: number;
  p95: number;
  responses: number;
  errors: number;
  /** Cores busy on average during the load: the HTTP process, and its query workers together. */
  httpCores: number;
  workerCores: number;
}

async function load(server: Server, r: Request): Promise<Load> {
  const url = server.url;
  const pid = server.child.pid!;
  const before = cpuSplit(pid);
  const { default: autocannon } = await import("autocannon");
  const latencies: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: r.query, variables: r.variables }),
        connections: CONNECTIONS,
        duration: LOAD_SECONDS,
        timeout: 60,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const after = cpuSplit(pid);
  return {
    rps: latencies.length / LOAD_SECONDS,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    responses: latencies.length,
    errors: result.errors + result.non2xx + result.timeouts,
    httpCores: (after.http - before.http) / LOAD_SECONDS,
    workerCores: (after.workers - before.workers) / LOAD_SECONDS,
  };
}

function describe(l: Load): string {
  return `${l.rps.toFixed(0)} req/s, p50 ${ms(l.p50)} ms, p95 ${ms(l.p95)} ms; cores busy: HTTP process ${l.httpCores.toFixed(2)}, workers ${l.workerCores.toFixed(2)}`;
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

interface ModeResult {
  label: string;
  workers: number;
  cheap: Load;
  adhoc: Load;
  cheapUnderSlow: Load;
  slow: { answers: number; timeouts: number; medianMs: number };
  rssMb: number;
}

async function main(): Promise<void> {
  await ensureDatabase();
  const cores = os.availableParallelism();
  log(
    `== serving benchmark: ${SIZE.toLocaleString("en-US")} posts, ${CONNECTIONS} clients, ${LOAD_SECONDS} s per load, ${cores} cores ==`,
  );
  log(`slow request: ${SLOW.name}`);
  const modes = [
    { label: "one process (FRONTIER_WORKERS=0, as before the pool)", workers: 0 },
    { label: "pool, 1 query worker", workers: 1 },
    { label: `pool, ${cores} query workers (default)`, workers: cores },
  ];
  const results: ModeResult[] = [];
  for (const mode of modes) {
    log(`\n-- ${mode.label}`);
    const server = await startServer(mode.workers);
    try {
      for (const r of [CHEAP, ADHOC, CHEAP, ADHOC]) await post(server.url, r); // warm every worker's caches
      await poolReady(server.url, mode.workers);
      const cheap = await load(server, CHEAP);
      log(`  ${CHEAP.name}: ${describe(cheap)}`);
      const adhoc = await load(server, ADHOC);
      log(`  ${ADHOC.name}: ${describe(adhoc)}`);
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
      const rssMb = treeRssMb(server.child.pid!);
      results.push({ ...mode, cheap, adhoc, cheapUnderSlow, slow: slowStats, rssMb });
    } finally {
      await stopServer(server);
    }
  }

  log(`\n== results: req/s and p95 (ms), ${CONNECTIONS} clients ==`);
  const header = [
    "server",
    "cheap req/s",
    "p95",
    "ad-hoc req/s",
    "p95",
    "cheap + slow req/s",
    "p95",
    "RSS MB",
  ];
  const rows = results.map((r) => [
    r.label,
    r.cheap.rps.toFixed(0),
    ms(r.cheap.p95),
    r.adhoc.rps.toFixed(0),
    ms(r.adhoc.p95),
    r.cheapUnderSlow.rps.toFixed(0),
    ms(r.cheapUnderSlow.p95),
    r.rssMb.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  log(line(header));
  log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const row of rows) log(line(row));
  const [before, one, pool] = results;
  if (before && one && pool) {
    log(
      `default pool / 1 worker: ${(pool.cheap.rps / one.cheap.rps).toFixed(2)}x (${CHEAP.name}), ${(pool.adhoc.rps / one.adhoc.rps).toFixed(2)}x (ad-hoc)`,
    );
    log(
      `cheap requests while a slow one runs: ${pool.cheapUnderSlow.rps.toFixed(0)} req/s, p95 ${ms(pool.cheapUnderSlow.p95)} ms with the pool; ${before.cheapUnderSlow.rps.toFixed(0)} req/s, p95 ${ms(before.cheapUnderSlow.p95)} ms in one process`,
    );
  }
  fs.writeFileSync(
    RESULTS_FILE,
    JSON.stringify({ at: new Date().toISOString(), size: SIZE, results }, null, 2),
  );
  log(`results written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

await main();
