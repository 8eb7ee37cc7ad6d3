// Generates the SYNTHETIC demo corpus: seeded, reproducible job posts in import format that
// read like marketplace posts and lay out AI, cloud and RPA work in the study's pattern.

import type { RawPostRow } from "../post.row";
import type { BucketDef, CategoryDef, SkillDef, Taxonomy } from "../../taxonomy/taxonomy.model";
import { normalizeTag, slugify } from "../../taxonomy/normalize";
import {
  AI_MIX,
  BUCKET_MIX_EARLY,
  BUCKET_MIX_GENAI,
  CATEGORY_KEYS,
  CATEGORY_NAMES,
  CLOUD_MIX,
  GEN_AI_FROM,
  HIGH_VALUE_RELATIVE,
  HIGH_VALUE_TARGET,
  HIGH_VALUE_TRANSLATION,
  KIND_RATES,
  PLAIN_MIX,
  RPA_MIX,
  YEARS,
  YEAR_WEIGHTS,
  periodOf,
} from "./demo.plan";
import type { CategoryKey, Kind, Year } from "./demo.plan";
import {
  AI_FALLBACK_JOB,
  AI_JOBS,
  AI_SUBCATEGORIES,
  BUSINESSES,
  CLOSINGS,
  CLOUD_JOBS,
  COUNTRIES,
  DELIVERABLE_FRAMES,
  FALSE_POSITIVES,
  LANGUAGES,
  NEED_FRAMES,
  OPENERS,
  PHRASE_FRAMES,
  PLAIN_JOBS,
  PLATFORMS,
  PRICE_LEVELS,
  REQUIREMENT_FRAMES,
  RPA_JOBS,
  STACKS,
} from "./demo.vocabulary";
import type { JobTemplate } from "./demo.vocabulary";
import {
  allocate,
  chance,
  logNormal,
  pick,
  pickWeighted,
  randInt,
  shuffle,
  weightedPicker,
} from "./demo.random";
import { invariant } from "../../shared/errors";
import { mulberry32, type Rng } from "../../shared/random";

export const DEMO_SOURCE = "demo-synthetic";

interface DemoOptions {
  seed?: number;
  size?: number;
  labeledShare?: number;
}

const DEMO_DEFAULTS = { seed: 42, size: 50_000, labeledShare: 0.06 } as const;

/** The share of the labeled sample given to each kind of post (the rest is ordinary work). */
const LABELED_MIX: Record<Exclude<Kind, "plain">, number> = { ai: 0.35, cloud: 0.15, rpa: 0.12, fp: 0.15 };

/**
 * Judgement calls: the share of hand-labeled posts whose label goes against the generator's
 * truth, per technology. `positive` of the technology's own posts are labeled 0 (the annotator
 * judged the technology a side part of the job), `falsePositive` of the keyword false positives
 * that trip its rule are labeled 1 (the annotator counted them in). Real labels have such
 * calls (docs/classifier.md: most remaining errors are judgement calls about a post's main
 * work); without them the demo models score a cross-validated accuracy of 1.000, which says
 * nothing. The rates are set so that the demo's cross-validated figures land near the ones
 * measured on real labels (docs/demo-corpus.md).
 */
const DISPUTED: Record<"ai" | "cloud" | "rpa", { positive: number; falsePositive: number }> = {
  ai: { positive: 0.1, falsePositive: 0.3 },
  cloud: { positive: 0.15, falsePositive: 0.2 },
  rpa: { positive: 0.28, falsePositive: 0.35 },
};

const HIGH = 1000;

const pickCountry = weightedPicker(COUNTRIES);
const pickExperienceTech = weightedPicker([
  ["Entry level", 10],
  ["Intermediate", 45],
  ["Expert", 45],
] as const);
const pickExperience = weightedPicker([
  ["Entry level", 20],
  ["Intermediate", 52],
  ["Expert", 28],
] as const);

// Tags come from a small vocabulary: normalize each once.
const normalized = new Map<string, string>();
function norm(tag: string): string {
  let out = normalized.get(tag);
  if (out === undefined) {
    out = normalizeTag(tag);
    normalized.set(tag, out);
  }
  return out;
}

