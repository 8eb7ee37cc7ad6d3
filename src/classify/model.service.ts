// Training, activation and reclassification, hand labels, and classification of any text.
import { createHash } from "node:crypto";
import { writeTransaction, type Db } from "../db/client";
import { BadUserInputError, NotFoundError } from "../shared/errors";
import { getMeta, setMeta } from "../db/app-meta";
import type { TechnologyDef, Taxonomy } from "../taxonomy/taxonomy.model";
import { classifyPosts, type ClassifyMode } from "./classification.service";
import { recommendedParams, type TrainProgress } from "./classifier";
import { keywordStrata, type KeywordStrata } from "./estimate";
import { matchKeywords } from "./keywords";
import { switchClassifier } from "./model.activation";
import { classifierOf, loadActiveModels, modelForClassification } from "./model.registry";
import { insertModel, labeledPosts, modelTechnology, upsertHandLabel } from "./model.repository";
import { trainInWorker } from "./model.training";
import { postText } from "./post-text";

const CV_FOLDS = 5;
const TRAINING_SEED = 42;

interface StoredMetrics {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  folds: number;
  n: number;
  positives: number;
  /**
   * The CV confusion split by the keyword gate (of the rules at training time): what estimates
   * corrected for classifier error need (estimate.ts). Absent in models trained before it.
   */
  strata: KeywordStrata;
}

export interface TrainResult {
  modelId: number;
  technologyId: string;
  trainingRows: number;
  positives: number;
  threshold: number;
  metrics: StoredMetrics;
  activated: boolean;
}

export interface ModelOptions {
  taxonomy: Taxonomy;
  mode: ClassifyMode;
  onProgress?: (stage: string, done: number, total: number) => void;
}

export function technologyDef(taxonomy: Taxonomy, id: string, field = "technology"): TechnologyDef {
  const tech = taxonomy.technologies.find((t) => t.id === id);
  if (!tech) throw new BadUserInputError(`unknown technology '${id}'`, field);
  return tech;
}

/** Trains a model from the hand labels in the database, stores it, and activates it if asked. */
export async function trainTechnology(
  db: Db,
  technologyId: string,
  options: ModelOptions & {
    activate: boolean;
    folds?: number;
    seed?: number;
    /** Trees of the forest instead of the recommended 100 (quick experiments and tests). */
    trees?: number;
  },
): Promise<TrainResult> {
  const tech = technologyDef(options.taxonomy, technologyId);
  const folds = options.folds ?? CV_FOLDS;
  const rows = labeledPosts(db, tech.id);
  const positives = rows.filter((r) => r.label).length;
  if (positives < folds || rows.length - positives < folds)
    throw new BadUserInputError(
      `training ${tech.id} needs at least ${folds} positive and ${folds} negative hand labels; it has ${positives} and ${rows.length - positives}`,
      "technology",
    );
  const docs = rows.map((r) => ({ title: r.title, skills: r.skills, description: r.description }));
  const labels = rows.map((r) => (r.label ? 1 : 0));
  const fingerprint = createHash("sha256")
    .update(JSON.stringify(rows.map((r, i) => [r.id, postText(docs[i]!), labels[i]])))
    .digest("hex");
  const recommended = recommendedParams(options.taxonomy.technologies);
  const params =
    options.trees === undefined
      ? recommended
      : { ...recommended, forest: { ...recommended.forest, nTrees: options.trees } };
  const seed = options.seed ?? TRAINING_SEED;
  const { artifact, cvPredicted, cvFolds } = await trainInWorker(
    { docs, labels, params, seed, folds },
    (p: TrainProgress) => options.onProgress?.(p.stage, p.done, p.total),
  );
  const m = artifact.metrics!;
  const metrics: StoredMetrics = {
    accuracy: m.accuracy,
    precision: m.precision,
    recall: m.recall,
    f1: m.f1,
    ...m.confusion,
    folds,
    n: m.n,
    positives: m.positives,
    strata: keywordStrata(
      labels,
      cvPredicted,
      docs.map((d) => matchKeywords(tech, postText(d)).hit),
      cvFolds,
    ),
  };
  const modelId = insertModel(db, {
    technologyId: tech.id,
    params: {
      ...params,
      keywords: params.keywords ? { technologies: params.keywords.rules.map((r) => r.id) } : null,
      seed,
      folds,
    },
    metrics,
    threshold: artifact.threshold,
    fingerprint,
    trainingRows: rows.length,
    artifact,
  });
  if (options.activate) activateModel(db, modelId, options);
  return {
    modelId,
    technologyId: tech.id,
    trainingRows: rows.length,
    positives,
    threshold: artifact.threshold,
    metrics,
    activated: options.activate,
  };
}

