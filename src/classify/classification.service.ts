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

/**
 * A post's final label for one technology and where it comes from: its hand label decides;
 * else the model (in "candidates" mode only for keyword candidates); without a model, the
 * keyword rules.
 */
export function decideLabel(
  keywordHit: boolean,
  probability: number | null,
  handLabel: boolean | undefined,
  model: Pick<ActiveModel, "threshold"> | null,
  mode: ClassifyMode,
): { label: boolean; labelSource: ClassificationRow["labelSource"] } {
  if (handLabel !== undefined) return { label: handLabel, labelSource: "hand" };
  if (model && probability !== null) {
    const positive = probability >= model.threshold;
    return { label: mode === "all" ? positive : keywordHit && positive, labelSource: "model" };
  }
  return { label: keywordHit, labelSource: "keyword" };
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
      rows.push({
        technologyId: tech.id,
        postId: post.id,
        keywordHit,
        probability,
        ...decideLabel(keywordHit, probability, hand.get(post.id), model, options.mode),
        modelId: model?.id ?? null,
      });
    });
  }
  upsertClassifications(db, rows);
}
