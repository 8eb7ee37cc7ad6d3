// Every quantitative claim of the study, recomputed from the answers of the analytics queries:
// pure functions from those answers to claims (published beside computed) and figure rows.
import { differenceInterval, growthInterval, shareInterval, type Interval } from "./report.intervals";
import {
  MIN_COVERAGE,
  MIN_POSTS,
  P2020_21,
  P2022_23,
  SINCE_2024,
  STUDY_CATEGORIES,
  Y2022,
  Y2023,
  type BucketRow,
  type CategoryRef,
  type Claim,
  type ClaimUnit,
  type Figure,
  type GrowthRow,
  type PeriodCoverage,
  type PublishedMark,
  type Qualifier,
  type ReportPeriod,
  type ShareRow,
  type StudyCategoryKey,
  type ValueRow,
  type Verdict,
} from "./report.model";

/** What the claims are computed from: the answers of the analytics queries. */
export interface ClaimInputs {
  categories: CategoryRef[];
  /** Category shares per technology ("ai", "cloud", "rpa") for 2020-21 and 2022-23. */
  shares: Record<string, ShareRow[]>;
  /** AI growth 2022 -> 2023 by category group (keys "technical", "non-technical"). */
  aiGrowthByGroup: GrowthRow[];
  /** AI high-value share in 2022-23 by category, with the "ALL" total row. */
  aiHighValue: ValueRow[];
  /** Bucket demand among AI posts in Data Science & Analytics since 2024-01-01. */
  dsBuckets: BucketRow[];
  /** AI posts in DS since 2024-01-01 (the denominator of dsBuckets). */
  dsScopePosts: number;
  /** The id of the bucket "AI Model Development & Deployment", if the dictionary has it. */
  modelDevBucketId: string | null;
  /** How much of each of the study's periods the loaded posts cover, by period label. */
  coverage: PeriodCoverage[];
}

/** Per-technology provenance strings, filled in by the service. */
interface Provenance {
  data: string;
  models: (technologies: string[]) => string;
}

/** Tolerance of "about" claims, in the claim's unit, unless the claim states its own. */
const ABOUT_TOLERANCE: Record<ClaimUnit, number> = { "%": 3, points: 3, categories: 0 };

/** A name as compared across taxonomies: lower case, "&" as "and", letters and digits only. */
export function norm(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "");
}

/** The id of each study category in this database, matched by name (or slug). */
export function resolveStudyCategories(
  categories: CategoryRef[],
): Partial<Record<StudyCategoryKey, CategoryRef>> {
  const out: Partial<Record<StudyCategoryKey, CategoryRef>> = {};
  for (const [key, names] of Object.entries(STUDY_CATEGORIES) as [StudyCategoryKey, readonly string[]][]) {
    const wanted = new Set(names.map(norm));
    const found = categories.find((c) => wanted.has(norm(c.name)) || wanted.has(norm(c.id)));
    if (found) out[key] = found;
  }
  return out;
}

function pct(x: number | null | undefined): number | null {
  return x === null || x === undefined ? null : x * 100;
}

function round(x: number | null, digits = 1): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The shown (rounded) value; differences of shown values are computed from these. */
function shown(x: number | null): number | null {
  return round(x);
}

interface ClaimSpec {
  id: string;
  figure: string;
  text: string;
  publishedText: string;
  published: number | null;
  unit: ClaimUnit;
  qualifier: Qualifier;
  computed: number | null;
  /** The 95% interval of `computed`, in `unit`; none for counts of categories and distances. */
  interval?: Interval | null;
  basis: string;
  posts: number;
  /** Posts in the smallest scope the claim rests on; `posts` when it rests on one. */
  sampleSize?: number;
  /** The study periods the claim rests on (their date coverage is checked). */
  periods: readonly ReportPeriod[];
  /** Tolerance of an "about" claim, when not the unit's default. */
  tolerance?: number;
  technologies: string[];
  /** Overrides the generic test of the qualifier (claims without an interval). */
  agrees?: boolean | null;
}

