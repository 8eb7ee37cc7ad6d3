// The posts as columns in memory, one snapshot per database per process, kept exactly in step
// with the database: what the generic analytics engine (analytics.engine.ts) reads instead of
// the fact tables. Row r holds post id r (ids are AUTOINCREMENT, so the rows are dense): day,
// category / subcategory / contract type / country / experience level / source as codes of
// per-column dictionaries (0 = null), projected value (NaN = unknown), a bitmask of the
// technologies the post is (tech_facts), and the codes of its raw skill tags and phrase hits.
// Tags and phrases are mapped to skills and buckets per query through the live dictionary, so a
// taxonomy edit changes nothing here. The label sources of estimates (hand, or the model's label
// on a keyword candidate, per technology) are read on the first estimate (labelSources).
//
// Before every use, one read of the change log (migration 0007) says whether the snapshot is
// current: posts above the highest id read are appended; posts logged since the last change
// read are read again; a log pruned past the snapshot, or a large change, reloads everything.
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/client";
import { invariant } from "../shared/errors";
import {
  changedPostIds,
  iteratePostFacts,
  iteratePostsByValue,
  readFactColumns,
  iteratePostPhrases,
  iteratePostTags,
  iterateLabelSources,
  iterateTechFacts,
  readLogState,
  type PostSelection,
} from "./analytics.snapshot.repository";

/** Day of an undated post. */
export const NO_DAY = -2_147_483_648;
/** A bitmask holds at most this many technologies. */
const MAX_TECHNOLOGIES = 32;
/** Above this share of the posts changed at once, a full reload is cheaper than reading them by id. */
const FULL_RELOAD_SHARE = 0.2;
const FULL_RELOAD_MIN = 10_000;

/** Strings of one column as small integer codes; code 0 is null. */
export class Dict {
  readonly values: (string | null)[] = [null];
  private readonly codes = new Map<string, number>();

  code(value: string | null): number {
    if (value === null) return 0;
    let c = this.codes.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.codes.set(value, c);
    }
    return c;
  }

  /** The code of a value, or -1 when no post has it. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

function grown<T extends Int32Array | Uint32Array | Float64Array | Uint8Array>(a: T, capacity: number): T {
  const b = new (a.constructor as new (n: number) => T)(capacity);
  b.set(a);
  return b;
}

/**
 * A list of integer codes per row: row r's list is values[start[r] .. start[r] + len[r]).
 * A rewritten list goes to the end of `values`; the space it leaves is reclaimed by compact().
 */
class ListColumn {
  start = new Int32Array(0);
  len = new Int32Array(0);
  values = new Int32Array(1024);
  used = 0;
  private garbage = 0;

  resize(rows: number): void {
    if (rows > this.start.length) {
      this.start = grown(this.start, rows);
      this.len = grown(this.len, rows);
    }
  }

  set(row: number, codes: ArrayLike<number>, n: number): void {
    this.garbage += this.len[row]!;
    if (this.used + n > this.values.length)
      this.values = grown(this.values, Math.max(this.values.length * 2, this.used + n));
    for (let i = 0; i < n; i++) this.values[this.used + i] = codes[i]!;
    this.start[row] = this.used;
    this.len[row] = n;
    this.used += n;
  }

  clear(row: number): void {
    this.garbage += this.len[row]!;
    this.len[row] = 0;
  }

  /**
   * Builds every list at once from (code, post ids) groups: counts per post, then each post's
   * slice filled in turn. Replaces whatever the column held.
   */
  build(rows: number, live: Uint8Array, groups: { code: number; ids: number[] }[]): void {
    this.resize(rows);
    const len = new Int32Array(this.start.length);
    for (const g of groups) for (const id of g.ids) if (id < rows && live[id] === 1) len[id]! += 1;
    let used = 0;
    for (let r = 0; r < rows; r++) {
      this.start[r] = used;
      used += len[r]!;
    }
    const values = new Int32Array(Math.max(1024, used));
    const fill = this.start.slice(0, rows);
    for (const g of groups)
      for (const id of g.ids) if (id < rows && live[id] === 1) values[fill[id]!++] = g.code;
    this.len = len;
    this.values = values;
    this.used = used;
    this.garbage = 0;
  }

