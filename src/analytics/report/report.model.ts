// The study report as plain data: the study's periods, the categories it names, the shape of a
// claim (published beside computed) and of a figure, and what the report says about its inputs.

/** The study's two periods, half-open on posted_at (UTC). */
export const P2020_21 = { label: "2020-21", from: "2020-01-01", to: "2022-01-01" } as const;
export const P2022_23 = { label: "2022-23", from: "2022-01-01", to: "2024-01-01" } as const;
export const Y2022 = { label: "2022", from: "2022-01-01", to: "2023-01-01" } as const;
export const Y2023 = { label: "2023", from: "2023-01-01", to: "2024-01-01" } as const;
/** "Since January 2024": open-ended, so the end is far enough to hold every post. */
export const SINCE_2024 = {
  label: "since 2024-01",
  from: "2024-01-01",
  to: "2100-01-01",
  openEnded: true,
} as const;
export interface ReportPeriod {
  label: string;
  from: string;
  to: string;
  /** The period runs to the last loaded post (its coverage is measured up to that day). */
  openEnded?: boolean;
}

/**
 * The minimum sample rule: a claim resting on fewer posts than this (in its smallest scope)
 * gets the verdict "not enough data". Below 30 posts a share's 95% interval spans more than
 * ±15 points around 50%, wider than any difference the study discusses.
 */
export const MIN_POSTS = 30;

/**
 * The minimum date coverage of a period: the loaded posts of the period must span at least
 * this fraction of its days (first to last post), or its claims get "not enough data". A
 * "2022" that is one day of posts says nothing about 2022.
 */
export const MIN_COVERAGE = 0.5;

/** How much of a period the loaded posts cover. */
export interface PeriodCoverage {
  period: string;
  /** First and last day (YYYY-MM-DD) with a post in the period; null when it has none. */
  first: string | null;
  last: string | null;
  /** Days from the first to the last post (inclusive) over the period's days, 0..1. */
  fraction: number;
}

/** The categories the study names, by key, with the names they may go by in a taxonomy. */
export const STUDY_CATEGORIES = {
  DS: ["Data Science & Analytics"],
  WMSD: [
    "Web, Mobile & Software Dev",
    "Web, Mobile, & Software Development",
    "Web, Mobile & Software Development",
  ],
  IT: ["IT & Networking"],
  TR: ["Translation"],
  WR: ["Writing"],
  DES: ["Design & Creative", "Design"],
  ADM: ["Admin Support", "Administrative Support"],
} as const;
export type StudyCategoryKey = keyof typeof STUDY_CATEGORIES;

/** The bucket of the study's Figure 3 claim (">13% ... AI model development and deployment"). */
export const MODEL_DEV_BUCKET_NAMES = [
  "AI Model Development & Deployment",
  "AI Model Development and Deployment",
];

export interface CategoryRef {
  id: string;
  name: string;
  technical: boolean;
}

/** One category's share of a technology's posts in one period (Figures 1 and 2). */
export interface ShareRow {
  period: string;
  categoryId: string;
  categoryName: string;
  posts: number;
  /** 0..1 of the technology's posts with a category in the period; null when there are none. */
  share: number | null;
}

export interface GrowthRow {
  key: string;
  fromCount: number;
  toCount: number;
  growth: number | null;
}

export interface ValueRow {
  /** "ALL" for the total row, else the category id. */
  key: string;
  posts: number;
  known: number;
  highValue: number;
  share: number | null;
}

export interface BucketRow {
  bucketId: string;
  bucketName: string;
  posts: number;
  share: number | null;
}

export type ClaimUnit = "%" | "points" | "categories";