/**
 * Makes a model its technology's active one and reclassifies every post for that technology,
 * atomically for readers (see model.activation.ts). Slow on a large database: the server runs
 * it as a job (model.jobs.ts), never inside a request.
 */
export function activateModel(db: Db, modelId: number, options: ModelOptions): void {
  const technologyId = modelTechnology(db, modelId);
  if (technologyId === null) throw new NotFoundError(`no model ${modelId}`);
  const tech = technologyDef(options.taxonomy, technologyId);
  switchClassifier(db, tech, modelForClassification(db, modelId), options);
}

/** Recomputes every post's classification for one technology under its active model. */
function reclassifyTechnology(db: Db, tech: TechnologyDef, options: ModelOptions): void {
  switchClassifier(db, tech, loadActiveModels(db).get(tech.id) ?? null, options);
}

/** Stores a hand label and reclassifies that post for the technology. */
export function labelPost(
  db: Db,
  postId: number,
  technologyId: string,
  label: boolean,
  actor: string,
  options: ModelOptions,
): void {
  const tech = technologyDef(options.taxonomy, technologyId);
  writeTransaction(db, () => {
    upsertHandLabel(db, postId, tech.id, label, actor);
    classifyPosts(db, [postId], { technologies: [tech], models: loadActiveModels(db), mode: options.mode });
  });
}

interface TextClassification {
  technologyId: string;
  keywordHit: boolean;
  includedTerms: string[];
  excludedTerms: string[];
  probability: number | null;
  threshold: number | null;
  label: boolean;
  modelId: number | null;
  terms: { feature: string; kind: string; present: boolean; contribution: number }[];
}

/** Classifies any text: the first line is read as the title, the rest as the description. */
export function classifyText(
  db: Db,
  text: string,
  technologyIds: string[] | null,
  options: ModelOptions,
): TextClassification[] {
  const techs = technologyIds
    ? technologyIds.map((id, i) => technologyDef(options.taxonomy, id, `technologies[${i}]`))
    : options.taxonomy.technologies;
  const [title = "", ...rest] = text.split("\n");
  const doc = { title, skills: [], description: rest.join("\n") };
  const models = loadActiveModels(db);
  return techs.map((tech) => {
    const kw = matchKeywords(tech, postText(doc));
    const model = models.get(tech.id);
    if (!model) {
      return {
        technologyId: tech.id,
        keywordHit: kw.hit,
        includedTerms: kw.included,
        excludedTerms: kw.excluded,
        probability: null,
        threshold: null,
        label: kw.hit,
        modelId: null,
        terms: [],
      };
    }
    const explanation = classifierOf(db, model.id).explain(doc, 10);
    const positive = explanation.probability >= model.threshold;
    return {
      technologyId: tech.id,
      keywordHit: kw.hit,
      includedTerms: kw.included,
      excludedTerms: kw.excluded,
      probability: explanation.probability,
      threshold: model.threshold,
      label: options.mode === "all" ? positive : kw.hit && positive,
      modelId: model.id,
      terms: explanation.terms,
    };
  });
}

const MODE_KEY = "classify_mode";

/**
 * Labels depend on the classification mode (FRONTIER_CLASSIFY). When the server starts in
 * another mode than the one the stored labels were made in, every technology with an active
 * model is reclassified, so answers never mix the two modes.
 */
export function ensureClassifyMode(db: Db, options: ModelOptions): boolean {
  const previous = getMeta(db, MODE_KEY);
  if (previous === options.mode) return false;
  const active = new Set(loadActiveModels(db).keys());
  const changed = previous !== null && active.size > 0;
  if (changed)
    for (const tech of options.taxonomy.technologies)
      if (active.has(tech.id)) reclassifyTechnology(db, tech, options);
  setMeta(db, MODE_KEY, options.mode);
  return changed;
}
