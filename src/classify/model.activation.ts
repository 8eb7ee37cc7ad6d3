// Switching a technology's classifier (activating a model, or reclassifying after a change of
// mode) so that readers never see it half done. Every post is scored first, outside any
// transaction (the slow part: keyword rules and the forest over every post); then one write
// transaction makes the model active and stores every post's classification, scoring again
// the posts added or changed since they were scored. A crash before that commit leaves the old
// model and all its classifications in place, so answers and `provenance` always agree.
import { writeTransaction, type Db } from "../db/client";
import type { TechnologyDef } from "../taxonomy/taxonomy.model";
import {
  allHandLabels,
  countAllPosts,
  postHashesAfter,
  postsForClassification,
  upsertClassifications,
  type ClassificationRow,
} from "./classification.repository";
import {
  classifyPosts,
  decideLabel,
  scoreTexts,
  type ActiveModel,
  type ClassifyMode,
} from "./classification.service";
import { setActiveModel } from "./model.repository";

const SCORE_CHUNK = 2000;
const WRITE_CHUNK = 10_000;

interface SwitchOptions {
  mode: ClassifyMode;
  onProgress?: (stage: string, done: number, total: number) => void;
}

/** Keyword hit and model probability of every post, in id order, with a digest of its content. */
interface Scores {
  ids: number[];
  digests: number[];
  hits: boolean[];
  probabilities: (number | null)[];
}

/** 52 bits of a post's content hash (sha1 hex): enough to tell whether it changed since scoring. */
function digestOf(hash: string): number {
  return Number.parseInt(hash.slice(0, 13), 16);
}

function scoreAllPosts(
  db: Db,
  tech: TechnologyDef,
  model: ActiveModel | null,
  options: SwitchOptions,
): Scores {
  const total = countAllPosts(db);
  const scores: Scores = { ids: [], digests: [], hits: [], probabilities: [] };
  for (let after = 0; ;) {
    const page = postHashesAfter(db, after, SCORE_CHUNK);
    if (page.length === 0) break;
    // A post deleted between the two reads is simply missing here; the commit skips it too.
    const posts = postsForClassification(
      db,
      page.map((p) => p.id),
    );
    const hashes = new Map(page.map((p) => [p.id, p.hash]));
    const { keywordHits, probabilities } = scoreTexts([tech], posts, [model], options.mode)[0]!;
    posts.forEach((post, i) => {
      scores.ids.push(post.id);
      scores.digests.push(digestOf(hashes.get(post.id)!));
      scores.hits.push(keywordHits[i]!);
      scores.probabilities.push(probabilities[i]!);
    });
    after = page[page.length - 1]!.id;
    options.onProgress?.(`classify ${tech.id}`, Math.min(scores.ids.length, total), total);
  }
  return scores;
}

/**
 * Makes `model` (null: the keyword rules) the classifier of `tech` for every post, as one
 * atomic change: see the top of this file. `model.id` becomes the active model in the same
 * transaction.
 */
export function switchClassifier(
  db: Db,
  tech: TechnologyDef,
  model: ActiveModel | null,
  options: SwitchOptions,
): void {
  const scores = scoreAllPosts(db, tech, model, options);
  options.onProgress?.(`commit ${tech.id}`, 0, 1);
  writeTransaction(db, () => {
    if (model) setActiveModel(db, tech.id, model.id);
    const hand = allHandLabels(db, tech.id);
    const stale: number[] = [];
    let i = 0;
    for (let after = 0; ;) {
      const page = postHashesAfter(db, after, WRITE_CHUNK);
      if (page.length === 0) break;
      const rows: ClassificationRow[] = [];
      for (const post of page) {
        while (i < scores.ids.length && scores.ids[i]! < post.id) i += 1;
        if (scores.ids[i] !== post.id || scores.digests[i] !== digestOf(post.hash)) {
          stale.push(post.id);
          continue;
        }
        const keywordHit = scores.hits[i]!;
        const probability = scores.probabilities[i]!;
        rows.push({
          technologyId: tech.id,
          postId: post.id,
          keywordHit,
          probability,
          ...decideLabel(keywordHit, probability, hand.get(post.id), model, options.mode),
          modelId: model?.id ?? null,
        });
      }
      upsertClassifications(db, rows);
      after = page[page.length - 1]!.id;
    }
    // Posts imported or changed while the others were being scored.
    const models = new Map(model ? [[tech.id, model]] : []);
    for (let j = 0; j < stale.length; j += SCORE_CHUNK)
      classifyPosts(db, stale.slice(j, j + SCORE_CHUNK), {
        technologies: [tech],
        models,
        mode: options.mode,
      });
  });
  options.onProgress?.(`commit ${tech.id}`, 1, 1);
}
