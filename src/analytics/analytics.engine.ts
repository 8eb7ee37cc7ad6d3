// The generic analytics(query) evaluated on the in-memory columns of the posts
// (analytics.snapshot.ts) in one pass, instead of the fact tables. It computes exactly what
// groupedFromFacts and buildAnalyticsSql define (analytics.sql.ts), and returns the same records
// (period, k0..kN, m0..mM, total_rows), so everything above runAnalyticsQuery is unchanged:
// - scope: each period's posts (a post in several overlapping periods counts in each; without a
//   time dimension every post, dated or not), the technology's posts (every post, flagged,
//   with PENETRATION), `where` and the flat filter;
// - a post counts once per value of each multi-valued dimension (TECHNOLOGY, SKILL, BUCKET) and
//   not at all without one; SHARE_OF_TOTAL divides by the distinct counted posts of the period;
// - n, everyone, known, high, mean (compensated sum, as SQLite's AVG), median (mean of the
//   middle two), GROWTH against the same keys in compareTo; only groups with n > 0;
// - default order: period, then keys ascending with nulls last, in SQLite's text order (UTF-8
//   bytes, i.e. code points); `order` entries first; limit / offset; total_rows.
// The same pass counts the cells of estimates corrected for classifier error (cellsOnSnapshot),
// each post by its label source, as buildCellsSql (estimate/estimate.sql.ts) counts them.
// No database access: the live dictionary and the post ids of text conditions and of the flat
// filter come in as functions and arrays.
import { invariant } from "../shared/errors";
import { ALL_KEY, type DimensionName, type FilterFieldName } from "./analytics.model";
import { dayNumber } from "./analytics.periods";
import {
  NO_DAY,
  SnapshotLimitError,
  type DayOrder,
  type Dict,
  type LabelSources,
  type PostColumns,
} from "./analytics.snapshot";
import type { LiveAlias } from "./analytics.snapshot.repository";
import type { CheckedAnalyticsQuery, CountsRow, FilterCondition, FilterGroup } from "./analytics.sql";

export interface EngineInputs {
  /** The live dictionary (needed for SKILL and BUCKET). */
  aliases: () => LiveAlias[];
  /** Category id -> technical (needed for CATEGORY_GROUP). */
  categoryGroups: () => Map<string, boolean>;
  /** Post ids whose title or description match the user's search text. */
  textIds: (text: string) => ArrayLike<number>;
  /** Post ids that pass the flat post filter; null without one. */
  filterIds: ArrayLike<number> | null;
}

/** Dense group arrays up to this many possible keys; a hash map beyond. */
const DENSE_KEYS = 1 << 18;

/** Compares strings as SQLite's BINARY collation does on UTF-8 text: by code point. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // A surrogate encodes a code point above U+FFFF: after every other UTF-16 unit.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

// ---------------------------------------------------------------------------------------------
// Skills and buckets of a post through the live dictionary, by the one rule of membership
// (taxonomy/skill-membership.ts): a skill tag equal to a tag alias, or a phrase hit of a phrase alias.

class Membership {
  /** Tag code / phrase code -> skill code (0: no skill). */
  private readonly tagSkill: Int32Array;
  private readonly phraseSkill: Int32Array;
  /** Skill code -> bucket code. */
  private readonly skillBucket: Int32Array;
  readonly skills: (string | null)[] = [null];
  readonly buckets: (string | null)[] = [null];
  private readonly seenSkill: Int32Array;
  private readonly seenBucket: Int32Array;
  private stamp = 0;

  constructor(
    private readonly columns: PostColumns,
    aliases: LiveAlias[],
  ) {
    const skillCode = new Map<string, number>();
    const bucketCode = new Map<string, number>();
    const bucketOf: number[] = [0];
    for (const a of aliases) {
      if (!skillCode.has(a.skill)) {
        skillCode.set(a.skill, this.skills.length);
        this.skills.push(a.skill);
        if (!bucketCode.has(a.bucket)) {
          bucketCode.set(a.bucket, this.buckets.length);
          this.buckets.push(a.bucket);
        }
        bucketOf.push(bucketCode.get(a.bucket)!);
      }
    }
    this.skillBucket = Int32Array.from(bucketOf);
    this.tagSkill = new Int32Array(columns.dict.tag.size);
    this.phraseSkill = new Int32Array(columns.dict.phrase.size);
    for (const a of aliases) {
      const dict = a.kind === "tag" ? columns.dict.tag : columns.dict.phrase;
      const code = dict.find(a.alias);
      if (code > 0) (a.kind === "tag" ? this.tagSkill : this.phraseSkill)[code] = skillCode.get(a.skill)!;
    }
    this.seenSkill = new Int32Array(this.skills.length);
    this.seenBucket = new Int32Array(this.buckets.length);
  }

  /** Distinct skill codes of post `r` into `out`; returns how many. */
  skillsOf(r: number, out: Int32Array): number {
    const stamp = ++this.stamp;
    const seen = this.seenSkill;
    let n = 0;
    const tags = this.columns.tags;
    let codes = tags.values;
    let map = this.tagSkill;
    for (let i = tags.start[r]!, end = i + tags.len[r]!; i < end; i++) {
      const s = map[codes[i]!]!;
      if (s !== 0 && seen[s] !== stamp) {
        seen[s] = stamp;
        out[n++] = s;
      }
    }
    const phrases = this.columns.phrases;
    codes = phrases.values;
    map = this.phraseSkill;
    for (let i = phrases.start[r]!, end = i + phrases.len[r]!; i < end; i++) {
      const s = map[codes[i]!]!;
      if (s !== 0 && seen[s] !== stamp) {
        seen[s] = stamp;
        out[n++] = s;
      }
    }
    return n;
  }

  /** Distinct bucket codes of post `r` into `out`, from its skills in `skills[0..k)`. */
  bucketsOf(skills: Int32Array, k: number, out: Int32Array): number {
    const stamp = this.stamp;
    let n = 0;
    for (let i = 0; i < k; i++) {
      const b = this.skillBucket[skills[i]!]!;
      if (this.seenBucket[b] !== stamp) {
        this.seenBucket[b] = stamp;
        out[n++] = b;
      }
    }
    return n;
  }
}

// ---------------------------------------------------------------------------------------------
// Per-query context: columns, dictionary, lazily built tables.

interface Ctx {
  columns: PostColumns;
  inputs: EngineInputs;
  membership: Membership | null;
  groups: Map<string, boolean> | null;
  /** Category code -> 1 non-technical, 2 technical, 0 none (CATEGORY_GROUP codes). */
  groupOfCategory: Int32Array | null;
}

function membershipOf(ctx: Ctx): Membership {
  ctx.membership ??= new Membership(ctx.columns, ctx.inputs.aliases());
  return ctx.membership;
}

const GROUP_LABELS: (string | null)[] = [null, "non-technical", "technical"];

function groupOfCategory(ctx: Ctx): Int32Array {
  if (!ctx.groupOfCategory) {
    ctx.groups ??= ctx.inputs.categoryGroups();
    const values = ctx.columns.dict.category.values;
    const out = new Int32Array(values.length);
    values.forEach((id, code) => {
      const technical = id === null ? undefined : ctx.groups!.get(id);
      out[code] = technical === undefined ? 0 : technical ? 2 : 1;
    });
    ctx.groupOfCategory = out;
  }
  return ctx.groupOfCategory;
}

type ColumnName = "category" | "subcategory" | "contract" | "country" | "level" | "source";