type Contract = "fixed" | "hourly" | "none";

/** A resolved category: one of the study's 12 (key) or another one the taxonomy has. */
interface Cat {
  key: CategoryKey | undefined;
  def: CategoryDef;
}

/** What a post will be, decided before any text is written. */
interface Spec {
  kind: Kind;
  cat: Cat;
  year: Year;
  time: number;
  fp: number;
  contract: Contract;
  duration: string;
  workload: string;
  hours: number | null;
  high: boolean | undefined;
  labeled: boolean;
  /** A judgement call: the hand label goes against the kind for this technology (see DISPUTED). */
  disputed: "ai" | "cloud" | "rpa" | undefined;
  bucket: BucketDef | undefined;
}

/** What a demo post was generated as: a technology, a keyword false positive, or ordinary work. */
type DemoKind = Kind;

/** A generated row with the generator's own truth about it (for tests and docs). */
export interface DemoPost {
  row: RawPostRow;
  kind: DemoKind;
}

/** Yields rows in import format (all string values), deterministic for a seed. */
export function* generateDemoCorpus(taxonomy: Taxonomy, options: DemoOptions = {}): Generator<RawPostRow> {
  for (const post of generateDemoPosts(taxonomy, options)) yield post.row;
}

/** The same rows as generateDemoCorpus, each with the kind it was generated as. */
export function* generateDemoPosts(taxonomy: Taxonomy, options: DemoOptions = {}): Generator<DemoPost> {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const size = Math.max(0, Math.floor(options.size ?? DEMO_DEFAULTS.size));
  const labeledShare = Math.min(1, Math.max(0, options.labeledShare ?? DEMO_DEFAULTS.labeledShare));
  invariant(taxonomy.categories.length > 0, "demo corpus: the taxonomy has no categories");

  const rng = mulberry32(seed);
  const ctx = new Context(taxonomy);
  const specs = planSpecs(rng, ctx, size);
  assignValues(rng, ctx, specs);
  assignBuckets(rng, ctx, specs);
  assignLabels(rng, specs, Math.round(size * labeledShare));
  // Its own stream, so that the judgement calls change no other draw of the corpus.
  assignDisputes(mulberry32(seed ^ 0x5eed), specs);

  specs.sort((a, b) => a.time - b.time);
  const width = Math.max(6, String(specs.length).length);
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i] as Spec;
    yield { row: writeRow(rng, ctx, spec, `demo-${String(i + 1).padStart(width, "0")}`), kind: spec.kind };
  }
}

/** The taxonomy, indexed the way the generator needs it. */
class Context {
  readonly cats: Cat[];
  readonly byKey = new Map<CategoryKey, Cat>();
  readonly buckets = new Map<string, BucketDef>();
  /** Every normalized tag that some bucket claims: filler tags must avoid them. */
  readonly bucketTags = new Set<string>();
  readonly durations: [string, number | null][];
  readonly workloads: [string, number | null][];

  constructor(readonly taxonomy: Taxonomy) {
    const wanted = new Map<string, CategoryKey>();
    for (const key of CATEGORY_KEYS) {
      wanted.set(normalizeTag(CATEGORY_NAMES[key]), key);
      wanted.set(slugify(CATEGORY_NAMES[key]), key);
    }
    this.cats = taxonomy.categories.map((def) => {
      const key = wanted.get(normalizeTag(def.name)) ?? wanted.get(def.id) ?? wanted.get(slugify(def.name));
      const cat: Cat = { key: key !== undefined && !this.byKey.has(key) ? key : undefined, def };
      if (cat.key) this.byKey.set(cat.key, cat);
      return cat;
    });
    for (const b of taxonomy.buckets) {
      if (!b.skills.some((s) => s.tags.length > 0)) continue;
      this.buckets.set(normalizeTag(b.name), b);
      for (const s of b.skills) for (const t of s.tags) this.bucketTags.add(normalizeTag(t));
    }
    this.durations = Object.entries(taxonomy.projectedValue.weeks);
    this.workloads = Object.entries(taxonomy.projectedValue.hoursPerWeek);
  }

