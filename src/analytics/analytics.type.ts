// GraphQL output types and enums of analytics: the study's answers and the generic result.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../shared/scalars";
import { SortDirection } from "../shared/sort-direction";
import { Bucket } from "../taxonomy/taxonomy.type";
import { Estimate } from "./estimate/estimate.type";
import {
  DIMENSION_NAMES,
  DIMENSIONS,
  FILTER_FIELD_DEFS,
  FILTER_FIELDS,
  GRANULARITIES,
  GRANULARITY,
  MEASURE_NAMES,
  MEASURES,
  type DimensionName,
  type FilterFieldName,
  type GranularityName,
  type MeasureName,
} from "./analytics.model";

/** The options of a row's `<field>Estimate`: `what` corrected for classifier error. */
function estimateOf(what: string): { nullable: true; description: string } {
  return {
    nullable: true,
    description: `${what} corrected for classifier error, with its 95% interval (docs/classifier.md); null when the technology's active model has no measured error rates. Computed only when selected.`,
  };
}

/**
 * A GraphQL enum object ({ NAME: "NAME", ... }) built from a const list of names, as pothos
 * builds one: the model's lists stay the one declaration, and the schema cannot miss a name.
 */
function enumOf<const N extends string>(names: readonly N[]): { readonly [K in N]: K } {
  return Object.fromEntries(names.map((n) => [n, n])) as { [K in N]: K };
}

/** Each name's description, read from its entry in the model (a total map). */
function descriptionsOf<N extends string>(
  names: readonly N[],
  defs: Record<N, { description: string }>,
): Record<N, { description: string }> {
  return Object.fromEntries(names.map((n) => [n, { description: defs[n].description }])) as Record<
    N,
    { description: string }
  >;
}

export const Dimension = enumOf(DIMENSION_NAMES);
export type Dimension = DimensionName;
registerEnumType(Dimension, {
  name: "Dimension",
  description: "What rows are grouped by. TECHNOLOGY, BUCKET and SKILL count a post once per value it has.",
  valuesConfig: descriptionsOf(DIMENSION_NAMES, DIMENSIONS),
});

export const Granularity = enumOf(GRANULARITIES);
export type Granularity = GranularityName;
registerEnumType(Granularity, {
  name: "Granularity",
  description: "Calendar unit of a time dimension (UTC).",
  valuesConfig: descriptionsOf(GRANULARITIES, GRANULARITY),
});

export const Measure = enumOf(MEASURE_NAMES);
export type Measure = MeasureName;
registerEnumType(Measure, {
  name: "Measure",
  description: "A number computed per row of analytics(query).",
  valuesConfig: descriptionsOf(MEASURE_NAMES, MEASURES),
});

export const FilterField = enumOf(FILTER_FIELDS);
export type FilterField = FilterFieldName;
registerEnumType(FilterField, {
  name: "FilterField",
  description:
    "What a filter condition tests: a dimension or SOURCE (in / notIn), VALUE (gte / gt / lte / lt), POSTED_AT (from / to) or TEXT (text).",
  valuesConfig: descriptionsOf(FILTER_FIELDS, FILTER_FIELD_DEFS),
});

export enum FilterOp {
  AND = "AND",
  OR = "OR",
}
registerEnumType(FilterOp, {
  name: "FilterOp",
  description: "How the conditions and groups of a filter group combine.",
  valuesConfig: {
    AND: { description: "Every condition and group must hold (the default)." },
    OR: { description: "At least one condition or group must hold." },
  },
});

// SortDirection is shared with the order of posts; analytics inputs import it from here.
export { SortDirection };

@ObjectType({ simpleResolvers: true, description: "A work category as analytics answers name it." })
class CategoryRef {
  @Field((_type) => ID, { description: "The category's id (see `categories`)." })
  id!: string;

  @Field((_type) => String, { description: "Its display name." })
  name!: string;

  @Field((_type) => Boolean, { description: "True for the technical categories." })
  technical!: boolean;
}

@ObjectType({ simpleResolvers: true, description: "A technology as analytics answers name it." })
class TechnologyRef {
  @Field((_type) => ID, { description: "The technology's id (ai, cloud, rpa, ...)." })
  id!: string;

  @Field((_type) => String, { description: "Its display name." })
  name!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Share of a technology's posts in one category and period. The row with category null counts the technology's posts without a category: they are reported apart and are not in any share's denominator.",
})
export class CategoryShare {
  @Field((_type) => String, { description: "The period's label." })
  period!: string;

  @Field((_type) => DateScalar, { description: "The period's first day." })
  periodFrom!: string;

  @Field((_type) => DateScalar, {
    description: "The day after the period's last day: [periodFrom, periodTo).",
  })
  periodTo!: string;

  @Field((_type) => CategoryRef, { nullable: true, description: "Null: posts without a category." })
  category!: CategoryRef | null;

