// Training started over GraphQL runs as a job: the mutation returns at once and the job's
// status and progress can be queried while the worker trains.
import type { Db } from "../db/client";
import { NotFoundError } from "../shared/errors";
import { createJob, findJob, updateJob, type JobRecord } from "./model.repository";
import { technologyDef, trainTechnology, type ModelOptions } from "./model.service";

const STAGES = ["evaluate", "features", "forest", "threshold"];

export function startTrainingJob(
  db: Db,
  technologyId: string,
  options: ModelOptions & { activate: boolean },
): JobRecord {
  technologyDef(options.taxonomy, technologyId);
  const id = createJob(db, technologyId);
  updateJob(db, id, { status: "running", message: "training" });
  void trainTechnology(db, technologyId, {
    ...options,
    onProgress: (stage, done, total) => {
      const i = STAGES.indexOf(stage);
      const share = total > 0 ? done / total : 0;
      const progress = i >= 0 ? (i + share) / STAGES.length : 0.95;
      updateJob(db, id, { progress: Math.min(progress, 0.99), message: `${stage} ${done}/${total}` });
    },
  }).then(
    (r) =>
      updateJob(db, id, {
        status: "succeeded",
        progress: 1,
        modelId: r.modelId,
        message: `model ${r.modelId}: accuracy ${r.metrics.accuracy.toFixed(3)}, F1 ${r.metrics.f1.toFixed(3)}${r.activated ? ", active" : ""}`,
      }),
    (e: unknown) =>
      updateJob(db, id, { status: "failed", message: e instanceof Error ? e.message : String(e) }),
  );
  return findJob(db, id)!;
}

export function jobById(db: Db, id: string): JobRecord {
  const job = /^\d+$/u.test(id) ? findJob(db, Number(id)) : null;
  if (!job) throw new NotFoundError(`no training job ${id}`);
  return job;
}