  /** A mix over the categories the taxonomy has (absent ones drop out, the rest renormalize). */
  mix(weights: Record<CategoryKey, number>, extra = 0): Map<Cat, number> {
    const out = new Map<Cat, number>();
    for (const cat of this.cats) {
      const w = cat.key ? weights[cat.key] : extra;
      if (w > 0) out.set(cat, w);
    }
    return out;
  }

  /** Bucket weights for a category and era, keeping only buckets the taxonomy has. */
  bucketMix(key: CategoryKey | undefined, genAi: boolean): Map<BucketDef, number> {
    const table = genAi ? BUCKET_MIX_GENAI : BUCKET_MIX_EARLY;
    const out = new Map<BucketDef, number>();
    for (const [name, w] of Object.entries(table[key ?? "DS"])) {
      const b = this.buckets.get(normalizeTag(name));
      if (b) out.set(b, (out.get(b) ?? 0) + w);
    }
    if (out.size === 0) for (const b of this.buckets.values()) out.set(b, 1);
    return out;
  }
}

function planSpecs(rng: Rng, ctx: Context, size: number): Spec[] {
  const specs: Spec[] = [];
  const years = allocate(size, new Map(YEARS.map((y) => [y, YEAR_WEIGHTS[y]])));
  const fpTemplates = FALSE_POSITIVES.map((t, i) => [i, t] as const).filter(([, t]) =>
    ctx.byKey.has(t.category),
  );
  const techCats = ctx.byKey.size > 0;

  for (const year of YEARS) {
    const n = years.get(year) ?? 0;
    const rates = KIND_RATES[year];
    const counts: Record<Kind, number> = {
      ai: techCats ? Math.round(n * rates.ai) : 0,
      cloud: techCats ? Math.round(n * rates.cloud) : 0,
      rpa: techCats ? Math.round(n * rates.rpa) : 0,
      fp: fpTemplates.length > 0 ? Math.round(n * rates.fp) : 0,
      plain: 0,
    };
    counts.plain = Math.max(0, n - counts.ai - counts.cloud - counts.rpa - counts.fp);

    const add = (kind: Kind, cat: Cat, count: number, fp = -1) => {
      for (let i = 0; i < count; i++) {
        specs.push({
          kind,
          cat,
          year,
          time: postTime(rng, year, kind),
          fp,
          contract: "none",
          duration: "",
          workload: "",
          hours: null,
          high: undefined,
          labeled: false,
          disputed: undefined,
          bucket: undefined,
        });
      }
    };
    for (const [cat, c] of allocate(counts.ai, ctx.mix(AI_MIX[year]))) add("ai", cat, c);
    for (const [cat, c] of allocate(counts.cloud, ctx.mix(CLOUD_MIX[year]))) add("cloud", cat, c);
    for (const [cat, c] of allocate(counts.rpa, ctx.mix(RPA_MIX[year]))) add("rpa", cat, c);
    for (const [i, c] of allocate(counts.fp, new Map(fpTemplates.map(([i]) => [i, 1])))) {
      const key = FALSE_POSITIVES[i]?.category;
      const cat = key ? ctx.byKey.get(key) : undefined;
      if (cat) add("fp", cat, c, i);
    }
    // Categories outside the study's 12 only get ordinary work.
    for (const [cat, c] of allocate(counts.plain, ctx.mix(PLAIN_MIX, 2))) add("plain", cat, c);
  }
  return specs;
}

/** Posting time within the year: volume rises through the year; AI jumps with gen AI in late 2022. */
function postTime(rng: Rng, year: Year, kind: Kind): number {
  const months: [number, number][] = [];
  for (let m = 0; m < 12; m++) {
    let w = 1 + 0.03 * m;
    if (kind === "ai" && year === 2022 && m >= 10) w *= 4;
    months.push([m, w]);
  }
  const month = pickWeighted(rng, months);
  const start = Date.UTC(year, month, 1);
  const end = Date.UTC(year, month + 1, 1);
  return start + Math.floor(rng() * ((end - start) / 1000)) * 1000;
}

