// Pages of `posts` from the in-memory snapshot of the posts (analytics.snapshot.ts), the columns
// the analytics questions the rollups cannot answer read. SQL (findPosts, countMatching,
// anyPostAtOrBefore) walks an index in the order testing the filter post by post, or sorts every
// matching post, and counts them all: 80 ms to 1 s on 1,000,000 posts. Here the filter is a mask
// over the columns (split as for the analytics: the text from the full-text index, SQL for
// subcategory and external ids), the matching posts are counted four at a time, the page's ids
// found by a walk or a pass that skips four posts at once where none matches (or from the day
// order), and only the page's posts are read, in the same read transaction. The answer is the SQL's, which
// stays the reference (tested both ways) and answers inside a transaction or with the snapshot
// off (FRONTIER_ANALYTICS_SNAPSHOT=0):
// - a missing key sorts smallest (first ascending, last descending); ties by id, same direction;
// - ID and PROJECTED_VALUE are columns of the snapshot (the value as stored, NaN when missing);
// - POSTED_AT: the snapshot holds the day only, so the page takes every matching post of the
//   days it reaches (and of the cursor's day), reads their posted_at and orders them by it.
//   posted_at is stored as "YYYY-MM-DDTHH:MM:SSZ" (post.validate.ts), so its text order is the
//   order of the days first.
import { compareCodePoints, filterMask } from "../analytics/analytics.engine";
import { dayNumber, dayString } from "../analytics/analytics.periods";
import { defaultEngine, engineInputs } from "../analytics/analytics.repository";
import {
  currentSnapshot,
  NO_DAY,
  SnapshotLimitError,
  type PostColumns,
} from "../analytics/analytics.snapshot";
import type { SnapshotFilter } from "../analytics/analytics.sql";
import { readTransaction, type Db } from "../db/client";
import type { KeysetPosition } from "../shared/cursor";
import { findPostsByIds, postedAtOfIds, type PostOrderSpec, type PostRecord } from "./post.repository";

export interface SnapshotPage {
  /** Up to `limit` matching posts after the cursor, in the order. */
  rows: PostRecord[];
  /** Every matching post. */
  total: number;
  /** Whether a matching post sorts at or before the cursor (false without one). */
  anyAtOrBefore: boolean;
}

/** A POSTED_AT page whose days hold more matching posts than this is read by SQL instead. */
const MAX_DAY_CANDIDATES = 20_000;

/**
 * The page from the snapshot, or null where SQL answers: inside a transaction (a write the shared
 * snapshot must never take in), with the snapshot off, on a database it cannot hold, without a
 * filter in an indexed order, and for a POSTED_AT page over too many posts of one day or after a
 * cursor that is not a stored date.
 */
export function pageOnSnapshot(
  db: Db,
  filter: SnapshotFilter,
  order: PostOrderSpec,
  limit: number,
  at: KeysetPosition | null,
): SnapshotPage | null {
  if (db.$client.inTransaction || defaultEngine() !== "snapshot") return null;
  // Every post in an indexed order: SQL reads the page from the index and counts from a b-tree
  // faster than a pass over the columns.
  if (filter.where === null && filter.rest === null && order.field !== "PROJECTED_VALUE") return null;
  try {
    return readTransaction(db, () => {
      const columns = currentSnapshot(db);
      const mask = filterMask(columns, filter.where, engineInputs(db, filter.rest));
      const found =
        order.field === "POSTED_AT"
          ? byPostedAt(db, columns, mask, order, limit, at)
          : byColumn(columns, mask, order, limit, at);
      if (found === null) return null;
      const records = new Map(findPostsByIds(db, found.ids).map((r) => [r.id, r]));
      return {
        rows: found.ids.map((id) => records.get(id)!),
        total: found.total,
        anyAtOrBefore: found.before,
      };
    });
  } catch (e) {
    if (e instanceof SnapshotLimitError) return null;
    throw e;
  }
}

interface Found {
  ids: number[];
  total: number;
  before: boolean;
}

/** Ascending order of (key, id), a missing key (NaN) first. */
function ascending(k1: number, id1: number, k2: number, id2: number): number {
  const missing1 = k1 !== k1;
  const missing2 = k2 !== k2;
  if (missing1 !== missing2) return missing1 ? -1 : 1;
  if (!missing1 && k1 !== k2) return k1 < k2 ? -1 : 1;
  return id1 - id2;
}

