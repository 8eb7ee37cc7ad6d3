/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How an alias finds posts. */
export type AliasKind =
  /** Matches the words of the phrase, in order, in a post's title or description. */
  | 'PHRASE'
  /** Matches a post's skill tag (case and spacing ignored). */
  | 'TAG';

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

/** A hand label carried by an imported post. */
export type LabelInput = {
  /** True: the post is that technology; false: it is not. */
  label: boolean;
  /** The technology id (ai, cloud, rpa, ...). */
  technology: string | number;
};

/** What decided a post's final label for a technology. */
export type LabelSource =
  /** A hand label: it decides over everything else. */
  | 'HAND'
  /** The keyword rules alone: no model yet, or, in the study's mode, a post that is no keyword candidate (the model is not asked). */
  | 'KEYWORD'
  /** The active model (in the study's mode, for a keyword candidate). */
  | 'MODEL';

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

/** A post to import; fields as in the CSV columns. Bad rows are refused with a reason. */
export type PostInput = {
  /** Category name or id. */
  category?: string | null | undefined;
  /** fixed, hourly or none */
  contractType?: string | null | undefined;
  /** The client's country. */
  country?: string | null | undefined;
  /** The post's text; empty when null. */
  description?: string | null | undefined;
  /** Expected duration, e.g. "1 to 3 months" (with workload, gives an hourly post its value). */
  duration?: string | null | undefined;
  /** Entry level, Intermediate or Expert. */
  experienceLevel?: string | null | undefined;
  /** USD, for fixed-price posts; not negative. */
  fixedBudget?: number | null | undefined;
  /** Highest hourly rate, USD per hour. */
  hourlyMax?: number | null | undefined;
  /** Lowest hourly rate, USD per hour. */
  hourlyMin?: number | null | undefined;
  /** The post's id in its source (column id); with source it keys the post: importing it again updates it. */
  id: string;
  /** Hand labels, one per technology at most; a hand label decides the post's label. */
  labels?: Array<LabelInput> | null | undefined;
  /** ISO 8601 date or date-time (UTC unless an offset is given); a date alone is midnight UTC. Stays a String (not DateTime) so that dates alone are accepted. */
  postedAt?: string | null | undefined;
  /** USD; when given it wins over the value computed from budget or rate (see Post.projectedValue). */
  projectedValue?: number | null | undefined;
  /** Skill tags as written; normalized when stored. */
  skills?: Array<string> | null | undefined;
  /** The dataset it belongs to (column source); no colon. */
  source: string;
  /** Subcategory as the source names it. */
  subcategory?: string | null | undefined;
  /** Required: a row without a title is refused. */
  title?: string | null | undefined;
  /** Expected weekly hours, e.g. "30+ hrs/week". */
  workload?: string | null | undefined;
};

/** The order of a list of posts. A cursor is valid only under the order it was made in: `after` from another order is refused. */
export type PostOrder = {
  /** Which way (default ASC). */
  direction?: SortDirection;
  /** What to sort by (default ID: import order). */
  field?: PostOrderField;
};

/** What posts can be sorted by. Ties are broken by import order, in the same direction. */
export type PostOrderField =
  /** Import order (the order posts were first stored in); the default. */
  | 'ID'
  /** When the post was published; posts without a date come first ascending, last descending. */
  | 'POSTED_AT'
  /** Projected value in USD; posts of unknown value come first ascending, last descending. Sorts every matching post (no index): slower than the other orders on large corpora. */
  | 'PROJECTED_VALUE';

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

export type AnalyticsCategoryShareQueryVariables = Exact<{
  periods: Array<PeriodInput> | PeriodInput;
}>;


export type AnalyticsCategoryShareQuery = { categoryShare: Array<{ period: string, posts: number, share: number | null, penetration: number | null, category: { id: string, name: string, technical: boolean } | null }> };

export type AnalyticsEveryStudyQueryQueryVariables = Exact<{
  p: PeriodInput;
  q: PeriodInput;
}>;