  /** Rewrites the lists contiguously once more than half of `values` is dead space. */
  compact(rows: number): void {
    if (this.garbage * 2 < this.used) return;
    const values = new Int32Array(Math.max(1024, this.used - this.garbage));
    let used = 0;
    for (let r = 0; r < rows; r++) {
      const s = this.start[r]!;
      const n = this.len[r]!;
      values.set(this.values.subarray(s, s + n), used);
      this.start[r] = used;
      used += n;
    }
    this.values = values;
    this.used = used;
    this.garbage = 0;
  }
}

/** Technology bits per row: hand labels, and the model's labels on keyword candidates. */
export interface LabelSources {
  hand: Uint32Array;
  candidate: Uint32Array;
}

/** Dated posts in day order: rows[start[d - lo] .. start[d - lo + 1]) were posted on day d. */
export interface DayOrder {
  lo: number;
  start: Int32Array;
  rows: Int32Array;
}

type DayOrderedColumn = Int32Array | Uint32Array | Float64Array;

export class PostColumns {
  /** Rows 0 .. size - 1; row r is post id r (row 0 is never a post). */
  size = 1;
  private capacity = 0;
  live = new Uint8Array(0);
  day = new Int32Array(0);
  category = new Int32Array(0);
  subcategory = new Int32Array(0);
  contract = new Int32Array(0);
  country = new Int32Array(0);
  level = new Int32Array(0);
  source = new Int32Array(0);
  value = new Float64Array(0);
  tech = new Uint32Array(0);
  /**
   * Where each post's label comes from, per technology bit (the `src` of estimate.sql.ts): a
   * hand label, or the model's label on a keyword candidate; neither is "other". Null until the
   * first estimate asks (labelSources), then kept in step with the database like every column.
   */
  sources: LabelSources | null = null;
  readonly tags = new ListColumn();
  readonly phrases = new ListColumn();
  readonly dict = {
    category: new Dict(),
    subcategory: new Dict(),
    contract: new Dict(),
    country: new Dict(),
    level: new Dict(),
    source: new Dict(),
    tag: new Dict(),
    phrase: new Dict(),
    technology: new Dict(),
  };
  /** Smallest and largest day of a dated post (a range that may be wider after deletes). */
  minDay = Infinity;
  maxDay = -Infinity;
  /** The last change of the log read, and the highest post id read. */
  seq = 0;
  through = 0;
  /** Live posts. */
  posts = 0;
  private byDay: DayOrder | null = null;
  /** Columns copied into the day order (inDayOrder), kept with it. */
  private dayOrdered = new Map<DayOrderedColumn, DayOrderedColumn>();

  private undatedRows: Int32Array | null = null;
  private byTag: { start: Int32Array; rows: Int32Array } | null = null;

  /** Forgets what is derived from the columns (after they changed). */
  changed(): void {
    this.byDay = null;
    this.dayOrdered = new Map();
    this.undatedRows = null;
    this.byTag = null;
  }

  /**
   * The live posts with the raw tag of this code, in id order: from an inverted index of the
   * tags (a counting sort over every post's list), built on the first call and kept until the
   * columns change.
   */
  rowsWithTag(code: number): Int32Array {
    if (!this.byTag) {
      const { start: from, len, values } = this.tags;
      const codes = this.dict.tag.size;
      const start = new Int32Array(codes + 1);
      for (let r = 1; r < this.size; r++)
        if (this.live[r] === 1)
          for (let i = from[r]!, end = i + len[r]!; i < end; i++) start[values[i]! + 1]! += 1;
      for (let c = 1; c <= codes; c++) start[c]! += start[c - 1]!;
      const fill = start.slice(0, codes);
      const rows = new Int32Array(start[codes]!);
      for (let r = 1; r < this.size; r++)
        if (this.live[r] === 1)
          for (let i = from[r]!, end = i + len[r]!; i < end; i++) rows[fill[values[i]!]!++] = r;
      this.byTag = { start, rows };
    }
    const { start, rows } = this.byTag;
    return code > 0 && code < start.length - 1
      ? rows.subarray(start[code]!, start[code + 1]!)
      : rows.subarray(0, 0);
  }

