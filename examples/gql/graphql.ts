/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A generic analytics query: measures by dimensions over time, filtered. */
export type AnalyticsQuery = {
  /** The period GROWTH compares each row with. */
  compareTo?: PeriodInput | null | undefined;
  /** What rows are grouped by, in this order; one total row when null or empty. */
  dimensions?: Array<Dimension> | null | undefined;
  /** The flat filter of the other queries. */
  filter?: PostFilter | null | undefined;
  /** At most this many rows (default 1000, at most 10000). */
  limit?: number | null | undefined;
  /** The numbers of each row, in this order (at least one). */
  measures: Array<Measure>;
  /** Rows to skip before the first one returned (default 0). */
  offset?: number | null | undefined;
  /** Default and tie-break: period, then dimension values. */
  order?: Array<OrderInput> | null | undefined;
  /** Count this technology's posts (needed by PENETRATION); without it every post counts. */
  technology?: string | number | null | undefined;
  /** HIGH_VALUE_SHARE threshold (default 1000). */
  threshold?: number | null | undefined;
  /** Without it, every post counts, dated or not. */
  time?: TimeInput | null | undefined;
  /** Nested AND / OR conditions. */
  where?: FilterGroupInput | null | undefined;
};

/** How a post pays. */
export type ContractType =
  /** A fixed price for the whole job (see fixedBudget). */
  | 'FIXED'
  /** Paid by the hour (see hourlyMin and hourlyMax). */
  | 'HOURLY'
  /** The source gave no contract type. */
  | 'NONE';

/** What rows are grouped by. TECHNOLOGY, BUCKET and SKILL count a post once per value it has. */
export type Dimension =
  /** Each skill bucket the post has a skill of (by tag or phrase); others are left out. */
  | 'BUCKET'
  /** The work category (id); posts without one have value null. */
  | 'CATEGORY'
  /** technical or non-technical, from the category; null without a category. */
  | 'CATEGORY_GROUP'
  /** fixed, hourly or none. */
  | 'CONTRACT_TYPE'
  /** The client's country. */
  | 'COUNTRY'
  /** Entry level, Intermediate or Expert. */
  | 'EXPERIENCE_LEVEL'
  /** Each dictionary skill the post has (by tag or phrase); others are left out. */
  | 'SKILL'
  /** The subcategory as written in the post. */
  | 'SUBCATEGORY'
  /** Each technology the post is (final label); posts that are none are left out. */
  | 'TECHNOLOGY';

/** One condition. Dimensions and SOURCE take in or notIn (ids for CATEGORY, TECHNOLOGY, BUCKET, SKILL; technical / non-technical for CATEGORY_GROUP; notIn keeps posts without a value); VALUE takes gte / gt / lte / lt (posts of unknown value never match); POSTED_AT takes from / to; TEXT takes text (full-text words and "phrases"). */
export type FilterConditionInput = {
  /** What the condition tests; it decides which operators apply. */
  field: FilterField;
  /** POSTED_AT: posted on or after this day (UTC). */
  from?: string | null | undefined;
  /** VALUE: projected value above this (USD). */
  gt?: number | null | undefined;
  /** VALUE: projected value at least this (USD). */
  gte?: number | null | undefined;
  /** Dimensions and SOURCE: the post has one of these values (ids where the dimension has ids). */
  in?: Array<string> | null | undefined;
  /** VALUE: projected value below this (USD). */
  lt?: number | null | undefined;
  /** VALUE: projected value at most this (USD). */
  lte?: number | null | undefined;
  /** Dimensions and SOURCE: the post has none of these values (posts without a value match). */
  notIn?: Array<string> | null | undefined;
  /** TEXT: words that must all occur in title or description; "quoted phrases" as phrases. */
  text?: string | null | undefined;
  /** POSTED_AT: posted before this day (UTC). */
  to?: string | null | undefined;
};

/** What a filter condition tests: a dimension or SOURCE (in / notIn), VALUE (gte / gt / lte / lt), POSTED_AT (from / to) or TEXT (text). */
export type FilterField =
  /** Each skill bucket the post has a skill of (by tag or phrase); others are left out. Takes in / notIn. */
  | 'BUCKET'
  /** The work category (id); posts without one have value null. Takes in / notIn. */
  | 'CATEGORY'
  /** technical or non-technical, from the category; null without a category. Takes in / notIn. */
  | 'CATEGORY_GROUP'
  /** fixed, hourly or none. Takes in / notIn. */
  | 'CONTRACT_TYPE'
  /** The client's country. Takes in / notIn. */
  | 'COUNTRY'
  /** Entry level, Intermediate or Expert. Takes in / notIn. */
  | 'EXPERIENCE_LEVEL'
  /** The day the post was published (UTC). Takes from / to: [from, to). */
  | 'POSTED_AT'
  /** Each dictionary skill the post has (by tag or phrase); others are left out. Takes in / notIn. */
  | 'SKILL'
  /** The post's dataset (source id). Takes in / notIn. */
  | 'SOURCE'
  /** The subcategory as written in the post. Takes in / notIn. */
  | 'SUBCATEGORY'
  /** Each technology the post is (final label); posts that are none are left out. Takes in / notIn. */
  | 'TECHNOLOGY'
  /** Full-text search of title and description. Takes text: words and "quoted phrases". */
  | 'TEXT'
  /** Projected value in USD. Takes gte / gt / lte / lt; posts of unknown value never match. */
  | 'VALUE';

