// The classification pipeline for one technology: post -> features (TF-IDF of words, optional
// skill-tag and keyword-rule features) -> random forest -> vote share -> threshold. Trains to a
// JSON-able artifact (stored in the models table) and loads it back for prediction and explain.

import { normalizeTag } from "../taxonomy/normalize";
import type { TechnologyDef } from "../taxonomy/taxonomy.model";
import type { ForestParams, RandomForestJson } from "./forest";
import { CompiledForest, DEFAULT_FOREST_PARAMS, csrFromRows, trainForest } from "./forest";
import { matchKeywords } from "./keywords";
import type { BinaryMetrics } from "./metrics";
import { chooseThreshold, stratifiedFolds } from "./metrics";
import type { PostTextInput } from "./post-text";
import { postText } from "./post-text";
import type { SparseVector, TfidfModel, TfidfParams } from "./tfidf";
import { TfidfTransformer, fitTfidf, fitTfidfWords } from "./tfidf";
import { words, wordsWithHead } from "./tokenizer";

export type ClassifierDoc = PostTextInput;

interface ThresholdParams {
  /**
   * "oob": maximise F1 over the out-of-bag vote shares of the training rows (free: no extra
   * forests); "inner-cv": over vote shares of an inner k-fold CV of the training rows;
   * "fixed": use `value`.
   */
  method: "oob" | "inner-cv" | "fixed";
  value: number;
  innerFolds: number;
}

export interface ClassifierParams {
  /** TF-IDF of word unigrams (+ bigrams) of title, skills and description. */
  words: TfidfParams & { ngramMax: 1 | 2 };
  /** Title words as their own TF-IDF block ("title: ai"): the guidelines judge by title first; null = off. */
  title: TfidfParams | null;
  /** Skill tags as their own TF-IDF block ("skill: machine learning"); null = off. */
  skills: TfidfParams | null;
  /** Keyword-rule features (per technology: hit, each include/exclude term fired); null = off. */
  keywords: { rules: TechnologyDef[]; terms: boolean } | null;
  forest: ForestParams;
  threshold: ThresholdParams;
}

export const DEFAULT_CLASSIFIER_PARAMS: ClassifierParams = {
  words: { minDf: 2, maxFeatures: 20_000, sublinearTf: true, ngramMax: 2 },
  title: null,
  skills: null,
  keywords: null,
  forest: DEFAULT_FOREST_PARAMS,
  threshold: { method: "oob", value: 0.5, innerFolds: 5 },
};

/**
 * The parameters Frontier trains with, chosen by cross-validation on labeled.csv (see
 * docs/classifier.md): word TF-IDF of the whole post (10,000 terms) plus a TF-IDF block of the title alone,
 * 100 uniform-sampled trees, threshold on the vote share by out-of-bag F1. Keyword-rule features
 * were measured not to help (they dilute the columns drawn per split), so `_rules` is accepted for
 * callers that pass the taxonomy but not used.
 */
export function recommendedParams(_rules: readonly TechnologyDef[] = []): ClassifierParams {
  return {
    ...DEFAULT_CLASSIFIER_PARAMS,
    words: { ...DEFAULT_CLASSIFIER_PARAMS.words, maxFeatures: 10_000 },
    title: { minDf: 2, maxFeatures: 5000, sublinearTf: true },
  };
}

export interface ClassifierArtifact {
  format: "frontier-classifier/1";
  params: ClassifierParams;
  seed: number;
  features: {
    words: TfidfModel;
    title: TfidfModel | null;
    skills: TfidfModel | null;
    /** Names of the keyword features, in column order. */
    keywords: string[];
  };
  /** ml-random-forest's RFClassifier JSON; columns are the concatenated feature blocks. */
  forest: RandomForestJson;
  threshold: number;
  training: { rows: number; positives: number };
  /** Cross-validated metrics when training was asked to evaluate, else null. */
  metrics: BinaryMetrics | null;
}

export interface TrainProgress {
  stage: "features" | "forest" | "threshold" | "evaluate";
  done: number;
  total: number;
}

// ---- features ---------------------------------------------------------------------------------

/** A document reduced to the token lists of each feature block; computed once per document. */
export interface PreparedDoc {
  /** Words of the whole post text (n-grams are formed from them by the vectorizer). */
  words: string[];
  /** Words of the title. */
  title: string[];
  skills: string[];
  keywords: string[];
}

