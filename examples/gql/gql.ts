/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query GenericAnalytics($query: AnalyticsQuery!) {\n  analytics(query: $query) {\n    totalRows\n    rows {\n      period {\n        label\n        from\n        to\n      }\n      keys {\n        dimension\n        value\n        label\n      }\n      measures {\n        measure\n        value\n      }\n    }\n  }\n}": typeof types.GenericAnalyticsDocument,
    "query BucketDemand($period: PeriodInput!, $category: ID, $technology: ID, $filter: PostFilter) {\n  bucketDemand(\n    period: $period\n    category: $category\n    technology: $technology\n    filter: $filter\n  ) {\n    bucket {\n      id\n      name\n    }\n    posts\n    scopePosts\n    share\n  }\n}": typeof types.BucketDemandDocument,
    "query CategoryShare($technology: ID!, $periods: [PeriodInput!]!, $filter: PostFilter) {\n  categoryShare(technology: $technology, periods: $periods, filter: $filter) {\n    period\n    periodFrom\n    periodTo\n    category {\n      id\n      name\n      technical\n    }\n    posts\n    technologyPosts\n    categoryPosts\n    share\n    penetration\n  }\n}": typeof types.CategoryShareDocument,
    "query Concentration($technologies: [ID!]!, $period: PeriodInput!, $topK: Int! = 2, $filter: PostFilter) {\n  concentration(\n    technologies: $technologies\n    period: $period\n    topK: $topK\n    filter: $filter\n  ) {\n    technology {\n      id\n      name\n    }\n    posts\n    uncategorized\n    topShare\n    topCategories {\n      id\n      name\n    }\n    hhi\n    entropy\n    categoriesOver1Pct\n  }\n}": typeof types.ConcentrationDocument,
    "query Growth($technology: ID!, $from: PeriodInput!, $to: PeriodInput!, $by: Dimension, $filter: PostFilter) {\n  growth(technology: $technology, from: $from, to: $to, by: $by, filter: $filter) {\n    key\n    label\n    fromCount\n    toCount\n    growth\n  }\n}": typeof types.GrowthDocument,
    "query HighValueShare($technology: ID!, $period: PeriodInput!, $threshold: Float! = 1000, $by: Dimension, $filter: PostFilter) {\n  highValueShare(\n    technology: $technology\n    period: $period\n    threshold: $threshold\n    by: $by\n    filter: $filter\n  ) {\n    key\n    label\n    posts\n    known\n    unknown\n    highValue\n    share\n  }\n}": typeof types.HighValueShareDocument,
    "query Trend($technology: ID, $granularity: Granularity!, $from: Date!, $to: Date!, $by: Dimension, $filter: PostFilter) {\n  trend(\n    technology: $technology\n    granularity: $granularity\n    from: $from\n    to: $to\n    by: $by\n    filter: $filter\n  ) {\n    period\n    from\n    to\n    key\n    label\n    posts\n    total\n    share\n  }\n}": typeof types.TrendDocument,
};
const documents: Documents = {
    "query GenericAnalytics($query: AnalyticsQuery!) {\n  analytics(query: $query) {\n    totalRows\n    rows {\n      period {\n        label\n        from\n        to\n      }\n      keys {\n        dimension\n        value\n        label\n      }\n      measures {\n        measure\n        value\n      }\n    }\n  }\n}": types.GenericAnalyticsDocument,
    "query BucketDemand($period: PeriodInput!, $category: ID, $technology: ID, $filter: PostFilter) {\n  bucketDemand(\n    period: $period\n    category: $category\n    technology: $technology\n    filter: $filter\n  ) {\n    bucket {\n      id\n      name\n    }\n    posts\n    scopePosts\n    share\n  }\n}": types.BucketDemandDocument,
    "query CategoryShare($technology: ID!, $periods: [PeriodInput!]!, $filter: PostFilter) {\n  categoryShare(technology: $technology, periods: $periods, filter: $filter) {\n    period\n    periodFrom\n    periodTo\n    category {\n      id\n      name\n      technical\n    }\n    posts\n    technologyPosts\n    categoryPosts\n    share\n    penetration\n  }\n}": types.CategoryShareDocument,
    "query Concentration($technologies: [ID!]!, $period: PeriodInput!, $topK: Int! = 2, $filter: PostFilter) {\n  concentration(\n    technologies: $technologies\n    period: $period\n    topK: $topK\n    filter: $filter\n  ) {\n    technology {\n      id\n      name\n    }\n    posts\n    uncategorized\n    topShare\n    topCategories {\n      id\n      name\n    }\n    hhi\n    entropy\n    categoriesOver1Pct\n  }\n}": types.ConcentrationDocument,
    "query Growth($technology: ID!, $from: PeriodInput!, $to: PeriodInput!, $by: Dimension, $filter: PostFilter) {\n  growth(technology: $technology, from: $from, to: $to, by: $by, filter: $filter) {\n    key\n    label\n    fromCount\n    toCount\n    growth\n  }\n}": types.GrowthDocument,
    "query HighValueShare($technology: ID!, $period: PeriodInput!, $threshold: Float! = 1000, $by: Dimension, $filter: PostFilter) {\n  highValueShare(\n    technology: $technology\n    period: $period\n    threshold: $threshold\n    by: $by\n    filter: $filter\n  ) {\n    key\n    label\n    posts\n    known\n    unknown\n    highValue\n    share\n  }\n}": types.HighValueShareDocument,
    "query Trend($technology: ID, $granularity: Granularity!, $from: Date!, $to: Date!, $by: Dimension, $filter: PostFilter) {\n  trend(\n    technology: $technology\n    granularity: $granularity\n    from: $from\n    to: $to\n    by: $by\n    filter: $filter\n  ) {\n    period\n    from\n    to\n    key\n    label\n    posts\n    total\n    share\n  }\n}": types.TrendDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GenericAnalytics($query: AnalyticsQuery!) {\n  analytics(query: $query) {\n    totalRows\n    rows {\n      period {\n        label\n        from\n        to\n      }\n      keys {\n        dimension\n        value\n        label\n      }\n      measures {\n        measure\n        value\n      }\n    }\n  }\n}"): (typeof documents)["query GenericAnalytics($query: AnalyticsQuery!) {\n  analytics(query: $query) {\n    totalRows\n    rows {\n      period {\n        label\n        from\n        to\n      }\n      keys {\n        dimension\n        value\n        label\n      }\n      measures {\n        measure\n        value\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BucketDemand($period: PeriodInput!, $category: ID, $technology: ID, $filter: PostFilter) {\n  bucketDemand(\n    period: $period\n    category: $category\n    technology: $technology\n    filter: $filter\n  ) {\n    bucket {\n      id\n      name\n    }\n    posts\n    scopePosts\n    share\n  }\n}"): (typeof documents)["query BucketDemand($period: PeriodInput!, $category: ID, $technology: ID, $filter: PostFilter) {\n  bucketDemand(\n    period: $period\n    category: $category\n    technology: $technology\n    filter: $filter\n  ) {\n    bucket {\n      id\n      name\n    }\n    posts\n    scopePosts\n    share\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CategoryShare($technology: ID!, $periods: [PeriodInput!]!, $filter: PostFilter) {\n  categoryShare(technology: $technology, periods: $periods, filter: $filter) {\n    period\n    periodFrom\n    periodTo\n    category {\n      id\n      name\n      technical\n    }\n    posts\n    technologyPosts\n    categoryPosts\n    share\n    penetration\n  }\n}"): (typeof documents)["query CategoryShare($technology: ID!, $periods: [PeriodInput!]!, $filter: PostFilter) {\n  categoryShare(technology: $technology, periods: $periods, filter: $filter) {\n    period\n    periodFrom\n    periodTo\n    category {\n      id\n      name\n      technical\n    }\n    posts\n    technologyPosts\n    categoryPosts\n    share\n    penetration\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Concentration($technologies: [ID!]!, $period: PeriodInput!, $topK: Int! = 2, $filter: PostFilter) {\n  concentration(\n    technologies: $technologies\n    period: $period\n    topK: $topK\n    filter: $filter\n  ) {\n    technology {\n      id\n      name\n    }\n    posts\n    uncategorized\n    topShare\n    topCategories {\n      id\n      name\n    }\n    hhi\n    entropy\n    categoriesOver1Pct\n  }\n}"): (typeof documents)["query Concentration($technologies: [ID!]!, $period: PeriodInput!, $topK: Int! = 2, $filter: PostFilter) {\n  concentration(\n    technologies: $technologies\n    period: $period\n    topK: $topK\n    filter: $filter\n  ) {\n    technology {\n      id\n      name\n    }\n    posts\n    uncategorized\n    topShare\n    topCategories {\n      id\n      name\n    }\n    hhi\n    entropy\n    categoriesOver1Pct\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Growth($technology: ID!, $from: PeriodInput!, $to: PeriodInput!, $by: Dimension, $filter: PostFilter) {\n  growth(technology: $technology, from: $from, to: $to, by: $by, filter: $filter) {\n    key\n    label\n    fromCount\n    toCount\n    growth\n  }\n}"): (typeof documents)["query Growth($technology: ID!, $from: PeriodInput!, $to: PeriodInput!, $by: Dimension, $filter: PostFilter) {\n  growth(technology: $technology, from: $from, to: $to, by: $by, filter: $filter) {\n    key\n    label\n    fromCount\n    toCount\n    growth\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HighValueShare($technology: ID!, $period: PeriodInput!, $threshold: Float! = 1000, $by: Dimension, $filter: PostFilter) {\n  highValueShare(\n    technology: $technology\n    period: $period\n    threshold: $threshold\n    by: $by\n    filter: $filter\n  ) {\n    key\n    label\n    posts\n    known\n    unknown\n    highValue\n    share\n  }\n}"): (typeof documents)["query HighValueShare($technology: ID!, $period: PeriodInput!, $threshold: Float! = 1000, $by: Dimension, $filter: PostFilter) {\n  highValueShare(\n    technology: $technology\n    period: $period\n    threshold: $threshold\n    by: $by\n    filter: $filter\n  ) {\n    key\n    label\n    posts\n    known\n    unknown\n    highValue\n    share\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Trend($technology: ID, $granularity: Granularity!, $from: Date!, $to: Date!, $by: Dimension, $filter: PostFilter) {\n  trend(\n    technology: $technology\n    granularity: $granularity\n    from: $from\n    to: $to\n    by: $by\n    filter: $filter\n  ) {\n    period\n    from\n    to\n    key\n    label\n    posts\n    total\n    share\n  }\n}"): (typeof documents)["query Trend($technology: ID, $granularity: Granularity!, $from: Date!, $to: Date!, $by: Dimension, $filter: PostFilter) {\n  trend(\n    technology: $technology\n    granularity: $granularity\n    from: $from\n    to: $to\n    by: $by\n    filter: $filter\n  ) {\n    period\n    from\n    to\n    key\n    label\n    posts\n    total\n    share\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;