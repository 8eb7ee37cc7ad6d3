// Trains one classifier off the main thread, so the API keeps answering while a model trains.
import { parentPort, workerData } from "node:worker_threads";
import { trainAndEvaluate } from "./evaluate";
import type { TrainingRequest, WorkerMessage } from "./model.training";

const request = workerData as TrainingRequest;
const { artifact, cv } = trainAndEvaluate({
  docs: request.docs,
  labels: request.labels,
  params: request.params,
  seed: request.seed,
  folds: request.folds,
  onProgress: (p) => parentPort?.postMessage({ type: "progress", progress: p }),
});
const done: WorkerMessage = {
  type: "done",
  artifact,
  cvPredicted: Array.from(cv.predicted),
  cvFolds: Array.from(cv.folds),
};
parentPort?.postMessage(done);
