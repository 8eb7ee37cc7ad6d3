// The server's pool of worker processes. Every operation, CSV export and report runs in a query
// worker (worker.ts) with its own SQLite connection (WAL: readers never wait for each other or
// for the writer), never in the process that answers HTTP, so /healthz and cheap requests are
// answered while the slowest legal query runs, and both cores serve. Each request has a time
// budget from the moment it arrives; past it, a queued request is dropped and a running one is
// cancelled by killing its worker (SQLite cannot be interrupted from outside, a process can),
// which is then replaced. Heavy requests (limits.ts) may hold at most all workers but one, so a
// cheap request always finds a worker soon. While requests wait, a worker answering a quick one
// (a read of low cost) is sent the next quick one ahead of its turn, so that it starts on it as
// soon as it has answered instead of idling while its answer and its next request cross between
// the processes. One more process, the jobs worker, runs training and activation jobs.
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { SnapshotStats } from "../analytics/analytics.service";
import type { AppServices } from "../shared/context";
import { invariant } from "../shared/errors";
import type { AppLogger } from "./apollo";
import {
  TimeoutError,
  UnavailableError,
  type Executor,
  type ExecutorStats,
  type TaskRequest,
} from "./executor";
import type { TaskEnvelope, TaskResult } from "./tasks";

export type ParentMessage =
  | { type: "init"; role: "query" | "jobs"; dbPath: string; readDbPath?: string; services: AppServices }
  | { type: "task"; id: number; envelope: TaskEnvelope }
  | { type: "nudge" };

export type ChildMessage =
  | { type: "ready"; snapshot?: SnapshotStats | null }
  | { type: "result"; id: number; result: TaskResult }
  | { type: "failed"; id: number; message: string };

interface PoolOptions {
  dbPath: string;
  /** A read replica for the query workers' reads (FRONTIER_READ_DATABASE_URL). */
  readDbPath?: string;
  services: AppServices;
  /** Query workers (FRONTIER_WORKERS; default: one per core). */
  workers: number;
  /** Time budget of every request, from its arrival (FRONTIER_QUERY_TIMEOUT_MS). */
  timeoutMs: number;
  logger?: AppLogger;
  /** Start the jobs worker (default true). */
  jobs?: boolean;
}

const WORKER_ENTRY = fileURLToPath(new URL("./worker.mjs", import.meta.url));
/** A worker that dies sooner than this after starting is restarted after a growing pause. */
const QUICK_DEATH_MS = 5_000;
const MAX_RESTART_PAUSE_MS = 30_000;

interface Pending {
  id: number;
  request: TaskRequest;
  resolve(result: TaskResult): void;
  reject(error: Error): void;
  /** Fires at the deadline, queued or running. */
  timer: NodeJS.Timeout;
}

interface Worker {
  role: "query" | "jobs";
  child: ChildProcess;
  startedAt: number;
  ready: boolean;
  /** Killed on purpose (a timeout, or the pool stopping): its exit is expected. */
  killed: boolean;
  /**
   * The requests sent to it, which it runs in this order: the first runs, a second (quick, behind
   * a quick one) waits for it.
   */
  tasks: Pending[];
  /** What loading the analytics snapshot took at start (query workers). */
  snapshot: SnapshotStats | null;
}

export class ProcessPool implements Executor {
  private readonly workers = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private readonly logger: AppLogger;
  private readonly maxHeavy: number;
  private nextId = 1;
  private stopping = false;
  private restartPause = 0;

  private constructor(private readonly opts: PoolOptions) {
    this.logger = opts.logger ?? console;
    this.maxHeavy = Math.max(1, opts.workers - 1);
  }

  /** Starts the workers and resolves once every one of them is ready. */
  static async start(opts: PoolOptions): Promise<ProcessPool> {
    invariant(Number.isInteger(opts.workers) && opts.workers >= 1, "the pool needs at least one worker");
    const pool = new ProcessPool(opts);
    const roles: ("query" | "jobs")[] = Array.from({ length: opts.workers }, () => "query");
    if (opts.jobs !== false) roles.push("jobs");
    try {
      await Promise.all(roles.map((role) => pool.spawn(role)));
    } catch (e) {
      await pool.stop();
      throw e;
    }
    return pool;
  }