/** Why a claim's data are too thin for a verdict, or null when they are not. */
function thinData(spec: ClaimSpec, coverage: ReadonlyMap<string, PeriodCoverage>): string | null {
  const n = spec.sampleSize ?? spec.posts;
  if (n < MIN_POSTS) return `not enough data: n = ${n} posts, fewer than ${MIN_POSTS}`;
  for (const period of spec.periods) {
    const c = coverage.get(period.label);
    if (c && c.fraction < MIN_COVERAGE) {
      const span = c.first === null ? "no posts" : `posts from ${c.first} to ${c.last} only`;
      return `not enough data: ${period.label} has ${span} (${Math.round(c.fraction * 100)}% of its days, fewer than ${MIN_COVERAGE * 100}%)`;
    }
  }
  return null;
}

/** The verdict on shown values: the rounded computed value and interval the reader sees. */
function verdictOf(
  spec: ClaimSpec,
  computed: number,
  interval: Interval | null,
  tolerance: number | null,
): Verdict {
  if (spec.agrees !== undefined)
    return spec.agrees === null ? "NOT_COMPUTABLE" : spec.agrees ? "AGREES" : "DISAGREES";
  const low = interval?.low ?? computed;
  const high = interval?.high ?? computed;
  const bound = spec.qualifier === "increase" ? 0 : spec.published;
  if (bound === null) return "NOT_COMPUTABLE";
  if (spec.qualifier === "about") {
    const tol = tolerance ?? 0;
    return bound >= low - tol && bound <= high + tol ? "AGREES" : "DISAGREES";
  }
  if (spec.qualifier === "over" || spec.qualifier === "increase") {
    if (low > bound) return "AGREES";
    if (high <= bound) return "DISAGREES";
    return "INCONCLUSIVE";
  }
  return "NOT_COMPUTABLE";
}

function makeClaim(
  spec: ClaimSpec,
  provenance: Provenance,
  coverage: ReadonlyMap<string, PeriodCoverage>,
): Claim {
  const computed = shown(spec.computed);
  const difference = computed === null || spec.published === null ? null : round(computed - spec.published);
  const interval =
    spec.interval && computed !== null
      ? { low: shown(spec.interval.low) as number, high: shown(spec.interval.high) as number }
      : null;
  const tolerance = spec.qualifier === "about" ? (spec.tolerance ?? ABOUT_TOLERANCE[spec.unit]) : null;
  const thin = computed === null ? null : thinData(spec, coverage);
  const verdict: Verdict =
    computed === null
      ? "NOT_COMPUTABLE"
      : thin
        ? "NOT_ENOUGH_DATA"
        : verdictOf(spec, computed, interval, tolerance);
  return {
    id: spec.id,
    figure: spec.figure,
    text: spec.text,
    publishedText: spec.publishedText,
    published: spec.published,
    computed,
    unit: spec.unit,
    difference,
    low: interval?.low ?? null,
    high: interval?.high ?? null,
    tolerance,
    qualifier: spec.qualifier,
    verdict,
    agrees: verdict === "AGREES" ? true : verdict === "DISAGREES" ? false : null,
    basis: thin ? `${thin}; ${spec.basis}` : spec.basis,
    posts: spec.posts,
    sampleSize: spec.sampleSize ?? spec.posts,
    technologies: spec.technologies,
    data: provenance.data,
    models: provenance.models(spec.technologies),
  };
}

/** The rows of one technology and period. */
function periodRows(inputs: ClaimInputs, tech: string, period: string): ShareRow[] {
  return (inputs.shares[tech] ?? []).filter((r) => r.period === period);
}

function totalPosts(rows: ShareRow[]): number {
  return rows.reduce((s, r) => s + r.posts, 0);
}

/** Posts of the given categories (x) among all the rows' posts (n); null when a category is missing or no posts. */
function countOf(rows: ShareRow[], cats: (CategoryRef | undefined)[]): { x: number; n: number } | null {
  const n = totalPosts(rows);
  if (cats.some((c) => c === undefined) || n === 0) return null;
  const ids = new Set(cats.map((c) => (c as CategoryRef).id));
  return { x: rows.filter((r) => ids.has(r.categoryId)).reduce((s, r) => s + r.posts, 0), n };
}

/** The share (percent) of the given categories among the rows' posts, with its 95% interval. */
function shareOf(
  rows: ShareRow[],
  cats: (CategoryRef | undefined)[],
): { computed: number | null; interval: Interval | null } {
  const c = countOf(rows, cats);
  return c === null
    ? { computed: null, interval: null }
    : { computed: (100 * c.x) / c.n, interval: shareInterval(c.x, c.n) };
}