export function prepareDoc(doc: ClassifierDoc, params: ClassifierParams): PreparedDoc {
  const text = postText(doc);
  const keywords: string[] = [];
  if (params.keywords !== null) {
    for (const tech of params.keywords.rules) {
      const m = matchKeywords(tech, text);
      if (m.hit) keywords.push(`${tech.id}`);
      if (params.keywords.terms) {
        for (const t of m.included) keywords.push(`${tech.id} +${t.toLowerCase()}`);
        for (const t of m.excluded) keywords.push(`${tech.id} -${t.toLowerCase()}`);
      }
    }
  }
  // The post text starts with the title and a line break: one pass gives both word lists.
  const tokens = params.title === null ? { words: words(text), head: [] } : wordsWithHead(text, doc.title);
  return {
    words: tokens.words,
    title: tokens.head,
    skills: params.skills === null ? [] : doc.skills.map(normalizeTag).filter((s) => s !== ""),
    keywords,
  };
}

interface FeatureSpace {
  ngramMax: 1 | 2;
  words: TfidfTransformer;
  title: TfidfTransformer | null;
  skills: TfidfTransformer | null;
  keywords: Map<string, number>;
  keywordNames: string[];
  offsets: { title: number; skills: number; keywords: number; end: number };
}

function featureSpace(features: ClassifierArtifact["features"], ngramMax: 1 | 2): FeatureSpace {
  const words = new TfidfTransformer(features.words);
  const title = features.title === null ? null : new TfidfTransformer(features.title);
  const skills = features.skills === null ? null : new TfidfTransformer(features.skills);
  const titleAt = words.size;
  const skillsAt = titleAt + (title?.size ?? 0);
  const keywordsAt = skillsAt + (skills?.size ?? 0);
  return {
    ngramMax,
    words,
    title,
    skills,
    keywords: new Map(features.keywords.map((k, i) => [k, i])),
    keywordNames: features.keywords,
    offsets: {
      title: titleAt,
      skills: skillsAt,
      keywords: keywordsAt,
      end: keywordsAt + features.keywords.length,
    },
  };
}

function vectorize(space: FeatureSpace, doc: PreparedDoc): SparseVector {
  const w = space.words.transformWords(doc.words, space.ngramMax);
  const tt = space.title === null ? null : space.title.transformWords(doc.title, space.ngramMax);
  const s = space.skills === null ? null : space.skills.transform(doc.skills);
  const kw =
    doc.keywords.length === 0
      ? []
      : [...new Set(doc.keywords.map((k) => space.keywords.get(k)).filter((i) => i !== undefined))].sort(
          (a, b) => a - b,
        );
  const n = w.indices.length + (tt?.indices.length ?? 0) + (s?.indices.length ?? 0) + kw.length;
  const indices = new Int32Array(n);
  const values = new Float64Array(n);
  indices.set(w.indices);
  values.set(w.values);
  let at = w.indices.length;
  if (tt !== null) {
    for (let k = 0; k < tt.indices.length; k++) {
      indices[at] = (tt.indices[k] as number) + space.offsets.title;
      values[at++] = tt.values[k] as number;
    }
  }
  if (s !== null) {
    for (let k = 0; k < s.indices.length; k++) {
      indices[at] = (s.indices[k] as number) + space.offsets.skills;
      values[at++] = s.values[k] as number;
    }
  }
  for (const i of kw) {
    indices[at] = i + space.offsets.keywords;
    // Binary: a rule either fired or not.
    values[at++] = 1;
  }
  return { indices, values };
}

