// The analytics model as data (the Cube idea): every measure, dimension and time granularity
// is a typed constant that the pure SQL builders read. Adding a dimension is adding an entry.

export const HIGH_VALUE_THRESHOLD = 1000;
/** The key of the row that stands for every post (no `by` dimension, or the total row). */
export const ALL_KEY = "ALL";
/** Label of a dimension value that is missing on the post (no category, no country, ...). */
export const UNKNOWN_LABEL = "(unknown)";

export const DIMENSION_NAMES = [
  "CATEGORY",
  "CATEGORY_GROUP",
  "SUBCATEGORY",
  "TECHNOLOGY",
  "BUCKET",
  "SKILL",
  "CONTRACT_TYPE",
  "COUNTRY",
  "EXPERIENCE_LEVEL",
] as const;
export type DimensionName = (typeof DIMENSION_NAMES)[number];

export interface DimensionDef {
  name: DimensionName;
  /**
   * "column": one value per post, an expression over `f` (post_facts) and `c` (categories).
   * "membership": a post may have several values (or none); it counts once per value.
   */
  kind: "column" | "membership";
  /** SQL of the value for "column" dimensions. */
  expr?: string;
  /** Needs `LEFT JOIN categories c ON c.id = f.category_id`. */
  needsCategories?: boolean;
  /** For "membership" dimensions: which table lists (post_id, key). */
  membership?: "technology" | "bucket" | "skill";
  /** Answerable from the daily rollup (technology x day x category). */
  rollup: boolean;
  /** Values every answer lists even when no post has them (zeros), by catalog. */
  domain?: "categories" | "groups" | "technologies" | "buckets";
  description: string;
}

export const DIMENSIONS: Record<DimensionName, DimensionDef> = {
  CATEGORY: {
    name: "CATEGORY",
    kind: "column",
    expr: "f.category_id",
    rollup: true,
    domain: "categories",
    description: "The work category (id); posts without one have value null.",
  },
  CATEGORY_GROUP: {
    name: "CATEGORY_GROUP",
    kind: "column",
    expr: "CASE c.technical WHEN 1 THEN 'technical' WHEN 0 THEN 'non-technical' END",
    needsCategories: true,
    rollup: true,
    domain: "groups",
    description: "technical or non-technical, from the category; null without a category.",
  },
  SUBCATEGORY: {
    name: "SUBCATEGORY",
    kind: "column",
    expr: "f.subcategory",
    rollup: false,
    description: "The subcategory as written in the post.",
  },
  TECHNOLOGY: {
    name: "TECHNOLOGY",
    kind: "membership",
    membership: "technology",
    rollup: false,
    domain: "technologies",
    description: "Each technology the post is (final label); posts that are none are left out.",
  },
  BUCKET: {
    name: "BUCKET",
    kind: "membership",
    membership: "bucket",
    rollup: false,
    domain: "buckets",
    description: "Each skill bucket the post has a skill of (by tag or phrase); others are left out.",
  },
  SKILL: {
    name: "SKILL",
    kind: "membership",
    membership: "skill",
    rollup: false,
    description: "Each dictionary skill the post has (by tag or phrase); others are left out.",
  },
  CONTRACT_TYPE: {
    name: "CONTRACT_TYPE",
    kind: "column",
    expr: "f.contract_type",
    rollup: false,
    description: "fixed, hourly or none.",
  },
  COUNTRY: {
    name: "COUNTRY",
    kind: "column",
    expr: "f.country",
    rollup: false,
    description: "The client's country.",
  },
  EXPERIENCE_LEVEL: {
    name: "EXPERIENCE_LEVEL",
    kind: "column",
    expr: "f.experience_level",
    rollup: false,
    description: "Entry level, Intermediate or Expert.",
  },
};

export const MEASURE_NAMES = [
  "POST_COUNT",
  "SHARE_OF_TOTAL",
  "PENETRATION",
  "GROWTH",
  "HIGH_VALUE_SHARE",
  "AVG_VALUE",
  "MEDIAN_VALUE",
] as const;
export type MeasureName = (typeof MEASURE_NAMES)[number];

