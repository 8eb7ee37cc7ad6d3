// Runs training in a worker thread and reports progress; the pipeline itself is in evaluate.ts.
import { Worker } from "node:worker_threads";
import type { ClassifierArtifact, ClassifierDoc, ClassifierParams, TrainProgress } from "./classifier";

export interface TrainingRequest {
  docs: ClassifierDoc[];
  labels: number[];
  params: ClassifierParams;
  seed: number;
  folds: number;
}

/** The trained model, and the cross-validated prediction (0/1) and fold of every training row. */
export interface TrainingResult {
  artifact: ClassifierArtifact;
  cvPredicted: number[];
  cvFolds: number[];
}

export type WorkerMessage =
  { type: "progress"; progress: TrainProgress } | ({ type: "done" } & TrainingResult);

export function trainInWorker(
  request: TrainingRequest,
  onProgress?: (p: TrainProgress) => void,
): Promise<TrainingResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./train.worker.mjs", import.meta.url), { workerData: request });
    let result: TrainingResult | null = null;
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") onProgress?.(m.progress);
      else result = { artifact: m.artifact, cvPredicted: m.cvPredicted, cvFolds: m.cvFolds };
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (result) resolve(result);
      else reject(new Error(`training worker stopped (exit code ${code}) without a model`));
    });
  });
}