// Total over the filter fields (dimensions are among them), so that a new field is a compile
// error here until it is given a column or null (a case of its own in conditionMask / dimSpace).
const COLUMN_OF: Record<FilterFieldName, ColumnName | null> = {
  CATEGORY: "category",
  SUBCATEGORY: "subcategory",
  CONTRACT_TYPE: "contract",
  COUNTRY: "country",
  EXPERIENCE_LEVEL: "level",
  SOURCE: "source",
  CATEGORY_GROUP: null,
  TECHNOLOGY: null,
  BUCKET: null,
  SKILL: null,
  VALUE: null,
  POSTED_AT: null,
  TEXT: null,
};

// ---------------------------------------------------------------------------------------------
// Filters as row masks (1 = passes). AND / OR never negate a group, so SQL's NULL (unknown)
// behaves as false throughout.

function maskOfIds(size: number, ids: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(size);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id < size) mask[id] = 1;
  }
  return mask;
}

/**
 * A condition tested row by row on one column. An AND group tests all of its own in one pass
 * (rowTestsMask); a condition alone is a pass of one test.
 */
type RowTest =
  | { kind: "code"; codes: Int32Array; table: Uint8Array }
  | { kind: "bits"; tech: Uint32Array; bits: number; negate: boolean }
  | { kind: "value"; value: Float64Array; lo: number; loOpen: boolean; hi: number; hiOpen: boolean }
  | { kind: "day"; day: Int32Array; d0: number; d1: number };

/** The condition as a test per row, or null for one read from a list (text, tag, skills, days). */
function rowTestOf(ctx: Ctx, c: FilterCondition): RowTest | null {
  const { columns } = ctx;
  const list = c.in ?? c.notIn ?? [];
  const negate = !c.in;
  const column = COLUMN_OF[c.field];
  if (column)
    return { kind: "code", codes: columns[column], table: codeTable(columns.dict[column], list, negate) };
  switch (c.field) {
    case "CATEGORY_GROUP": {
      const groupOf = groupOfCategory(ctx);
      const wanted = new Set<number>(list.map((v) => (v === "technical" ? 2 : 1)));
      const table = new Uint8Array(groupOf.length);
      groupOf.forEach((g, code) => {
        const inList = g !== 0 && wanted.has(g);
        table[code] = negate ? (code === 0 || !inList ? 1 : 0) : inList ? 1 : 0;
      });
      return { kind: "code", codes: columns.category, table };
    }
    case "TECHNOLOGY": {
      let bits = 0;
      for (const v of list) bits = (bits | columns.technologyBit(v)) >>> 0;
      return { kind: "bits", tech: columns.tech, bits, negate };
    }
    case "VALUE":
      // Every bound given is a part of its own, ANDed, as in the SQL; unknown values (NaN) fail.
      return {
        kind: "value",
        value: columns.value,
        lo: Math.max(c.gte ?? -Infinity, c.gt ?? -Infinity),
        loOpen: c.gt != null && c.gt >= (c.gte ?? -Infinity),
        hi: Math.min(c.lte ?? Infinity, c.lt ?? Infinity),
        hiOpen: c.lt != null && c.lt <= (c.lte ?? Infinity),
      };
    case "POSTED_AT": {
      const [d0, d1] = daysOf(c);
      return fewDays(columns, d0, d1) ? null : { kind: "day", day: columns.day, d0, d1 };
    }
    default:
      return null;
  }
}

function daysOf(c: FilterCondition): [number, number] {
  return [c.from ? dayNumber(c.from) : -Infinity, c.to ? dayNumber(c.to) : Infinity];
}

/** A table of the codes in the list; notIn keeps the posts without a value (code 0), as SQL's IS NULL OR NOT IN. */
function codeTable(dict: Dict, list: string[], negate: boolean): Uint8Array {
  const table = new Uint8Array(dict.size);
  for (const v of list) {
    const code = dict.find(v);
    if (code > 0) table[code] = 1;
  }
  if (negate) for (let i = 0; i < table.length; i++) table[i] = i === 0 ? 1 : 1 - table[i]!;
  return table;
}

type TestsPass = (tests: RowTest[], size: number, mask: Uint8Array) => void;
const testPasses = new Map<string, TestsPass>();

/**
 * The rows that pass every test, in one pass compiled for the tests' kinds from fixed fragments
 * (as columnarLoop), their columns and bounds passed as arguments.
 */
function rowTestsMask(tests: RowTest[], size: number): Uint8Array {
  const signature = tests.map((t) => (t.kind === "value" ? `value${+t.loOpen}${+t.hiOpen}` : t.kind)).join();
  let pass = testPasses.get(signature);
  if (!pass) {
    // Each test gives 0 or 1 without a branch (a mispredicted branch per row costs more than
    // testing every condition), and the row passes when all give 1.
    const lines: string[] = [];
    const row: string[] = [];
    const passes: string[] = [];
    tests.forEach((t, i) => {
      const x = `tests[${i}]`;
      if (t.kind === "code") {
        lines.push(`const c${i} = ${x}.codes, t${i} = ${x}.table;`);
        passes.push(`t${i}[c${i}[r]]`);
      } else if (t.kind === "bits") {
        lines.push(`const b${i} = ${x}.tech, m${i} = ${x}.bits, n${i} = ${x}.negate ? 1 : 0;`);
        passes.push(`(((b${i}[r] & m${i}) !== 0) ^ n${i})`);
      } else if (t.kind === "value") {
        lines.push(`const v${i} = ${x}.value, lo${i} = ${x}.lo, hi${i} = ${x}.hi;`);
        row.push(`const x${i} = v${i}[r];`);
        passes.push(`(x${i} ${t.loOpen ? ">" : ">="} lo${i}) & (x${i} ${t.hiOpen ? "<" : "<="} hi${i})`);
      } else {
        lines.push(`const d${i} = ${x}.day, lo${i} = ${x}.d0, hi${i} = ${x}.d1;`);
        row.push(`const x${i} = d${i}[r];`);
        passes.push(`(x${i} !== ${NO_DAY}) & (x${i} >= lo${i}) & (x${i} < hi${i})`);
      }
    });
    lines.push("for (let r = 0; r < size; r++) {", ...row, `mask[r] = ${passes.join(" & ")};`, "}");
    pass = new Function("tests", "size", "mask", lines.join("\n")) as TestsPass;
    testPasses.set(signature, pass);
  }
  const mask = new Uint8Array(size);
  pass(tests, size, mask);
  return mask;
}

function conditionMask(ctx: Ctx, c: FilterCondition): Uint8Array {
  const { columns } = ctx;
  const test = rowTestOf(ctx, c);
  if (test) return rowTestsMask([test], columns.size);
  switch (c.field) {
    case "BUCKET":
    case "SKILL":
      return c.tag !== undefined
        ? tagMask(columns, c.tag)
        : skillMask(ctx, c.field, c.in ?? c.notIn ?? [], !c.in);
    case "POSTED_AT": // over few days (rowTestOf tests the others row by row)
      return maskOfIds(columns.size, fewDays(columns, ...daysOf(c))!);
    case "TEXT":
      return maskOfIds(columns.size, ctx.inputs.textIds(c.text ?? ""));
    default:
      throw new Error(`no snapshot filter for field ${c.field}`);
  }
}

/**
 * The posts of days d0 (included) to d1 (excluded) from the day order, at consecutive positions,
 * when they are fewer than a quarter of the rows (then cheaper than a test per row); else null.
 * The day order holds live posts only, which is all a mask must get right (every reader of a mask
 * reads `live` too).
 */