/**
 * The difference (points) of the shown shares of the given categories in two sets of rows,
 * `a` minus `b`, with Newcombe's 95% interval.
 */
function shareDifference(
  a: ShareRow[],
  b: ShareRow[],
  cats: (CategoryRef | undefined)[],
): { computed: number | null; interval: Interval | null; shownA: number | null; shownB: number | null } {
  const ca = countOf(a, cats);
  const cb = countOf(b, cats);
  if (ca === null || cb === null) return { computed: null, interval: null, shownA: null, shownB: null };
  const shownA = shown((100 * ca.x) / ca.n) as number;
  const shownB = shown((100 * cb.x) / cb.n) as number;
  return { computed: shownA - shownB, interval: differenceInterval(ca.x, ca.n, cb.x, cb.n), shownA, shownB };
}

/** Half the sum of absolute differences of two distributions, in points (0 = identical). */
function shiftPoints(a: ShareRow[], b: ShareRow[]): number | null {
  if (totalPosts(a) === 0 || totalPosts(b) === 0) return null;
  const keys = new Set([...a, ...b].map((r) => r.categoryId));
  let sum = 0;
  for (const k of keys) {
    const x = a.find((r) => r.categoryId === k)?.share ?? 0;
    const y = b.find((r) => r.categoryId === k)?.share ?? 0;
    sum += Math.abs(x - y);
  }
  return (sum / 2) * 100;
}

function names(cats: (CategoryRef | undefined)[]): string {
  return cats.map((c) => c?.name ?? "(missing category)").join(" + ");
}

/** What a claim's compute function works from: the inputs, resolved once for every claim. */
interface ClaimContext {
  inputs: ClaimInputs;
  cat: Partial<Record<StudyCategoryKey, CategoryRef>>;
  /** Category share rows of AI, cloud and RPA posts in 2020-21 (…1) and 2022-23 (…2). */
  ai1: ShareRow[];
  ai2: ShareRow[];
  cl1: ShareRow[];
  cl2: ShareRow[];
  rp1: ShareRow[];
  rp2: ShareRow[];
}

/** The part of a claim that depends on the data. */
type ClaimComputation = Pick<
  ClaimSpec,
  "computed" | "interval" | "basis" | "posts" | "sampleSize" | "agrees"
>;

/** Where a claim's published value sits on a figure: one bar (category or bucket) of one period. */
interface MarkPlace {
  figure: string;
  period: string;
  key: string | undefined;
}

/**
 * One claim of the study: what the study says, and how to recompute it. Each definition
 * computes its own figure, so adding a claim or checking one never means reading the others.
 */
interface ClaimDefinition extends Omit<ClaimSpec, keyof ClaimComputation> {
  compute(ctx: ClaimContext): ClaimComputation;
  /** The bar of a figure the published value belongs to, when it is about a single bar. */
  mark?: (ctx: ClaimContext) => MarkPlace;
}

function dsWmsdShare(
  ctx: ClaimContext,
  rows: ShareRow[],
): { computed: number | null; interval: Interval | null } {
  return shareOf(rows, [ctx.cat.DS, ctx.cat.WMSD]);
}

function cloudItWmsdClaim(period: string, rowsOf: (ctx: ClaimContext) => ShareRow[]): ClaimDefinition {
  return {
    id: `cloud-it-wmsd-${period}`,
    figure: "Figure 2",
    text: `Over 80% of cloud computing posts are in IT & Networking and WMSD (${period}).`,
    publishedText: "over 80%",
    published: 80,
    unit: "%",
    qualifier: "over",
    periods: [period === P2020_21.label ? P2020_21 : P2022_23],
    technologies: ["cloud"],
    compute: (ctx) => {
      const rows = rowsOf(ctx);
      return {
        ...shareOf(rows, [ctx.cat.IT, ctx.cat.WMSD]),
        basis: `share of ${names([ctx.cat.IT, ctx.cat.WMSD])} among cloud posts with a category, ${period}`,
        posts: totalPosts(rows),
      };
    },
  };
}