export type AnalyticsEveryStudyQueryQuery = { growth: Array<{ key: string | null, label: string, fromCount: number, toCount: number, growth: number | null }>, highValueShare: Array<{ key: string | null, posts: number, known: number, unknown: number, highValue: number, share: number | null }>, concentration: Array<{ posts: number, topShare: number | null, hhi: number | null, entropy: number | null, categoriesOver1Pct: number, technology: { id: string }, topCategories: Array<{ id: string }> }>, bucketDemand: Array<{ posts: number, share: number | null, scopePosts: number, bucket: { id: string, name: string } }>, trend: Array<{ period: string, from: string, to: string, key: string | null, posts: number, total: number, share: number | null }>, analytics: { totalRows: number, rows: Array<{ period: { label: string } | null, keys: Array<{ dimension: Dimension, value: string | null, label: string }>, measures: Array<{ measure: Measure, value: number | null }> }> } };

export type ExportPostsQueryVariables = Exact<{
  filter?: PostFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ExportPostsQuery = { posts: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, title: string, postedAt: string | null, projectedValue: number | null, category: { name: string, technical: boolean } | null, skills: Array<{ tag: string }> } }> } };

export type ExportCategoryShareQueryVariables = Exact<{
  periods: Array<PeriodInput> | PeriodInput;
}>;


export type ExportCategoryShareQuery = { categoryShare: Array<{ period: string, posts: number, share: number | null, category: { id: string, name: string } | null }> };

export type AnalyticsExportQueryVariables = Exact<{
  q: AnalyticsQuery;
}>;


export type AnalyticsExportQuery = { analytics: { totalRows: number, rows: Array<{ period: { label: string, from: string, to: string } | null, keys: Array<{ dimension: Dimension, value: string | null, label: string }>, measures: Array<{ measure: Measure, value: number | null }> }> } };

export type ReportHttpStudyReportQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportHttpStudyReportQuery = { studyReport: { synthetic: boolean, totalPosts: number, dataSummary: string, models: Array<{ technology: string, activeModelId: string | null, summary: string }>, claims: Array<{ id: string, claim: string, publishedText: string, published: number | null, computed: number | null, unit: string, difference: number | null, agrees: boolean | null, posts: number, data: string, models: string }>, figures: Array<{ id: string, rows: Array<{ series: string, period: string, key: string, label: string, posts: number, share: number | null }> }> } };

export type ModelRpaModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelRpaModelsQuery = { models: Array<{ id: string, active: boolean, trainingRows: number, metrics: { accuracy: number, f1: number, tp: number, fp: number, tn: number, fn: number, folds: number } }>, technologies: Array<{ id: string, activeModel: { id: string } | null }> };

export type ModelClassifyTextQueryVariables = Exact<{
  t: string;
}>;


export type ModelClassifyTextQuery = { classify: Array<{ keywordHit: boolean, includedTerms: Array<string>, probability: number | null, label: boolean, technology: { id: string }, model: { id: string } | null, terms: Array<{ feature: string, contribution: number }> }> };

export type ModelLabelRpaMutationVariables = Exact<{
  postId: string | number;
}>;


export type ModelLabelRpaMutation = { labelPost: { label: boolean } };

export type ModelLabelRpaWithSourceMutationVariables = Exact<{
  postId: string | number;
}>;


export type ModelLabelRpaWithSourceMutation = { labelPost: { label: boolean, labelSource: LabelSource, model: { id: string } | null } };

export type ModelTrainingJobQueryVariables = Exact<{
  id: string | number;
}>;


export type ModelTrainingJobQuery = { trainingJob: { status: string, progress: number, message: string | null, model: { id: string, active: boolean } | null } };

export type ModelTrainCloudMutationVariables = Exact<{ [key: string]: never; }>;


export type ModelTrainCloudMutation = { trainModel: { id: string } };

export type ModelTrainCloudInactiveMutationVariables = Exact<{ [key: string]: never; }>;


export type ModelTrainCloudInactiveMutation = { trainModel: { id: string, status: string } };

export type ModelActivateMutationVariables = Exact<{
  id: string | number;
}>;


export type ModelActivateMutation = { activateModel: { id: string, active: boolean, activation: { id: string, kind: string, status: string } | null } };

export type ModelCloudModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ModelCloudModelsQuery = { models: Array<{ id: string, active: boolean }> };

export type RaceTaxonomyVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type RaceTaxonomyVersionQuery = { taxonomyVersion: number, buckets: Array<{ id: string }> };

export type RaceRenameBucketMutationVariables = Exact<{
  bucketId: string | number;
  name: string;
  expectedVersion: number;
}>;


