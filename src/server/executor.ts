// Where the HTTP process sends its work. The server uses a pool of worker processes
// (pool.ts): every operation runs outside the process that answers HTTP, within a time budget.
// Tests and embedded uses run tasks in this process instead (InlineExecutor), through the same
// TaskRunner, with an in-process job runner for training and activation jobs.
import { GraphQLError, type GraphQLSchema } from "graphql";
import { startJobRunner } from "../classify/model.jobs";
import type { Db } from "../db/client";
import type { AppServices } from "../shared/context";
import type { AppLogger } from "./apollo";
import { TaskRunner, type TaskEnvelope, type TaskResult } from "./tasks";

export interface TaskRequest extends TaskEnvelope {
  /** Heavy work (see limits.ts) may not take every worker, so cheap requests always find one. */
  heavy: boolean;
  /**
   * A read of low cost (limits.ts, isQuick): it may wait in a worker behind another quick one,
   * and run again if that worker stops.
   */
  quick?: boolean;
}

export interface ExecutorStats {
  /** Query workers able to take work (0 for the in-process executor, which runs work itself). */
  workers: number;
  busy: number;
  queued: number;
}

export interface Executor {
  /** Runs a task; rejects with a TimeoutError when it outlives its time budget (and is cancelled). */
  run(request: TaskRequest): Promise<TaskResult>;
  /** Tells the job runner that a job may have been queued (it also polls). */
  jobsQueued(): void;
  stats(): ExecutorStats;
  stop(): Promise<void>;
}

/** A request that outlived its time budget; the work was cancelled. */
export class TimeoutError extends GraphQLError {
  constructor(budgetMs: number) {
    super(
      `The request was cancelled after its time budget of ${budgetMs} ms (FRONTIER_QUERY_TIMEOUT_MS). Ask for less (a shorter period, fewer dimensions or aliases, a narrower filter) or raise the budget.`,
      { extensions: { code: "TIMEOUT", budgetMs } },
    );
  }
}

/** The server is shutting down: the request was not run (or not finished). */
export class UnavailableError extends GraphQLError {
  constructor() {
    super("The server is shutting down; the request was not run. Send it again in a moment.", {
      extensions: { code: "UNAVAILABLE" },
    });
  }
}

/** The answer to a request the executor could not run: its GraphQL error and HTTP status, or null. */
export function executorFailure(e: unknown): { status: number; error: GraphQLError } | null {
  if (e instanceof TimeoutError) return { status: 504, error: e };
  if (e instanceof UnavailableError) return { status: 503, error: e };
  return null;
}

export class InlineExecutor implements Executor {
  private constructor(
    private readonly runner: TaskRunner,
    private readonly jobs: { nudge(): void; stop(): Promise<void> },
  ) {}

  static async create(
    db: Db,
    services: AppServices,
    logger: AppLogger,
    schema?: GraphQLSchema,
    opts: { jobs?: boolean } = {},
  ): Promise<InlineExecutor> {
    const runner = await TaskRunner.create(db, services, logger, { schema });
    const jobs =
      opts.jobs === false
        ? { nudge: () => {}, stop: async () => {} }
        : startJobRunner(
            db,
            { taxonomy: services.taxonomy, mode: services.classifyMode },
            { onError: (e) => logger.error("Job runner failed:", e) },
          );
    return new InlineExecutor(runner, jobs);
  }

  run(request: TaskRequest): Promise<TaskResult> {
    return this.runner.run(request);
  }

  jobsQueued(): void {
    this.jobs.nudge();
  }

  stats(): ExecutorStats {
    return { workers: 0, busy: 0, queued: 0 };
  }

  async stop(): Promise<void> {
    await this.jobs.stop();
    await this.runner.stop();
  }
}