/** The claims of the study, in the order the study makes them (and the report lists them). */
const CLAIMS: readonly ClaimDefinition[] = [
  {
    id: "ai-ds-wmsd-2020-21",
    figure: "Figure 1",
    text: "In 2020-21, Data Science & Analytics and Web, Mobile & Software Dev accounted for over 70% of AI posts.",
    publishedText: "over 70%",
    published: 70,
    unit: "%",
    qualifier: "over",
    periods: [P2020_21],
    technologies: ["ai"],
    compute: (ctx) => ({
      ...dsWmsdShare(ctx, ctx.ai1),
      basis: `share of ${names([ctx.cat.DS, ctx.cat.WMSD])} among AI posts with a category, ${P2020_21.label}`,
      posts: totalPosts(ctx.ai1),
    }),
  },
  {
    id: "ai-ds-wmsd-2022-23",
    figure: "Figure 1",
    text: "In 2022-23, the share of DS and WMSD in AI work decreased to about 55%.",
    publishedText: "about 55%",
    published: 55,
    unit: "%",
    qualifier: "about",
    periods: [P2022_23],
    technologies: ["ai"],
    compute: (ctx) => ({
      ...dsWmsdShare(ctx, ctx.ai2),
      basis: `share of ${names([ctx.cat.DS, ctx.cat.WMSD])} among AI posts with a category, ${P2022_23.label}`,
      posts: totalPosts(ctx.ai2),
    }),
  },
  {
    id: "ai-ds-wmsd-drop",
    figure: "Figure 1",
    text: "A notable drop of around 15 percentage points in the DS + WMSD share of AI posts.",
    publishedText: "about 15 points",
    published: 15,
    unit: "points",
    qualifier: "about",
    periods: [P2020_21, P2022_23],
    technologies: ["ai"],
    compute: (ctx) => {
      const d = shareDifference(ctx.ai1, ctx.ai2, [ctx.cat.DS, ctx.cat.WMSD]);
      return {
        computed: d.computed,
        interval: d.interval,
        basis:
          d.computed === null
            ? `DS + WMSD share ${P2020_21.label} minus ${P2022_23.label}`
            : `DS + WMSD share ${d.shownA?.toFixed(1)}% in ${P2020_21.label} minus ${d.shownB?.toFixed(1)}% in ${P2022_23.label}`,
        posts: totalPosts(ctx.ai1) + totalPosts(ctx.ai2),
        sampleSize: Math.min(totalPosts(ctx.ai1), totalPosts(ctx.ai2)),
      };
    },
  },
  {
    id: "ai-categories-over-1pct-2020-21",
    figure: "Figure 1",
    text: "In 2020-21 only a few other categories, like Writing, Design and Admin Support, had shares of AI posts beyond 1%.",
    publishedText: "3 (Writing, Design, Admin Support)",
    published: 3,
    unit: "categories",
    qualifier: "same-set",
    periods: [P2020_21],
    technologies: ["ai"],
    compute: ({ cat, ai1 }) => {
      const main = new Set([cat.DS?.id, cat.WMSD?.id]);
      const over1 = ai1.filter((r) => !main.has(r.categoryId) && (r.share ?? 0) > 0.01);
      const expected = [cat.WR, cat.DES, cat.ADM]
        .filter((c): c is CategoryRef => c !== undefined)
        .map((c) => c.id);
      const sameSet =
        expected.length === 3 &&
        over1.length === expected.length &&
        over1.every((r) => expected.includes(r.categoryId));
      return {
        computed: totalPosts(ai1) === 0 ? null : over1.length,
        basis:
          totalPosts(ai1) === 0
            ? `no AI posts in ${P2020_21.label}`
            : `categories besides DS and WMSD above 1% of AI posts, ${P2020_21.label}: ${
                over1.map((r) => `${r.categoryName} ${((r.share ?? 0) * 100).toFixed(1)}%`).join(", ") ||
                "none"
              }`,
        posts: totalPosts(ai1),
        agrees: totalPosts(ai1) === 0 ? null : sameSet,
      };
    },
  },
  {
    id: "ai-translation-2020-21",
    figure: "Figure 1",
    text: "AI translation work comprised only about 1% of AI posts before 2022.",
    publishedText: "about 1%",
    published: 1,
    unit: "%",
    qualifier: "about",
    // "About 1%" of a small share: one point either way, not the three of larger shares.
    tolerance: 1,
    periods: [P2020_21],
    technologies: ["ai"],
    compute: ({ cat, ai1 }) => ({
      ...shareOf(ai1, [cat.TR]),
      basis: `share of ${names([cat.TR])} among AI posts with a category, ${P2020_21.label}`,
      posts: totalPosts(ai1),
    }),
    mark: ({ cat }) => ({ figure: "figure-1", period: P2020_21.label, key: cat.TR?.id }),
  },
  {
    id: "ai-translation-2022-23",
    figure: "Figure 1",
    text: "AI translation work has now increased to over 7% of AI posts.",
    publishedText: "over 7%",
    published: 7,
    unit: "%",
    qualifier: "over",
    periods: [P2022_23],
    technologies: ["ai"],
    compute: ({ cat, ai2 }) => ({
      ...shareOf(ai2, [cat.TR]),
      basis: `share of ${names([cat.TR])} among AI posts with a category, ${P2022_23.label}`,
      posts: totalPosts(ai2),
    }),
    mark: ({ cat }) => ({ figure: "figure-1", period: P2022_23.label, key: cat.TR?.id }),
  },
  {
    id: "ai-nontech-growth-2023",
    figure: "Summary",
    text: "268% year-over-year growth in AI-related posts in non-technical categories in 2023 (2022 -> 2023).",
    publishedText: "268%",
    published: 268,
    unit: "%",
    qualifier: "about",
    // Within 10% of the published growth: a growth rate of a few hundred percent moves by
    // more than the 3 points an "about" allows.
    tolerance: 26.8,
    periods: [Y2022, Y2023],
    technologies: ["ai"],
    compute: ({ inputs }) => {
      const nonTech = inputs.aiGrowthByGroup.find((g) => g.key === "non-technical");
      return {
        computed: pct(nonTech?.growth),
        interval: nonTech ? growthInterval(nonTech.fromCount, nonTech.toCount) : null,
        basis: nonTech
          ? `AI posts in non-technical categories: ${nonTech.fromCount} in 2022, ${nonTech.toCount} in 2023`
          : "no AI posts in non-technical categories",
        posts: (nonTech?.fromCount ?? 0) + (nonTech?.toCount ?? 0),
        sampleSize: Math.min(nonTech?.fromCount ?? 0, nonTech?.toCount ?? 0),
      };
    },
  },
  {
    id: "ai-high-value-2022-23",
    figure: "Summary",
    text: "Between 2022 and 2023, 58% of AI-related posts were contracts paying more than $1,000.",
    publishedText: "58%",
    published: 58,
    unit: "%",
    qualifier: "about",
    periods: [P2022_23],
    technologies: ["ai"],
    compute: ({ inputs }) => {
      const all = inputs.aiHighValue.find((r) => r.key === "ALL");
      return {
        computed: pct(all?.share),
        interval: all ? shareInterval(all.highValue, all.known) : null,
        basis: all
          ? `AI posts of ${P2022_23.label} above $1,000: ${all.highValue} of ${all.known} with a known projected value (${all.posts - all.known} unknown)`
          : `no AI posts in ${P2022_23.label}`,
        posts: all?.known ?? 0,
      };
    },
  },
  {
    id: "ai-high-value-translation-2022-23",
    figure: "Summary",
    text: "In Translation, 86% of AI-related posts of 2022-23 were high-value (over $1,000).",
    publishedText: "86%",
    published: 86,
    unit: "%",
    qualifier: "about",
    periods: [P2022_23],
    technologies: ["ai"],
    compute: ({ inputs, cat }) => {
      const tr = cat.TR ? inputs.aiHighValue.find((r) => r.key === cat.TR?.id) : undefined;
      return {
        computed: pct(tr?.share),
        interval: tr ? shareInterval(tr.highValue, tr.known) : null,
        basis: tr
          ? `AI posts in ${cat.TR?.name ?? tr.key} of ${P2022_23.label} above $1,000: ${tr.highValue} of ${tr.known} with a known value`
          : `no AI posts in Translation in ${P2022_23.label}`,
        posts: tr?.known ?? 0,
      };
    },
  },
  cloudItWmsdClaim(P2020_21.label, (ctx) => ctx.cl1),
  cloudItWmsdClaim(P2022_23.label, (ctx) => ctx.cl2),
  {
    id: "cloud-stable",
    figure: "Figure 2",
    text: "The category distribution of cloud posts has remained fairly stable from 2020-21 to 2022-23 (unlike AI's).",
    publishedText: "fairly stable (no figure given)",
    published: null,
    unit: "points",
    qualifier: "stable",
    periods: [P2020_21, P2022_23],
    technologies: ["cloud"],
    compute: ({ ai1, ai2, cl1, cl2 }) => {
      const cloudShift = shiftPoints(cl1, cl2);
      const aiShift = shiftPoints(ai1, ai2);
      return {
        computed: cloudShift,
        basis:
          `total variation distance between the cloud distributions of ${P2020_21.label} and ${P2022_23.label}` +
          (aiShift === null ? "" : `; AI's is ${aiShift.toFixed(1)} points`),
        posts: totalPosts(cl1) + totalPosts(cl2),
        sampleSize: Math.min(totalPosts(cl1), totalPosts(cl2)),
        agrees: cloudShift === null ? null : cloudShift < 5 && (aiShift === null || cloudShift < aiShift),
      };
    },
  },
  {
    id: "rpa-wmsd-2020-21",
    figure: "Figure 2",
    text: "In 2020-21, over 69% of RPA posts were in WMSD, followed by Data Science & Analytics.",
    publishedText: "over 69%",
    published: 69,
    unit: "%",
    qualifier: "over",
    periods: [P2020_21],
    technologies: ["rpa"],
    compute: ({ cat, rp1 }) => {
      const second = [...rp1]
        .filter((r) => r.categoryId !== cat.WMSD?.id)
        .sort((a, b) => b.posts - a.posts || a.categoryId.localeCompare(b.categoryId))[0];
      return {
        ...shareOf(rp1, [cat.WMSD]),
        basis:
          `share of ${names([cat.WMSD])} among RPA posts with a category, ${P2020_21.label}` +
          (second && totalPosts(rp1) > 0
            ? `; next: ${second.categoryName} ${((second.share ?? 0) * 100).toFixed(1)}%`
            : ""),
        posts: totalPosts(rp1),
      };
    },
    mark: ({ cat }) => ({ figure: "figure-2b", period: P2020_21.label, key: cat.WMSD?.id }),
  },
  {
    id: "rpa-wmsd-increase",
    figure: "Figure 2",
    text: "From 2022 onward, the concentration of RPA posts in WMSD has increased.",
    publishedText: "an increase",
    published: null,
    unit: "points",
    qualifier: "increase",
    periods: [P2020_21, P2022_23],
    technologies: ["rpa"],
    compute: ({ cat, rp1, rp2 }) => {
      const d = shareDifference(rp2, rp1, [cat.WMSD]);
      return {
        computed: d.computed,
        interval: d.interval,
        basis:
          d.computed === null
            ? `WMSD share of RPA posts ${P2022_23.label} minus ${P2020_21.label}`
            : `WMSD share of RPA posts ${d.shownA?.toFixed(1)}% in ${P2022_23.label} minus ${d.shownB?.toFixed(1)}% in ${P2020_21.label}`,
        posts: totalPosts(rp1) + totalPosts(rp2),
        sampleSize: Math.min(totalPosts(rp1), totalPosts(rp2)),
      };
    },
  },
  {
    id: "ds-genai-model-dev-2024",
    figure: "Figure 3",
    text: "Since January 2024, over 13% of gen-AI posts in Data Science & Analytics are tied to AI model development and deployment.",
    publishedText: "over 13%",
    published: 13,
    unit: "%",
    qualifier: "over",
    periods: [SINCE_2024],
    technologies: ["ai"],
    compute: ({ inputs, cat }) => {
      const modelDev = inputs.dsBuckets.find((b) => b.bucketId === inputs.modelDevBucketId);
      return {
        interval:
          inputs.modelDevBucketId === null ? null : shareInterval(modelDev?.posts ?? 0, inputs.dsScopePosts),
        computed:
          inputs.modelDevBucketId === null
            ? null
            : (pct(modelDev?.share) ?? (inputs.dsScopePosts > 0 ? 0 : null)),
        basis:
          inputs.modelDevBucketId === null
            ? "the dictionary has no bucket 'AI Model Development & Deployment'"
            : `AI posts in ${cat.DS?.name ?? "Data Science & Analytics"} ${SINCE_2024.label} with a skill of that bucket: ${modelDev?.posts ?? 0} of ${inputs.dsScopePosts}`,
        posts: inputs.dsScopePosts,
      };
    },
    mark: ({ inputs }) => ({
      figure: "figure-3",
      period: SINCE_2024.label,
      key: inputs.modelDevBucketId ?? undefined,
    }),
  },
];