function fewDays(columns: PostColumns, d0: number, d1: number): Int32Array | null {
  const byDay = columns.dayOrder();
  if (byDay === null) return null;
  const days = byDay.start.length - 1;
  const a = Math.min(Math.max(d0 - byDay.lo, 0), days);
  const b = Math.min(Math.max(d1 - byDay.lo, a), days);
  const from = byDay.start[a]!;
  const to = byDay.start[b]!;
  return to - from < columns.size / 4 ? byDay.rows.subarray(from, to) : null;
}

/** Rows whose posts carry the skill tag (see FilterCondition.tag). */
function tagMask(columns: PostColumns, tag: string): Uint8Array {
  return maskOfIds(columns.size, columns.rowsWithTag(columns.dict.tag.find(tag)));
}

/** A SKILL or BUCKET condition: the live dictionary's skills (and their buckets) of each post. */
function skillMask(ctx: Ctx, field: "SKILL" | "BUCKET", list: string[], negate: boolean): Uint8Array {
  const { columns } = ctx;
  const size = columns.size;
  const m = membershipOf(ctx);
  const names = field === "BUCKET" ? m.buckets : m.skills;
  const wanted = new Uint8Array(names.length);
  names.forEach((id, code) => {
    if (id !== null && list.includes(id)) wanted[code] = 1;
  });
  const skills = new Int32Array(m.skills.length);
  const buckets = new Int32Array(m.buckets.length);
  const mask = new Uint8Array(size);
  for (let r = 0; r < size; r++) {
    if (columns.live[r] !== 1) continue;
    const k = m.skillsOf(r, skills);
    let hit = false;
    if (field === "SKILL") {
      for (let i = 0; i < k && !hit; i++) hit = wanted[skills[i]!] === 1;
    } else {
      const nb = m.bucketsOf(skills, k, buckets);
      for (let i = 0; i < nb && !hit; i++) hit = wanted[buckets[i]!] === 1;
    }
    mask[r] = hit !== negate ? 1 : 0;
  }
  return mask;
}

/** acc = acc AND m, or acc OR m, four rows at a time. */
function combine(acc: Uint8Array, m: Uint8Array, or: boolean): void {
  const words = acc.length >> 2;
  const a = new Uint32Array(acc.buffer, acc.byteOffset, words);
  const b = new Uint32Array(m.buffer, m.byteOffset, words);
  if (or) for (let i = 0; i < words; i++) a[i]! |= b[i]!;
  else for (let i = 0; i < words; i++) a[i]! &= b[i]!;
  for (let i = words << 2; i < acc.length; i++) acc[i] = or ? acc[i]! | m[i]! : acc[i]! & m[i]!;
}

/** The mask of a nested group; null when it keeps every row. */
function groupMask(ctx: Ctx, g: FilterGroup): Uint8Array | null {
  const or = g.op === "OR";
  const parts: (() => Uint8Array | null)[] = [];
  // An AND group's conditions tested row by row: all of them in one pass.
  const tests: RowTest[] = [];
  for (const c of g.conditions ?? []) {
    const test = or ? null : rowTestOf(ctx, c);
    if (test) tests.push(test);
    else parts.push(() => conditionMask(ctx, c));
  }
  if (tests.length > 0) parts.unshift(() => rowTestsMask(tests, ctx.columns.size));
  for (const sub of g.groups ?? []) parts.push(() => groupMask(ctx, sub));
  if (parts.length === 0) return null;
  let acc: Uint8Array | null = null;
  for (const part of parts) {
    const m = part();
    if (m === null) {
      // A part that keeps everything: an OR keeps everything, an AND is unchanged by it.
      if (or) return null;
      continue;
    }
    if (acc === null) acc = m;
    else combine(acc, m, or);
  }
  return acc;
}

// ---------------------------------------------------------------------------------------------
// Periods: elementary day intervals, each with the list of periods that contain it.

interface PeriodIndex {
  /** The elementary intervals' limits (interval i is [bounds[i], bounds[i + 1])). */
  bounds: number[];
  /** First day of `table`. */
  lo: number;
  /** Day - lo -> elementary interval, -1 outside every period. */
  table: Int32Array;
  /** Interval i's periods are periods[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
  periods: Int32Array;
}

function periodIndex(
  ranges: { d0: number; d1: number }[],
  minDay: number,
  maxDay: number,
): PeriodIndex | null {
  const bounds = [...new Set(ranges.flatMap((p) => [p.d0, p.d1]))].sort((a, b) => a - b);
  const lo = Math.max(bounds[0]!, minDay);
  const hi = Math.min(bounds[bounds.length - 1]!, maxDay + 1);
  if (!(hi > lo)) return null;
  const lists: number[][] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const a = bounds[i]!;
    lists.push(ranges.flatMap((p, pos) => (p.d0 <= a && a < p.d1 ? [pos] : [])));
  }
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (offsets[i + 1] = offsets[i]! + l.length));
  const periods = Int32Array.from(lists.flat());
  const table = new Int32Array(hi - lo).fill(-1);
  for (let i = 0; i + 1 < bounds.length; i++) {
    if (lists[i]!.length === 0) continue;
    const from = Math.max(bounds[i]!, lo);
    const to = Math.min(bounds[i + 1]!, hi);
    for (let d = from; d < to; d++) table[d - lo] = i;
  }
  return { bounds, lo, table, offsets, periods };
}

// ---------------------------------------------------------------------------------------------
// Dimensions as code spaces.

interface DimSpace {
  name: DimensionName;
  /** Codes 0 .. card - 1 (0: null for single-valued dimensions). */
  card: number;
  label(code: number): string | null;
  /** Single-valued: the code of row r. */
  codes?: Int32Array;
  /** Single-valued through a table (CATEGORY_GROUP: category code -> group code). */
  via?: Int32Array;
  membership?: "technology" | "skill" | "bucket";
}

function dimSpace(ctx: Ctx, name: DimensionName): DimSpace {
  const { columns } = ctx;
  const column = COLUMN_OF[name];
  if (column) {
    const values = columns.dict[column].values;
    return { name, card: values.length, label: (c) => values[c] ?? null, codes: columns[column] };
  }
  switch (name) {
    case "CATEGORY_GROUP":
      return {
        name,
        card: 3,
        label: (c) => GROUP_LABELS[c] ?? null,
        codes: columns.category,
        via: groupOfCategory(ctx),
      };
    case "TECHNOLOGY": {
      const values = columns.dict.technology.values;
      return { name, card: values.length, label: (c) => values[c] ?? null, membership: "technology" };
    }
    case "SKILL": {
      const m = membershipOf(ctx);
      return { name, card: m.skills.length, label: (c) => m.skills[c] ?? null, membership: "skill" };
    }
    case "BUCKET": {
      const m = membershipOf(ctx);
      return { name, card: m.buckets.length, label: (c) => m.buckets[c] ?? null, membership: "bucket" };
    }
    default:
      throw new Error(`no snapshot dimension ${name}`);
  }
}

/** Code -> position in ascending text order, null last. */
function ranks(dim: DimSpace): Int32Array {
  const codes = Array.from({ length: dim.card }, (_v, i) => i).filter((c) => dim.label(c) !== null);
  codes.sort((a, b) => compareCodePoints(dim.label(a)!, dim.label(b)!));
  const rank = new Int32Array(dim.card).fill(dim.card);
  codes.forEach((c, i) => (rank[c] = i));
  return rank;
}

// ---------------------------------------------------------------------------------------------
// Group accumulators: dense arrays when the key space is small, a hash map of slots otherwise.