  /** The live posts without a date, in id order (kept until the columns change). */
  undated(): Int32Array {
    if (!this.undatedRows) {
      const rows: number[] = [];
      for (let r = 1; r < this.size; r++) if (this.live[r] === 1 && this.day[r] === NO_DAY) rows.push(r);
      this.undatedRows = Int32Array.from(rows);
    }
    return this.undatedRows;
  }

  /** The dated posts in day order (a counting sort, kept until the columns change). */
  dayOrder(): DayOrder | null {
    if (this.byDay) return this.byDay;
    if (!(this.maxDay >= this.minDay)) return null;
    const lo = this.minDay;
    const start = new Int32Array(this.maxDay - lo + 2);
    for (let r = 1; r < this.size; r++) {
      const d = this.day[r]!;
      if (this.live[r] === 1 && d !== NO_DAY) start[d - lo + 1]! += 1;
    }
    for (let i = 1; i < start.length; i++) start[i]! += start[i - 1]!;
    const fill = start.slice(0, start.length - 1);
    const rows = new Int32Array(start[start.length - 1]!);
    for (let r = 1; r < this.size; r++) {
      const d = this.day[r]!;
      if (this.live[r] === 1 && d !== NO_DAY) rows[fill[d - lo]!++] = r;
    }
    this.byDay = { lo, start, rows };
    return this.byDay;
  }

  /**
   * One of this snapshot's columns in the day order: position i holds the value of row
   * `dayOrder().rows[i]`. A scan of a period then reads consecutive memory instead of jumping
   * from row to row (see columnarScan). Copied on first use, kept until the columns change.
   */
  inDayOrder<T extends DayOrderedColumn>(column: T): T {
    let copy = this.dayOrdered.get(column) as T | undefined;
    if (!copy) {
      const own: DayOrderedColumn[] = [
        this.tech,
        this.value,
        this.category,
        this.subcategory,
        this.contract,
        this.country,
        this.level,
        this.source,
      ];
      invariant(own.includes(column), "inDayOrder copies the snapshot's own columns");
      const rows = this.dayOrder()?.rows ?? new Int32Array(0);
      copy = new (column.constructor as new (n: number) => T)(rows.length);
      for (let i = 0; i < rows.length; i++) copy[i] = column[rows[i]!]!;
      this.dayOrdered.set(column, copy);
    }
    return copy;
  }

  private reserve(rows: number): void {
    if (rows <= this.capacity) return;
    const cap = Math.max(rows, Math.ceil(this.capacity * 1.5), 1024);
    this.live = grown(this.live, cap);
    this.day = grown(this.day, cap);
    this.category = grown(this.category, cap);
    this.subcategory = grown(this.subcategory, cap);
    this.contract = grown(this.contract, cap);
    this.country = grown(this.country, cap);
    this.level = grown(this.level, cap);
    this.source = grown(this.source, cap);
    this.value = grown(this.value, cap);
    this.tech = grown(this.tech, cap);
    if (this.sources)
      this.sources = { hand: grown(this.sources.hand, cap), candidate: grown(this.sources.candidate, cap) };
    this.tags.resize(cap);
    this.phrases.resize(cap);
    this.capacity = cap;
  }

  /** Makes rows up to `id` exist (as holes until set). */
  extendTo(id: number): void {
    if (id < this.size) return;
    this.reserve(id + 1);
    this.size = id + 1;
  }

  /** Forgets a post: dead row, no technologies, no tags or phrases. */
  drop(id: number): void {
    if (id >= this.size) return;
    if (this.live[id] === 1) this.posts -= 1;
    this.live[id] = 0;
    this.tech[id] = 0;
    if (this.sources) {
      this.sources.hand[id] = 0;
      this.sources.candidate[id] = 0;
    }
    this.tags.clear(id);
    this.phrases.clear(id);
  }

