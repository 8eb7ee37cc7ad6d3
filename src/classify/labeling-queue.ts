// The labeling queue's rule: which unlabeled posts an editor should label next so that the
// next model learns the most. One pure function, used by the labelingQueue query
// (labeling-queue.service.ts) and by the measurement of the rule (scripts/active-learning.ts).
//
// Uncertainty sampling, spread over categories: the posts whose probability is closest to the
// model's threshold are the ones it is least sure of, so their labels move the decision boundary
// most; taken alone they bunch in the one or two categories where the boundary is hardest (Web
// dev for ai), so the picks are dealt round-robin over the posts' categories.

/** A post the model scored that has no hand label yet. */
export interface QueueCandidate {
  /** Unique key of the post (ties are broken on it, so the order is total). */
  postId: number;
  /** The active model's vote share for the technology, 0..1. */
  probability: number;
  /** The post's work category id; null when it has none (those form one group of their own). */
  category: string | null;
}

/**
 * The first `count` candidates in queue order:
 * 1. within each category, candidates sorted by |probability - threshold| ascending, then postId;
 * 2. round r takes the r-th candidate of every category that still has one, and lists the
 *    round's picks by |probability - threshold| ascending, then category (nulls last), then postId;
 * 3. rounds follow each other until `count` picks or no candidates are left.
 * So no category gets a second pick before every category has had its first, and so on.
 */
export function selectForLabeling<T extends QueueCandidate>(
  candidates: readonly T[],
  threshold: number,
  count: number,
): T[] {
  if (count <= 0 || candidates.length === 0) return [];
  const distance = (c: QueueCandidate): number => Math.abs(c.probability - threshold);
  const byCategory = new Map<string | null, T[]>();
  for (const c of candidates) {
    const list = byCategory.get(c.category);
    if (list) list.push(c);
    else byCategory.set(c.category, [c]);
  }
  const groups = [...byCategory.values()].map((list) =>
    [...list].sort((a, b) => distance(a) - distance(b) || a.postId - b.postId),
  );
  const out: T[] = [];
  for (let round = 0; out.length < count; round++) {
    const picks = groups.flatMap((g) => (round < g.length ? [g[round]!] : []));
    if (picks.length === 0) break;
    picks.sort((a, b) => distance(a) - distance(b) || compareCategory(a, b) || a.postId - b.postId);
    out.push(...picks.slice(0, count - out.length));
  }
  return out;
}

function compareCategory(a: QueueCandidate, b: QueueCandidate): number {
  if (a.category === b.category) return 0;
  if (a.category === null) return 1;
  if (b.category === null) return -1;
  return a.category < b.category ? -1 : 1;
}