/** Contract type and duration/workload for every post, then the high-value quota for AI posts. */
function assignValues(rng: Rng, ctx: Context, specs: Spec[]): void {
  const pickDuration =
    ctx.durations.length > 0
      ? weightedPicker(ctx.durations.map(([k, v]) => [k, durationWeight(k, v)] as const))
      : undefined;
  const pickWorkload =
    ctx.workloads.length > 0
      ? weightedPicker(ctx.workloads.map(([k, v]) => [k, workloadWeight(k, v)] as const))
      : undefined;
  const weeksOf = new Map(ctx.durations);
  const hoursOf = new Map(ctx.workloads);
  const hourlyPossible = pickDuration !== undefined && pickWorkload !== undefined;

  for (const s of specs) {
    const r = rng();
    const none = s.kind === "ai" ? 0.04 : 0.06;
    const hourly = s.kind === "ai" ? 0.41 : 0.36;
    s.contract = r < none ? "none" : r < none + hourly && hourlyPossible ? "hourly" : "fixed";
    if (s.contract === "hourly" || (s.contract === "none" && hourlyPossible && chance(rng, 0.5))) {
      s.duration = pickDuration?.(rng) ?? "";
      s.workload = pickWorkload?.(rng) ?? "";
    }
    if (s.contract === "hourly") {
      const w = weeksOf.get(s.duration);
      const h = hoursOf.get(s.workload);
      s.hours = w != null && h != null ? w * h : null;
    }
  }

  // AI posts with a known value: exactly share * n of each (period, category) group are high.
  const groups = new Map<string, Spec[]>();
  for (const s of specs) {
    if (s.kind !== "ai" || s.contract === "none" || (s.contract === "hourly" && s.hours === null)) continue;
    const key = `${periodOf(s.year)}|${s.cat.def.name}`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  // Solve k so that 2022-23 as a whole lands on the target with Translation fixed at its own share.
  let known = 0;
  let knownTr = 0;
  let relSum = 0;
  for (const list of groups.values()) {
    const first = list[0];
    if (!first || periodOf(first.year) !== "2022-23") continue;
    known += list.length;
    if (first.cat.key === "TR") knownTr += list.length;
    else relSum += relative(first.cat) * list.length;
  }
  const k =
    relSum > 0 ? Math.max(0, (HIGH_VALUE_TARGET * known - HIGH_VALUE_TRANSLATION * knownTr) / relSum) : 0;
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const period = periodOf(first.year);
    let share = first.cat.key === "TR" ? HIGH_VALUE_TRANSLATION : Math.min(0.95, relative(first.cat) * k);
    if (period === "2020-21") share *= 0.85;
    const nHigh = Math.round(share * list.length);
    shuffle(rng, list).forEach((s, i) => (s.high = i < nHigh));
  }
}

function relative(cat: Cat): number {
  return cat.key ? HIGH_VALUE_RELATIVE[cat.key] : 1;
}

function durationWeight(key: string, weeks: number | null): number {
  const k = key.toLowerCase();
  if (k.includes("less than 1")) return 40;
  if (k.startsWith("1 to 3")) return 25;
  if (k.startsWith("3 to 6")) return 12;
  if (k.includes("more than 6")) return 20;
  return weeks === null ? 2 : 5;
}

function workloadWeight(key: string, hours: number | null): number {
  const k = key.toLowerCase();
  if (k.includes("less than 30")) return 70;
  if (k.startsWith("30+")) return 22;
  return hours === null ? 4 : 5;
}

