// The sampling helpers the demo generator needs, over the seeded PRNG of src/shared/random.ts
// (never Math.random).

import { invariant } from "../../shared/errors";
import type { Rng } from "../../shared/random";

/** Integer in [min, max], both inclusive. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}

/** A uniformly chosen element; the list must not be empty. */
export function pick<T>(rng: Rng, items: readonly T[]): T {
  invariant(items.length > 0, "pick from an empty list");
  return items[Math.floor(rng() * items.length)] as T;
}

/** An element chosen with probability proportional to its weight. */
export function pickWeighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of items) total += Math.max(0, w);
  invariant(items.length > 0 && total > 0, "pickWeighted needs a positive weight");
  let r = rng() * total;
  for (const [item, w] of items) {
    r -= Math.max(0, w);
    if (r < 0) return item;
  }
  return (items[items.length - 1] as readonly [T, number])[0];
}

/** A reusable weighted picker: cumulative weights computed once, for lists drawn from per row. */
export function weightedPicker<T>(items: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values = items.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of items) {
    total += Math.max(0, w);
    cumulative.push(total);
  }
  invariant(values.length > 0 && total > 0, "weightedPicker needs a positive weight");
  return (rng) => {
    const r = rng() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > r) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}

/** Fisher-Yates, in place. */
export function shuffle<T>(rng: Rng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = items[i] as T;
    items[i] = items[j] as T;
    items[j] = tmp;
  }
  return items;
}

/** Standard normal by Box-Muller. */
function normal(rng: Rng): number {
  const u = 1 - rng();
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Log-normal with the given median and log-space spread. */
export function logNormal(rng: Rng, median: number, sigma: number): number {
  return median * Math.exp(sigma * normal(rng));
}

/**
 * Splits `total` into integer counts proportional to `weights` (largest remainder), so that
 * shares land exactly instead of drifting with sampling noise.
 */
export function allocate<K>(total: number, weights: ReadonlyMap<K, number>): Map<K, number> {
  const out = new Map<K, number>();
  let sum = 0;
  for (const w of weights.values()) sum += Math.max(0, w);
  if (sum <= 0 || total <= 0) {
    for (const k of weights.keys()) out.set(k, 0);
    return out;
  }
  const rest: [K, number][] = [];
  let used = 0;
  for (const [k, w] of weights) {
    const exact = (total * Math.max(0, w)) / sum;
    const base = Math.floor(exact);
    out.set(k, base);
    used += base;
    rest.push([k, exact - base]);
  }
  // Stable: ties keep insertion order.
  rest.sort((a, b) => b[1] - a[1]);
  for (let i = 0; i < total - used; i++) {
    const k = (rest[i % rest.length] as [K, number])[0];
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
