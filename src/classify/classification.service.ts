// Decides each post's label per technology and stores it with its provenance (keyword hit,
// probability, label source, model). A hand label decides; otherwise the active model (in the
// study's mode only for keyword candidates); without a model, the keyword rules alone.
import type { Db } from "../db/client";
import type { TechnologyDef } from "../taxonomy/taxonomy.model";
import {
  handLabels,
  postsForClassification,
  upsertClassifications,
  type ClassificationRow,
} from "./classification.repository";
import type { ClassifierDoc } from "./classifier";
import { keywordText, matchKeywords } from "./keywords";
import { postText, type PostTextInput } from "./post-text";

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

/** What a post's text says for one technology, before any hand label. */
export interface TextScores {
  keywordHits: boolean[];
  /** The model's vote share; null without a model, and for posts the model is not asked about. */
  probabilities: (number | null)[];
}

/**
 * Keyword hits and model probabilities of posts for each technology (`models[t]` for
 * `technologies[t]`; each text is read once for all their rules). In the study's mode
 * ("candidates") a model is asked about keyword candidates only: a post that is no candidate is
 * no, whatever the model would say, so its probability stays null (and its label comes from the
 * keyword rules). In "all" mode the model scores every post.
 */
export function scoreTexts(
  technologies: readonly TechnologyDef[],
  posts: readonly PostTextInput[],
  models: readonly (ActiveModel | null)[],
  mode: ClassifyMode,
): TextScores[] {
  const texts = posts.map((p) => keywordText(postText(p)));
  return technologies.map((tech, t) => {
    const keywordHits = texts.map((text) => matchKeywords(tech, text).hit);
    const probabilities: (number | null)[] = posts.map(() => null);
    const model = models[t] ?? null;
    if (model) {
      const asked = posts.flatMap((_p, i) => (mode === "all" || keywordHits[i] ? [i] : []));
      const scores = model.predictProbability(asked.map((i) => posts[i]!));
      asked.forEach((i, j) => (probabilities[i] = scores[j]!));
    }
    return { keywordHits, probabilities };
  });
}

/**
 * Stores the classifications of posts from their scores (`scores[t]` for
 * `options.technologies[t]`, each aligned with `postIds`), deciding every label with the post's
 * hand label. The models must be the ones the scores came from.
 */
export function storeScores(
  db: Db,
  postIds: readonly number[],
  scores: readonly TextScores[],
  options: Omit<ClassifyOptions, "models"> & {
    models: ReadonlyMap<string, Pick<ActiveModel, "id" | "threshold">>;
  },
): void {
  if (postIds.length === 0) return;
  const rows: ClassificationRow[] = [];
  options.technologies.forEach((tech, t) => {
    const hand = handLabels(db, tech.id, postIds);
    const model = options.models.get(tech.id) ?? null;
    const { keywordHits, probabilities } = scores[t]!;
    postIds.forEach((postId, i) => {
      const keywordHit = keywordHits[i]!;
      const probability = probabilities[i]!;
      rows.push({
        technologyId: tech.id,
        postId,
        keywordHit,
        probability,
        ...decideLabel(keywordHit, probability, hand.get(postId), model, options.mode),
        modelId: model?.id ?? null,
      });
    });
  });
  upsertClassifications(db, rows);
}

/** Classifies the given posts for every technology and stores the results. */
export function classifyPosts(db: Db, postIds: readonly number[], options: ClassifyOptions): void {
  const posts = postsForClassification(db, postIds);
  const models = options.technologies.map((tech) => options.models.get(tech.id) ?? null);
  const scores = scoreTexts(options.technologies, posts, models, options.mode);
  storeScores(
    db,
    posts.map((p) => p.id),
    scores,
    options,
  );
}