class Groups {
  n: Int32Array;
  /** Estimate cells: CELL_WIDTH counts per slot (see addToCells); empty unless asked. */
  cells: Int32Array;
  everyone: Int32Array;
  known: Int32Array;
  high: Int32Array;
  sum: Float64Array;
  err: Float64Array;
  /** Slot -> key (hashed mode). */
  keys: Float64Array;
  slots = 0;
  private readonly map: Map<number, number> | null;

  constructor(
    readonly keySpace: number,
    private readonly sums: boolean,
    private readonly withCells = false,
  ) {
    const dense = keySpace <= (withCells ? DENSE_KEYS / CELL_WIDTH : DENSE_KEYS);
    const cap = dense ? keySpace : 1024;
    this.map = dense ? null : new Map();
    this.n = new Int32Array(cap);
    this.everyone = new Int32Array(cap);
    this.known = new Int32Array(cap);
    this.high = new Int32Array(cap);
    this.sum = new Float64Array(sums ? cap : 0);
    this.err = new Float64Array(sums ? cap : 0);
    this.cells = new Int32Array(withCells ? cap * CELL_WIDTH : 0);
    this.keys = new Float64Array(dense ? 0 : cap);
    if (dense) this.slots = keySpace;
  }

  get dense(): boolean {
    return this.map === null;
  }

  slot(key: number): number {
    if (this.map === null) return key;
    let s = this.map.get(key);
    if (s === undefined) {
      s = this.slots++;
      if (s === this.n.length) this.grow();
      this.keys[s] = key;
      this.map.set(key, s);
    }
    return s;
  }

  /** The slot of a key, or -1 when no post fell into it. */
  find(key: number): number {
    if (this.map === null) return key < this.keySpace && this.everyone[key]! > 0 ? key : -1;
    return this.map.get(key) ?? -1;
  }

  keyOf(slot: number): number {
    return this.map === null ? slot : this.keys[slot]!;
  }

  private grow(): void {
    const cap = this.n.length * 2;
    const g = <T extends Int32Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.n = g(this.n);
    this.everyone = g(this.everyone);
    this.known = g(this.known);
    this.high = g(this.high);
    if (this.sums) {
      this.sum = g(this.sum);
      this.err = g(this.err);
    }
    if (this.withCells) {
      const cells = new Int32Array(cap * CELL_WIDTH);
      cells.set(this.cells);
      this.cells = cells;
    }
    this.keys = g(this.keys);
  }

  /** Adds a value to a slot's compensated sum (Kahan-Babuska-Neumaier, as SQLite sums). */
  addValue(slot: number, v: number): void {
    const s = this.sum[slot]!;
    const t = s + v;
    if (Math.abs(s) > Math.abs(v)) this.err[slot]! += s - t + v;
    else this.err[slot]! += v - t + s;
    this.sum[slot] = t;
  }
}

/** The k-th smallest (0-based) of a[lo .. hi), moving elements (quickselect). */
function select(a: Float64Array, lo: number, hi: number, k: number): number {
  let l = lo;
  let h = hi - 1;
  const target = lo + k;
  while (l < h) {
    const mid = (l + h) >>> 1;
    // Median of three as the pivot.
    const x = a[l]!;
    const y = a[mid]!;
    const z = a[h]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = l;
    let j = h;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) h = j;
    else if (target >= i) l = i;
    else return a[target]!;
  }
  return a[target]!;
}

/** Median of a[lo .. hi) (mean of the middle two for an even count). */
function medianOf(a: Float64Array, lo: number, hi: number): number {
  const n = hi - lo;
  const upper = select(a, lo, hi, n >> 1);
  if (n % 2 === 1) return upper;
  // After select, a[lo .. lo + n/2) holds the smaller half: its largest is the lower middle.
  let lower = -Infinity;
  for (let i = lo; i < lo + (n >> 1); i++) if (a[i]! > lower) lower = a[i]!;
  return (lower + upper) / 2;
}

/** (slot, value) pairs of the counted posts of known value, for medians. */
class Pairs {
  slots = new Int32Array(1 << 16);
  values = new Float64Array(1 << 16);
  length = 0;

