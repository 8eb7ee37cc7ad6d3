// GraphQL inputs of analytics: periods and the generic query with its nested filter groups.
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { PostFilter } from "../posts/post.args";
import { DateScalar } from "../shared/scalars";
import { Dimension, FilterField, FilterOp, Granularity, Measure, SortDirection } from "./analytics.type";

// PeriodInput lives in shared/ so that taxonomy (below analytics) can take periods too.
import { PeriodInput } from "../shared/period.input";
export { PeriodInput };

@InputType({
  description:
    "The time dimension: from / to with a granularity (calendar periods, the first and last cut to from / to), from / to alone (one period), or a list of named periods (they may overlap).",
})
class TimeInput {
  @Field((_type) => Granularity, {
    nullable: true,
    description: "Split [from, to) into calendar months, quarters or years; one period when null.",
  })
  granularity?: Granularity | null;

  @Field((_type) => DateScalar, {
    nullable: true,
    description: "First day counted (with to; not with periods).",
  })
  from?: string | null;

  @Field((_type) => DateScalar, {
    nullable: true,
    description: "The day after the last day counted: [from, to) (with from; not with periods).",
  })
  to?: string | null;

  @Field((_type) => [PeriodInput], {
    nullable: true,
    description: "Named periods, each a row group (they may overlap); instead of from / to.",
  })
  periods?: PeriodInput[] | null;
}

@InputType({
  description:
    'One condition. Dimensions and SOURCE take in or notIn (ids for CATEGORY, TECHNOLOGY, BUCKET, SKILL; technical / non-technical for CATEGORY_GROUP; notIn keeps posts without a value); VALUE takes gte / gt / lte / lt (posts of unknown value never match); POSTED_AT takes from / to; TEXT takes text (full-text words and "phrases").',
})
class FilterConditionInput {
  @Field((_type) => FilterField, {
    description: "What the condition tests; it decides which operators apply.",
  })
  field!: FilterField;

  @Field((_type) => [String], {
    nullable: true,
    description: "Dimensions and SOURCE: the post has one of these values (ids where the dimension has ids).",
  })
  in?: string[] | null;

  @Field((_type) => [String], {
    nullable: true,
    description: "Dimensions and SOURCE: the post has none of these values (posts without a value match).",
  })
  notIn?: string[] | null;

  @Field((_type) => Float, { nullable: true, description: "VALUE: projected value at least this (USD)." })
  gte?: number | null;

  @Field((_type) => Float, { nullable: true, description: "VALUE: projected value above this (USD)." })
  gt?: number | null;

  @Field((_type) => Float, { nullable: true, description: "VALUE: projected value at most this (USD)." })
  lte?: number | null;

  @Field((_type) => Float, { nullable: true, description: "VALUE: projected value below this (USD)." })
  lt?: number | null;

  @Field((_type) => DateScalar, {
    nullable: true,
    description: "POSTED_AT: posted on or after this day (UTC).",
  })
  from?: string | null;

  @Field((_type) => DateScalar, { nullable: true, description: "POSTED_AT: posted before this day (UTC)." })
  to?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'TEXT: words that must all occur in title or description; "quoted phrases" as phrases.',
  })
  text?: string | null;
}

@InputType({ description: "Conditions and nested groups joined by AND (default) or OR." })
class FilterGroupInput {
  @Field((_type) => FilterOp, {
    nullable: true,
    defaultValue: FilterOp.AND,
    description: "How the conditions and groups combine (default AND).",
  })
  op?: FilterOp | null;

  @Field((_type) => [FilterConditionInput], { nullable: true, description: "Conditions of this group." })
  conditions?: FilterConditionInput[] | null;

  @Field((_type) => [FilterGroupInput], {
    nullable: true,
    description: "Nested groups (at most 6 levels deep), each combined as one condition.",
  })
  groups?: FilterGroupInput[] | null;
}

@InputType({ description: "Sort by a measure or dimension of the query, or PERIOD. Nulls sort last." })
class OrderInput {
  @Field((_type) => String, { description: "A Measure or Dimension name of the query, or PERIOD." })
  by!: string;

  @Field((_type) => SortDirection, {
    nullable: true,
    defaultValue: SortDirection.ASC,
    description: "Which way (default ASC); nulls sort last either way.",
  })
  direction?: SortDirection | null;
}

@InputType({ description: "A generic analytics query: measures by dimensions over time, filtered." })
export class AnalyticsQuery {
  @Field((_type) => [Measure], { description: "The numbers of each row, in this order (at least one)." })
  measures!: Measure[];

  @Field((_type) => [Dimension], {
    nullable: true,
    description: "What rows are grouped by, in this order; one total row when null or empty.",
  })
  dimensions?: Dimension[] | null;

  @Field((_type) => ID, {
    nullable: true,
    description: "Count this technology's posts (needed by PENETRATION); without it every post counts.",
  })
  technology?: string | null;

  @Field((_type) => TimeInput, {
    nullable: true,
    description: "Without it, every post counts, dated or not.",
  })
  time?: TimeInput | null;

  @Field((_type) => PeriodInput, { nullable: true, description: "The period GROWTH compares each row with." })
  compareTo?: PeriodInput | null;

  @Field((_type) => PostFilter, { nullable: true, description: "The flat filter of the other queries." })
  filter?: PostFilter | null;

  @Field((_type) => FilterGroupInput, { nullable: true, description: "Nested AND / OR conditions." })
  where?: FilterGroupInput | null;

  @Field((_type) => Float, { nullable: true, description: "HIGH_VALUE_SHARE threshold (default 1000)." })
  threshold?: number | null;

  @Field((_type) => [OrderInput], {
    nullable: true,
    description: "Default and tie-break: period, then dimension values.",
  })
  order?: OrderInput[] | null;

  @Field((_type) => Int, {
    nullable: true,
    description: "At most this many rows (default 1000, at most 10000).",
  })
  limit?: number | null;

  @Field((_type) => Int, {
    nullable: true,
    description: "Rows to skip before the first one returned (default 0).",
  })
  offset?: number | null;
}