function claimContext(inputs: ClaimInputs): ClaimContext {
  return {
    inputs,
    cat: resolveStudyCategories(inputs.categories),
    ai1: periodRows(inputs, "ai", P2020_21.label),
    ai2: periodRows(inputs, "ai", P2022_23.label),
    cl1: periodRows(inputs, "cloud", P2020_21.label),
    cl2: periodRows(inputs, "cloud", P2022_23.label),
    rp1: periodRows(inputs, "rpa", P2020_21.label),
    rp2: periodRows(inputs, "rpa", P2022_23.label),
  };
}

/** Every quantitative claim of the study, in the order the study makes them. */
export function computeClaims(inputs: ClaimInputs, provenance: Provenance): Claim[] {
  const ctx = claimContext(inputs);
  const coverage = new Map(inputs.coverage.map((c) => [c.period, c]));
  return CLAIMS.map(({ compute, mark: _mark, ...claim }) =>
    makeClaim({ ...claim, ...compute(ctx) }, provenance, coverage),
  );
}

/** The published values of the claims about single bars, by figure id. */
function publishedMarks(inputs: ClaimInputs): Map<string, PublishedMark[]> {
  const ctx = claimContext(inputs);
  const out = new Map<string, PublishedMark[]>();
  for (const claim of CLAIMS) {
    const place = claim.mark?.(ctx);
    if (!place?.key || claim.published === null) continue;
    const label =
      Object.values(ctx.cat).find((c) => c?.id === place.key)?.name ??
      inputs.dsBuckets.find((b) => b.bucketId === place.key)?.bucketName ??
      place.key;
    const marks = out.get(place.figure) ?? [];
    marks.push({
      claimId: claim.id,
      period: place.period,
      key: place.key,
      label,
      value: claim.published,
      text: claim.publishedText,
    });
    out.set(place.figure, marks);
  }
  return out;
}