/** Primary skill bucket of AI posts by quota per (year, era, category), so bucket demand lands exactly. */
function assignBuckets(rng: Rng, ctx: Context, specs: Spec[]): void {
  if (ctx.buckets.size === 0) return;
  const groups = new Map<string, Spec[]>();
  for (const s of specs) {
    if (s.kind !== "ai") continue;
    const key = `${s.year}|${s.time >= GEN_AI_FROM}|${s.cat.def.name}`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    const first = list[0];
    if (!first) continue;
    const quota = allocate(list.length, ctx.bucketMix(first.cat.key, first.time >= GEN_AI_FROM));
    const order = shuffle(rng, [...list]);
    let i = 0;
    for (const [bucket, c] of quota) for (let j = 0; j < c; j++) (order[i++] as Spec).bucket = bucket;
  }
}

/** A stratified hand-labeled sample: several hundred positives per technology plus false positives. */
function assignLabels(rng: Rng, specs: Spec[], total: number): void {
  const byKind = new Map<Kind, Spec[]>();
  for (const s of specs) {
    const list = byKind.get(s.kind) ?? [];
    list.push(s);
    byKind.set(s.kind, list);
  }
  let left = Math.min(total, specs.length);
  for (const [kind, share] of Object.entries(LABELED_MIX) as [Kind, number][]) {
    const pool = shuffle(rng, [...(byKind.get(kind) ?? [])]);
    const n = Math.min(pool.length, Math.round(total * share), left);
    for (let i = 0; i < n; i++) (pool[i] as Spec).labeled = true;
    left -= n;
  }
  const rest = shuffle(
    rng,
    specs.filter((s) => !s.labeled && s.kind === "plain"),
  );
  const others = shuffle(
    rng,
    specs.filter((s) => !s.labeled && s.kind !== "plain"),
  );
  for (const s of [...rest, ...others]) {
    if (left <= 0) break;
    s.labeled = true;
    left--;
  }
}

/** Marks the hand-labeled posts whose label is a judgement call against the kind (DISPUTED). */
function assignDisputes(rng: Rng, specs: Spec[]): void {
  for (const s of specs) {
    if (!s.labeled) continue;
    if (s.kind === "ai" || s.kind === "cloud" || s.kind === "rpa") {
      if (rng() < DISPUTED[s.kind].positive) s.disputed = s.kind;
    } else if (s.kind === "fp") {
      const trips = FALSE_POSITIVES[s.fp]?.trips;
      if (trips && rng() < DISPUTED[trips].falsePositive) s.disputed = trips;
    }
  }
}

/** The hand label of a labeled post for one technology: its kind, unless disputed for it. */
function handLabel(s: Spec, tech: "ai" | "cloud" | "rpa"): "1" | "0" {
  return (s.kind === tech) !== (s.disputed === tech) ? "1" : "0";
}

function writeRow(rng: Rng, ctx: Context, s: Spec, id: string): RawPostRow {
  const job = jobFor(rng, s);
  // The task follows the title it was written with.
  const titleIndex = randInt(rng, 0, job.titles.length - 1);
  const slots = drawSlots(rng);
  const { tags, phrase } = drawSkills(rng, ctx, s, job);
  const description = drawDescription(rng, s, job, slots, titleIndex, phrase);
  const row: RawPostRow = {
    id,
    source: DEMO_SOURCE,
    title: fill(slots, job.titles[titleIndex] ?? ""),
    description,
    category: s.cat.def.name,
    subcategory: subcategoryFor(rng, s, job),
    posted_at: new Date(s.time).toISOString().replace(/\.\d{3}Z$/u, "Z"),
    contract_type: s.contract,
    fixed_budget: "",
    hourly_min: "",
    hourly_max: "",
    projected_value: "",
    duration: s.duration,
    workload: s.workload,
    skills: tags.join(";"),
    country: slots.country ?? "",
    experience_level: experience(rng, s.kind),
    ai: "",
    cloud: "",
    rpa: "",
  };
  writeMoney(rng, s, row);
  if (s.labeled) {
    row.ai = handLabel(s, "ai");
    row.cloud = handLabel(s, "cloud");
    row.rpa = handLabel(s, "rpa");
  }
  return row;
}