  run(request: TaskRequest): Promise<TaskResult> {
    if (this.stopping) return Promise.reject(new UnavailableError());
    return new Promise<TaskResult>((resolve, reject) => {
      const pending: Pending = {
        id: this.nextId++,
        request,
        resolve,
        reject,
        timer: setTimeout(() => this.expire(pending), this.opts.timeoutMs),
      };
      this.queue.push(pending);
      this.pump();
    });
  }

  jobsQueued(): void {
    for (const w of this.workers) if (w.role === "jobs" && w.ready) this.sendTo(w, { type: "nudge" });
  }

  stats(): ExecutorStats {
    const query = this.queryWorkers().filter((w) => w.ready && !w.killed);
    return {
      workers: query.length,
      busy: query.filter((w) => w.tasks.length > 0).length,
      queued: this.queue.length + this.sentAhead(),
    };
  }

  /** Requests waiting in a worker behind the one it runs (part of `queued`; tests). */
  sentAhead(): number {
    return this.queryWorkers().reduce((n, w) => n + Math.max(0, w.tasks.length - 1), 0);
  }

  /** Process ids of the query workers (monitoring and tests). */
  workerPids(): number[] {
    return this.queryWorkers().map((w) => w.child.pid!);
  }

  /** What loading the analytics snapshot took in each query worker at its start (benchmarks). */
  snapshots(): (SnapshotStats | null)[] {
    return this.queryWorkers().map((w) => w.snapshot);
  }

