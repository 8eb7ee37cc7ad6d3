// labelingQueue: the unlabeled posts whose hand labels would most improve a technology's model,
// in the order of the queue's rule (labeling-queue.ts). An editor labels them with labelPost and
// trains again (trainModel); the measured effect is in docs/classifier.md, "Labeling queue".
import type { Db } from "../db/client";
import { BadUserInputError } from "../shared/errors";
import { selectForLabeling, type QueueCandidate } from "./labeling-queue";
import {
  activeModelOf,
  technologyExists,
  technologyIds,
  unlabeledScoredPosts,
} from "./labeling-queue.repository";

export const DEFAULT_QUEUE_SIZE = 20;
export const MAX_QUEUE_SIZE = 200;

/** A post to label next: the model's probability, its distance to the threshold, and its category. */
export type QueueEntry = QueueCandidate & { threshold: number; modelId: number };

/**
 * The first `first` posts of the technology's labeling queue. Only posts the active model scored
 * count: in the study's mode (FRONTIER_CLASSIFY=candidates) posts that are not keyword candidates
 * have no probability (they cannot be positive whatever their label), so they are left out.
 * Posts with a hand label for the technology are left out too.
 */
export function labelingQueue(db: Db, technology: string, first: number | null | undefined): QueueEntry[] {
  const count = first ?? DEFAULT_QUEUE_SIZE;
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUEUE_SIZE)
    throw new BadUserInputError(
      `first must be an integer between 1 and ${MAX_QUEUE_SIZE} (default ${DEFAULT_QUEUE_SIZE}), got ${count}`,
      "first",
    );
  if (!technologyExists(db, technology))
    throw new BadUserInputError(
      `unknown technology '${technology}' (known: ${technologyIds(db).join(", ") || "none"})`,
      "technology",
    );
  const model = activeModelOf(db, technology);
  if (!model)
    throw new BadUserInputError(
      `technology '${technology}' has no active model, so there are no probabilities to rank posts by: train one with trainModel(technology: "${technology}") and let it activate`,
      "technology",
      { reason: "NO_ACTIVE_MODEL" },
    );
  const candidates = unlabeledScoredPosts(db, technology, model.id, model.threshold, count);
  return selectForLabeling(candidates, model.threshold, count).map((c) => ({
    ...c,
    threshold: model.threshold,
    modelId: model.id,
  }));
}