/** The values of a post's {slot} placeholders: business, language, platform, stack, a count, a country. */
function drawSlots(rng: Rng): Record<string, string> {
  const biz = pick(rng, BUSINESSES);
  const slots: Record<string, string> = {
    biz: biz[0],
    Biz: biz[1],
    lang: pick(rng, LANGUAGES),
    platform: pick(rng, PLATFORMS),
    stack: pick(rng, STACKS),
    n: String(randInt(rng, 2, 9)),
    country: pickCountry(rng),
  };
  slots.countryIn = /^(United|Netherlands|Philippines)/u.test(slots.country ?? "")
    ? `the ${slots.country}`
    : (slots.country ?? "");
  slots.Lang = slots.lang ?? "";
  slots.Platform = slots.platform ?? "";
  slots.Stack = slots.stack ?? "";
  return slots;
}

/**
 * Skills: bucket tags first (AI posts), then the job's own tags that no bucket claims. For AI
 * posts also the phrase of the primary skill, which the description then uses.
 */
function drawSkills(rng: Rng, ctx: Context, s: Spec, job: JobTemplate): { tags: string[]; phrase: string } {
  const tags: string[] = [];
  const seen = new Set<string>();
  let phrase = "";
  if (s.kind === "ai" && s.bucket) {
    const skills = shuffle(
      rng,
      s.bucket.skills.filter((k) => k.tags.length > 0),
    );
    const primary = skills[0] as SkillDef;
    addTag(tags, seen, displayCase(pick(rng, primary.tags)));
    const second = skills[1];
    if (second && chance(rng, 0.5)) addTag(tags, seen, displayCase(pick(rng, second.tags)));
    phrase = textCase(
      primary.phrases.length > 0 ? pick(rng, primary.phrases) : (primary.tags[0] ?? primary.name),
    );
    if (chance(rng, 0.25)) {
      const mix = [...ctx.bucketMix(s.cat.key, s.time >= GEN_AI_FROM)].filter(([b]) => b !== s.bucket);
      if (mix.length > 0) {
        const other = pickWeighted(rng, mix);
        const skill = pick(
          rng,
          other.skills.filter((k) => k.tags.length > 0),
        );
        addTag(tags, seen, displayCase(pick(rng, skill.tags)));
      }
    }
  }
  const want = Math.max(tags.length, randInt(rng, 2, s.kind === "ai" ? 6 : 5));
  const fillers = shuffle(rng, [...job.skills]);
  if (s.kind === "ai" && chance(rng, 0.4)) fillers.unshift("Artificial Intelligence", "Machine Learning");
  for (const t of fillers) {
    if (tags.length >= want) break;
    if (!ctx.bucketTags.has(norm(t))) addTag(tags, seen, t);
  }
  return { tags, phrase };
}

/** Description: 2-5 sentences (need, requirement; for AI posts the skill phrase; optional extras). */
function drawDescription(
  rng: Rng,
  s: Spec,
  job: JobTemplate,
  slots: Record<string, string>,
  titleIndex: number,
  phrase: string,
): string {
  const sentences: string[] = [];
  const extras = s.kind === "ai" ? randInt(rng, 0, 2) : randInt(rng, 0, 3);
  const useOpener = extras >= 1 && chance(rng, 0.6);
  const useDeliverable = extras >= (useOpener ? 2 : 1);
  const useClosing = extras >= 3 || (extras >= 2 && !useOpener);
  if (useOpener) sentences.push(fill(slots, pick(rng, OPENERS)));
  const role = fill(slots, job.role);
  const need = pick(rng, NEED_FRAMES).replace("a {role}", withArticle(role)).replace("{role}", role);
  sentences.push(fill(slots, need.replace("{task}", job.tasks[titleIndex % job.tasks.length] ?? "")));
  if (phrase) sentences.push(pick(rng, PHRASE_FRAMES).replace("{p}", phrase));
  if (useDeliverable)
    sentences.push(fill(slots, pick(rng, DELIVERABLE_FRAMES).replace("{d}", pick(rng, job.deliverables))));
  sentences.push(fill(slots, pick(rng, REQUIREMENT_FRAMES).replace("{r}", pick(rng, job.requirements))));
  if (useClosing) sentences.push(pick(rng, CLOSINGS));
  return sentences.join(" ");
}