/** Conditions and nested groups joined by AND (default) or OR. */
export type FilterGroupInput = {
  /** Conditions of this group. */
  conditions?: Array<FilterConditionInput> | null | undefined;
  /** Nested groups (at most 6 levels deep), each combined as one condition. */
  groups?: Array<FilterGroupInput> | null | undefined;
  /** How the conditions and groups combine (default AND). */
  op?: FilterOp | null | undefined;
};

/** How the conditions and groups of a filter group combine. */
export type FilterOp =
  /** Every condition and group must hold (the default). */
  | 'AND'
  /** At least one condition or group must hold. */
  | 'OR';

/** Calendar unit of a time dimension (UTC). */
export type Granularity =
  /** Calendar months (UTC), labeled "2023-01". */
  | 'MONTH'
  /** Calendar quarters from January (UTC), labeled "2023-Q1". */
  | 'QUARTER'
  /** Calendar years (UTC), labeled "2023". */
  | 'YEAR';

/** A number computed per row of analytics(query). */
export type Measure =
  /** Mean projected value of posts of known value. */
  | 'AVG_VALUE'
  /** (count - count in compareTo) / count in compareTo, same keys; null when that is 0. */
  | 'GROWTH'
  /** Posts of value above the threshold / posts of known projected value. */
  | 'HIGH_VALUE_SHARE'
  /** Median projected value of posts of known value (mean of the middle two). */
  | 'MEDIAN_VALUE'
  /** The technology's posts in the group / all posts in the group. */
  | 'PENETRATION'
  /** Posts in the group (the technology's posts when a technology is given). */
  | 'POST_COUNT'
  /** Posts in the group / all counted posts of the same period (distinct posts). */
  | 'SHARE_OF_TOTAL';

/** Sort by a measure or dimension of the query, or PERIOD. Nulls sort last. */
export type OrderInput = {
  /** A Measure or Dimension name of the query, or PERIOD. */
  by: string;
  /** Which way (default ASC); nulls sort last either way. */
  direction?: SortDirection | null | undefined;
};

/** A labelled half-open period [from, to), e.g. {label: "2020-21", from: "2020-01-01", to: "2022-01-01"}. */
export type PeriodInput = {
  /** The first day of the period (UTC). */
  from: string;
  /** A name for the period in answers, e.g. "2020-21". */
  label: string;
  /** The day after the last day of the period. */
  to: string;
};

/** Selects posts. Every given condition must hold. */
export type PostFilter = {
  /** Has at least one skill of this bucket (by tag or phrase). */
  bucket?: string | number | null | undefined;
  /** Category ids (see `categories`). */
  categories?: Array<string | number> | null | undefined;
  /** Any of these contract types. */
  contractTypes?: Array<ContractType> | null | undefined;
  /** Posts with these ids in their source. */
  externalIds?: Array<string> | null | undefined;
  /** Posted on or after this day (UTC). */
  from?: string | null | undefined;
  /** Projected value at most this (USD). */
  maxValue?: number | null | undefined;
  /** Projected value at least this (USD). */
  minValue?: number | null | undefined;
  /** Carries this skill tag (case and spacing ignored). */
  skill?: string | null | undefined;
  /** Dataset ids (post sources). */
  sources?: Array<string> | null | undefined;
  /** This subcategory (case ignored). */
  subcategory?: string | null | undefined;
  /** Only technical (true) or non-technical (false) categories. */
  technical?: boolean | null | undefined;
  /** Is this technology (final label). */
  technology?: string | number | null | undefined;
  /** Full-text search over title and description: words must all occur; "quoted phrases" as phrases. */
  text?: string | null | undefined;
  /** Posted before this day (UTC): periods are [from, to). */
  to?: string | null | undefined;
};

/** Which way a list is sorted. */
export type SortDirection =
  /** Ascending: smallest (earliest, first imported) first. */
  | 'ASC'
  /** Descending: largest (latest, last imported) first. */
  | 'DESC';

