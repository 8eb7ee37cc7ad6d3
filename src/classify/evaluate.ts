// Stratified k-fold cross-validation of the classification pipeline. Every fold refits the whole
// pipeline (vocabulary, idf, forest, threshold) on its training rows only, so the held-out rows
// never influence a choice that is scored on them.

import type {
  ClassifierArtifact,
  ClassifierDoc,
  ClassifierParams,
  PreparedDoc,
  TrainInput,
} from "./classifier";
import { DEFAULT_CLASSIFIER_PARAMS, heldOutScores, prepareDoc, trainPrepared } from "./classifier";
import type { BinaryMetrics } from "./metrics";
import { binaryMetrics, stratifiedFolds } from "./metrics";

export { binaryMetrics, chooseThreshold, stratifiedFolds } from "./metrics";

interface CvOptions {
  folds: number;
  seed: number;
}

interface CvResult {
  /** Pooled over all held-out rows. */
  metrics: BinaryMetrics;
  perFold: BinaryMetrics[];
  /** Threshold each fold chose on its own training rows. */
  thresholds: number[];
  /** Held-out vote share of every row. */
  probabilities: Float64Array;
  predicted: Uint8Array;
  folds: Int32Array;
}

export function crossValidatePrepared(
  prepared: readonly PreparedDoc[],
  labels: ArrayLike<number>,
  params: ClassifierParams,
  options: CvOptions,
  onFold?: (done: number, total: number) => void,
): CvResult {
  const y = Uint8Array.from({ length: prepared.length }, (_, i) => (labels[i] === 1 ? 1 : 0));
  const folds = stratifiedFolds(y, options.folds, options.seed);
  const { scores: probabilities, thresholds } = heldOutScores(
    prepared,
    y,
    folds,
    options.folds,
    params,
    (f) => options.seed + 1000 * (f + 1),
    (done) => onFold?.(done, options.folds),
  );
  // Each row is judged by the threshold its own fold's model chose.
  const predicted = Uint8Array.from(probabilities, (p, i) =>
    p >= (thresholds[folds[i] as number] as number) ? 1 : 0,
  );
  const perFold: BinaryMetrics[] = thresholds.map((_t, f) => {
    const test = [...folds.keys()].filter((i) => folds[i] === f);
    return binaryMetrics(
      test.map((i) => y[i] as number),
      test.map((i) => predicted[i] as number),
    );
  });
  return { metrics: binaryMetrics(y, predicted), perFold, thresholds, probabilities, predicted, folds };
}

/** Stratified k-fold CV of the pipeline with `params` over labeled documents. */
export function crossValidate(
  docs: readonly ClassifierDoc[],
  labels: ArrayLike<number>,
  params: ClassifierParams = DEFAULT_CLASSIFIER_PARAMS,
  options: CvOptions = { folds: 5, seed: 0 },
  onFold?: (done: number, total: number) => void,
): CvResult {
  const prepared = docs.map((d) => prepareDoc(d, params));
  return crossValidatePrepared(prepared, labels, params, options, onFold);
}

/** Trains on all rows and stores the k-fold CV metrics of the same pipeline in the artifact. */
export function trainAndEvaluate(input: TrainInput & { folds: number }): {
  artifact: ClassifierArtifact;
  cv: CvResult;
} {
  const params = input.params ?? DEFAULT_CLASSIFIER_PARAMS;
  const seed = input.seed ?? 0;
  const prepared = input.docs.map((d) => prepareDoc(d, params));
  const cv = crossValidatePrepared(
    prepared,
    input.labels,
    params,
    { folds: input.folds, seed },
    (done, total) => input.onProgress?.({ stage: "evaluate", done, total }),
  );
  const { artifact } = trainPrepared(prepared, input.labels, params, seed, input.onProgress);
  artifact.metrics = cv.metrics;
  return { artifact, cv };
}