export type RaceRenameBucketMutation = { renameBucket: { version: number } };

export type PingQueryVariables = Exact<{ [key: string]: never; }>;


export type PingQuery = { __typename: 'Query' };

export type ImportBatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportBatchesQuery = { importBatches: Array<{ id: string, status: string, finishedAt: string | null }> };

export type SearchWithinLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchWithinLimitsQuery = { posts: { totalCount: number } };

export type PostsPageQueryVariables = Exact<{
  filter?: PostFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PostsPageQuery = { posts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, postedAt: string | null, projectedValue: number | null, category: { name: string, technical: boolean } | null, skills: Array<{ tag: string, skill: { name: string, bucket: { name: string } } | null }>, technologies: Array<{ keywordHit: boolean, label: boolean, labelSource: LabelSource, technology: { id: string }, model: { id: string } | null }>, batch: { id: string } | null } }> } };

export type ImportPostsMutationVariables = Exact<{
  rows: Array<PostInput> | PostInput;
}>;


export type ImportPostsMutation = { importPosts: { id: string, inserted: number, rejected: number, rejects: Array<{ line: number, reason: string }> } };

export type OrderedPostsQueryVariables = Exact<{
  filter?: PostFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  orderBy?: PostOrder | null | undefined;
}>;


export type OrderedPostsQuery = { posts: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, source: string, postedAt: string | null, projectedValue: number | null } }> } };