  push(slot: number, value: number): void {
    if (this.length === this.slots.length) {
      const slots = new Int32Array(this.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const values = new Float64Array(this.length * 2);
      values.set(this.values);
      this.values = values;
    }
    this.slots[this.length] = slot;
    this.values[this.length++] = value;
  }
}

interface Scan {
  columns: PostColumns;
  mask: Uint8Array | null;
  /** The technology's bit; 0 with no technology (countAll) or one no post is. */
  techBit: number;
  countAll: boolean;
  /** PENETRATION: every post of the scope, counted or not (everyone). */
  wantsAll: boolean;
  wantsSum: boolean;
  /** Known and high counts (the generic pass always keeps them). */
  wantsValues: boolean;
  wantsHigh: boolean;
  medianPairs: Pairs | null;
  threshold: number;
  pidx: PeriodIndex | null;
  periodStride: number;
  dims: DimSpace[];
  strides: number[];
  membership: Membership | null;
  groups: Groups;
  totals: Int32Array;
  /** Estimate cells: each post's label source for the technology (techBit); null without. */
  sources: LabelSources | null;
}

/**
 * Estimate cells, per group: for every post (offset 0), those of known value (6) and those above
 * the threshold (12), six counts each, as estimate.sql.ts counts them: hand labels that are
 * positive, keyword candidates labeled by the model, of which positive, other posts (neither),
 * positive labels, and every post.
 */
const CELL_WIDTH = 18;

/** Label source of a post for estimates: 0 hand, 1 model on a keyword candidate, 2 other. */
function sourceOf(sources: LabelSources, r: number, bit: number): number {
  return (sources.hand[r]! & bit) !== 0 ? 0 : (sources.candidate[r]! & bit) !== 0 ? 1 : 2;
}

function addToCells(cells: Int32Array, at: number, source: number, positive: boolean): void {
  if (source === 0) {
    if (positive) cells[at]! += 1;
  } else if (source === 1) {
    cells[at + 1]! += 1;
    if (positive) cells[at + 2]! += 1;
  } else cells[at + 3]! += 1;
  if (positive) cells[at + 4]! += 1;
  cells[at + 5]! += 1;
}

/** One post (or one of its value combinations) into a group; `source` only with cells. */
function accumulate(s: Scan, slot: number, counted: boolean, v: number, source: number): void {
  const g = s.groups;
  if (s.sources !== null) {
    const at = slot * CELL_WIDTH;
    addToCells(g.cells, at, source, counted);
    if (v === v) addToCells(g.cells, at + 6, source, counted);
    if (v > s.threshold) addToCells(g.cells, at + 12, source, counted);
  }
  g.everyone[slot]! += 1;
  if (!counted) return;
  g.n[slot]! += 1;
  if (v !== v) return;
  g.known[slot]! += 1;
  if (v > s.threshold) g.high[slot]! += 1;
  if (s.wantsSum) g.addValue(slot, v);
  if (s.medianPairs !== null) s.medianPairs.push(slot, v);
}

// The columnar path: no multi-valued dimension, at most one period per day, dense groups. One
// pass over the posts does everything, in a loop compiled for the query's shape (which filters,
// how many dimensions, which accumulators): a loop that branched per post on the shape would
// be several times slower. The generated code is built only from the fixed fragments below;
// every value (arrays, strides, thresholds) comes in as an argument, never as text.

/** Whether every day is in at most one period (calendar periods, disjoint named ones). */
function disjoint(pidx: PeriodIndex | null): boolean {
  if (pidx === null) return true;
  for (let i = 0; i + 1 < pidx.offsets.length; i++)
    if (pidx.offsets[i + 1]! - pidx.offsets[i]! > 1) return false;
  return true;
}

interface ColumnarArgs {
  size: number;
  live: Uint8Array;
  mask: Uint8Array | null;
  tech: Uint32Array;
  bit: number;
  /** Dated posts in day order, and the runs of it each period segment covers. */
  order: Int32Array;
  segFrom: Int32Array;
  segTo: Int32Array;
  segBase: Float64Array;
  codes: Int32Array[];
  vias: (Int32Array | null)[];
  strides: number[];
  value: Float64Array;
  threshold: number;
  everyone: Int32Array;
  n: Int32Array;
  known: Int32Array;
  high: Int32Array;
  sum: Float64Array;
  err: Float64Array;
  /** Median: the key of each counted row of known value, -1 for the others. */
  keyOut: Int32Array;
}

interface ColumnarShape {
  mask: boolean;
  /** every post counts / only the technology's / every post, the technology's counted (PENETRATION). */
  scope: "all" | "tech" | "flag";
  periods: boolean;
  /** Per dimension: its codes directly, or through a table (CATEGORY_GROUP). */
  dims: ("plain" | "via")[];
  /** Counted posts of known value (HIGH_VALUE_SHARE, AVG_VALUE, MEDIAN_VALUE). */
  values: boolean;
  high: boolean;
  sum: boolean;
  median: boolean;
}

type ColumnarLoop = (a: ColumnarArgs) => void;
const compiled = new Map<string, ColumnarLoop>();

function columnarLoop(shape: ColumnarShape): ColumnarLoop {
  const signature = JSON.stringify(shape);
  let loop = compiled.get(signature);
  if (loop) return loop;
  const lines: string[] = [
    "const { size, live, mask, tech, bit, value, threshold } = a;",
    "const { everyone, n, known, high, sum, err, keyOut } = a;",
    "const { order, segFrom, segTo, segBase } = a;",
  ];
  shape.dims.forEach((d, i) => {
    lines.push(`const c${i} = a.codes[${i}], s${i} = a.strides[${i}];`);
    if (d === "via") lines.push(`const v${i} = a.vias[${i}];`);
  });
  // With periods: the posts of each period's days, at consecutive positions of the day order,
  // whose columns (tech, value, codes) are copies in that order (PostColumns.inDayOrder): `at`
  // is the position there, `r` the row (for the mask and the median's keys). Every post of the
  // day order is live. Without periods: every row.
  const at = shape.periods ? "i" : "r";
  if (shape.periods) {
    lines.push("for (let g = 0; g < segFrom.length; g++) {");
    lines.push("const base = segBase[g];");
    lines.push("for (let i = segFrom[g], end = segTo[g]; i < end; i++) {");
    if (shape.mask || shape.median) lines.push("  const r = order[i];");
  } else {
    lines.push("for (let r = 1; r < size; r++) {");
    lines.push("  if (live[r] !== 1) continue;");
  }
  if (shape.mask) lines.push("  if (mask[r] !== 1) continue;");
  if (shape.scope === "tech") lines.push(`  if ((tech[${at}] & bit) === 0) continue;`);
  lines.push(shape.periods ? "  let k = base;" : "  let k = 0;");
  shape.dims.forEach((d, i) =>
    lines.push(d === "via" ? `  k += v${i}[c${i}[${at}]] * s${i};` : `  k += c${i}[${at}] * s${i};`),
  );
  // Only the counters the measures read: each is a random access into the groups.
  if (shape.scope === "flag") {
    lines.push("  everyone[k] += 1;");
    lines.push(`  if ((tech[${at}] & bit) === 0) continue;`);
  }
  lines.push("  n[k] += 1;");
  if (shape.values) {
    lines.push(`  const v = value[${at}];`);
    lines.push("  if (v !== v) continue;");
    lines.push("  known[k] += 1;");
    if (shape.high) lines.push("  if (v > threshold) high[k] += 1;");
  }
  if (shape.sum)
    lines.push(
      "  const s = sum[k], t = s + v;",
      "  if (Math.abs(s) > Math.abs(v)) err[k] += s - t + v; else err[k] += v - t + s;",
      "  sum[k] = t;",
    );
  if (shape.median) lines.push("  keyOut[r] = k;");
  lines.push(shape.periods ? "}}" : "}");
  loop = new Function("a", lines.join("\n")) as ColumnarLoop;
  compiled.set(signature, loop);
  return loop;
}

/**
 * The runs of the day order that a query's (disjoint) periods cover: for each elementary
 * interval in one period, the positions of its days' posts and the period's key base.
 */
function periodSegments(
  pidx: PeriodIndex,
  byDay: DayOrder,
  periodStride: number,
): { segFrom: Int32Array; segTo: Int32Array; segBase: Float64Array } {
  const from: number[] = [];
  const to: number[] = [];
  const base: number[] = [];
  const position = (d: number) => byDay.start[Math.min(Math.max(d - byDay.lo, 0), byDay.start.length - 1)]!;
  for (let i = 0; i + 1 < pidx.bounds.length; i++) {
    if (pidx.offsets[i + 1]! - pidx.offsets[i]! !== 1) continue;
    from.push(position(pidx.bounds[i]!));
    to.push(position(pidx.bounds[i + 1]!));
    base.push(pidx.periods[pidx.offsets[i]!]! * periodStride);
  }
  return { segFrom: Int32Array.from(from), segTo: Int32Array.from(to), segBase: Float64Array.from(base) };
}

let keys = new Int32Array(0);

/**
 * The per-row key array for medians, reused from one query to the next, so that each query does
 * not allocate and zero megabytes.
 */
function keyBuffer(size: number): Int32Array {
  if (keys.length < size) keys = new Int32Array(Math.ceil(size * 1.25));
  return keys.subarray(0, size);
}

/** Histogram cells (groups x buckets) of the median's radix pass. */
const MEDIAN_CELLS = 1 << 20;

/**
 * Each group's median from the key of every counted row of known value (-1 for the others),
 * without sorting or copying every value: a histogram of the top bits of the values (as
 * order-preserving integers) per group finds the bucket that holds each middle value; only the
 * values of those buckets are copied and searched.
 */
function mediansByKey(keyOut: Int32Array, value: Float64Array, groups: Groups): (slot: number) => number {
  const count = groups.keySpace;
  const known = groups.known;
  const bits = Math.max(4, Math.min(16, Math.floor(Math.log2(MEDIAN_CELLS / Math.max(1, count)))));
  const buckets = 1 << bits;
  const shift = 32 - bits;
  // The high 32 bits of each value (little-endian), turned so that unsigned order is value order.
  const high = new Uint32Array(value.buffer, value.byteOffset, value.length * 2);
  const bucketOf = (r: number): number => {
    const h = high[2 * r + 1]!;
    return ((h & 0x80000000) !== 0 ? ~h : h | 0x80000000) >>> shift;
  };
  const hist = new Int32Array(count * buckets);
  for (let r = 0; r < keyOut.length; r++) {
    const k = keyOut[r]!;
    if (k >= 0) hist[k * buckets + bucketOf(r)]! += 1;
  }
  // Per group: the buckets of the lower and upper middle, and their ranks inside those buckets.
  const lowBucket = new Int32Array(count).fill(-1);
  const highBucket = new Int32Array(count).fill(-1);
  const lowRank = new Int32Array(count);
  const highRank = new Int32Array(count);
  for (let k = 0; k < count; k++) {
    const n = known[k]!;
    if (n === 0) continue;
    const lowAt = (n - 1) >> 1;
    const highAt = n >> 1;
    let below = 0;
    for (let b = 0; b < buckets && highBucket[k]! < 0; b++) {
      const c = hist[k * buckets + b]!;
      if (lowBucket[k]! < 0 && lowAt < below + c) {
        lowBucket[k] = b;
        lowRank[k] = lowAt - below;
      }
      if (highAt < below + c) {
        highBucket[k] = b;
        highRank[k] = highAt - below;
      }
      below += c;
    }
  }
  // Copy the values of those buckets, group by group, and select inside them.
  const start = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const lb = lowBucket[k]!;
    const hb = highBucket[k]!;
    const size = lb < 0 ? 0 : hist[k * buckets + lb]! + (hb !== lb ? hist[k * buckets + hb]! : 0);
    start[k + 1] = start[k]! + size;
  }
  const fill = start.slice(0, count);
  const picked = new Float64Array(start[count]!);
  for (let r = 0; r < keyOut.length; r++) {
    const k = keyOut[r]!;
    if (k < 0) continue;
    const b = bucketOf(r);
    if (b === lowBucket[k] || b === highBucket[k]) picked[fill[k]!++] = value[r]!;
  }
  return (k) => {
    const lo = start[k]!;
    const hi = start[k + 1]!;
    const lb = lowBucket[k]!;
    const hb = highBucket[k]!;
    // The low bucket's values sort before the high bucket's: ranks in the high bucket shift.
    const lowSize = hist[k * buckets + lb]!;
    const lower = select(picked, lo, hi, lowRank[k]!);
    if (known[k]! % 2 === 1) return lower;
    const upper = select(picked, lo, hi, hb === lb ? highRank[k]! : lowSize + highRank[k]!);
    return (lower + upper) / 2;
  };
}

