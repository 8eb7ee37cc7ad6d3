// Long work as jobs: training a model and activating one (which reclassifies every post). The
// API only queues a job and returns it; a runner claims it and runs it with progress and a
// heartbeat: the server's job process (src/server/pool.ts), never the process that answers
// requests (the CLI trains and activates in its own process, without a job). A job whose runner died (kill -9, a
// crash) is found at the next start: an activation goes back to the queue (it is all or
// nothing, see model.activation.ts, so running it again finishes it), a training is marked
// interrupted (train again to retry).
import { writeTransaction, type Db } from "../db/client";
import { NotFoundError } from "../shared/errors";
import { ownerIsGone, processOwner } from "../shared/owner";
import {
  claimQueuedJob,
  createJob,
  findJob,
  modelTechnology,
  pendingJobFor,
  runningJobs,
  updateJob,
  type JobRecord,
} from "./model.repository";
import { activateModel, technologyDef, trainTechnology, type ModelOptions } from "./model.service";

/** Stages in the order a job goes through them, for one progress figure from 0 to 1. */
const STAGES = ["evaluate", "features", "forest", "threshold", "classify", "commit"];

export function enqueueTraining(
  db: Db,
  technologyId: string,
  options: ModelOptions & { activate: boolean; actor: string | null },
): JobRecord {
  const tech = technologyDef(options.taxonomy, technologyId);
  const id = createJob(db, {
    kind: "train",
    technologyId: tech.id,
    activate: options.activate,
    actor: options.actor,
  });
  return findJob(db, id)!;
}

/** Queues the activation of a model, or returns the one already queued or running for it. */
export function enqueueActivation(
  db: Db,
  modelId: number,
  options: ModelOptions & { actor: string | null },
): JobRecord {
  const technologyId = modelTechnology(db, modelId);
  if (technologyId === null) throw new NotFoundError(`no model ${modelId}`);
  technologyDef(options.taxonomy, technologyId);
  return writeTransaction(db, () => {
    const pending = pendingJobFor(db, "activate", modelId);
    if (pending) return pending;
    return findJob(db, createJob(db, { kind: "activate", technologyId, modelId, actor: options.actor }))!;
  });
}

function progressOf(stage: string, done: number, total: number): number {
  const i = STAGES.indexOf(stage.split(" ")[0]!);
  const share = total > 0 ? done / total : 0;
  return Math.min(i >= 0 ? (i + share) / STAGES.length : 0.95, 0.99);
}

/** Runs a claimed (running) job to its end and records the outcome; never throws for the job's own failure. */
async function runJob(db: Db, job: JobRecord, options: ModelOptions): Promise<JobRecord> {
  const onProgress = (stage: string, done: number, total: number) => {
    updateJob(db, job.id, { progress: progressOf(stage, done, total), message: `${stage} ${done}/${total}` });
    options.onProgress?.(stage, done, total);
  };
  try {
    if (job.kind === "activate") {
      activateModel(db, job.modelId!, { ...options, onProgress });
      updateJob(db, job.id, { status: "succeeded", progress: 1, message: `model ${job.modelId} active` });
    } else {
      const r = await trainTechnology(db, job.technologyId, {
        ...options,
        activate: job.activate,
        onProgress,
      });
      updateJob(db, job.id, {
        status: "succeeded",
        progress: 1,
        modelId: r.modelId,
        message: `model ${r.modelId}: accuracy ${r.metrics.accuracy.toFixed(3)}, F1 ${r.metrics.f1.toFixed(3)}${r.activated ? ", active" : ""}`,
      });
    }
  } catch (e) {
    updateJob(db, job.id, { status: "failed", message: e instanceof Error ? e.message : String(e) });
  }
  return findJob(db, job.id)!;
}

/** Claims and runs queued jobs one after another until none is left; returns how many ran. */
export async function runQueuedJobs(db: Db, options: ModelOptions): Promise<number> {
  const owner = processOwner();
  let ran = 0;
  for (;;) {
    const job = writeTransaction(db, () => claimQueuedJob(db, owner));
    if (!job) return ran;
    await runJob(db, job, options);
    ran += 1;
  }
}

/**
 * Jobs left running by a runner that is gone: activations are queued again, trainings marked
 * interrupted. Called at every start (src/cli/runtime.ts).
 */
export function recoverInterruptedJobs(db: Db): { requeued: number; interrupted: number } {
  let requeued = 0;
  let interrupted = 0;
  for (const job of runningJobs(db)) {
    if (!ownerIsGone(job.owner, job.heartbeatAt)) continue;
    if (job.kind === "activate") {
      updateJob(db, job.id, {
        status: "queued",
        progress: 0,
        message: `its runner (${job.owner ?? "unknown"}) stopped; queued again`,
      });
      requeued += 1;
    } else {
      updateJob(db, job.id, {
        status: "interrupted",
        message: `its runner (${job.owner ?? "unknown"}) stopped before it finished; train again`,
      });
      interrupted += 1;
    }
  }
  return { requeued, interrupted };
}

/** Polls for queued jobs and runs them, until stopped (the server's job process). */
export function startJobRunner(
  db: Db,
  options: ModelOptions,
  opts: { pollMs?: number; onError?: (e: unknown) => void } = {},
): { nudge(): void; stop(): Promise<void> } {
  const pollMs = opts.pollMs ?? 1000;
  let stopped = false;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (!stopped) {
      try {
        await runQueuedJobs(db, options);
      } catch (e) {
        opts.onError?.(e);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
  })();
  return {
    nudge: () => wake?.(),
    stop: async () => {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}

export function jobById(db: Db, id: string): JobRecord {
  const job = /^\d+$/u.test(id) ? findJob(db, Number(id)) : null;
  if (!job) throw new NotFoundError(`no job ${id}`);
  return job;
}