/**
 * ID: the matching posts in id order from the cursor on. PROJECTED_VALUE: one pass keeps the
 * `limit` first posts after the cursor in a heap whose top is the last of them, so most posts
 * cost one comparison with the top.
 */
function byColumn(
  columns: PostColumns,
  mask: Uint8Array | null,
  order: PostOrderSpec,
  limit: number,
  at: KeysetPosition | null,
): Found {
  const { live, value, size } = columns;
  const sign = order.direction === "ASC" ? 1 : -1;
  const inMask = mask ?? live;
  if (order.field !== "PROJECTED_VALUE") {
    const first = sign > 0 ? 1 : size - 1;
    const end = sign > 0 ? size : 0;
    // A matching post at or before the cursor: the first one from the order's start.
    const before = at !== null && idsInOrder(live, inMask, size, first, at.id + sign, sign, 1).length > 0;
    // The page: from the cursor on, in the direction.
    const ids = idsInOrder(live, inMask, size, at === null ? first : at.id + sign, end, sign, limit);
    return { ids, total: countMatching(live, inMask, size), before };
  }
  const atValue = at === null ? 0 : at.key === null ? NaN : Number(at.key);
  const heap: number[] = [];
  let topValue = NaN;
  let total = 0;
  let before = false;
  // Four rows at a time (the last word: the rows after the last full one), none where none match.
  const words = size >> 2;
  const a = wordsOf(live, words);
  const b = wordsOf(inMask, words);
  for (let w = 0; w <= words; w++) {
    if (w < words && (a[w]! & b[w]!) === 0) continue;
    for (let r = w << 2, end = Math.min(r + 4, size); r < end; r++) {
      if (live[r] !== 1 || inMask[r] !== 1) continue;
      total++;
      const v = value[r]!;
      if (at !== null && sign * ascending(v, r, atValue, at.id) <= 0) before = true;
      else if (heap.length < limit) heapPush(heap, r, value, sign);
      // Posts are read in id order, so r has a larger id than every post in the heap: on equal
      // values it comes after them ascending and before them descending. So it takes the top's
      // place ascending when its value is missing and the top's is not, or smaller; descending
      // when the top's value is missing, or its own is as large or larger.
      else if (
        limit > 0 &&
        (sign > 0 ? (v !== v ? topValue === topValue : v < topValue) : topValue !== topValue || v >= topValue)
      )
        heapReplaceTop(heap, r, value, sign);
      else continue;
      topValue = value[heap[0]!]!;
    }
  }
  return { ids: heap.sort((x, y) => compareRows(x, y, value, sign)), total, before };
}

/** The Uint8Array's first `words` groups of four bytes as 32-bit words. */
function wordsOf(bytes: Uint8Array, words: number): Uint32Array {
  return new Uint32Array(bytes.buffer, bytes.byteOffset, words);
}

/**
 * Rows live and in the mask (each 0 or 1; row 0 is never live), four at a time: the bytes of a
 * word of `live & mask` are 0 or 1, so their sum is the top byte of the word times 0x01010101.
 */
function countMatching(live: Uint8Array, mask: Uint8Array, size: number): number {
  const words = size >> 2;
  const a = wordsOf(live, words);
  const b = wordsOf(mask, words);
  let total = 0;
  for (let i = 0; i < words; i++) total += Math.imul(a[i]! & b[i]!, 0x01010101) >>> 24;
  for (let r = words << 2; r < size; r++) total += live[r]! & mask[r]!;
  return total;
}

/**
 * Up to `limit` rows of 1 .. size - 1 live and in the mask, from row `from` towards row `to`
 * (excluded) in the direction of `sign`, skipping four rows at once where none is.
 */
function idsInOrder(
  live: Uint8Array,
  mask: Uint8Array,
  size: number,
  from: number,
  to: number,
  sign: number,
  limit: number,
): number[] {
  const words = size >> 2;
  const a = wordsOf(live, words);
  const b = wordsOf(mask, words);
  const wordStart = sign > 0 ? 0 : 3;
  const ids: number[] = [];
  let r = sign > 0 ? Math.max(from, 1) : Math.min(from, size - 1);
  while (r >= 1 && r < size && sign * (to - r) > 0 && ids.length < limit) {
    const w = r >> 2;
    if ((r & 3) === wordStart && w < words && (a[w]! & b[w]!) === 0) {
      r += 4 * sign;
      continue;
    }
    if (live[r] === 1 && mask[r] === 1) ids.push(r);
    r += sign;
  }
  return ids;
}