/** The columnar path; returns the medians' lookup when asked. */
function columnarScan(s: Scan): ((slot: number) => number) | null {
  const { columns, mask, techBit, countAll, wantsAll, pidx, periodStride, groups, totals } = s;
  const median = s.medianPairs !== null;
  const keyOut = median ? keyBuffer(columns.size).fill(-1) : new Int32Array(0);
  const loop = columnarLoop({
    mask: mask !== null,
    scope: countAll ? "all" : wantsAll ? "flag" : "tech",
    periods: pidx !== null,
    dims: s.dims.map((d) => (d.via ? "via" : "plain")),
    values: s.wantsValues,
    high: s.wantsHigh,
    sum: s.wantsSum,
    median,
  });
  const byDay = pidx === null ? null : columns.dayOrder();
  const segments =
    pidx === null || byDay === null
      ? { segFrom: new Int32Array(0), segTo: new Int32Array(0), segBase: new Float64Array(0) }
      : periodSegments(pidx, byDay, periodStride);
  // With periods the loop reads the columns it needs in day order (see columnarLoop).
  const column = <T extends Int32Array | Uint32Array | Float64Array>(c: T): T =>
    byDay === null ? c : columns.inDayOrder(c);
  loop({
    size: columns.size,
    live: columns.live,
    mask,
    tech: countAll ? columns.tech : column(columns.tech),
    bit: techBit,
    order: byDay?.rows ?? new Int32Array(0),
    ...segments,
    codes: s.dims.map((d) => column(d.codes!)),
    vias: s.dims.map((d) => d.via ?? null),
    strides: s.strides,
    value: s.wantsValues ? column(columns.value) : columns.value,
    threshold: s.threshold,
    everyone: groups.everyone,
    n: groups.n,
    known: groups.known,
    high: groups.high,
    sum: groups.sum,
    err: groups.err,
    keyOut,
  });
  // Every post of the scope is counted unless only the technology's are (PENETRATION).
  if (!wantsAll || countAll) groups.everyone.set(groups.n);
  // Each counted post is in one group of its period: the period's total is their sum.
  for (let slot = 0; slot < groups.keySpace; slot++)
    totals[Math.floor(slot / periodStride)]! += groups.n[slot]!;
  return median ? mediansByKey(keyOut, columns.value, groups) : null;
}

/** The arrays the general pass reads its keys from, set up once per query. */
interface ScanLayout {
  /** Single-valued dimensions: code arrays (through a table for CATEGORY_GROUP) and strides. */
  singleCodes: Int32Array[];
  singleVia: (Int32Array | null)[];
  singleStride: number[];
  /** Multi-valued dimensions: kind (0 technology, 1 skill, 2 bucket) and stride. */
  memberKind: Int32Array;
  memberStride: number[];
  /** Per multi-valued dimension, the scratch its values of the current post go to. */
  lists: Int32Array[];
  skillScratch: Int32Array;
  bucketScratch: Int32Array;
  techScratch: Int32Array;
  /** Per multi-valued dimension: how many values the post has, and the current combination. */
  counts: Int32Array;
  odometer: Int32Array;
}

function scanLayout(s: Scan): ScanLayout {
  const single = s.dims.flatMap((d, i) =>
    d.codes ? [{ codes: d.codes, via: d.via ?? null, stride: s.strides[i]! }] : [],
  );
  const member = s.dims.flatMap((d, i) =>
    d.membership ? [{ kind: d.membership, stride: s.strides[i]! }] : [],
  );
  const m = s.membership;
  const skillScratch = new Int32Array(m ? m.skills.length : 0);
  const bucketScratch = new Int32Array(m ? m.buckets.length : 0);
  const techScratch = new Int32Array(33);
  return {
    singleCodes: single.map((x) => x.codes),
    singleVia: single.map((x) => x.via),
    singleStride: single.map((x) => x.stride),
    memberKind: Int32Array.from(
      member.map((x) => (x.kind === "technology" ? 0 : x.kind === "skill" ? 1 : 2)),
    ),
    memberStride: member.map((x) => x.stride),
    lists: member.map((x) =>
      x.kind === "technology" ? techScratch : x.kind === "skill" ? skillScratch : bucketScratch,
    ),
    skillScratch,
    bucketScratch,
    techScratch,
    counts: new Int32Array(member.length),
    odometer: new Int32Array(member.length),
  };
}

