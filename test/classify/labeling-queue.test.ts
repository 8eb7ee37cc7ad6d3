// The labeling queue's rule (selectForLabeling): closest to the threshold first, dealt
// round-robin over categories, a total order, and never more than asked.
import { describe, expect, it } from "vitest";
import { selectForLabeling, type QueueCandidate } from "../../src/classify/labeling-queue";

const c = (postId: number, probability: number, category: string | null): QueueCandidate => ({
  postId,
  probability,
  category,
});

const ids = (list: QueueCandidate[]) => list.map((x) => x.postId);

describe("selectForLabeling", () => {
  it("lists the posts of one category by distance to the threshold, closest first", () => {
    const list = [c(1, 0.9, "a"), c(2, 0.45, "a"), c(3, 0.1, "a"), c(4, 0.62, "a"), c(5, 0.5, "a")];
    expect(ids(selectForLabeling(list, 0.5, 10))).toEqual([5, 2, 4, 1, 3]);
  });

  it("measures the distance to the model's threshold, not to 0.5", () => {
    const list = [c(1, 0.5, "a"), c(2, 0.3, "a"), c(3, 0.24, "a")];
    expect(ids(selectForLabeling(list, 0.25, 3))).toEqual([3, 2, 1]);
  });

  it("gives no category a second pick before every category has had its first", () => {
    // Category a holds the four most uncertain posts; b and c one each, far from the threshold.
    const list = [
      c(1, 0.5, "a"),
      c(2, 0.51, "a"),
      c(3, 0.48, "a"),
      c(4, 0.53, "a"),
      c(5, 0.9, "b"),
      c(6, 0.05, "c"),
      c(7, 0.8, "b"),
    ];
    const picked = selectForLabeling(list, 0.5, 7);
    // round 1: a's best (0 away), b's best (0.3 away), c's (0.45 away); round 2: a's second,
    // then b's second; rounds 3 and 4: a alone.
    expect(ids(picked)).toEqual([1, 7, 6, 2, 5, 3, 4]);
    const firstThree = picked.slice(0, 3).map((x) => x.category);
    expect(new Set(firstThree)).toEqual(new Set(["a", "b", "c"]));
  });

  it("treats posts without a category as one more group, after named ones on ties", () => {
    const list = [c(1, 0.6, null), c(2, 0.4, "z"), c(3, 0.5, null)];
    expect(ids(selectForLabeling(list, 0.5, 3))).toEqual([3, 2, 1]);
    expect(ids(selectForLabeling([c(1, 0.6, null), c(2, 0.4, "z")], 0.5, 2))).toEqual([2, 1]);
  });

  it("breaks ties by post id, so the order does not depend on the input order", () => {
    const list = [c(9, 0.4, "a"), c(3, 0.6, "a"), c(5, 0.4, "b"), c(1, 0.6, "b")];
    const reversed = [...list].reverse();
    expect(ids(selectForLabeling(list, 0.5, 4))).toEqual([3, 1, 9, 5]);
    expect(ids(selectForLabeling(reversed, 0.5, 4))).toEqual([3, 1, 9, 5]);
  });

  it("returns at most `count` posts, and every post at most once", () => {
    const list = Array.from({ length: 50 }, (_, i) => c(i, ((i * 37) % 100) / 100, `cat${i % 7}`));
    const picked = selectForLabeling(list, 0.5, 20);
    expect(picked).toHaveLength(20);
    expect(new Set(ids(picked)).size).toBe(20);
    expect(selectForLabeling(list, 0.5, 500)).toHaveLength(50);
    expect(selectForLabeling(list, 0.5, 0)).toEqual([]);
    expect(selectForLabeling([], 0.5, 5)).toEqual([]);
  });

  it("keeps the candidates' own fields", () => {
    const list = [{ ...c(1, 0.5, "a"), title: "x" }];
    expect(selectForLabeling(list, 0.5, 1)[0]?.title).toBe("x");
  });
});