  @Field((_type) => Int, { description: "The technology's posts in the period and category." })
  posts!: number;

  @Field((_type) => Float, {
    nullable: true,
    description: "posts / technologyPosts; null for the no-category row or when technologyPosts is 0.",
  })
  share!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "posts / categoryPosts (how much of the category is the technology); null when 0 / 0.",
  })
  penetration!: number | null;

  @Field((_type) => Int, { description: "Every post in the period and category." })
  categoryPosts!: number;

  @Field((_type) => Int, { description: "The technology's posts in the period with a category." })
  technologyPosts!: number;

  @Field((_type) => Estimate, estimateOf("posts"))
  postsEstimate?: Estimate | null;

  @Field(
    (_type) => Estimate,
    estimateOf(
      "share (a fraction: the corrected count over the corrected counts of every category of the period)",
    ),
  )
  shareEstimate?: Estimate | null;

  @Field(
    (_type) => Estimate,
    estimateOf("penetration (the corrected count over categoryPosts, which is exact)"),
  )
  penetrationEstimate?: Estimate | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Change in a technology's post count from one period to another.",
})
export class Growth {
  @Field((_type) => String, {
    nullable: true,
    description: '"ALL" for the total row (first); else the dimension value, null when unknown.',
  })
  key!: string | null;

  @Field((_type) => String, {
    description: '"All posts" for the total row; else the value\'s display name, "(unknown)" when missing.',
  })
  label!: string;

  @Field((_type) => Int, { description: "The technology's posts in the `from` period." })
  fromCount!: number;

  @Field((_type) => Int, { description: "The technology's posts in the `to` period." })
  toCount!: number;

  @Field((_type) => Float, {
    nullable: true,
    description: "(toCount - fromCount) / fromCount; null when fromCount is 0.",
  })
  growth!: number | null;

  @Field((_type) => Estimate, estimateOf("fromCount (posts)"))
  fromCountEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("toCount (posts)"))
  toCountEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("growth (a fraction, from the corrected counts of the two periods)"))
  growthEstimate?: Estimate | null;
}

@ObjectType({ simpleResolvers: true, description: "High-value posts of a technology in a period." })
export class ValueShare {
  @Field((_type) => String, { nullable: true, description: '"ALL" for the total row (first).' })
  key!: string | null;

  @Field((_type) => String, {
    description: '"All posts" for the total row; else the value\'s display name, "(unknown)" when missing.',
  })
  label!: string;

  @Field((_type) => Int, { description: "The technology's posts." })
  posts!: number;

  @Field((_type) => Int, { description: "Of which with a known projected value." })
  known!: number;

  @Field((_type) => Int, { description: "Of which of unknown value: counted apart, not in the share." })
  unknown!: number;

  @Field((_type) => Int, { description: "Known-value posts with value strictly above the threshold." })
  highValue!: number;

  @Field((_type) => Float, { nullable: true, description: "highValue / known; null when known is 0." })
  share!: number | null;

  @Field((_type) => Estimate, estimateOf("posts"))
  postsEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("known (posts)"))
  knownEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("highValue (posts)"))
  highValueEstimate?: Estimate | null;

  @Field(
    (_type) => Estimate,
    estimateOf("share (a fraction: corrected high-value posts over corrected known-value posts)"),
  )
  shareEstimate?: Estimate | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "How concentrated a technology's posts are across categories in a period.",
})
export class Concentration {
  @Field((_type) => TechnologyRef, { description: "The technology measured." })
  technology!: TechnologyRef;

  @Field((_type) => Int, { description: "Its posts with a category (shares are of these)." })
  posts!: number;

  @Field((_type) => Int, { description: "Its posts without a category (not in the shares)." })
  uncategorized!: number;

  @Field((_type) => Float, {
    nullable: true,
    description: "Sum of the top-k category shares, from 0 to 1; null when it has no posts.",
  })
  topShare!: number | null;

  @Field((_type) => [CategoryRef], {
    description: "The top-k categories by posts; ties go to the category listed first in the taxonomy.",
  })
  topCategories!: CategoryRef[];

  @Field((_type) => Float, {
    nullable: true,
    description:
      "Herfindahl-Hirschman index: sum of squared category shares, from 1/categories to 1; null without posts.",
  })
  hhi!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "Entropy of the category shares / ln(number of categories), from 0 (one category) to 1 (even); null without posts.",
  })
  entropy!: number | null;

  @Field((_type) => Int, { description: "Categories with a share of at least 1%." })
  categoriesOver1Pct!: number;

  @Field((_type) => Estimate, estimateOf("posts (with a category)"))
  postsEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("topShare (a fraction, from the corrected category counts)"))
  topShareEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("hhi (from the corrected category counts)"))
  hhiEstimate?: Estimate | null;

  @Field((_type) => Estimate, estimateOf("entropy (0 to 1, from the corrected category counts)"))
  entropyEstimate?: Estimate | null;
}