/** Figures 1 (AI), 2 (cloud, RPA) and 3 (gen-AI buckets in DS since 2024) as rows. */
export function computeFigures(inputs: ClaimInputs): Figure[] {
  const marks = publishedMarks(inputs);
  const shareRows = (tech: string) =>
    (inputs.shares[tech] ?? []).map((r) => ({
      series: tech,
      period: r.period,
      key: r.categoryId,
      label: r.categoryName,
      posts: r.posts,
      share: r.share,
    }));
  return [
    {
      id: "figure-1",
      title: "Figure 1: share of AI posts by category, 2020-21 and 2022-23",
      note: "Share of a period's AI posts (with a category) in each work category.",
      rows: shareRows("ai"),
      published: marks.get("figure-1") ?? [],
    },
    {
      id: "figure-2a",
      title: "Figure 2 (a): share of cloud computing posts by category, 2020-21 and 2022-23",
      note: "Share of a period's cloud posts (with a category) in each work category.",
      rows: shareRows("cloud"),
      published: marks.get("figure-2a") ?? [],
    },
    {
      id: "figure-2b",
      title: "Figure 2 (b): share of RPA posts by category, 2020-21 and 2022-23",
      note: "Share of a period's RPA posts (with a category) in each work category.",
      rows: shareRows("rpa"),
      published: marks.get("figure-2b") ?? [],
    },
    {
      id: "figure-3",
      title: "Figure 3: gen-AI skill buckets among AI posts in Data Science & Analytics since 2024-01-01",
      note: `Posts with at least one skill of the bucket / all ${inputs.dsScopePosts} AI posts in the scope; a post counts once per bucket.`,
      rows: inputs.dsBuckets.map((b) => ({
        series: "ai",
        period: SINCE_2024.label,
        key: b.bucketId,
        label: b.bucketName,
        posts: b.posts,
        share: b.share,
      })),
      published: marks.get("figure-3") ?? [],
    },
  ];
}