  private queryWorkers(): Worker[] {
    return [...this.workers].filter((w) => w.role === "query");
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const p of this.queue.splice(0)) this.settle(p, new UnavailableError());
    const exits = [...this.workers].map((w) => {
      w.killed = true;
      for (const p of w.tasks.splice(0)) this.settle(p, new UnavailableError());
      return new Promise<void>((resolve) => {
        if (w.child.exitCode !== null || w.child.signalCode !== null) return resolve();
        w.child.once("exit", () => resolve());
        w.child.kill("SIGKILL");
      });
    });
    await Promise.all(exits);
  }

  // -------------------------------------------------------------------------------------------

  private spawn(role: "query" | "jobs"): Promise<void> {
    const child = fork(WORKER_ENTRY, [], {
      // A query worker's young generation may grow to 64 MB a half (V8's default is 16 MB): a large
      // answer's objects then die young instead of being promoted and collected again, and the
      // 2,181-row ad-hoc answer takes 10.2-10.8 ms instead of 11.3-12.4 ms in the worker, for
      // about 85 MB more heap (bench/README.md).
      execArgv: role === "query" ? ["--max-semi-space-size=64"] : [],
      // Unless told otherwise, graphql-js skips its development-only checks in the workers: a
      // large answer (2,000 rows) takes a quarter less time to execute.
      env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? "production" },
      serialization: "advanced",
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const worker: Worker = {
      role,
      child,
      startedAt: Date.now(),
      ready: false,
      killed: false,
      tasks: [],
      snapshot: null,
    };
    this.workers.add(worker);
    const ready = new Promise<void>((resolve, reject) => {
      child.on("message", (m: ChildMessage) => {
        if (m.type === "ready") {
          worker.ready = true;
          worker.snapshot = m.snapshot ?? null;
          this.restartPause = 0;
          resolve();
          this.pump();
        } else this.finish(worker, m);
      });
      child.on("error", (e) => this.logger.error(`A ${role} worker failed:`, e));
      child.once("exit", (code, signal) => {
        reject(new Error(`a ${role} worker stopped while starting (exit code ${code ?? signal})`));
        this.exited(worker, code, signal);
      });
    });
    const { dbPath, readDbPath, services } = this.opts;
    this.sendTo(worker, { type: "init", role, dbPath, readDbPath, services });
    return ready;
  }

  private exited(worker: Worker, code: number | null, signal: NodeJS.Signals | null): void {
    this.workers.delete(worker);
    const [running, ...ahead] = worker.tasks.splice(0);
    if (running)
      this.settle(
        running,
        new Error(`the worker running this request stopped (exit code ${code ?? signal})`),
      );
    if (this.stopping) return;
    // The requests sent ahead to it are reads: they go back to the front of the queue, whether
    // or not it had begun one of them.
    this.queue.unshift(...ahead);
    this.pump();
    if (!worker.killed)
      this.logger.error(`A ${worker.role} worker stopped (exit code ${code ?? signal}); starting another.`);
    const quick = Date.now() - worker.startedAt < QUICK_DEATH_MS && !worker.killed;
    this.restartPause = quick ? Math.min(Math.max(this.restartPause * 2, 1000), MAX_RESTART_PAUSE_MS) : 0;
    setTimeout(() => {
      if (!this.stopping) this.spawn(worker.role).catch((e: unknown) => this.logger.error(String(e)));
    }, this.restartPause).unref();
  }

  private pump(): void {
    const ready = this.queryWorkers().filter((w) => w.ready && !w.killed);
    // The first request that may run now: heavy ones may hold every worker but one.
    const next = (): number => {
      const heavyRunning = ready.filter((w) => w.tasks[0]?.request.heavy).length;
      return this.queue.findIndex((p) => !p.request.heavy || heavyRunning < this.maxHeavy);
    };
    for (const w of ready) {
      if (w.tasks.length > 0) continue;
      const i = next();
      if (i < 0) return;
      this.sendTask(w, this.queue.splice(i, 1)[0]!);
    }
    // Requests still wait: a worker answering a quick one takes the next one ahead when it is
    // quick too. Never one behind a request that may run now, which would wait ever longer.
    for (const w of ready) {
      if (w.tasks.length !== 1 || !w.tasks[0]!.request.quick) continue;
      const i = next();
      if (i < 0 || !this.queue[i]!.request.quick) return;
      this.sendTask(w, this.queue.splice(i, 1)[0]!);
    }
  }

  private sendTask(worker: Worker, pending: Pending): void {
    worker.tasks.push(pending);
    this.sendTo(worker, {
      type: "task",
      id: pending.id,
      envelope: { task: pending.request.task, actor: pending.request.actor },
    });
  }

  private finish(worker: Worker, m: ChildMessage): void {
    if (m.type === "ready" || worker.tasks[0]?.id !== m.id) return; // a late answer after a timeout
    const task = worker.tasks.shift()!;
    if (m.type === "result") this.settle(task, null, m.result);
    else this.settle(task, new Error(m.message));
    this.pump();
  }

  /**
   * The deadline of a request: drop it from the queue, cancel it by killing its worker when it
   * runs, or forget it when it waits in a worker (a read: what the worker answers is ignored).
   */
  private expire(pending: Pending): void {
    const i = this.queue.indexOf(pending);
    if (i >= 0) this.queue.splice(i, 1);
    for (const w of this.workers) {
      const at = w.tasks.indexOf(pending);
      if (at > 0) w.tasks.splice(at, 1);
      if (at !== 0) continue;
      w.tasks.shift();
      w.killed = true;
      w.child.kill("SIGKILL");
      // The reads sent ahead to it go back to the front of the queue.
      this.queue.unshift(...w.tasks.splice(0));
    }
    this.settle(pending, new TimeoutError(this.opts.timeoutMs));
    this.pump();
  }

  private settle(pending: Pending, error: Error | null, result?: TaskResult): void {
    clearTimeout(pending.timer);
    if (error) pending.reject(error);
    else pending.resolve(result!);
  }

  private sendTo(worker: Worker, message: ParentMessage): void {
    try {
      worker.child.send(message);
    } catch (e) {
      this.logger.error(`Could not reach a ${worker.role} worker:`, e);
    }
  }
}