  /** [post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source] */
  setFacts(row: unknown[]): void {
    const id = row[0] as number;
    this.extendTo(id);
    const d = this.dict;
    if (this.live[id] !== 1) this.posts += 1;
    this.live[id] = 1;
    const day = row[1] as number | null;
    this.day[id] = day === null ? NO_DAY : day;
    if (day !== null) {
      if (day < this.minDay) this.minDay = day;
      if (day > this.maxDay) this.maxDay = day;
    }
    this.category[id] = d.category.code(row[2] as string | null);
    this.subcategory[id] = d.subcategory.code(row[3] as string | null);
    const value = row[4] as number | null;
    this.value[id] = value === null ? NaN : value;
    this.contract[id] = d.contract.code(row[5] as string | null);
    this.country[id] = d.country.code(row[6] as string | null);
    this.level[id] = d.level.code(row[7] as string | null);
    this.source[id] = d.source.code(row[8] as string | null);
  }

  /** The fact columns of many posts, as JSON arrays (readFactColumns). */
  setFactColumns(json: string[]): void {
    const [ids, days, categories, subcategories, values, contracts, countries, levels, sources] = json.map(
      (s) => JSON.parse(s) as unknown[],
    ) as [number[], (number | null)[], ...unknown[][]];
    const d = this.dict;
    const encode = (target: Int32Array, dict: Dict, column: unknown[]) => {
      for (let i = 0; i < ids.length; i++) target[ids[i]!] = dict.code(column[i] as string | null);
    };
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (this.live[id] !== 1) this.posts += 1;
      this.live[id] = 1;
      const day = days[i]!;
      this.day[id] = day === null ? NO_DAY : day;
      if (day !== null) {
        if (day < this.minDay) this.minDay = day;
        if (day > this.maxDay) this.maxDay = day;
      }
      const value = values![i] as number | null;
      this.value[id] = value === null ? NaN : value;
    }
    encode(this.category, d.category, categories!);
    encode(this.subcategory, d.subcategory, subcategories!);
    encode(this.contract, d.contract, contracts!);
    encode(this.country, d.country, countries!);
    encode(this.level, d.level, levels!);
    encode(this.source, d.source, sources!);
  }

  addTechnology(id: number, technology: string): void {
    if (id >= this.size || this.live[id] !== 1) return;
    this.tech[id] = (this.tech[id]! | this.newTechnologyBit(technology)) >>> 0;
  }

  /** Reads [post_id, technology_id, label_source] rows (iterateLabelSources) into `sources`. */
  addLabelSources(rows: IterableIterator<unknown[]>): void {
    const { hand, candidate } = this.sources!;
    for (const row of rows) {
      const id = row[0] as number;
      if (id >= this.size || this.live[id] !== 1) continue;
      const bits = row[2] === "hand" ? hand : candidate;
      bits[id] = (bits[id]! | this.newTechnologyBit(row[1] as string)) >>> 0;
    }
  }

  private newTechnologyBit(technology: string): number {
    const code = this.dict.technology.code(technology);
    if (code > MAX_TECHNOLOGIES) throw new SnapshotLimitError(`more than ${MAX_TECHNOLOGIES} technologies`);
    return (1 << (code - 1)) >>> 0;
  }

  /** Empty label sources for every row, to be filled (labelSources). */
  startLabelSources(): LabelSources {
    this.sources = { hand: new Uint32Array(this.capacity), candidate: new Uint32Array(this.capacity) };
    return this.sources;
  }

  /** The technology's bit, or 0 when no post is that technology. */
  technologyBit(id: string): number {
    const code = this.dict.technology.find(id);
    return code < 1 ? 0 : (1 << (code - 1)) >>> 0;
  }
}

/** The snapshot cannot hold this database (the SQL path answers instead). */
export class SnapshotLimitError extends Error {}