/** The time dimension: from / to with a granularity (calendar periods, the first and last cut to from / to), from / to alone (one period), or a list of named periods (they may overlap). */
export type TimeInput = {
  /** First day counted (with to; not with periods). */
  from?: string | null | undefined;
  /** Split [from, to) into calendar months, quarters or years; one period when null. */
  granularity?: Granularity | null | undefined;
  /** Named periods, each a row group (they may overlap); instead of from / to. */
  periods?: Array<PeriodInput> | null | undefined;
  /** The day after the last day counted: [from, to) (with from; not with periods). */
  to?: string | null | undefined;
};

export type GenericAnalyticsQueryVariables = Exact<{
  query: AnalyticsQuery;
}>;


export type GenericAnalyticsQuery = { analytics: { totalRows: number, rows: Array<{ period: { label: string, from: string, to: string } | null, keys: Array<{ dimension: Dimension, value: string | null, label: string }>, measures: Array<{ measure: Measure, value: number | null }> }> } };

export type BucketDemandQueryVariables = Exact<{
  period: PeriodInput;
  category?: string | number | null | undefined;
  technology?: string | number | null | undefined;
  filter?: PostFilter | null | undefined;
}>;


export type BucketDemandQuery = { bucketDemand: Array<{ posts: number, scopePosts: number, share: number | null, bucket: { id: string, name: string } }> };

export type CategoryShareQueryVariables = Exact<{
  technology: string | number;
  periods: Array<PeriodInput> | PeriodInput;
  filter?: PostFilter | null | undefined;
}>;


export type CategoryShareQuery = { categoryShare: Array<{ period: string, periodFrom: string, periodTo: string, posts: number, technologyPosts: number, categoryPosts: number, share: number | null, penetration: number | null, category: { id: string, name: string, technical: boolean } | null }> };

export type ConcentrationQueryVariables = Exact<{
  technologies: Array<string | number> | string | number;
  period: PeriodInput;
  topK?: number;
  filter?: PostFilter | null | undefined;
}>;


export type ConcentrationQuery = { concentration: Array<{ posts: number, uncategorized: number, topShare: number | null, hhi: number | null, entropy: number | null, categoriesOver1Pct: number, technology: { id: string, name: string }, topCategories: Array<{ id: string, name: string }> }> };

export type GrowthQueryVariables = Exact<{
  technology: string | number;
  from: PeriodInput;
  to: PeriodInput;
  by?: Dimension | null | undefined;
  filter?: PostFilter | null | undefined;
}>;


export type GrowthQuery = { growth: Array<{ key: string | null, label: string, fromCount: number, toCount: number, growth: number | null }> };

export type HighValueShareQueryVariables = Exact<{
  technology: string | number;
  period: PeriodInput;
  threshold?: number;
  by?: Dimension | null | undefined;
  filter?: PostFilter | null | undefined;
}>;


export type HighValueShareQuery = { highValueShare: Array<{ key: string | null, label: string, posts: number, known: number, unknown: number, highValue: number, share: number | null }> };

export type TrendQueryVariables = Exact<{
  technology?: string | number | null | undefined;
  granularity: Granularity;
  from: string;
  to: string;
  by?: Dimension | null | undefined;
  filter?: PostFilter | null | undefined;
}>;


export type TrendQuery = { trend: Array<{ period: string, from: string, to: string, key: string | null, label: string, posts: number, total: number, share: number | null }> };


export const GenericAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GenericAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GenericAnalyticsQuery, GenericAnalyticsQueryVariables>;
export const BucketDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BucketDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technology"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"category"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technology"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"scopePosts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<BucketDemandQuery, BucketDemandQueryVariables>;
export const CategoryShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technology"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technology"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"technologyPosts"}},{"kind":"Field","name":{"kind":"Name","value":"categoryPosts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"penetration"}}]}}]}}]} as unknown as DocumentNode<CategoryShareQuery, CategoryShareQueryVariables>;
export const ConcentrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Concentration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technologies"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topK"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technologies"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technologies"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"topK"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topK"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"uncategorized"}},{"kind":"Field","name":{"kind":"Name","value":"topShare"}},{"kind":"Field","name":{"kind":"Name","value":"topCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"entropy"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesOver1Pct"}}]}}]}}]} as unknown as DocumentNode<ConcentrationQuery, ConcentrationQueryVariables>;
export const GrowthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Growth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technology"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technology"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromCount"}},{"kind":"Field","name":{"kind":"Name","value":"toCount"}},{"kind":"Field","name":{"kind":"Name","value":"growth"}}]}}]}}]} as unknown as DocumentNode<GrowthQuery, GrowthQueryVariables>;
export const HighValueShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HighValueShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technology"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},"defaultValue":{"kind":"IntValue","value":"1000"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highValueShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technology"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"threshold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"threshold"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"known"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"highValue"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<HighValueShareQuery, HighValueShareQueryVariables>;
export const TrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technology"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"by"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technology"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"Variable","name":{"kind":"Name","value":"by"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<TrendQuery, TrendQueryVariables>;