/** What the loaded data say about a claim. */
export const VERDICTS = {
  AGREES: {
    text: "agrees",
    description:
      'The data bear the claim out: an "about" figure lies inside the 95% interval widened by the tolerance; the whole interval lies above an "over" bound or above 0 for an increase.',
  },
  DISAGREES: {
    text: "disagrees",
    description:
      'The data contradict the claim: an "about" figure lies outside the widened interval; the whole interval lies at or below an "over" bound or at or below 0 for an increase.',
  },
  INCONCLUSIVE: {
    text: "inconclusive",
    description: 'The 95% interval straddles the published bound ("over 70%" with an interval 65-75).',
  },
  NOT_ENOUGH_DATA: {
    text: "not enough data",
    description: `Fewer than ${MIN_POSTS} posts in the claim's smallest scope, or a period whose posts span less than ${MIN_COVERAGE * 100}% of its days.`,
  },
  NOT_COMPUTABLE: {
    text: "not computable",
    description:
      "The measure cannot be computed: a category or bucket the claim names is missing, or there are no posts.",
  },
} as const;
export type Verdict = keyof typeof VERDICTS;

/** How the published number is meant: "over 70%", "about 55%", "an increase". */
export type Qualifier = "over" | "about" | "increase" | "stable" | "same-set";

export interface Claim {
  /** Stable id, e.g. "ai-ds-wmsd-2020-21". */
  id: string;
  /** Which part of the study: "Figure 1", "Figure 2", "Figure 3", "Summary". */
  figure: string;
  /** The claim in the study's words (shortened). */
  text: string;
  /** The published figure as the study states it: "over 70%", "about 15 points". */
  publishedText: string;
  /** The published number in `unit`; null when the study gives none ("fairly stable"). */
  published: number | null;
  /** The number recomputed on the loaded data in `unit`; null when it cannot be computed. */
  computed: number | null;
  unit: ClaimUnit;
  /** computed - published, in `unit` (points for percentages); null when either is missing. */
  difference: number | null;
  qualifier: Qualifier;
  /** The 95% interval of `computed` (sampling error), in `unit`; null when it has none. */
  low: number | null;
  high: number | null;
  /** How far from the interval an "about" figure may lie and still agree, in `unit`. */
  tolerance: number | null;
  /** What the data say: see VERDICTS. */
  verdict: Verdict;
  /** Whether the loaded data bears the claim out: true for AGREES, false for DISAGREES, else null. */
  agrees: boolean | null;
  /** Posts in the smallest scope the claim rests on (the minimum sample rule applies to it). */
  sampleSize: number;
  /** How the computed value was obtained and on how many posts. */
  basis: string;
  /** Posts the computation rests on (the denominator). */
  posts: number;
  /** Technologies whose classifications the claim uses. */
  technologies: string[];
  /** Which data: the datasets, synthetic or real, with post counts. */
  data: string;
  /** Which models: per technology, the active model id or "hand labels/keywords". */
  models: string;
}

interface FigureRow {
  /** The series: a technology ("ai", "cloud", "rpa") or a scope ("DS AI posts"). */
  series: string;
  period: string;
  key: string;
  label: string;
  posts: number;
  /** 0..1 */
  share: number | null;
}

/** A value the study published for one bar of a figure, drawn on the chart. */
export interface PublishedMark {
  claimId: string;
  period: string;
  key: string;
  label: string;
  /** Percent. */
  value: number;
  text: string;
}

export interface Figure {
  id: string;
  title: string;
  note: string;
  rows: FigureRow[];
  /** The study's published values for single bars of this figure. */
  published: PublishedMark[];
}

export interface DatasetInfo {
  id: string;
  synthetic: boolean;
  posts: number;
  description: string | null;
  /** First and last day (YYYY-MM-DD) with a post of the dataset; null without posts. */
  firstPostedAt: string | null;
  lastPostedAt: string | null;
}

export interface ModelInfo {
  technology: string;
  /** The active model's id, null without one. */
  activeModelId: string | null;
  /** Positive final labels by where they came from. */
  positives: { hand: number; model: number; keyword: number };
  /** "model 3", "hand labels/keywords", or both. */
  summary: string;
}

export interface StudyReport {
  generatedAt: string;
  title: string;
  /** True when any post comes from a synthetic dataset (the demo corpus). */
  synthetic: boolean;
  totalPosts: number;
  datasets: DatasetInfo[];
  /** How much of each of the study's periods the loaded posts cover. */
  coverage: PeriodCoverage[];
  models: ModelInfo[];
  dataSummary: string;
  modelSummary: string;
  claims: Claim[];
  figures: Figure[];
}