/** Replaces {slot} placeholders; unknown ones stay visible. */
function fill(slots: Record<string, string>, text: string): string {
  return text.replace(SLOT, (m, k: string) => slots[k] ?? m);
}
const SLOT = /\{(\w+)\}/gu;

/** Adds a display-case tag unless its normalized form is already there. */
function addTag(tags: string[], seen: Set<string>, display: string): void {
  const key = norm(display);
  if (key === "" || seen.has(key)) return;
  seen.add(key);
  tags.push(display);
}

function jobFor(rng: Rng, s: Spec): JobTemplate {
  const key = s.cat.key;
  switch (s.kind) {
    case "ai":
      return (s.bucket ? AI_JOBS[s.bucket.name] : undefined) ?? AI_FALLBACK_JOB;
    case "cloud":
      return pick(
        rng,
        key === "IT" || key === "WMSD"
          ? [...CLOUD_JOBS.infra, ...CLOUD_JOBS.app]
          : key === "DS"
            ? CLOUD_JOBS.data
            : CLOUD_JOBS.other,
      );
    case "rpa":
      return pick(rng, key === "WMSD" || key === "IT" ? RPA_JOBS.dev : [...RPA_JOBS.biz, ...RPA_JOBS.dev]);
    case "fp":
      return (FALSE_POSITIVES[s.fp] ?? FALSE_POSITIVES[0])?.job ?? AI_FALLBACK_JOB;
    case "plain":
      return key ? pick(rng, PLAIN_JOBS[key]) : genericJob(s.cat.def.name);
  }
}

function genericJob(category: string): JobTemplate {
  const topic = category.toLowerCase();
  return {
    subs: [],
    role: `${topic} specialist`,
    titles: [`${category} Specialist Needed`, `Help with a ${category} Project`],
    tasks: [`help us with an ongoing ${topic} project`, `take over a small ${topic} task for {biz}`],
    deliverables: ["the finished work and a short summary"],
    requirements: [`relevant ${topic} experience`],
    skills: [category, "Project Management", "Communication"],
  };
}

function subcategoryFor(rng: Rng, s: Spec, job: JobTemplate): string {
  const subs = s.cat.def.subcategories;
  if (subs.length === 0) return "";
  const have = new Set(subs);
  const aiSubs = s.kind === "ai" && s.cat.key ? (AI_SUBCATEGORIES[s.cat.key] ?? []) : [];
  const preferred = [...job.subs, ...aiSubs].filter((x) => have.has(x));
  if (s.kind === "ai" && s.time >= GEN_AI_FROM) {
    const genAi = aiSubs.filter((x) => have.has(x));
    if (genAi.length > 0 && chance(rng, 0.3)) return pick(rng, genAi);
  }
  return preferred.length > 0 ? pick(rng, preferred.slice(0, 3)) : pick(rng, subs);
}

function experience(rng: Rng, kind: Kind): string {
  return kind === "ai" || kind === "cloud" || kind === "rpa" ? pickExperienceTech(rng) : pickExperience(rng);
}