/**
 * Columns of the grouped rows (`g`) the measures read: n = counted posts (the technology's,
 * or every post), everyone = every post in the group, known / high = counted posts of known
 * value / value above the threshold, avg = their mean value.
 */
interface MeasureDef {
  name: MeasureName;
  /** SQL over the grouped row `g`, its period total `tot`, comparison row `cmp`, median `med`. */
  sql: string;
  requires: { technology?: boolean; compareTo?: boolean; time?: boolean };
  description: string;
}

export const MEASURES: Record<MeasureName, MeasureDef> = {
  POST_COUNT: {
    name: "POST_COUNT",
    sql: "g.n",
    requires: {},
    description: "Posts in the group (the technology's posts when a technology is given).",
  },
  SHARE_OF_TOTAL: {
    name: "SHARE_OF_TOTAL",
    sql: "CAST(g.n AS REAL) / NULLIF(tot.n, 0)",
    requires: {},
    description: "Posts in the group / all counted posts of the same period (distinct posts).",
  },
  PENETRATION: {
    name: "PENETRATION",
    sql: "CAST(g.n AS REAL) / NULLIF(g.everyone, 0)",
    requires: { technology: true },
    description: "The technology's posts in the group / all posts in the group.",
  },
  GROWTH: {
    name: "GROWTH",
    sql: "CAST(g.n - cmp.n AS REAL) / NULLIF(cmp.n, 0)",
    requires: { compareTo: true, time: true },
    description: "(count - count in compareTo) / count in compareTo, same keys; null when that is 0.",
  },
  HIGH_VALUE_SHARE: {
    name: "HIGH_VALUE_SHARE",
    sql: "CAST(g.high AS REAL) / NULLIF(g.known, 0)",
    requires: {},
    description: "Posts of value above the threshold / posts of known projected value.",
  },
  AVG_VALUE: {
    name: "AVG_VALUE",
    sql: "g.avg",
    requires: {},
    description: "Mean projected value of posts of known value.",
  },
  MEDIAN_VALUE: {
    name: "MEDIAN_VALUE",
    sql: "med.v",
    requires: {},
    description: "Median projected value of posts of known value (mean of the middle two).",
  },
};

export const GRANULARITIES = ["MONTH", "QUARTER", "YEAR"] as const;
export type GranularityName = (typeof GRANULARITIES)[number];

interface GranularityDef {
  name: GranularityName;
  months: number;
  description: string;
  /** Label of the unit starting in `year`, 0-based `month`. */
  label(year: number, month: number): string;
}

export const GRANULARITY: Record<GranularityName, GranularityDef> = {
  MONTH: {
    name: "MONTH",
    months: 1,
    label: (y, m) => `${y}-${String(m + 1).padStart(2, "0")}`,
    description: 'Calendar months (UTC), labeled "2023-01".',
  },
  QUARTER: {
    name: "QUARTER",
    months: 3,
    label: (y, m) => `${y}-Q${Math.floor(m / 3) + 1}`,
    description: 'Calendar quarters from January (UTC), labeled "2023-Q1".',
  },
  YEAR: {
    name: "YEAR",
    months: 12,
    label: (y) => String(y),
    description: 'Calendar years (UTC), labeled "2023".',
  },
};

/** Fields a nested analytics filter condition can test. */
export const FILTER_FIELDS = [...DIMENSION_NAMES, "SOURCE", "VALUE", "POSTED_AT", "TEXT"] as const;
export type FilterFieldName = (typeof FILTER_FIELDS)[number];

/** What each filter field tests, and with which operators (analytics.validate.ts checks them). */
export const FILTER_FIELD_DEFS: Record<FilterFieldName, { description: string }> = {
  ...(Object.fromEntries(
    DIMENSION_NAMES.map((d) => [d, { description: `${DIMENSIONS[d].description} Takes in / notIn.` }]),
  ) as Record<DimensionName, { description: string }>),
  SOURCE: { description: "The post's dataset (source id). Takes in / notIn." },
  VALUE: {
    description: "Projected value in USD. Takes gte / gt / lte / lt; posts of unknown value never match.",
  },
  POSTED_AT: { description: "The day the post was published (UTC). Takes from / to: [from, to)." },
  TEXT: { description: 'Full-text search of title and description. Takes text: words and "quoted phrases".' },
};
