// Decides each post's label per technology and stores it with its provenance (keyword hit,
// probability, label source, model). A hand label decides; otherwise the active model (in the
// study's mode only for keyword candidates); without a model, the keyword rules alone.
import type { Db } from "../db/client";
import type { TechnologyDef } from "../taxonomy/taxonomy.types";
import {
  handLabels,
  postsForClassification,
  upsertClassifications,
  type ClassificationRow,
} from "./classification.repository";
import type { ClassifierDoc } from "./classifier";
import { matchKeywords } from "./keywords";
import { postText } from "./post-text";

/** A loaded model as classification needs it. */
export interface ActiveModel {
  id: number;
  threshold: number;
  predictProbability(docs: readonly ClassifierDoc[]): ArrayLike<number>;
}

/**
 * "candidates": final = keyword candidate AND model positive (the study's method, default).
 * "all": the model decides every post, so what the keywords miss can be measured.
 */
export type ClassifyMode = "candidates" | "all";

export function classifyModeFromEnv(env: NodeJS.ProcessEnv = process.env): ClassifyMode {
  return env.FRONTIER_CLASSIFY === "all" ? "all" : "candidates";
}

export interface ClassifyOptions {
  technologies: TechnologyDef[];
  /** Active model per technology id; technologies without one use the keyword rules. */
  models: Map<string, ActiveModel>;
  mode: ClassifyMode;
}

/** Classifies the given posts for every technology and stores the results. */
export function classifyPosts(db: Db, postIds: number[], options: ClassifyOptions): void {
  const posts = postsForClassification(db, postIds);
  if (posts.length === 0) return;
  const texts = posts.map((p) => postText(p));
  const rows: ClassificationRow[] = [];
  for (const tech of options.technologies) {
    const hand = handLabels(db, tech.id, postIds);
    const model = options.models.get(tech.id) ?? null;
    const probabilities = model ? model.predictProbability(posts) : null;
    posts.forEach((post, i) => {
      const keywordHit = matchKeywords(tech, texts[i]!).hit;
      const probability = probabilities ? probabilities[i]! : null;
      const handLabel = hand.get(post.id);
      let label: boolean;
      let labelSource: ClassificationRow["labelSource"];
      if (handLabel !== undefined) {
        label = handLabel;
        labelSource = "hand";
      } else if (model && probability !== null) {
        const positive = probability >= model.threshold;
        label = options.mode === "all" ? positive : keywordHit && positive;
        labelSource = "model";
      } else {
        label = keywordHit;
        labelSource = "keyword";
      }
      rows.push({
        technologyId: tech.id,
        postId: post.id,
        keywordHit,
        probability,
        label,
        labelSource,
        modelId: model?.id ?? null,
      });
    });
  }
  upsertClassifications(db, rows);
}
