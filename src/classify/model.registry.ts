// The active model per technology, loaded once per model id and shared by every request.
import type { Db } from "../db/client";
import type { ActiveModel } from "./classification.service";
import { loadClassifier, type Classifier } from "./classifier";
import { activeModelIds, modelArtifact } from "./model.repository";

const loaded = new WeakMap<Db, Map<number, Classifier>>();

/** The loaded classifier of a model (models never change once trained, so this caches forever). */
export function classifierOf(db: Db, modelId: number): Classifier {
  let cache = loaded.get(db);
  if (!cache) {
    cache = new Map();
    loaded.set(db, cache);
  }
  let model = cache.get(modelId);
  if (!model) {
    model = loadClassifier(modelArtifact(db, modelId));
    cache.set(modelId, model);
  }
  return model;
}

/** A stored model as classification uses it (active or not). */
export function modelForClassification(db: Db, modelId: number): ActiveModel {
  const classifier = classifierOf(db, modelId);
  return {
    id: modelId,
    threshold: classifier.threshold,
    predictProbability: (docs) => classifier.predictProbability(docs),
  };
}

/** Active models by technology id (empty until a model has been trained and activated). */
export function loadActiveModels(db: Db): Map<string, ActiveModel> {
  return new Map(activeModelIds(db).map((m) => [m.technologyId, modelForClassification(db, m.id)]));
}