function fitFeatures(docs: readonly PreparedDoc[], params: ClassifierParams): ClassifierArtifact["features"] {
  const { ngramMax: _ngramMax, ...wordParams } = params.words;
  void _ngramMax;
  const keywordNames = [...new Set(docs.flatMap((d) => d.keywords))].sort((a, b) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return {
    words: fitTfidfWords(
      docs.map((d) => d.words),
      wordParams,
      params.words.ngramMax,
    ),
    title:
      params.title === null
        ? null
        : fitTfidfWords(
            docs.map((d) => d.title),
            params.title,
            params.words.ngramMax,
          ),
    skills:
      params.skills === null
        ? null
        : fitTfidf(
            docs.map((d) => d.skills),
            params.skills,
          ),
    keywords: keywordNames,
  };
}

// ---- training ---------------------------------------------------------------------------------

export interface TrainInput {
  docs: readonly ClassifierDoc[];
  /** 1 = the post is the technology, 0 = it is not. */
  labels: ArrayLike<number>;
  params?: ClassifierParams;
  seed?: number;
  onProgress?: (p: TrainProgress) => void;
}

interface FitResult {
  artifact: ClassifierArtifact;
}

/** Trains on already prepared documents (CV prepares each document once for all folds). */
export function trainPrepared(
  prepared: readonly PreparedDoc[],
  labels: ArrayLike<number>,
  params: ClassifierParams,
  seed: number,
  onProgress?: (p: TrainProgress) => void,
): FitResult {
  const features = fitFeatures(prepared, params);
  const space = featureSpace(features, params.words.ngramMax);
  const X = csrFromRows(
    prepared.map((d) => vectorize(space, d)),
    space.offsets.end,
  );
  const y = Uint8Array.from({ length: prepared.length }, (_, i) => (labels[i] === 1 ? 1 : 0));
  const { model, oobShare } = trainForest(X, y, params.forest, seed, (done, total) =>
    onProgress?.({ stage: "forest", done, total }),
  );
  let threshold = params.threshold.value;
  if (params.threshold.method === "oob") {
    threshold = chooseThreshold(oobShare, y);
  } else if (params.threshold.method === "inner-cv") {
    const k = params.threshold.innerFolds;
    const scores = innerScores(prepared, y, params, k, seed + 1, (done) =>
      onProgress?.({ stage: "threshold", done, total: k }),
    );
    threshold = chooseThreshold(scores, y);
  }
  let positives = 0;
  for (const v of y) positives += v;
  return {
    artifact: {
      format: "frontier-classifier/1",
      params,
      seed,
      features,
      forest: model,
      threshold,
      training: { rows: prepared.length, positives },
      metrics: null,
    },
  };
}

/**
 * For each fold f of `folds` (values 0..k-1): trains on the rows of the other folds with seed
 * `seedOf(f)` and scores the rows of fold f. Returns every row's held-out vote share and the
 * threshold each fold's model chose on its own training rows.
 */
export function heldOutScores(
  prepared: readonly PreparedDoc[],
  y: Uint8Array,
  folds: ArrayLike<number>,
  k: number,
  params: ClassifierParams,
  seedOf: (fold: number) => number,
  onFold?: (done: number) => void,
): { scores: Float64Array; thresholds: number[] } {
  const scores = new Float64Array(prepared.length);
  const thresholds: number[] = [];
  for (let f = 0; f < k; f++) {
    const train: number[] = [];
    const test: number[] = [];
    for (let i = 0; i < prepared.length; i++) (folds[i] === f ? test : train).push(i);
    const { artifact } = trainPrepared(
      train.map((i) => prepared[i] as PreparedDoc),
      train.map((i) => y[i] as number),
      params,
      seedOf(f),
    );
    const p = loadClassifier(artifact).predictPreparedProbability(
      test.map((i) => prepared[i] as PreparedDoc),
    );
    test.forEach((row, j) => {
      scores[row] = p[j] as number;
    });
    thresholds.push(artifact.threshold);
    onFold?.(f + 1);
  }
  return { scores, thresholds };
}

/** Vote shares of each row from forests trained on the other folds (threshold left fixed). */
function innerScores(
  prepared: readonly PreparedDoc[],
  y: Uint8Array,
  params: ClassifierParams,
  k: number,
  seed: number,
  onFold?: (done: number) => void,
): Float64Array {
  const inner: ClassifierParams = { ...params, threshold: { ...params.threshold, method: "fixed" } };
  const folds = stratifiedFolds(y, k, seed);
  return heldOutScores(prepared, y, folds, k, inner, (f) => seed + f, onFold).scores;
}

/** Trains a classifier for one technology and returns its JSON-able artifact. */
export function trainClassifier(input: TrainInput): ClassifierArtifact {
  const params = input.params ?? DEFAULT_CLASSIFIER_PARAMS;
  const seed = input.seed ?? 0;
  input.onProgress?.({ stage: "features", done: 0, total: input.docs.length });
  const prepared = input.docs.map((d) => prepareDoc(d, params));
  input.onProgress?.({ stage: "features", done: input.docs.length, total: input.docs.length });
  return trainPrepared(prepared, input.labels, params, seed, input.onProgress).artifact;
}

// ---- prediction -------------------------------------------------------------------------------

interface ExplainedTerm {
  /** The feature as a reader sees it: a word or bigram, "title: <word>", "skill: <tag>" or "keyword: <rule>". */
  feature: string;
  kind: "word" | "title" | "skill" | "keyword";
  /** Whether the post contains it (absence can push too: no "ai" lowers an AI score). */
  present: boolean;
  /** Mean change of the positive leaf share along the trees' paths at splits on this feature. */
  contribution: number;
}

interface Explanation {
  probability: number;
  label: boolean;
  threshold: number;
  /** Mean positive share at the roots: the score before any split. */
  bias: number;
  terms: ExplainedTerm[];
}

export interface Classifier {
  readonly threshold: number;
  readonly nFeatures: number;
  readonly nTrees: number;
  /** Vote share of the positive class per document. */
  predictProbability(docs: readonly ClassifierDoc[]): Float64Array;
  /** probability >= threshold. */
  predict(docs: readonly ClassifierDoc[]): boolean[];
  predictPreparedProbability(docs: readonly PreparedDoc[]): Float64Array;
  explain(doc: ClassifierDoc, topN?: number): Explanation;
}

export function loadClassifier(artifact: ClassifierArtifact): Classifier {
  if (artifact.format !== "frontier-classifier/1")
    throw new Error(`unknown classifier format ${String(artifact.format)}`);
  // Keep only what prediction needs: closing over `artifact` would keep its nested tree JSON
  // (several times the size of the compiled forest) alive for the model's lifetime.
  const params = artifact.params;
  const features = artifact.features;
  const threshold = artifact.threshold;
  const space = featureSpace(features, params.words.ngramMax);
  const forest = new CompiledForest(artifact.forest);
  if (forest.nFeatures !== space.offsets.end) {
    throw new Error(`forest expects ${forest.nFeatures} features, vocabulary gives ${space.offsets.end}`);
  }
  const nameOf = (f: number): { feature: string; kind: ExplainedTerm["kind"] } => {
    if (f < space.offsets.title) return { feature: features.words.vocabulary[f] ?? "?", kind: "word" };
    if (f < space.offsets.skills) {
      return {
        feature: `title: ${features.title?.vocabulary[f - space.offsets.title] ?? "?"}`,
        kind: "title",
      };
    }
    if (f < space.offsets.keywords) {
      return {
        feature: `skill: ${features.skills?.vocabulary[f - space.offsets.skills] ?? "?"}`,
        kind: "skill",
      };
    }
    return { feature: `keyword: ${space.keywordNames[f - space.offsets.keywords] ?? "?"}`, kind: "keyword" };
  };
  const predictPreparedProbability = (docs: readonly PreparedDoc[]): Float64Array => {
    const out = new Float64Array(docs.length);
    docs.forEach((d, i) => {
      out[i] = forest.voteShare(vectorize(space, d));
    });
    return out;
  };
  const predictProbability = (docs: readonly ClassifierDoc[]): Float64Array => {
    const out = new Float64Array(docs.length);
    docs.forEach((d, i) => {
      out[i] = forest.voteShare(vectorize(space, prepareDoc(d, params)));
    });
    return out;
  };
  return {
    threshold: threshold,
    nFeatures: space.offsets.end,
    nTrees: forest.nTrees,
    predictProbability,
    predictPreparedProbability,
    predict: (docs) => Array.from(predictProbability(docs), (p) => p >= threshold),
    explain: (doc, topN = 10) => {
      const v = vectorize(space, prepareDoc(doc, params));
      const probability = forest.voteShare(v);
      const present = new Set(v.indices);
      const { bias, byFeature } = forest.contributions(v);
      const terms = [...byFeature]
        .filter(([, c]) => c !== 0)
        .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0])
        .slice(0, topN)
        .map(([f, contribution]) => ({ ...nameOf(f), present: present.has(f), contribution }));
      return { probability, label: probability >= threshold, threshold: threshold, bias, terms };
    },
  };
}