/** Reads [post_id, text] rows in post-id order into a list column, through a dictionary. */
function loadLists(
  columns: PostColumns,
  list: ListColumn,
  dict: Dict,
  rows: IterableIterator<unknown[]>,
): void {
  let current = -1;
  let buffer = new Int32Array(64);
  let n = 0;
  const flush = () => {
    if (current >= 0 && current < columns.size && columns.live[current] === 1) list.set(current, buffer, n);
  };
  for (const row of rows) {
    const id = row[0] as number;
    if (id !== current) {
      flush();
      current = id;
      n = 0;
    }
    if (n === buffer.length) buffer = grown(buffer, n * 2);
    buffer[n++] = dict.code(row[1] as string);
  }
  flush();
}

function loadPosts(db: Db, columns: PostColumns, s: PostSelection): void {
  for (const row of iteratePostFacts(db, s)) columns.setFacts(row);
  for (const row of iterateTechFacts(db, s)) columns.addTechnology(row[0] as number, row[1] as string);
  if (columns.sources) columns.addLabelSources(iterateLabelSources(db, s));
  loadLists(columns, columns.tags, columns.dict.tag, iteratePostTags(db, s));
  loadLists(columns, columns.phrases, columns.dict.phrase, iteratePostPhrases(db, s));
}

/** Posts per read of the fact columns in a full load (bounds the JSON held at once). */
const LOAD_CHUNK = 50_000;

function fullLoad(db: Db): PostColumns {
  const columns = new PostColumns();
  const state = readLogState(db);
  columns.extendTo(state.maxPostId);
  for (let after = 0; after < state.maxPostId; after += LOAD_CHUNK)
    columns.setFactColumns(readFactColumns(db, after, Math.min(after + LOAD_CHUNK, state.maxPostId)));
  for (const [technology, ids] of iteratePostsByValue(db, "technology"))
    for (const id of JSON.parse(ids) as number[]) columns.addTechnology(id, technology);
  const groups = (what: "tag" | "phrase", dict: Dict) =>
    [...iteratePostsByValue(db, what)].map(([value, ids]) => ({
      code: dict.code(value),
      ids: JSON.parse(ids) as number[],
    }));
  columns.tags.build(columns.size, columns.live, groups("tag", columns.dict.tag));
  columns.phrases.build(columns.size, columns.live, groups("phrase", columns.dict.phrase));
  columns.seq = state.seq;
  columns.through = state.maxPostId;
  return columns;
}

/**
 * Brings `columns` up to the database's state, or returns a new full load. Call inside one
 * read transaction so that the log and the rows read agree.
 */
function refresh(db: Db, columns: PostColumns): { columns: PostColumns; kind: RefreshKind; changed: number } {
  const state = readLogState(db);
  if (state.seq === columns.seq && state.maxPostId <= columns.through)
    return { columns, kind: "current", changed: 0 };
  // A log that went backwards is another database; one pruned past us hides what changed.
  const pruned = state.seq > columns.seq && state.minSeq > columns.seq + 1;
  if (state.seq < columns.seq || pruned) return { columns: fullLoad(db), kind: "full", changed: 0 };
  const changed = state.seq > columns.seq ? changedPostIds(db, columns.seq, columns.through) : [];
  const appended = Math.max(0, state.maxPostId - columns.through);
  if (changed.length + appended > Math.max(FULL_RELOAD_MIN, columns.posts * FULL_RELOAD_SHARE))
    return { columns: fullLoad(db), kind: "full", changed: changed.length };
  if (changed.length > 0) {
    for (const id of changed) columns.drop(id);
    loadPosts(db, columns, { ids: changed });
  }
  if (state.maxPostId > columns.through) {
    columns.extendTo(state.maxPostId);
    loadPosts(db, columns, { afterId: columns.through });
  }
  columns.tags.compact(columns.size);
  columns.phrases.compact(columns.size);
  columns.changed();
  columns.seq = state.seq;
  columns.through = Math.max(columns.through, state.maxPostId);
  return { columns, kind: "refreshed", changed: changed.length };
}

// ---------------------------------------------------------------------------------------------
// One snapshot per database file per process (a query worker warms it at start).