/** Budgets: log-normal per category; AI posts on the side of $1,000 their quota says. */
function writeMoney(rng: Rng, s: Spec, row: RawPostRow): void {
  const level = s.cat.key ? PRICE_LEVELS[s.cat.key] : { fixed: 200, hourly: 25 };
  const mul = s.kind === "cloud" ? 2.5 : s.kind === "rpa" ? 2 : s.kind === "ai" ? 1.6 : 1;
  if (s.contract === "none") return;

  if (s.contract === "hourly" && s.high !== undefined && s.hours !== null) {
    const h = s.hours;
    if (h <= 0) {
      s.contract = "fixed";
    } else if (s.high) {
      // min rate * hours must exceed the threshold whichever rate the importer uses.
      const floor = HIGH / h;
      if (floor > 150) s.contract = "fixed";
      else {
        const min = Math.max(
          roundRate(logNormal(rng, level.hourly * mul, 0.4)),
          Math.ceil(floor * 1.1 + 0.5),
        );
        setRates(row, min, roundRate(min * (1 + rng() * 0.6)));
      }
    } else {
      const cap = Math.floor((HIGH / h) * 0.95);
      if (cap < 5) s.contract = "fixed";
      else {
        const max = Math.min(cap, Math.max(5, roundRate(logNormal(rng, level.hourly, 0.4))));
        setRates(row, Math.max(3, Math.min(max, roundRate(max * (0.6 + rng() * 0.4)))), max);
      }
    }
    if (s.contract === "fixed") {
      row.contract_type = "fixed";
      row.duration = "";
      row.workload = "";
    }
  }
  if (s.contract === "hourly") {
    if (row.hourly_min === "") {
      const min = Math.max(3, roundRate(logNormal(rng, level.hourly * (s.kind === "plain" ? 1 : 1.3), 0.45)));
      setRates(row, min, chance(rng, 0.35) ? min : roundRate(min * (1 + rng() * 0.8)));
    }
    return;
  }

  let budget: number;
  if (s.high === true) budget = Math.max(1100, niceBudget(logNormal(rng, 2800, 0.8)));
  else if (s.high === false)
    budget = Math.min(1000, Math.max(15, niceBudget(logNormal(rng, level.fixed * 1.2, 0.8))));
  else budget = Math.max(5, niceBudget(logNormal(rng, level.fixed * mul, 1.0)));
  row.fixed_budget = String(Math.min(budget, 100_000));
}

function setRates(row: RawPostRow, min: number, max: number): void {
  row.hourly_min = formatRate(min);
  row.hourly_max = formatRate(Math.max(min, max));
}

function roundRate(v: number): number {
  return Math.round(v * 2) / 2;
}

function formatRate(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}

function niceBudget(v: number): number {
  if (v < 100) return Math.round(v / 5) * 5;
  if (v < 1000) return Math.round(v / 10) * 10;
  if (v < 10_000) return Math.round(v / 50) * 50;
  return Math.round(v / 500) * 500;
}

const UPPER = new Map(
  [
    "AI",
    "API",
    "APIs",
    "GPT",
    "LLM",
    "LLMs",
    "NLP",
    "ML",
    "MLOps",
    "ChatGPT",
    "OpenAI",
    "3D",
    "2D",
    "UI",
    "UX",
    "SEO",
    "AWS",
    "GCP",
    "RAG",
    "TTS",
    "OCR",
    "IoT",
    "SQL",
    "CRM",
    "GPT-4",
    "DALL-E",
    "LangChain",
    "PyTorch",
    "TensorFlow",
    "OpenCV",
    "YOLO",
    "ElevenLabs",
    "HeyGen",
    "CV",
    "BERT",
  ].map((w) => [w.toLowerCase(), w]),
);

/** "a SEO specialist" reads wrong: the article follows the sound of the role's first word. */
function withArticle(role: string): string {
  const first = role.split(/[\s/]/u)[0] ?? "";
  const acronym = /^[A-Z]{2,}/u.test(first);
  const vowel = acronym ? /^[AEFHILMNORSX]/u.test(first) : /^[aeio]/iu.test(first);
  return `${vowel ? "an" : "a"} ${role}`;
}

/** A phrase as it would appear in running text: lower case but acronyms kept ("ai agent" -> "AI agent"). */
function textCase(phrase: string): string {
  return phrase
    .split(" ")
    .map((w) => UPPER.get(w) ?? w)
    .join(" ");
}

/** "chatbot development" -> "Chatbot Development": display case that normalizes back to the tag. */
function displayCase(tag: string): string {
  const out = tag
    .split(" ")
    .map((word) => {
      const known = UPPER.get(word);
      if (known) return known;
      return word
        .split(/([-/])/u)
        .map((part) => UPPER.get(part) ?? part.charAt(0).toUpperCase() + part.slice(1))
        .join("");
    })
    .join(" ");
  return normalizeTag(out) === normalizeTag(tag) ? out : tag;
}