/** The pass over the posts: scope, periods, keys, accumulators. */
function scan(s: Scan): void {
  const { columns, mask, techBit, countAll, wantsAll, pidx, periodStride, groups, totals } = s;
  const { live, day, tech, value } = columns;
  const size = columns.size;
  const layout = scanLayout(s);
  const { singleCodes, singleVia, singleStride, memberKind, memberStride, lists } = layout;
  const { skillScratch, bucketScratch, techScratch, counts, odometer } = layout;
  const memberCount = memberKind.length;
  const m = s.membership;
  const table = pidx?.table ?? null;
  const lo = pidx?.lo ?? 0;

  for (let r = 1; r < size; r++) {
    if (live[r] !== 1) continue;
    if (mask !== null && mask[r] !== 1) continue;
    const counted = countAll || (tech[r]! & techBit) !== 0;
    if (!counted && !wantsAll) continue;
    let p0 = 0;
    let p1 = 1;
    if (table !== null) {
      const d = day[r]!;
      if (d === NO_DAY) continue;
      const at = d - lo;
      if (at < 0 || at >= table.length) continue;
      const iv = table[at]!;
      if (iv < 0) continue;
      p0 = pidx!.offsets[iv]!;
      p1 = pidx!.offsets[iv + 1]!;
    }
    let base = 0;
    for (let i = 0; i < singleCodes.length; i++) {
      const via = singleVia[i]!;
      const code = singleCodes[i]![r]!;
      base += (via === null ? code : via[code]!) * singleStride[i]!;
    }
    let combos = 1;
    if (memberCount > 0) {
      let skills = -1;
      for (let j = 0; j < memberCount; j++) {
        const kind = memberKind[j]!;
        let k = 0;
        if (kind === 0) {
          let bits = tech[r]!;
          while (bits !== 0) {
            const low = bits & -bits;
            techScratch[k++] = 32 - Math.clz32(low);
            bits = (bits ^ low) >>> 0;
          }
        } else {
          if (skills < 0) skills = m!.skillsOf(r, skillScratch);
          k = kind === 1 ? skills : m!.bucketsOf(skillScratch, skills, bucketScratch);
        }
        counts[j] = k;
        combos *= k;
      }
    }
    const v = value[r]!;
    const source = s.sources === null ? 0 : sourceOf(s.sources, r, techBit);
    for (let pi = p0; pi < p1; pi++) {
      const period = pidx === null ? 0 : pidx.periods[pi]!;
      if (counted) totals[period]! += 1;
      const periodBase = period * periodStride + base;
      if (memberCount === 0) {
        accumulate(s, groups.slot(periodBase), counted, v, source);
        continue;
      }
      if (combos === 0) continue;
      odometer.fill(0);
      for (let c = 0; c < combos; c++) {
        let key = periodBase;
        for (let j = 0; j < memberCount; j++) key += lists[j]![odometer[j]!]! * memberStride[j]!;
        // Next combination of the multi-valued dimensions.
        for (let j = memberCount - 1; j >= 0; j--) {
          if (++odometer[j]! < counts[j]!) break;
          odometer[j] = 0;
        }
        accumulate(s, groups.slot(key), counted, v, source);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The query.

/** A query's pass over the posts, done: its groups counted. */
interface Scanned {
  scan: Scan;
  /** The comparison period's index, -1 without one. */
  cmpPos: number;
  medians: ((slot: number) => number) | null;
}

/** Counts the groups of `q`; null when no post can be in any (no period meets the posts' days...). */
function scanQuery(
  columns: PostColumns,
  q: CheckedAnalyticsQuery,
  inputs: EngineInputs,
  sources: LabelSources | null = null,
): Scanned | null {
  const ctx: Ctx = { columns, inputs, membership: null, groups: null, groupOfCategory: null };
  const measures = q.measures;
  const wantsAll = measures.includes("PENETRATION");
  const wantsSum = measures.includes("AVG_VALUE");
  const wantsMedian = measures.includes("MEDIAN_VALUE");

  // Scope: technology, where, flat filter.
  const techBit = q.technology === null ? 0 : columns.technologyBit(q.technology);
  if (q.technology !== null && techBit === 0 && !wantsAll) return null;
  const mask = scopeMask(ctx, q.where);

  const periods = queryPeriods(q, columns);
  if (periods.ranged && periods.pidx === null) return null;
  const { pidx, periodCount } = periods;

  const dims = q.dimensions.map((d) => dimSpace(ctx, d));
  const { strides, periodStride, keySpace } = keyLayout(dims, periodCount);
  const groups = new Groups(keySpace, wantsSum, sources !== null);
  const totals = new Int32Array(periodCount);

  const columnar = dims.every((d) => !d.membership) && groups.dense && disjoint(pidx) && sources === null;
  const medianPairs = wantsMedian ? new Pairs() : null;
  const params: Scan = {
    columns,
    mask,
    techBit,
    countAll: q.technology === null,
    wantsAll,
    wantsSum,
    wantsValues: wantsSum || wantsMedian || measures.includes("HIGH_VALUE_SHARE"),
    wantsHigh: measures.includes("HIGH_VALUE_SHARE"),
    medianPairs,
    threshold: q.threshold,
    pidx,
    periodStride,
    dims,
    strides,
    membership: dims.some((d) => d.membership === "skill" || d.membership === "bucket")
      ? membershipOf(ctx)
      : null,
    groups,
    totals,
    sources,
  };
  let medians: ((slot: number) => number) | null;
  if (columnar) medians = columnarScan(params);
  else {
    scan(params);
    // Medians: values grouped by slot, then the middle of each group.
    medians = medianPairs ? mediansBySlot(groups, medianPairs) : null;
  }
  return { scan: params, cmpPos: periods.cmpPos, medians };
}

export function runOnSnapshot(
  columns: PostColumns,
  q: CheckedAnalyticsQuery,
  inputs: EngineInputs,
): Record<string, unknown>[] {
  const scanned = scanQuery(columns, q, inputs);
  if (scanned === null) return [];
  const { dims } = scanned.scan;
  const out = outputRows(scanned.scan, q.measures, scanned.cmpPos, scanned.medians);
  sortRows(out, q, dims);
  const total = out.length;
  return out.slice(q.offset, q.offset + q.limit).map((o) => {
    const record: Record<string, unknown> = { period: o.period };
    dims.forEach((d, i) => (record[`k${i}`] = d.label(o.codes[i]!)));
    o.values.forEach((v, i) => (record[`m${i}`] = v));
    record.total_rows = total;
    return record;
  });
}

/**
 * The counts a study question reads (CountsRow, as the fact tables give them): every group with a
 * post in scope, by period and the query's one dimension (or ALL_KEY), ordered as SQL orders
 * them (period, then key with null first). `q` counts the technology's posts, with PENETRATION
 * for `everyone`, and HIGH_VALUE_SHARE for `known` and `high`.
 */
export function countsOnSnapshot(
  columns: PostColumns,
  q: CheckedAnalyticsQuery,
  inputs: EngineInputs,
): CountsRow[] {
  const scanned = scanQuery(columns, q, inputs);
  if (scanned === null) return [];
  const { groups, periodStride, dims } = scanned.scan;
  const dim = dims[0];
  const rows: CountsRow[] = [];
  const limit = groups.dense ? groups.keySpace : groups.slots;
  for (let slot = 0; slot < limit; slot++) {
    const everyone = groups.everyone[slot]!;
    if (everyone <= 0) continue;
    const key = groups.keyOf(slot);
    rows.push({
      period: Math.floor(key / periodStride),
      key: dim ? dim.label(key % periodStride) : ALL_KEY,
      n: groups.n[slot]!,
      known: groups.known[slot]!,
      high: groups.high[slot]!,
      everyone,
    });
  }
  return rows.sort(
    (a, b) =>
      a.period - b.period ||
      (a.key === null ? (b.key === null ? 0 : -1) : b.key === null ? 1 : compareCodePoints(a.key, b.key)),
  );
}

/** A group's estimate cells: CELL_WIDTH counts (see CELL_WIDTH). */
export interface CellsRow {
  period: number;
  keys: (string | null)[];
  counts: Int32Array;
}

/**
 * The estimate cells of `q`'s technology per group (what buildCellsSql counts): every group with
 * a post in scope, by period and the query's dimensions, in no particular order. `q` must ask
 * PENETRATION (every post of the scope); `sources` are the columns' label sources.
 */
export function cellsOnSnapshot(
  columns: PostColumns,
  q: CheckedAnalyticsQuery,
  sources: LabelSources,
  inputs: EngineInputs,
): CellsRow[] {
  invariant(
    q.technology !== null && q.measures.includes("PENETRATION"),
    "cells count every post of a technology's scope",
  );
  const scanned = scanQuery(columns, q, inputs, sources);
  if (scanned === null) return [];
  const { groups, periodStride, dims, strides } = scanned.scan;
  const rows: CellsRow[] = [];
  const limit = groups.dense ? groups.keySpace : groups.slots;
  for (let slot = 0; slot < limit; slot++) {
    if (groups.everyone[slot]! <= 0) continue;
    const key = groups.keyOf(slot);
    rows.push({
      period: Math.floor(key / periodStride),
      keys: dims.map((d, i) => d.label(Math.floor(key / strides[i]!) % d.card)),
      counts: groups.cells.subarray(slot * CELL_WIDTH, (slot + 1) * CELL_WIDTH),
    });
  }
  return rows;
}

/** The rows `where` and the flat filter keep; null when they keep every row. */
function scopeMask(ctx: Ctx, where: FilterGroup | null): Uint8Array | null {
  let mask = where ? groupMask(ctx, where) : null;
  if (ctx.inputs.filterIds) {
    const f = maskOfIds(ctx.columns.size, ctx.inputs.filterIds);
    if (mask === null) mask = f;
    else combine(mask, f, false);
  }
  return mask;
}

/**
 * The rows (post ids) that `where` and the flat filter of `inputs` keep, deleted rows included
 * (read `live` too); null when they keep every row. For lists of posts (post.snapshot.ts).
 */
export function filterMask(
  columns: PostColumns,
  where: FilterGroup | null,
  inputs: EngineInputs,
): Uint8Array | null {
  return scopeMask({ columns, inputs, membership: null, groups: null, groupOfCategory: null }, where);
}

interface QueryPeriods {
  /** Whether the query has a time dimension. */
  ranged: boolean;
  /** Its periods and the comparison period, or 1 without time. */
  periodCount: number;
  /** The comparison period's index, -1 without one. */
  cmpPos: number;
  /** Null without time, or when no period meets the posts' days. */
  pidx: PeriodIndex | null;
}

/** The periods (the comparison period last, as in the SQL) over the days the posts have. */
function queryPeriods(q: CheckedAnalyticsQuery, columns: PostColumns): QueryPeriods {
  const ranges = q.periods
    ? [...q.periods, ...(q.compareTo ? [q.compareTo] : [])].map((p) => ({
        d0: dayNumber(p.from),
        d1: dayNumber(p.to),
      }))
    : null;
  return {
    ranged: ranges !== null,
    periodCount: ranges ? ranges.length : 1,
    cmpPos: q.compareTo && q.periods ? q.periods.length : -1,
    pidx: ranges ? periodIndex(ranges, columns.minDay, columns.maxDay) : null,
  };
}

/** The key space: key = period * periodStride + sum(code_i * strides[i]). */
function keyLayout(
  dims: DimSpace[],
  periodCount: number,
): { strides: number[]; periodStride: number; keySpace: number } {
  const strides = new Array<number>(dims.length);
  let stride = 1;
  for (let i = dims.length - 1; i >= 0; i--) {
    strides[i] = stride;
    stride *= dims[i]!.card;
  }
  const keySpace = stride * periodCount;
  if (!Number.isSafeInteger(keySpace)) throw new SnapshotLimitError("too many possible groups");
  return { strides, periodStride: stride, keySpace };
}

/** A group of the answer: its period, dimension codes and measure values. */
interface OutRow {
  slot: number;
  period: number;
  codes: number[];
  values: (number | null)[];
}

/** The rows: groups with counted posts, outside the comparison period, with their measures. */
function outputRows(
  s: Scan,
  measures: CheckedAnalyticsQuery["measures"],
  cmpPos: number,
  medians: ((slot: number) => number) | null,
): OutRow[] {
  const { groups, totals, dims, strides, periodStride } = s;
  const out: OutRow[] = [];
  const limit = groups.dense ? groups.keySpace : groups.slots;
  for (let slot = 0; slot < limit; slot++) {
    const n = groups.n[slot]!;
    if (n <= 0) continue;
    const key = groups.keyOf(slot);
    const period = Math.floor(key / periodStride);
    if (period === cmpPos) continue;
    const codes = dims.map((d, i) => Math.floor(key / strides[i]!) % d.card);
    const values = measures.map((name): number | null => {
      switch (name) {
        case "POST_COUNT":
          return n;
        case "SHARE_OF_TOTAL":
          return totals[period]! === 0 ? null : n / totals[period]!;
        case "PENETRATION":
          return n / groups.everyone[slot]!;
        case "GROWTH": {
          const c = groups.find(key - period * periodStride + cmpPos * periodStride);
          const before = c < 0 ? 0 : groups.n[c]!;
          return before === 0 ? null : (n - before) / before;
        }
        case "HIGH_VALUE_SHARE":
          return groups.known[slot]! === 0 ? null : groups.high[slot]! / groups.known[slot]!;
        case "AVG_VALUE":
          return groups.known[slot]! === 0
            ? null
            : (groups.sum[slot]! + groups.err[slot]!) / groups.known[slot]!;
        case "MEDIAN_VALUE":
          return groups.known[slot]! === 0 ? null : medians!(slot);
        default:
          throw new Error(`no snapshot measure ${String(name satisfies never)}`);
      }
    });
    out.push({ slot, period, codes, values });
  }
  return out;
}

/** Order: the query's entries, then period and keys ascending, nulls last. */
function sortRows(out: OutRow[], q: CheckedAnalyticsQuery, dims: DimSpace[]): void {
  const dimRanks = dims.map(ranks);
  const nullsLast = (a: number | null, b: number | null, dir: number): number =>
    a === null ? (b === null ? 0 : 1) : b === null ? -1 : (a - b) * dir;
  const comparators = q.order.map((o) => {
    const dir = o.direction === "DESC" ? -1 : 1;
    if (o.by === "PERIOD") return (a: OutRow, b: OutRow) => (a.period - b.period) * dir;
    const mi = (q.measures as string[]).indexOf(o.by);
    if (mi >= 0) return (a: OutRow, b: OutRow) => nullsLast(a.values[mi]!, b.values[mi]!, dir);
    const di = (q.dimensions as string[]).indexOf(o.by);
    const rank = dimRanks[di]!;
    const nullRank = dims[di]!.card;
    return (a: OutRow, b: OutRow) => {
      const x = rank[a.codes[di]!]!;
      const y = rank[b.codes[di]!]!;
      return nullsLast(x === nullRank ? null : x, y === nullRank ? null : y, dir);
    };
  });
  out.sort((a, b) => {
    for (const cmp of comparators) {
      const c = cmp(a, b);
      if (c !== 0) return c;
    }
    if (a.period !== b.period) return a.period - b.period;
    for (let i = 0; i < dims.length; i++) {
      const c = dimRanks[i]![a.codes[i]!]! - dimRanks[i]![b.codes[i]!]!;
      if (c !== 0) return c;
    }
    return 0;
  });
}

/** Each slot's median, from the (slot, value) pairs of its counted posts of known value. */
function mediansBySlot(groups: Groups, pairs: Pairs): (slot: number) => number {
  const count = groups.dense ? groups.keySpace : groups.slots;
  const start = new Int32Array(count + 1);
  for (let s = 0; s < count; s++) start[s + 1] = start[s]! + groups.known[s]!;
  const fill = start.slice(0, count);
  const all = new Float64Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) all[fill[pairs.slots[i]!]!++] = pairs.values[i]!;
  return (slot) => medianOf(all, start[slot]!, start[slot + 1]!);
}
