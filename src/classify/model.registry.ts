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

/** Active models by technology id (empty until a model has been trained and activated). */
export function loadActiveModels(db: Db): Map<string, ActiveModel> {
  const out = new Map<string, ActiveModel>();
  for (const m of activeModelIds(db)) {
    const classifier = classifierOf(db, m.id);
    out.set(m.technologyId, {
      id: m.id,
      threshold: m.threshold,
      predictProbability: (docs) => classifier.predictProbability(docs),
    });
  }
  return out;
}