export type SaveQueryMutationVariables = Exact<{
  name: string;
  query: string;
  variables?: unknown;
  operationName?: string | null | undefined;
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type SaveQueryMutation = { saveQuery: { name: string, query: string, variables: unknown, version: number, createdBy: string, updatedBy: string, csvPath: string, jsonPath: string } };

export type ListSavedQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ListSavedQueriesQuery = { savedQueries: Array<{ name: string, description: string | null, version: number, variables: unknown }> };

export type OneSavedQueryQueryVariables = Exact<{
  name: string;
}>;


export type OneSavedQueryQuery = { savedQuery: { name: string, version: number, parameters: Array<{ name: string, type: string, value: unknown, required: boolean }> } | null };

export type DeleteSavedQueryMutationVariables = Exact<{
  name: string;
  expectedVersion: number;
}>;


export type DeleteSavedQueryMutation = { deleteSavedQuery: { name: string, version: number } };

export type RecentPostsQueryVariables = Exact<{
  from?: string | null | undefined;
  first?: number | null | undefined;
  technical?: boolean | null | undefined;
}>;


export type RecentPostsQuery = { posts: { edges: Array<{ node: { id: string, postedAt: string | null, category: { name: string, technical: boolean } | null } }> } };

export type ShareByCategoryQueryVariables = Exact<{
  technology: string | number;
  periods: Array<PeriodInput> | PeriodInput;
}>;


export type ShareByCategoryQuery = { categoryShare: Array<{ period: string, posts: number, share: number | null, category: { id: string, name: string } | null }> };

export type AnyQuestionQueryVariables = Exact<{
  query: AnalyticsQuery;
}>;


export type AnyQuestionQuery = { analytics: { totalRows: number, rows: Array<{ keys: Array<{ value: string | null }>, measures: Array<{ value: number | null }> }> } };

export type ImportDatedMutationVariables = Exact<{
  rows: Array<PostInput> | PostInput;
}>;


export type ImportDatedMutation = { importPosts: { id: string, startedAt: string, finishedAt: string | null } };

export type DatedPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type DatedPostsQuery = { posts: { edges: Array<{ node: { externalId: string, postedAt: string | null, batch: { startedAt: string } | null } }> } };

export type PoolCheapCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PoolCheapCategoriesQuery = { categories: Array<{ id: string }> };

export type ReplicaImportMutationVariables = Exact<{
  rows: Array<PostInput> | PostInput;
}>;


export type ReplicaImportMutation = { importPosts: { inserted: number } };

export type ReplicaSeenQueryVariables = Exact<{ [key: string]: never; }>;


export type ReplicaSeenQuery = { taxonomyVersion: number, posts: { totalCount: number } };

export type ReplicaCreateBucketMutationVariables = Exact<{
  name: string;
  v: number;
}>;


export type ReplicaCreateBucketMutation = { createBucket: { version: number } };

export type TwoImportMutationVariables = Exact<{
  rows: Array<PostInput> | PostInput;
}>;


export type TwoImportMutation = { importPosts: { inserted: number, rejected: number } };

export type TwoSeenQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoSeenQuery = { taxonomyVersion: number, buckets: Array<{ name: string }>, posts: { totalCount: number }, post: { technologies: Array<{ label: boolean, labelSource: LabelSource, technology: { id: string } }> } | null, models: Array<{ id: string, active: boolean }> };

export type TwoCreateBucketMutationVariables = Exact<{
  name: string;
  v: number;
}>;


export type TwoCreateBucketMutation = { createBucket: { version: number } };

export type TwoLabelMutationVariables = Exact<{
  id: string | number;
}>;


export type TwoLabelMutation = { labelPost: { labelSource: LabelSource } };

export type TwoTrainMutationVariables = Exact<{ [key: string]: never; }>;


export type TwoTrainMutation = { trainModel: { id: string } };

export type TwoJobQueryVariables = Exact<{
  id: string | number;
}>;


export type TwoJobQuery = { trainingJob: { status: string, message: string | null, model: { id: string, active: boolean } | null } };

export type EditTaxonomyVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type EditTaxonomyVersionQuery = { taxonomyVersion: number };

export type EditVersionLogAndDictionaryQueryVariables = Exact<{ [key: string]: never; }>;


export type EditVersionLogAndDictionaryQuery = { taxonomyVersion: number, taxonomyChanges: { totalCount: number, edges: Array<{ node: { operation: string, actor: string } }> }, taxonomy: { version: number, buckets: Array<{ id: string }> } };

export type EditBucketSkillsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditBucketSkillsQuery = { buckets: Array<{ id: string, skills: Array<{ id: string }> }> };

export type EditNlpPostsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditNlpPostsQuery = { posts: { totalCount: number } };

export type EditPreviewMoveQueryVariables = Exact<{ [key: string]: never; }>;


export type EditPreviewMoveQuery = { previewTaxonomyChange: Array<{ before: number, after: number, delta: number, bucket: { id: string } }> };

export type EditFirstAndCurrentDictionaryQueryVariables = Exact<{ [key: string]: never; }>;


export type EditFirstAndCurrentDictionaryQuery = { a: { buckets: Array<{ id: string, name: string, skills: Array<{ id: string, name: string, aliases: Array<{ alias: string, kind: AliasKind }> }> }> }, b: { buckets: Array<{ id: string, name: string, skills: Array<{ id: string, name: string, aliases: Array<{ alias: string, kind: AliasKind }> }> }> } };

export type EditDictionaryBucketsFragment = { buckets: Array<{ id: string, name: string, skills: Array<{ id: string, name: string, aliases: Array<{ alias: string, kind: AliasKind }> }> }> };

export type EditAnswerFragment = { version: number, operation: string, actor: string, deletedSkillIds: Array<string>, bucket: { id: string, name: string, skills: Array<{ id: string }> } | null, skill: { id: string, name: string, bucket: { id: string }, aliases: Array<{ alias: string, kind: AliasKind }> } | null, alias: { alias: string, kind: AliasKind } | null };

export type HistoryMoveChatbotsToMlMutationVariables = Exact<{ [key: string]: never; }>;


export type HistoryMoveChatbotsToMlMutation = { moveSkill: { version: number } };

export type HistoryCreateAgentsBucketMutationVariables = Exact<{ [key: string]: never; }>;


export type HistoryCreateAgentsBucketMutation = { createBucket: { version: number } };

export type HistoryChangesPageQueryVariables = Exact<{
  after?: string | null | undefined;
  since?: number | null | undefined;
}>;


export type HistoryChangesPageQuery = { taxonomyChanges: { totalCount: number, edges: Array<{ cursor: string, node: { version: number, operation: string, actor: string, before: string | null, after: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type HistoryChangesSinceQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryChangesSinceQuery = { taxonomyChanges: { totalCount: number, edges: Array<{ node: { version: number } }> } };

export type HistoryVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryVersionsQuery = { v1: { version: number, buckets: Array<{ id: string, skills: Array<{ id: string, aliases: Array<{ alias: string, kind: AliasKind }> }> }> }, v2: { buckets: Array<{ id: string, skills: Array<{ id: string }> }> } };

export type HistoryFutureVersionQueryVariables = Exact<{ [key: string]: never; }>;


export type HistoryFutureVersionQuery = { taxonomy: { version: number } };

export type HistoryBucketDemandQueryVariables = Exact<{
  v?: number | null | undefined;
}>;


export type HistoryBucketDemandQuery = { bucketDemand: Array<{ posts: number, bucket: { id: string } }> };

export type UnmappedTopSkillQueryVariables = Exact<{ [key: string]: never; }>;


export type UnmappedTopSkillQuery = { unmappedSkills: Array<{ tag: string, kind: AliasKind, posts: number, exampleTitles: Array<string> }> };

export const EditDictionaryBucketsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDictionaryBuckets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaxonomySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditDictionaryBucketsFragment, unknown>;
export const EditAnswerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditAnswer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaxonomyEdit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alias"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deletedSkillIds"}}]}}]} as unknown as DocumentNode<EditAnswerFragment, unknown>;
export const AnalyticsCategoryShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCategoryShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"penetration"}}]}}]}}]} as unknown as DocumentNode<AnalyticsCategoryShareQuery, AnalyticsCategoryShareQueryVariables>;
export const AnalyticsEveryStudyQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsEveryStudyQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"growth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CATEGORY_GROUP"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"fromCount"}},{"kind":"Field","name":{"kind":"Name","value":"toCount"}},{"kind":"Field","name":{"kind":"Name","value":"growth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"highValueShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"known"}},{"kind":"Field","name":{"kind":"Name","value":"unknown"}},{"kind":"Field","name":{"kind":"Name","value":"highValue"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concentration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technologies"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"ai","block":false},{"kind":"StringValue","value":"cloud","block":false}]}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"topShare"}},{"kind":"Field","name":{"kind":"Name","value":"topCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hhi"}},{"kind":"Field","name":{"kind":"Name","value":"entropy"}},{"kind":"Field","name":{"kind":"Name","value":"categoriesOver1Pct"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bucketDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"scopePosts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"QUARTER"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2023-01-01","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"measures"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"POST_COUNT"},{"kind":"EnumValue","value":"HIGH_VALUE_SHARE"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"dimensions"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CATEGORY"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"time"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"periods"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"q"}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsEveryStudyQueryQuery, AnalyticsEveryStudyQueryQueryVariables>;
export const ExportPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExportPostsQuery, ExportPostsQueryVariables>;
export const ExportCategoryShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCategoryShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<ExportCategoryShareQuery, ExportCategoryShareQueryVariables>;
export const AnalyticsExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnalyticsExportQuery, AnalyticsExportQueryVariables>;
export const ReportHttpStudyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportHttpStudyReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"studyReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"totalPosts"}},{"kind":"Field","name":{"kind":"Name","value":"dataSummary"}},{"kind":"Field","name":{"kind":"Name","value":"models"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"}},{"kind":"Field","name":{"kind":"Name","value":"activeModelId"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claim"}},{"kind":"Field","name":{"kind":"Name","value":"publishedText"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"agrees"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"models"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"series"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportHttpStudyReportQuery, ReportHttpStudyReportQueryVariables>;
export const ModelRpaModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelRpaModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"rpa","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"trainingRows"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accuracy"}},{"kind":"Field","name":{"kind":"Name","value":"f1"}},{"kind":"Field","name":{"kind":"Name","value":"tp"}},{"kind":"Field","name":{"kind":"Name","value":"fp"}},{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"fn"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activeModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ModelRpaModelsQuery, ModelRpaModelsQueryVariables>;
export const ModelClassifyTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelClassifyText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}},{"kind":"Argument","name":{"kind":"Name","value":"technologies"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"rpa","block":false},{"kind":"StringValue","value":"ai","block":false}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordHit"}},{"kind":"Field","name":{"kind":"Name","value":"includedTerms"}},{"kind":"Field","name":{"kind":"Name","value":"probability"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"terms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}}]}}]} as unknown as DocumentNode<ModelClassifyTextQuery, ModelClassifyTextQueryVariables>;
export const ModelLabelRpaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelLabelRpa"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"rpa","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ModelLabelRpaMutation, ModelLabelRpaMutationVariables>;
export const ModelLabelRpaWithSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelLabelRpaWithSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"postId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"postId"}}},{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"rpa","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelSource"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ModelLabelRpaWithSourceMutation, ModelLabelRpaWithSourceMutationVariables>;
export const ModelTrainingJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelTrainingJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<ModelTrainingJobQuery, ModelTrainingJobQueryVariables>;
export const ModelTrainCloudDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelTrainCloud"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"cloud","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ModelTrainCloudMutation, ModelTrainCloudMutationVariables>;
export const ModelTrainCloudInactiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelTrainCloudInactive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"cloud","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"activate"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ModelTrainCloudInactiveMutation, ModelTrainCloudInactiveMutationVariables>;
export const ModelActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ModelActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"activation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ModelActivateMutation, ModelActivateMutationVariables>;
export const ModelCloudModelsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ModelCloudModels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"cloud","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ModelCloudModelsQuery, ModelCloudModelsQueryVariables>;
export const RaceTaxonomyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RaceTaxonomyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaceTaxonomyVersionQuery, RaceTaxonomyVersionQueryVariables>;
export const RaceRenameBucketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaceRenameBucket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bucketId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameBucket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bucketId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bucketId"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RaceRenameBucketMutation, RaceRenameBucketMutationVariables>;
export const PingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<PingQuery, PingQueryVariables>;
export const ImportBatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importBatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<ImportBatchesQuery, ImportBatchesQueryVariables>;
export const SearchWithinLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchWithinLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"\"customer support\" chatbot","block":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<SearchWithinLimitsQuery, SearchWithinLimitsQueryVariables>;
export const PostsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PostsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedValue"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"skill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keywordHit"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelSource"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PostsPageQuery, PostsPageQueryVariables>;
export const ImportPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"rejects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPostsMutation, ImportPostsMutationVariables>;
export const OrderedPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderedPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PostOrder"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"projectedValue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderedPostsQuery, OrderedPostsQueryVariables>;
export const SaveQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variables"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JSON"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"operationName"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"description"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"variables"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variables"}}},{"kind":"Argument","name":{"kind":"Name","value":"operationName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"operationName"}}},{"kind":"Argument","name":{"kind":"Name","value":"description"},"value":{"kind":"Variable","name":{"kind":"Name","value":"description"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"query"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"updatedBy"}},{"kind":"Field","name":{"kind":"Name","value":"csvPath"}},{"kind":"Field","name":{"kind":"Name","value":"jsonPath"}}]}}]}}]} as unknown as DocumentNode<SaveQueryMutation, SaveQueryMutationVariables>;
export const ListSavedQueriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListSavedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQueries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"variables"}}]}}]}}]} as unknown as DocumentNode<ListSavedQueriesQuery, ListSavedQueriesQueryVariables>;
export const OneSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OneSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"required"}}]}}]}}]}}]} as unknown as DocumentNode<OneSavedQueryQuery, OneSavedQueryQueryVariables>;
export const DeleteSavedQueryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedQuery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedQuery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeleteSavedQueryMutation, DeleteSavedQueryMutationVariables>;
export const RecentPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technical"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"technical"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technical"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecentPostsQuery, RecentPostsQueryVariables>;
export const ShareByCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShareByCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"technology"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periods"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categoryShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"Variable","name":{"kind":"Name","value":"technology"}}},{"kind":"Argument","name":{"kind":"Name","value":"periods"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periods"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<ShareByCategoryQuery, ShareByCategoryQueryVariables>;
export const AnyQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnyQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQuery"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AnyQuestionQuery, AnyQuestionQueryVariables>;
export const ImportDatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]}}]} as unknown as DocumentNode<ImportDatedMutation, ImportDatedMutationVariables>;
export const DatedPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DatedPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sources"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"dated","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DatedPostsQuery, DatedPostsQueryVariables>;
export const PoolCheapCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PoolCheapCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PoolCheapCategoriesQuery, PoolCheapCategoriesQueryVariables>;
export const ReplicaImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}}]}}]}}]} as unknown as DocumentNode<ReplicaImportMutation, ReplicaImportMutationVariables>;
export const ReplicaSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReplicaSeen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sources"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"replica","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ReplicaSeenQuery, ReplicaSeenQueryVariables>;
export const ReplicaCreateBucketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplicaCreateBucket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBucket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReplicaCreateBucketMutation, ReplicaCreateBucketMutationVariables>;
export const TwoImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rows"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inserted"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}}]}}]}}]} as unknown as DocumentNode<TwoImportMutation, TwoImportMutationVariables>;
export const TwoSeenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoSeen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sources"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"two","block":false}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technologies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelSource"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"models"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<TwoSeenQuery, TwoSeenQueryVariables>;
export const TwoCreateBucketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoCreateBucket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBucket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TwoCreateBucketMutation, TwoCreateBucketMutationVariables>;
export const TwoLabelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoLabel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"postId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"label"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"labelSource"}}]}}]}}]} as unknown as DocumentNode<TwoLabelMutation, TwoLabelMutationVariables>;
export const TwoTrainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TwoTrain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainModel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"technology"},"value":{"kind":"StringValue","value":"ai","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"activate"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TwoTrainMutation, TwoTrainMutationVariables>;
export const TwoJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwoJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"model"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<TwoJobQuery, TwoJobQueryVariables>;
export const EditTaxonomyVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditTaxonomyVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyVersion"}}]}}]} as unknown as DocumentNode<EditTaxonomyVersionQuery, EditTaxonomyVersionQueryVariables>;
export const EditVersionLogAndDictionaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditVersionLogAndDictionary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"taxonomyChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"taxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditVersionLogAndDictionaryQuery, EditVersionLogAndDictionaryQueryVariables>;
export const EditBucketSkillsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditBucketSkills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EditBucketSkillsQuery, EditBucketSkillsQueryVariables>;
export const EditNlpPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditNlpPosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bucket"},"value":{"kind":"StringValue","value":"nlp","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<EditNlpPostsQuery, EditNlpPostsQueryVariables>;
export const EditPreviewMoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditPreviewMove"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewTaxonomyChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"change"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"moveSkill"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"skillId"},"value":{"kind":"StringValue","value":"sentiment-analysis","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"bucketId"},"value":{"kind":"StringValue","value":"ml","block":false}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2023-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"delta"}}]}}]}}]} as unknown as DocumentNode<EditPreviewMoveQuery, EditPreviewMoveQueryVariables>;
export const EditFirstAndCurrentDictionaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditFirstAndCurrentDictionary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDictionaryBuckets"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"taxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDictionaryBuckets"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDictionaryBuckets"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaxonomySnapshot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EditFirstAndCurrentDictionaryQuery, EditFirstAndCurrentDictionaryQueryVariables>;
export const HistoryMoveChatbotsToMlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryMoveChatbotsToMl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSkill"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skillId"},"value":{"kind":"StringValue","value":"chatbots","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"bucketId"},"value":{"kind":"StringValue","value":"ml","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<HistoryMoveChatbotsToMlMutation, HistoryMoveChatbotsToMlMutationVariables>;
export const HistoryCreateAgentsBucketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryCreateAgentsBucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBucket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Agents","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<HistoryCreateAgentsBucketMutation, HistoryCreateAgentsBucketMutationVariables>;
export const HistoryChangesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryChangesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryChangesPageQuery, HistoryChangesPageQueryVariables>;
export const HistoryChangesSinceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryChangesSince"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomyChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryChangesSinceQuery, HistoryChangesSinceQueryVariables>;
export const HistoryVersionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"v1"},"name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alias"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"v2"},"name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"buckets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryVersionsQuery, HistoryVersionsQueryVariables>;
export const HistoryFutureVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryFutureVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"IntValue","value":"99"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<HistoryFutureVersionQuery, HistoryFutureVersionQueryVariables>;
export const HistoryBucketDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryBucketDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"v"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucketDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2023-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"taxonomyVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"v"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bucket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"}}]}}]}}]} as unknown as DocumentNode<HistoryBucketDemandQuery, HistoryBucketDemandQueryVariables>;
export const UnmappedTopSkillDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnmappedTopSkill"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmappedSkills"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"StringValue","value":"2024","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025-01-01","block":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"minPosts"},"value":{"kind":"IntValue","value":"2"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tag"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"posts"}},{"kind":"Field","name":{"kind":"Name","value":"exampleTitles"}}]}}]}}]} as unknown as DocumentNode<UnmappedTopSkillQuery, UnmappedTopSkillQueryVariables>;