@ObjectType({ simpleResolvers: true, description: "Posts of a scope with at least one skill of a bucket." })
export class BucketDemand {
  @Field((_type) => Bucket, { description: "The skill bucket." })
  bucket!: Bucket;

  @Field((_type) => Int, { description: "Posts with a skill of the bucket (each post once)." })
  posts!: number;

  @Field((_type) => Float, {
    nullable: true,
    description: "posts / scopePosts; null when the scope is empty.",
  })
  share!: number | null;

  @Field((_type) => Int, { description: "Every post in the scope (period, category, technology, filter)." })
  scopePosts!: number;

  @Field((_type) => Estimate, estimateOf("posts (only with a technology and the live dictionary)"))
  postsEstimate?: Estimate | null;

  @Field(
    (_type) => Estimate,
    estimateOf(
      "share (a fraction: corrected posts with the bucket over the corrected posts of the scope; only with a technology and the live dictionary)",
    ),
  )
  shareEstimate?: Estimate | null;
}

@ObjectType({ simpleResolvers: true, description: "Posts in one calendar period (and one dimension value)." })
export class TrendPoint {
  @Field((_type) => String, { description: "2023-01, 2023-Q1 or 2023." })
  period!: string;

  @Field((_type) => DateScalar, { description: "First day counted (the unit's start, or the query's from)." })
  from!: string;

  @Field((_type) => DateScalar, { description: "Day after the last day counted." })
  to!: string;

  @Field((_type) => String, {
    nullable: true,
    description: '"ALL" without `by`; null when the value is unknown.',
  })
  key!: string | null;

  @Field((_type) => String, {
    description: '"All posts" without `by`; else the value\'s display name, "(unknown)" when missing.',
  })
  label!: string;

  @Field((_type) => Int, { description: "The technology's posts (every post without a technology)." })
  posts!: number;

  @Field((_type) => Int, {
    description: "With a technology: every post of the period and key. Without: every post of the period.",
  })
  total!: number;

  @Field((_type) => Float, { nullable: true, description: "posts / total; null when total is 0." })
  share!: number | null;

  @Field((_type) => Estimate, estimateOf("posts (only with a technology)"))
  postsEstimate?: Estimate | null;

  @Field(
    (_type) => Estimate,
    estimateOf("share (the corrected count over total, which is exact; only with a technology)"),
  )
  shareEstimate?: Estimate | null;
}

@ObjectType({ simpleResolvers: true, description: "A named period [from, to)." })
class AnalyticsPeriod {
  @Field((_type) => String, {
    description: "The named period's label, or the calendar unit's (\"2023-Q1\").",
  })
  label!: string;

  @Field((_type) => DateScalar, { description: "First day counted." })
  from!: string;

  @Field((_type) => DateScalar, { description: "The day after the last day counted: [from, to)." })
  to!: string;
}

@ObjectType({ simpleResolvers: true, description: "The value of one dimension in a row." })
class DimensionValue {
  @Field((_type) => Dimension, { description: "Which dimension." })
  dimension!: DimensionName;

  @Field((_type) => String, { nullable: true, description: "Id or value; null when the post has none." })
  value!: string | null;

  @Field((_type) => String, { description: 'Display name of the value; "(unknown)" when missing.' })
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: "The value of one measure in a row." })
class MeasureValue {
  @Field((_type) => Measure, { description: "Which measure." })
  measure!: MeasureName;

  @Field((_type) => Float, { nullable: true, description: "Null when undefined (e.g. a zero denominator)." })
  value!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "The value corrected for classifier error (docs/classifier.md), same unit: for POST_COUNT, SHARE_OF_TOTAL, PENETRATION and GROWTH of a query with a technology whose active model has measured error rates; null otherwise. Computed only when selected.",
  })
  estimate?: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Lower end of the 95% interval of estimate; null when estimate is.",
  })
  low?: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Upper end of the 95% interval of estimate; null when estimate is.",
  })
  high?: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "One group: its period, its dimension values (query order) and measures (query order).",
})
class AnalyticsRow {
  @Field((_type) => AnalyticsPeriod, {
    nullable: true,
    description: "Null when the query has no time dimension.",
  })
  period!: AnalyticsPeriod | null;

  @Field((_type) => [DimensionValue], { description: "One per dimension of the query, in its order." })
  keys!: DimensionValue[];

  @Field((_type) => [MeasureValue], { description: "One per measure of the query, in its order." })
  measures!: MeasureValue[];
}

@ObjectType({ simpleResolvers: true, description: "The answer to analytics(query)." })
export class AnalyticsResult {
  @Field((_type) => Int, { description: "Rows before limit and offset." })
  totalRows!: number;

  @Field((_type) => [AnalyticsRow], {
    description: "The rows, in the query's order, after offset and limit.",
  })
  rows!: AnalyticsRow[];
}