/** Order of posts x and y by value (negative when x comes first). */
function compareRows(x: number, y: number, value: Float64Array, sign: number): number {
  return sign * ascending(value[x]!, x, value[y]!, y);
}

/** Adds r to a heap whose top is its last post (see compareRows). */
function heapPush(heap: number[], r: number, value: Float64Array, sign: number): void {
  let i = heap.push(r) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (compareRows(heap[parent]!, r, value, sign) >= 0) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = r;
}

/** Replaces the top (the last post) with r, which comes before it. */
function heapReplaceTop(heap: number[], r: number, value: Float64Array, sign: number): void {
  const n = heap.length;
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= n) break;
    const right = left + 1;
    const later = right < n && compareRows(heap[right]!, heap[left]!, value, sign) > 0 ? right : left;
    if (compareRows(heap[later]!, r, value, sign) <= 0) break;
    heap[i] = heap[later]!;
    i = later;
  }
  heap[i] = r;
}

/**
 * POSTED_AT: days in the order (a missing date first ascending, last descending) from the
 * cursor's day, every matching post of each until `limit` posts of days after the cursor's are
 * taken; their posted_at, read in the same transaction, orders them exactly.
 */
function byPostedAt(
  db: Db,
  columns: PostColumns,
  mask: Uint8Array | null,
  order: PostOrderSpec,
  limit: number,
  at: KeysetPosition | null,
): Found | null {
  const { live, size } = columns;
  const asc = order.direction === "ASC";
  const rank = (d: number): number => (d === NO_DAY ? (asc ? -Infinity : Infinity) : asc ? d : -d);
  let atRank = -Infinity;
  if (at !== null) {
    let atDay = NO_DAY;
    if (at.key !== null) {
      const text = String(at.key).slice(0, 10);
      atDay = dayNumber(text);
      if (!Number.isFinite(atDay) || dayString(atDay) !== text) return null;
    }
    atRank = rank(atDay);
  }
  const inMask = mask ?? live;
  const total = countMatching(live, inMask, size);
  // The days in the order, each with its matching posts; the undated posts as a day of their own.
  const byDay = columns.dayOrder();
  const days: number[] = [];
  if (byDay !== null) {
    const last = byDay.lo + byDay.start.length - 2;
    for (let i = 0; i <= last - byDay.lo; i++) days.push(asc ? byDay.lo + i : last - i);
  }
  const groups = asc ? [NO_DAY, ...days] : [...days, NO_DAY];
  const undated = columns.undated();
  const rowsOf = (d: number): { rows: Int32Array; from: number; to: number } => {
    if (d === NO_DAY) return { rows: undated, from: 0, to: undated.length };
    const i = d - byDay!.lo;
    return { rows: byDay!.rows, from: byDay!.start[i]!, to: byDay!.start[i + 1]! };
  };
  let before = false;
  const candidates: number[] = [];
  let afterCursorDay = 0;
  for (const d of groups) {
    const rk = rank(d);
    const { rows, from, to } = rowsOf(d);
    if (at !== null && rk < atRank) {
      // A day before the cursor's: whether a matching post is on it.
      for (let k = from; k < to && !before; k++) before = inMask[rows[k]!] === 1;
      continue;
    }
    // The cursor's own day is always read: whether a post of it comes before the cursor.
    if (afterCursorDay >= limit && (at === null || rk > atRank)) break;
    const n = candidates.length;
    for (let k = from; k < to; k++) {
      const r = rows[k]!;
      if (inMask[r] === 1 && candidates.push(r) > MAX_DAY_CANDIDATES) return null;
    }
    if (at === null || rk > atRank) afterCursorDay += candidates.length - n;
  }
  const postedAt = postedAtOfIds(db, candidates);
  const sign = asc ? 1 : -1;
  const cmp = (t1: string | null, id1: number, t2: string | null, id2: number): number => {
    if ((t1 === null) !== (t2 === null)) return sign * (t1 === null ? -1 : 1);
    const c = t1 === null ? 0 : compareCodePoints(t1, t2!);
    return sign * (c !== 0 ? c : id1 - id2);
  };
  const atKey = at === null ? null : at.key === null ? null : String(at.key);
  const after: number[] = [];
  for (const r of candidates) {
    if (at !== null && cmp(postedAt.get(r)!, r, atKey, at.id) <= 0) before = true;
    else after.push(r);
  }
  after.sort((r, s) => cmp(postedAt.get(r)!, r, postedAt.get(s)!, s));
  return { ids: after.slice(0, limit), total, before };
}
