// What the HTTP benchmarks share: the Frontier server in a child process (analytics.server.ts),
// a load test with autocannon, the processes' CPU and memory from /proc, and the printing of
// figures and tables.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { Result as AutocannonResult } from "autocannon";

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The median time of `runs` runs of `run`, after `warmup` untimed ones. */
export async function timeRuns(run: () => unknown, runs: number, warmup = 2): Promise<number> {
  return (await timeAlternating([{ run }], runs, warmup))[0]!;
}

/**
 * Medians of several runs timed in alternating rounds (each run once per round, after `warmup`
 * rounds), so that a machine whose speed drifts during the bench moves them alike. A run's
 * `before` is done, untimed, just before it.
 */
export async function timeAlternating(
  runs: { run: () => unknown; before?: () => unknown }[],
  rounds: number,
  warmup = 2,
): Promise<number[]> {
  const times = runs.map((): number[] => []);
  for (let k = 0; k < warmup + rounds; k++)
    for (const [i, r] of runs.entries()) {
      await r.before?.();
      const t0 = performance.now();
      await r.run();
      if (k >= warmup) times[i]!.push(performance.now() - t0);
    }
  return times.map(median);
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

/** Milliseconds with three significant figures, or "n/a". */
export function ms(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "n/a";
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

/** A table of text cells, the first column left-aligned and the others right-aligned. */
export function printTable(title: string, header: string[], cells: string[][]): void {
  console.log(`\n== ${title} ==`);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((t) => t[i]!.length)));
  const line = (row: string[]) =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("-|-"));
  for (const t of cells) console.log(line(t));
}

export interface BenchServer {
  child: ChildProcess;
  url: string;
  /** The snapshot the server (or its first query worker) loaded at start. */
  snapshot: { ms: number; posts: number; bytes: number; rssMb: number; privateMb: number } | null;
}

/**
 * Starts analytics.server.ts on `dbFile` (a SQLite file, or a postgres:// URL) with
 * FRONTIER_WORKERS as given, else the default pool, and resolves once it listens.
 */
export async function startBenchServer(dbFile: string, workers?: number): Promise<BenchServer> {
  const postgres = /^postgres(ql)?:\/\//i.test(dbFile);
  const child = spawn(process.execPath, ["--import", "tsx", path.join("bench", "analytics.server.ts")], {
    env: {
      ...process.env,
      ...(postgres
        ? { FRONTIER_DATABASE_URL: dbFile }
        : { FRONTIER_DB_PATH: dbFile, FRONTIER_DATABASE_URL: "" }),
      FRONTIER_DEMO: "0",
      ...(workers === undefined ? {} : { FRONTIER_WORKERS: String(workers) }),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! });
  let snapshot: BenchServer["snapshot"] = null;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the server did not start within 300 s")), 300_000);
    child.once("exit", (code) =>
      reject(new Error(`the server exited with code ${code} before it was ready`)),
    );
    lines.on("line", (line) => {
      if (line.startsWith("SNAPSHOT ")) snapshot = JSON.parse(line.slice("SNAPSHOT ".length));
      const m = /^PORT (\d+)$/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return { child, url: `http://127.0.0.1:${port}`, snapshot };
}

export function stopBenchServer(server: BenchServer): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null) return resolve();
    server.child.once("exit", () => resolve());
    server.child.kill("SIGTERM");
  });
}

/** VmRSS and its peak (VmHWM) of a process, in MB; null once it has ended. */
export function memoryOf(pid: number | undefined): { rssMb: number; peakMb: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

function childrenOf(pid: number): number[] {
  try {
    const text = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return text ? text.split(/\s+/).map(Number) : [];
  } catch {
    return []; // the process ended meanwhile
  }
}

/** RSS of a process and its descendants (the pool's workers), in MB. */
export function treeRssMb(pid: number): number {
  return (memoryOf(pid)?.rssMb ?? 0) + childrenOf(pid).reduce((sum, c) => sum + treeRssMb(c), 0);
}

/** CPU seconds used so far by a process (user + system), from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime (fields 14, 15), in ticks
  } catch {
    return 0;
  }
}

/**
 * CPU seconds the hypervisor has taken from this virtual machine so far (steal, summed over its
 * vCPUs; /proc/stat's eighth field of "cpu", in ticks of 1/100 s). Time stolen during a load is
 * time the server could not run.
 */
function stolenSeconds(): number {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n", 1)[0]!.trim().split(/\s+/);
    return Number(cpu[8] ?? 0) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds of the HTTP process and, apart, of its workers (children). */
function cpuSplit(pid: number): { http: number; workers: number } {
  return {
    http: cpuSeconds(pid),
    workers: childrenOf(pid).reduce((sum, c) => sum + cpuSeconds(c), 0),
  };
}

export interface Load {
  rps: number;
  p50: number;
  p95: number;
  responses: number;
  errors: number;
  /**
   * Cores busy on average during the load: the HTTP process, its query workers together, and
   * the load generator (this process, with every load it runs at the same time).
   */
  httpCores: number;
  workerCores: number;
  generatorCores: number;
  /** Of the machine's cores, how many the hypervisor took on average during the load (steal). */
  stolenCores: number;
}

/** POSTs one GraphQL request from `connections` concurrent clients for `seconds`. */
export async function loadTest(
  server: BenchServer,
  request: { query: string; variables?: Record<string, unknown> },
  opts: { connections: number; seconds: number },
): Promise<Load> {
  const { default: autocannon } = await import("autocannon");
  const pid = server.child.pid!;
  const before = cpuSplit(pid);
  const stolenBefore = stolenSeconds();
  const generatorBefore = process.cpuUsage();
  const latencies: number[] = [];
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${server.url}/graphql`,
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(request),
        connections: opts.connections,
        duration: opts.seconds,
        timeout: 60,
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const after = cpuSplit(pid);
  const generator = process.cpuUsage(generatorBefore);
  return {
    rps: latencies.length / opts.seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    responses: latencies.length,
    errors: result.errors + result.non2xx + result.timeouts,
    httpCores: (after.http - before.http) / opts.seconds,
    workerCores: (after.workers - before.workers) / opts.seconds,
    generatorCores: (generator.user + generator.system) / 1e6 / opts.seconds,
    stolenCores: (stolenSeconds() - stolenBefore) / opts.seconds,
  };
}

/** "N req/s, p50, p95; cores busy" of a load. */
export function describeLoad(l: Load): string {
  return `${l.rps.toFixed(0)} req/s, p50 ${ms(l.p50)} ms, p95 ${ms(l.p95)} ms; cores busy: HTTP process ${l.httpCores.toFixed(2)}, workers ${l.workerCores.toFixed(2)}, load generator ${l.generatorCores.toFixed(2)}, stolen by the hypervisor ${l.stolenCores.toFixed(2)}`;
}

/** CPU milliseconds per answered request: the HTTP process, the workers, the load generator. */
export function cpuPerRequest(l: Load): { http: number; workers: number; generator: number } {
  const per = (cores: number) => (l.rps > 0 ? (1000 * cores) / l.rps : NaN);
  return { http: per(l.httpCores), workers: per(l.workerCores), generator: per(l.generatorCores) };
}