interface Cached {
  columns: PostColumns;
  /** Identity of the file (device + inode), so that a replaced file is not taken for the old one. */
  identity: string;
  /** Why the snapshot cannot hold this database, if it cannot. */
  disabled: string | null;
}

const byFile = new Map<string, Cached>();
const MAX_FILES = 4;
const byConnection = new WeakMap<object, Cached>();

function fileOf(db: Db): { key: string; identity: string } | null {
  const name = db.$client.name;
  if (db.$client.memory || name === "" || name === ":memory:") return null;
  const file = path.resolve(name);
  try {
    const st = fs.statSync(file);
    return { key: file, identity: `${st.dev}:${st.ino}` };
  } catch {
    return null;
  }
}

type RefreshKind = "current" | "refreshed" | "full";

export interface SnapshotStats {
  posts: number;
  rows: number;
  /** Bytes held by the typed arrays. */
  bytes: number;
  /** What the last call did: nothing, appended or re-read posts, or a full load. */
  last: { kind: RefreshKind; ms: number; changed: number };
}

let lastRefresh: SnapshotStats["last"] = { kind: "current", ms: 0, changed: 0 };

/**
 * The snapshot of `db`, brought up to date. Call inside a read transaction (readTransaction)
 * that also covers the reads the query makes beside it.
 */
export function currentSnapshot(db: Db): PostColumns {
  const t0 = performance.now();
  const file = fileOf(db);
  const cached = file ? byFile.get(file.key) : byConnection.get(db.$client);
  if (cached?.disabled && (!file || cached.identity === file.identity))
    throw new SnapshotLimitError(cached.disabled);
  let entry: Cached;
  try {
    if (!cached || (file && cached.identity !== file.identity)) {
      entry = { columns: fullLoad(db), identity: file?.identity ?? "", disabled: null };
      lastRefresh = { kind: "full", ms: 0, changed: 0 };
    } else {
      const r = refresh(db, cached.columns);
      entry = r.columns === cached.columns ? cached : { ...cached, columns: r.columns };
      lastRefresh = { kind: r.kind, ms: 0, changed: r.changed };
    }
  } catch (e) {
    // A database the snapshot cannot hold stays with the SQL path (until its file is replaced).
    if (e instanceof SnapshotLimitError) {
      const disabled = { columns: new PostColumns(), identity: file?.identity ?? "", disabled: e.message };
      if (file) byFile.set(file.key, disabled);
      else byConnection.set(db.$client, disabled);
    }
    throw e;
  }
  if (file) {
    byFile.delete(file.key);
    byFile.set(file.key, entry);
    // A process normally serves one database; the oldest snapshots go when it has seen many.
    for (const key of byFile.keys()) if (byFile.size > MAX_FILES) byFile.delete(key);
  } else byConnection.set(db.$client, entry);
  lastRefresh.ms = performance.now() - t0;
  return entry.columns;
}

/**
 * The label sources of `columns` (PostColumns.sources), read on first use: one scan of the
 * classifications. Call inside the read transaction that brought `columns` up to date, so that
 * they agree.
 */
export function labelSources(db: Db, columns: PostColumns): LabelSources {
  if (columns.sources) return columns.sources;
  const sources = columns.startLabelSources();
  try {
    columns.addLabelSources(iterateLabelSources(db, null));
  } catch (e) {
    columns.sources = null;
    throw e;
  }
  return sources;
}

/** Size of the snapshot and what bringing it up to date did last. */
export function snapshotStats(columns: PostColumns): SnapshotStats {
  const arrays = [
    columns.live,
    columns.day,
    columns.category,
    columns.subcategory,
    columns.contract,
    columns.country,
    columns.level,
    columns.source,
    columns.value,
    columns.tech,
    ...(columns.sources ? [columns.sources.hand, columns.sources.candidate] : []),
    columns.tags.start,
    columns.tags.len,
    columns.tags.values,
    columns.phrases.start,
    columns.phrases.len,
    columns.phrases.values,
  ];
  return {
    posts: columns.posts,
    rows: columns.size,
    bytes: arrays.reduce((a, x) => a + x.byteLength, 0),
    last: { ...lastRefresh },
  };
}
