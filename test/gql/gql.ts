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
    "\n  query AnalyticsCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n        technical\n      }\n      posts\n      share\n      penetration\n    }\n  }\n": typeof types.AnalyticsCategoryShareDocument,
    "\n  query AnalyticsEveryStudyQuery($p: PeriodInput!, $q: PeriodInput!) {\n    growth(technology: \"ai\", from: $p, to: $q, by: CATEGORY_GROUP) {\n      key\n      label\n      fromCount\n      toCount\n      growth\n    }\n    highValueShare(technology: \"ai\", period: $q) {\n      key\n      posts\n      known\n      unknown\n      highValue\n      share\n    }\n    concentration(technologies: [\"ai\", \"cloud\"], period: $q) {\n      technology {\n        id\n      }\n      posts\n      topShare\n      topCategories {\n        id\n      }\n      hhi\n      entropy\n      categoriesOver1Pct\n    }\n    bucketDemand(period: $q, technology: \"ai\") {\n      bucket {\n        id\n        name\n      }\n      posts\n      share\n      scopePosts\n    }\n    trend(technology: \"ai\", granularity: QUARTER, from: \"2023-01-01\", to: \"2024-01-01\") {\n      period\n      from\n      to\n      key\n      posts\n      total\n      share\n    }\n    analytics(\n      query: {\n        measures: [POST_COUNT, HIGH_VALUE_SHARE]\n        dimensions: [CATEGORY]\n        technology: \"ai\"\n        time: { periods: [$q] }\n      }\n    ) {\n      totalRows\n      rows {\n        period {\n          label\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsEveryStudyQueryDocument,
    "\n  query ExportPosts($filter: PostFilter, $first: Int) {\n    posts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExportPostsDocument,
    "\n  query ExportCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n": typeof types.ExportCategoryShareDocument,
    "\n  query AnalyticsExport($q: AnalyticsQuery!) {\n    analytics(query: $q) {\n      totalRows\n      rows {\n        period {\n          label\n          from\n          to\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n": typeof types.AnalyticsExportDocument,
    "\n  query ReportHttpStudyReport {\n    studyReport {\n      synthetic\n      totalPosts\n      dataSummary\n      models {\n        technology\n        activeModelId\n        summary\n      }\n      claims {\n        id\n        claim\n        publishedText\n        published\n        computed\n        unit\n        difference\n        agrees\n        posts\n        data\n        models\n      }\n      figures {\n        id\n        rows {\n          series\n          period\n          key\n          label\n          posts\n          share\n        }\n      }\n    }\n  }\n": typeof types.ReportHttpStudyReportDocument,
    "\n  query ModelRpaModels {\n    models(technology: \"rpa\") {\n      id\n      active\n      trainingRows\n      metrics {\n        accuracy\n        f1\n        tp\n        fp\n        tn\n        fn\n        folds\n      }\n    }\n    technologies {\n      id\n      activeModel {\n        id\n      }\n    }\n  }\n": typeof types.ModelRpaModelsDocument,
    "\n  query ModelClassifyText($t: String!) {\n    classify(text: $t, technologies: [\"rpa\", \"ai\"]) {\n      technology {\n        id\n      }\n      keywordHit\n      includedTerms\n      probability\n      label\n      model {\n        id\n      }\n      terms {\n        feature\n        contribution\n      }\n    }\n  }\n": typeof types.ModelClassifyTextDocument,
    "\n  mutation ModelLabelRpa($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n    }\n  }\n": typeof types.ModelLabelRpaDocument,
    "\n  mutation ModelLabelRpaWithSource($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n      labelSource\n      model {\n        id\n      }\n    }\n  }\n": typeof types.ModelLabelRpaWithSourceDocument,
    "\n  query ModelTrainingJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      progress\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n": typeof types.ModelTrainingJobDocument,
    "\n  mutation ModelTrainCloud {\n    trainModel(technology: \"cloud\") {\n      id\n    }\n  }\n": typeof types.ModelTrainCloudDocument,
    "\n  mutation ModelTrainCloudInactive {\n    trainModel(technology: \"cloud\", activate: false) {\n      id\n      status\n    }\n  }\n": typeof types.ModelTrainCloudInactiveDocument,
    "\n  mutation ModelActivate($id: ID!) {\n    activateModel(id: $id) {\n      id\n      active\n      activation {\n        id\n        kind\n        status\n      }\n    }\n  }\n": typeof types.ModelActivateDocument,
    "\n  query ModelCloudModels {\n    models(technology: \"cloud\") {\n      id\n      active\n    }\n  }\n": typeof types.ModelCloudModelsDocument,
    "\n  query RaceTaxonomyVersion {\n    taxonomyVersion\n    buckets {\n      id\n    }\n  }\n": typeof types.RaceTaxonomyVersionDocument,
    "\n  mutation RaceRenameBucket($bucketId: ID!, $name: String!, $expectedVersion: Int!) {\n    renameBucket(bucketId: $bucketId, name: $name, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": typeof types.RaceRenameBucketDocument,
    "\n  query Ping {\n    __typename\n  }\n": typeof types.PingDocument,
    "\n  query ImportBatches {\n    importBatches {\n      id\n      status\n      finishedAt\n    }\n  }\n": typeof types.ImportBatchesDocument,
    "\n  query SearchWithinLimits {\n    posts(\n      filter: {\n        text: \"\"\"\n        \"customer support\" chatbot\n        \"\"\"\n      }\n    ) {\n      totalCount\n    }\n  }\n": typeof types.SearchWithinLimitsDocument,
    "\n  query PostsPage($filter: PostFilter, $first: Int, $after: String) {\n    posts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n            skill {\n              name\n              bucket {\n                name\n              }\n            }\n          }\n          technologies {\n            technology {\n              id\n            }\n            keywordHit\n            label\n            labelSource\n            model {\n              id\n            }\n          }\n          batch {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.PostsPageDocument,
    "\n  mutation ImportPosts($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      inserted\n      rejected\n      rejects {\n        line\n        reason\n      }\n    }\n  }\n": typeof types.ImportPostsDocument,
    "\n  query OrderedPosts($filter: PostFilter, $first: Int, $after: String, $orderBy: PostOrder) {\n    posts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          postedAt\n          projectedValue\n        }\n      }\n    }\n  }\n": typeof types.OrderedPostsDocument,
    "\n  mutation SaveQuery(\n    $name: String!\n    $query: String!\n    $variables: JSON\n    $operationName: String\n    $description: String\n    $expectedVersion: Int\n  ) {\n    saveQuery(\n      name: $name\n      query: $query\n      variables: $variables\n      operationName: $operationName\n      description: $description\n      expectedVersion: $expectedVersion\n    ) {\n      name\n      query\n      variables\n      version\n      createdBy\n      updatedBy\n      csvPath\n      jsonPath\n    }\n  }\n": typeof types.SaveQueryDocument,
    "\n  query ListSavedQueries {\n    savedQueries {\n      name\n      description\n      version\n      variables\n    }\n  }\n": typeof types.ListSavedQueriesDocument,
    "\n  query OneSavedQuery($name: String!) {\n    savedQuery(name: $name) {\n      name\n      version\n      parameters {\n        name\n        type\n        value\n        required\n      }\n    }\n  }\n": typeof types.OneSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($name: String!, $expectedVersion: Int!) {\n    deleteSavedQuery(name: $name, expectedVersion: $expectedVersion) {\n      name\n      version\n    }\n  }\n": typeof types.DeleteSavedQueryDocument,
    "\n  query RecentPosts($from: Date, $first: Int, $technical: Boolean) {\n    posts(filter: { from: $from, technical: $technical }, first: $first) {\n      edges {\n        node {\n          id\n          postedAt\n          category {\n            name\n            technical\n          }\n        }\n      }\n    }\n  }\n": typeof types.RecentPostsDocument,
    "\n  query ShareByCategory($technology: ID!, $periods: [PeriodInput!]!) {\n    categoryShare(technology: $technology, periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n": typeof types.ShareByCategoryDocument,
    "\n  query AnyQuestion($query: AnalyticsQuery!) {\n    analytics(query: $query) {\n      totalRows\n      rows {\n        keys {\n          value\n        }\n        measures {\n          value\n        }\n      }\n    }\n  }\n": typeof types.AnyQuestionDocument,
    "\n  mutation ImportDated($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n": typeof types.ImportDatedDocument,
    "\n  query DatedPosts {\n    posts(first: 10, filter: { sources: [\"dated\"] }) {\n      edges {\n        node {\n          externalId\n          postedAt\n          batch {\n            startedAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.DatedPostsDocument,
    "\n  query PoolCheapCategories {\n    categories {\n      id\n    }\n  }\n": typeof types.PoolCheapCategoriesDocument,
    "\n  mutation ReplicaImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n    }\n  }\n": typeof types.ReplicaImportDocument,
    "\n  query ReplicaSeen {\n    taxonomyVersion\n    posts(first: 1, filter: { sources: [\"replica\"] }) {\n      totalCount\n    }\n  }\n": typeof types.ReplicaSeenDocument,
    "\n  mutation ReplicaCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n": typeof types.ReplicaCreateBucketDocument,
    "\n  mutation TwoImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n      rejected\n    }\n  }\n": typeof types.TwoImportDocument,
    "\n  query TwoSeen($id: ID!) {\n    taxonomyVersion\n    buckets {\n      name\n    }\n    posts(first: 1, filter: { sources: [\"two\"] }) {\n      totalCount\n    }\n    post(id: $id) {\n      technologies {\n        technology {\n          id\n        }\n        label\n        labelSource\n      }\n    }\n    models(technology: \"ai\") {\n      id\n      active\n    }\n  }\n": typeof types.TwoSeenDocument,
    "\n  mutation TwoCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n": typeof types.TwoCreateBucketDocument,
    "\n  mutation TwoLabel($id: ID!) {\n    labelPost(postId: $id, technology: \"ai\", label: true) {\n      labelSource\n    }\n  }\n": typeof types.TwoLabelDocument,
    "\n  mutation TwoTrain {\n    trainModel(technology: \"ai\", activate: true) {\n      id\n    }\n  }\n": typeof types.TwoTrainDocument,
    "\n  query TwoJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n": typeof types.TwoJobDocument,
    "\n  query EditTaxonomyVersion {\n    taxonomyVersion\n  }\n": typeof types.EditTaxonomyVersionDocument,
    "\n  query EditVersionLogAndDictionary {\n    taxonomyVersion\n    taxonomyChanges {\n      totalCount\n      edges {\n        node {\n          operation\n          actor\n        }\n      }\n    }\n    taxonomy {\n      version\n      buckets {\n        id\n      }\n    }\n  }\n": typeof types.EditVersionLogAndDictionaryDocument,
    "\n  query EditBucketSkills {\n    buckets {\n      id\n      skills {\n        id\n      }\n    }\n  }\n": typeof types.EditBucketSkillsDocument,
    "\n  query EditNlpPosts {\n    posts(filter: { bucket: \"nlp\" }) {\n      totalCount\n    }\n  }\n": typeof types.EditNlpPostsDocument,
    "\n  query EditPreviewMove {\n    previewTaxonomyChange(\n      change: { moveSkill: { skillId: \"sentiment-analysis\", bucketId: \"ml\" } }\n      period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }\n    ) {\n      bucket {\n        id\n      }\n      before\n      after\n      delta\n    }\n  }\n": typeof types.EditPreviewMoveDocument,
    "\n  query EditFirstAndCurrentDictionary {\n    a: taxonomy(version: 1) {\n      ...EditDictionaryBuckets\n    }\n    b: taxonomy {\n      ...EditDictionaryBuckets\n    }\n  }\n\n  fragment EditDictionaryBuckets on TaxonomySnapshot {\n    buckets {\n      id\n      name\n      skills {\n        id\n        name\n        aliases {\n          alias\n          kind\n        }\n      }\n    }\n  }\n": typeof types.EditFirstAndCurrentDictionaryDocument,
    "\n  fragment EditAnswer on TaxonomyEdit {\n    version\n    operation\n    actor\n    bucket {\n      id\n      name\n      skills {\n        id\n      }\n    }\n    skill {\n      id\n      name\n      bucket {\n        id\n      }\n      aliases {\n        alias\n        kind\n      }\n    }\n    alias {\n      alias\n      kind\n    }\n    deletedSkillIds\n  }\n": typeof types.EditAnswerFragmentDoc,
    "\n  mutation HistoryMoveChatbotsToMl {\n    moveSkill(skillId: \"chatbots\", bucketId: \"ml\", expectedVersion: 1) {\n      version\n    }\n  }\n": typeof types.HistoryMoveChatbotsToMlDocument,
    "\n  mutation HistoryCreateAgentsBucket {\n    createBucket(name: \"Agents\", expectedVersion: 2) {\n      version\n    }\n  }\n": typeof types.HistoryCreateAgentsBucketDocument,
    "\n  query HistoryChangesPage($after: String, $since: Int) {\n    taxonomyChanges(first: 2, after: $after, since: $since) {\n      totalCount\n      edges {\n        cursor\n        node {\n          version\n          operation\n          actor\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": typeof types.HistoryChangesPageDocument,
    "\n  query HistoryChangesSince {\n    taxonomyChanges(since: 2) {\n      totalCount\n      edges {\n        node {\n          version\n        }\n      }\n    }\n  }\n": typeof types.HistoryChangesSinceDocument,
    "\n  query HistoryVersions {\n    v1: taxonomy(version: 1) {\n      version\n      buckets {\n        id\n        skills {\n          id\n          aliases {\n            alias\n            kind\n          }\n        }\n      }\n    }\n    v2: taxonomy(version: 2) {\n      buckets {\n        id\n        skills {\n          id\n        }\n      }\n    }\n  }\n": typeof types.HistoryVersionsDocument,
    "\n  query HistoryFutureVersion {\n    taxonomy(version: 99) {\n      version\n    }\n  }\n": typeof types.HistoryFutureVersionDocument,
    "\n  query HistoryBucketDemand($v: Int) {\n    bucketDemand(period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }, taxonomyVersion: $v) {\n      bucket {\n        id\n      }\n      posts\n    }\n  }\n": typeof types.HistoryBucketDemandDocument,
    "\n  query UnmappedTopSkill {\n    unmappedSkills(period: { label: \"2024\", from: \"2024-01-01\", to: \"2025-01-01\" }, minPosts: 2, first: 1) {\n      tag\n      kind\n      posts\n      exampleTitles\n    }\n  }\n": typeof types.UnmappedTopSkillDocument,
};
const documents: Documents = {
    "\n  query AnalyticsCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n        technical\n      }\n      posts\n      share\n      penetration\n    }\n  }\n": types.AnalyticsCategoryShareDocument,
    "\n  query AnalyticsEveryStudyQuery($p: PeriodInput!, $q: PeriodInput!) {\n    growth(technology: \"ai\", from: $p, to: $q, by: CATEGORY_GROUP) {\n      key\n      label\n      fromCount\n      toCount\n      growth\n    }\n    highValueShare(technology: \"ai\", period: $q) {\n      key\n      posts\n      known\n      unknown\n      highValue\n      share\n    }\n    concentration(technologies: [\"ai\", \"cloud\"], period: $q) {\n      technology {\n        id\n      }\n      posts\n      topShare\n      topCategories {\n        id\n      }\n      hhi\n      entropy\n      categoriesOver1Pct\n    }\n    bucketDemand(period: $q, technology: \"ai\") {\n      bucket {\n        id\n        name\n      }\n      posts\n      share\n      scopePosts\n    }\n    trend(technology: \"ai\", granularity: QUARTER, from: \"2023-01-01\", to: \"2024-01-01\") {\n      period\n      from\n      to\n      key\n      posts\n      total\n      share\n    }\n    analytics(\n      query: {\n        measures: [POST_COUNT, HIGH_VALUE_SHARE]\n        dimensions: [CATEGORY]\n        technology: \"ai\"\n        time: { periods: [$q] }\n      }\n    ) {\n      totalRows\n      rows {\n        period {\n          label\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n": types.AnalyticsEveryStudyQueryDocument,
    "\n  query ExportPosts($filter: PostFilter, $first: Int) {\n    posts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n          }\n        }\n      }\n    }\n  }\n": types.ExportPostsDocument,
    "\n  query ExportCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n": types.ExportCategoryShareDocument,
    "\n  query AnalyticsExport($q: AnalyticsQuery!) {\n    analytics(query: $q) {\n      totalRows\n      rows {\n        period {\n          label\n          from\n          to\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n": types.AnalyticsExportDocument,
    "\n  query ReportHttpStudyReport {\n    studyReport {\n      synthetic\n      totalPosts\n      dataSummary\n      models {\n        technology\n        activeModelId\n        summary\n      }\n      claims {\n        id\n        claim\n        publishedText\n        published\n        computed\n        unit\n        difference\n        agrees\n        posts\n        data\n        models\n      }\n      figures {\n        id\n        rows {\n          series\n          period\n          key\n          label\n          posts\n          share\n        }\n      }\n    }\n  }\n": types.ReportHttpStudyReportDocument,
    "\n  query ModelRpaModels {\n    models(technology: \"rpa\") {\n      id\n      active\n      trainingRows\n      metrics {\n        accuracy\n        f1\n        tp\n        fp\n        tn\n        fn\n        folds\n      }\n    }\n    technologies {\n      id\n      activeModel {\n        id\n      }\n    }\n  }\n": types.ModelRpaModelsDocument,
    "\n  query ModelClassifyText($t: String!) {\n    classify(text: $t, technologies: [\"rpa\", \"ai\"]) {\n      technology {\n        id\n      }\n      keywordHit\n      includedTerms\n      probability\n      label\n      model {\n        id\n      }\n      terms {\n        feature\n        contribution\n      }\n    }\n  }\n": types.ModelClassifyTextDocument,
    "\n  mutation ModelLabelRpa($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n    }\n  }\n": types.ModelLabelRpaDocument,
    "\n  mutation ModelLabelRpaWithSource($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n      labelSource\n      model {\n        id\n      }\n    }\n  }\n": types.ModelLabelRpaWithSourceDocument,
    "\n  query ModelTrainingJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      progress\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n": types.ModelTrainingJobDocument,
    "\n  mutation ModelTrainCloud {\n    trainModel(technology: \"cloud\") {\n      id\n    }\n  }\n": types.ModelTrainCloudDocument,
    "\n  mutation ModelTrainCloudInactive {\n    trainModel(technology: \"cloud\", activate: false) {\n      id\n      status\n    }\n  }\n": types.ModelTrainCloudInactiveDocument,
    "\n  mutation ModelActivate($id: ID!) {\n    activateModel(id: $id) {\n      id\n      active\n      activation {\n        id\n        kind\n        status\n      }\n    }\n  }\n": types.ModelActivateDocument,
    "\n  query ModelCloudModels {\n    models(technology: \"cloud\") {\n      id\n      active\n    }\n  }\n": types.ModelCloudModelsDocument,
    "\n  query RaceTaxonomyVersion {\n    taxonomyVersion\n    buckets {\n      id\n    }\n  }\n": types.RaceTaxonomyVersionDocument,
    "\n  mutation RaceRenameBucket($bucketId: ID!, $name: String!, $expectedVersion: Int!) {\n    renameBucket(bucketId: $bucketId, name: $name, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n": types.RaceRenameBucketDocument,
    "\n  query Ping {\n    __typename\n  }\n": types.PingDocument,
    "\n  query ImportBatches {\n    importBatches {\n      id\n      status\n      finishedAt\n    }\n  }\n": types.ImportBatchesDocument,
    "\n  query SearchWithinLimits {\n    posts(\n      filter: {\n        text: \"\"\"\n        \"customer support\" chatbot\n        \"\"\"\n      }\n    ) {\n      totalCount\n    }\n  }\n": types.SearchWithinLimitsDocument,
    "\n  query PostsPage($filter: PostFilter, $first: Int, $after: String) {\n    posts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n            skill {\n              name\n              bucket {\n                name\n              }\n            }\n          }\n          technologies {\n            technology {\n              id\n            }\n            keywordHit\n            label\n            labelSource\n            model {\n              id\n            }\n          }\n          batch {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.PostsPageDocument,
    "\n  mutation ImportPosts($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      inserted\n      rejected\n      rejects {\n        line\n        reason\n      }\n    }\n  }\n": types.ImportPostsDocument,
    "\n  query OrderedPosts($filter: PostFilter, $first: Int, $after: String, $orderBy: PostOrder) {\n    posts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          postedAt\n          projectedValue\n        }\n      }\n    }\n  }\n": types.OrderedPostsDocument,
    "\n  mutation SaveQuery(\n    $name: String!\n    $query: String!\n    $variables: JSON\n    $operationName: String\n    $description: String\n    $expectedVersion: Int\n  ) {\n    saveQuery(\n      name: $name\n      query: $query\n      variables: $variables\n      operationName: $operationName\n      description: $description\n      expectedVersion: $expectedVersion\n    ) {\n      name\n      query\n      variables\n      version\n      createdBy\n      updatedBy\n      csvPath\n      jsonPath\n    }\n  }\n": types.SaveQueryDocument,
    "\n  query ListSavedQueries {\n    savedQueries {\n      name\n      description\n      version\n      variables\n    }\n  }\n": types.ListSavedQueriesDocument,
    "\n  query OneSavedQuery($name: String!) {\n    savedQuery(name: $name) {\n      name\n      version\n      parameters {\n        name\n        type\n        value\n        required\n      }\n    }\n  }\n": types.OneSavedQueryDocument,
    "\n  mutation DeleteSavedQuery($name: String!, $expectedVersion: Int!) {\n    deleteSavedQuery(name: $name, expectedVersion: $expectedVersion) {\n      name\n      version\n    }\n  }\n": types.DeleteSavedQueryDocument,
    "\n  query RecentPosts($from: Date, $first: Int, $technical: Boolean) {\n    posts(filter: { from: $from, technical: $technical }, first: $first) {\n      edges {\n        node {\n          id\n          postedAt\n          category {\n            name\n            technical\n          }\n        }\n      }\n    }\n  }\n": types.RecentPostsDocument,
    "\n  query ShareByCategory($technology: ID!, $periods: [PeriodInput!]!) {\n    categoryShare(technology: $technology, periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n": types.ShareByCategoryDocument,
    "\n  query AnyQuestion($query: AnalyticsQuery!) {\n    analytics(query: $query) {\n      totalRows\n      rows {\n        keys {\n          value\n        }\n        measures {\n          value\n        }\n      }\n    }\n  }\n": types.AnyQuestionDocument,
    "\n  mutation ImportDated($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n": types.ImportDatedDocument,
    "\n  query DatedPosts {\n    posts(first: 10, filter: { sources: [\"dated\"] }) {\n      edges {\n        node {\n          externalId\n          postedAt\n          batch {\n            startedAt\n          }\n        }\n      }\n    }\n  }\n": types.DatedPostsDocument,
    "\n  query PoolCheapCategories {\n    categories {\n      id\n    }\n  }\n": types.PoolCheapCategoriesDocument,
    "\n  mutation ReplicaImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n    }\n  }\n": types.ReplicaImportDocument,
    "\n  query ReplicaSeen {\n    taxonomyVersion\n    posts(first: 1, filter: { sources: [\"replica\"] }) {\n      totalCount\n    }\n  }\n": types.ReplicaSeenDocument,
    "\n  mutation ReplicaCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n": types.ReplicaCreateBucketDocument,
    "\n  mutation TwoImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n      rejected\n    }\n  }\n": types.TwoImportDocument,
    "\n  query TwoSeen($id: ID!) {\n    taxonomyVersion\n    buckets {\n      name\n    }\n    posts(first: 1, filter: { sources: [\"two\"] }) {\n      totalCount\n    }\n    post(id: $id) {\n      technologies {\n        technology {\n          id\n        }\n        label\n        labelSource\n      }\n    }\n    models(technology: \"ai\") {\n      id\n      active\n    }\n  }\n": types.TwoSeenDocument,
    "\n  mutation TwoCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n": types.TwoCreateBucketDocument,
    "\n  mutation TwoLabel($id: ID!) {\n    labelPost(postId: $id, technology: \"ai\", label: true) {\n      labelSource\n    }\n  }\n": types.TwoLabelDocument,
    "\n  mutation TwoTrain {\n    trainModel(technology: \"ai\", activate: true) {\n      id\n    }\n  }\n": types.TwoTrainDocument,
    "\n  query TwoJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n": types.TwoJobDocument,
    "\n  query EditTaxonomyVersion {\n    taxonomyVersion\n  }\n": types.EditTaxonomyVersionDocument,
    "\n  query EditVersionLogAndDictionary {\n    taxonomyVersion\n    taxonomyChanges {\n      totalCount\n      edges {\n        node {\n          operation\n          actor\n        }\n      }\n    }\n    taxonomy {\n      version\n      buckets {\n        id\n      }\n    }\n  }\n": types.EditVersionLogAndDictionaryDocument,
    "\n  query EditBucketSkills {\n    buckets {\n      id\n      skills {\n        id\n      }\n    }\n  }\n": types.EditBucketSkillsDocument,
    "\n  query EditNlpPosts {\n    posts(filter: { bucket: \"nlp\" }) {\n      totalCount\n    }\n  }\n": types.EditNlpPostsDocument,
    "\n  query EditPreviewMove {\n    previewTaxonomyChange(\n      change: { moveSkill: { skillId: \"sentiment-analysis\", bucketId: \"ml\" } }\n      period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }\n    ) {\n      bucket {\n        id\n      }\n      before\n      after\n      delta\n    }\n  }\n": types.EditPreviewMoveDocument,
    "\n  query EditFirstAndCurrentDictionary {\n    a: taxonomy(version: 1) {\n      ...EditDictionaryBuckets\n    }\n    b: taxonomy {\n      ...EditDictionaryBuckets\n    }\n  }\n\n  fragment EditDictionaryBuckets on TaxonomySnapshot {\n    buckets {\n      id\n      name\n      skills {\n        id\n        name\n        aliases {\n          alias\n          kind\n        }\n      }\n    }\n  }\n": types.EditFirstAndCurrentDictionaryDocument,
    "\n  fragment EditAnswer on TaxonomyEdit {\n    version\n    operation\n    actor\n    bucket {\n      id\n      name\n      skills {\n        id\n      }\n    }\n    skill {\n      id\n      name\n      bucket {\n        id\n      }\n      aliases {\n        alias\n        kind\n      }\n    }\n    alias {\n      alias\n      kind\n    }\n    deletedSkillIds\n  }\n": types.EditAnswerFragmentDoc,
    "\n  mutation HistoryMoveChatbotsToMl {\n    moveSkill(skillId: \"chatbots\", bucketId: \"ml\", expectedVersion: 1) {\n      version\n    }\n  }\n": types.HistoryMoveChatbotsToMlDocument,
    "\n  mutation HistoryCreateAgentsBucket {\n    createBucket(name: \"Agents\", expectedVersion: 2) {\n      version\n    }\n  }\n": types.HistoryCreateAgentsBucketDocument,
    "\n  query HistoryChangesPage($after: String, $since: Int) {\n    taxonomyChanges(first: 2, after: $after, since: $since) {\n      totalCount\n      edges {\n        cursor\n        node {\n          version\n          operation\n          actor\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n": types.HistoryChangesPageDocument,
    "\n  query HistoryChangesSince {\n    taxonomyChanges(since: 2) {\n      totalCount\n      edges {\n        node {\n          version\n        }\n      }\n    }\n  }\n": types.HistoryChangesSinceDocument,
    "\n  query HistoryVersions {\n    v1: taxonomy(version: 1) {\n      version\n      buckets {\n        id\n        skills {\n          id\n          aliases {\n            alias\n            kind\n          }\n        }\n      }\n    }\n    v2: taxonomy(version: 2) {\n      buckets {\n        id\n        skills {\n          id\n        }\n      }\n    }\n  }\n": types.HistoryVersionsDocument,
    "\n  query HistoryFutureVersion {\n    taxonomy(version: 99) {\n      version\n    }\n  }\n": types.HistoryFutureVersionDocument,
    "\n  query HistoryBucketDemand($v: Int) {\n    bucketDemand(period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }, taxonomyVersion: $v) {\n      bucket {\n        id\n      }\n      posts\n    }\n  }\n": types.HistoryBucketDemandDocument,
    "\n  query UnmappedTopSkill {\n    unmappedSkills(period: { label: \"2024\", from: \"2024-01-01\", to: \"2025-01-01\" }, minPosts: 2, first: 1) {\n      tag\n      kind\n      posts\n      exampleTitles\n    }\n  }\n": types.UnmappedTopSkillDocument,
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
export function graphql(source: "\n  query AnalyticsCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n        technical\n      }\n      posts\n      share\n      penetration\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n        technical\n      }\n      posts\n      share\n      penetration\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsEveryStudyQuery($p: PeriodInput!, $q: PeriodInput!) {\n    growth(technology: \"ai\", from: $p, to: $q, by: CATEGORY_GROUP) {\n      key\n      label\n      fromCount\n      toCount\n      growth\n    }\n    highValueShare(technology: \"ai\", period: $q) {\n      key\n      posts\n      known\n      unknown\n      highValue\n      share\n    }\n    concentration(technologies: [\"ai\", \"cloud\"], period: $q) {\n      technology {\n        id\n      }\n      posts\n      topShare\n      topCategories {\n        id\n      }\n      hhi\n      entropy\n      categoriesOver1Pct\n    }\n    bucketDemand(period: $q, technology: \"ai\") {\n      bucket {\n        id\n        name\n      }\n      posts\n      share\n      scopePosts\n    }\n    trend(technology: \"ai\", granularity: QUARTER, from: \"2023-01-01\", to: \"2024-01-01\") {\n      period\n      from\n      to\n      key\n      posts\n      total\n      share\n    }\n    analytics(\n      query: {\n        measures: [POST_COUNT, HIGH_VALUE_SHARE]\n        dimensions: [CATEGORY]\n        technology: \"ai\"\n        time: { periods: [$q] }\n      }\n    ) {\n      totalRows\n      rows {\n        period {\n          label\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsEveryStudyQuery($p: PeriodInput!, $q: PeriodInput!) {\n    growth(technology: \"ai\", from: $p, to: $q, by: CATEGORY_GROUP) {\n      key\n      label\n      fromCount\n      toCount\n      growth\n    }\n    highValueShare(technology: \"ai\", period: $q) {\n      key\n      posts\n      known\n      unknown\n      highValue\n      share\n    }\n    concentration(technologies: [\"ai\", \"cloud\"], period: $q) {\n      technology {\n        id\n      }\n      posts\n      topShare\n      topCategories {\n        id\n      }\n      hhi\n      entropy\n      categoriesOver1Pct\n    }\n    bucketDemand(period: $q, technology: \"ai\") {\n      bucket {\n        id\n        name\n      }\n      posts\n      share\n      scopePosts\n    }\n    trend(technology: \"ai\", granularity: QUARTER, from: \"2023-01-01\", to: \"2024-01-01\") {\n      period\n      from\n      to\n      key\n      posts\n      total\n      share\n    }\n    analytics(\n      query: {\n        measures: [POST_COUNT, HIGH_VALUE_SHARE]\n        dimensions: [CATEGORY]\n        technology: \"ai\"\n        time: { periods: [$q] }\n      }\n    ) {\n      totalRows\n      rows {\n        period {\n          label\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportPosts($filter: PostFilter, $first: Int) {\n    posts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportPosts($filter: PostFilter, $first: Int) {\n    posts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n"): (typeof documents)["\n  query ExportCategoryShare($periods: [PeriodInput!]!) {\n    categoryShare(technology: \"ai\", periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsExport($q: AnalyticsQuery!) {\n    analytics(query: $q) {\n      totalRows\n      rows {\n        period {\n          label\n          from\n          to\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsExport($q: AnalyticsQuery!) {\n    analytics(query: $q) {\n      totalRows\n      rows {\n        period {\n          label\n          from\n          to\n        }\n        keys {\n          dimension\n          value\n          label\n        }\n        measures {\n          measure\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportHttpStudyReport {\n    studyReport {\n      synthetic\n      totalPosts\n      dataSummary\n      models {\n        technology\n        activeModelId\n        summary\n      }\n      claims {\n        id\n        claim\n        publishedText\n        published\n        computed\n        unit\n        difference\n        agrees\n        posts\n        data\n        models\n      }\n      figures {\n        id\n        rows {\n          series\n          period\n          key\n          label\n          posts\n          share\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportHttpStudyReport {\n    studyReport {\n      synthetic\n      totalPosts\n      dataSummary\n      models {\n        technology\n        activeModelId\n        summary\n      }\n      claims {\n        id\n        claim\n        publishedText\n        published\n        computed\n        unit\n        difference\n        agrees\n        posts\n        data\n        models\n      }\n      figures {\n        id\n        rows {\n          series\n          period\n          key\n          label\n          posts\n          share\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelRpaModels {\n    models(technology: \"rpa\") {\n      id\n      active\n      trainingRows\n      metrics {\n        accuracy\n        f1\n        tp\n        fp\n        tn\n        fn\n        folds\n      }\n    }\n    technologies {\n      id\n      activeModel {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelRpaModels {\n    models(technology: \"rpa\") {\n      id\n      active\n      trainingRows\n      metrics {\n        accuracy\n        f1\n        tp\n        fp\n        tn\n        fn\n        folds\n      }\n    }\n    technologies {\n      id\n      activeModel {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelClassifyText($t: String!) {\n    classify(text: $t, technologies: [\"rpa\", \"ai\"]) {\n      technology {\n        id\n      }\n      keywordHit\n      includedTerms\n      probability\n      label\n      model {\n        id\n      }\n      terms {\n        feature\n        contribution\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelClassifyText($t: String!) {\n    classify(text: $t, technologies: [\"rpa\", \"ai\"]) {\n      technology {\n        id\n      }\n      keywordHit\n      includedTerms\n      probability\n      label\n      model {\n        id\n      }\n      terms {\n        feature\n        contribution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelLabelRpa($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation ModelLabelRpa($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelLabelRpaWithSource($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n      labelSource\n      model {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelLabelRpaWithSource($postId: ID!) {\n    labelPost(postId: $postId, technology: \"rpa\", label: true) {\n      label\n      labelSource\n      model {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelTrainingJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      progress\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelTrainingJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      progress\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelTrainCloud {\n    trainModel(technology: \"cloud\") {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ModelTrainCloud {\n    trainModel(technology: \"cloud\") {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelTrainCloudInactive {\n    trainModel(technology: \"cloud\", activate: false) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ModelTrainCloudInactive {\n    trainModel(technology: \"cloud\", activate: false) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModelActivate($id: ID!) {\n    activateModel(id: $id) {\n      id\n      active\n      activation {\n        id\n        kind\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModelActivate($id: ID!) {\n    activateModel(id: $id) {\n      id\n      active\n      activation {\n        id\n        kind\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelCloudModels {\n    models(technology: \"cloud\") {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  query ModelCloudModels {\n    models(technology: \"cloud\") {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RaceTaxonomyVersion {\n    taxonomyVersion\n    buckets {\n      id\n    }\n  }\n"): (typeof documents)["\n  query RaceTaxonomyVersion {\n    taxonomyVersion\n    buckets {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaceRenameBucket($bucketId: ID!, $name: String!, $expectedVersion: Int!) {\n    renameBucket(bucketId: $bucketId, name: $name, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RaceRenameBucket($bucketId: ID!, $name: String!, $expectedVersion: Int!) {\n    renameBucket(bucketId: $bucketId, name: $name, expectedVersion: $expectedVersion) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ping {\n    __typename\n  }\n"): (typeof documents)["\n  query Ping {\n    __typename\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportBatches {\n    importBatches {\n      id\n      status\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query ImportBatches {\n    importBatches {\n      id\n      status\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchWithinLimits {\n    posts(\n      filter: {\n        text: \"\"\"\n        \"customer support\" chatbot\n        \"\"\"\n      }\n    ) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query SearchWithinLimits {\n    posts(\n      filter: {\n        text: \"\"\"\n        \"customer support\" chatbot\n        \"\"\"\n      }\n    ) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsPage($filter: PostFilter, $first: Int, $after: String) {\n    posts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n            skill {\n              name\n              bucket {\n                name\n              }\n            }\n          }\n          technologies {\n            technology {\n              id\n            }\n            keywordHit\n            label\n            labelSource\n            model {\n              id\n            }\n          }\n          batch {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostsPage($filter: PostFilter, $first: Int, $after: String) {\n    posts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          postedAt\n          projectedValue\n          category {\n            name\n            technical\n          }\n          skills {\n            tag\n            skill {\n              name\n              bucket {\n                name\n              }\n            }\n          }\n          technologies {\n            technology {\n              id\n            }\n            keywordHit\n            label\n            labelSource\n            model {\n              id\n            }\n          }\n          batch {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPosts($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      inserted\n      rejected\n      rejects {\n        line\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPosts($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      inserted\n      rejected\n      rejects {\n        line\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderedPosts($filter: PostFilter, $first: Int, $after: String, $orderBy: PostOrder) {\n    posts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          postedAt\n          projectedValue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderedPosts($filter: PostFilter, $first: Int, $after: String, $orderBy: PostOrder) {\n    posts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          source\n          postedAt\n          projectedValue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveQuery(\n    $name: String!\n    $query: String!\n    $variables: JSON\n    $operationName: String\n    $description: String\n    $expectedVersion: Int\n  ) {\n    saveQuery(\n      name: $name\n      query: $query\n      variables: $variables\n      operationName: $operationName\n      description: $description\n      expectedVersion: $expectedVersion\n    ) {\n      name\n      query\n      variables\n      version\n      createdBy\n      updatedBy\n      csvPath\n      jsonPath\n    }\n  }\n"): (typeof documents)["\n  mutation SaveQuery(\n    $name: String!\n    $query: String!\n    $variables: JSON\n    $operationName: String\n    $description: String\n    $expectedVersion: Int\n  ) {\n    saveQuery(\n      name: $name\n      query: $query\n      variables: $variables\n      operationName: $operationName\n      description: $description\n      expectedVersion: $expectedVersion\n    ) {\n      name\n      query\n      variables\n      version\n      createdBy\n      updatedBy\n      csvPath\n      jsonPath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListSavedQueries {\n    savedQueries {\n      name\n      description\n      version\n      variables\n    }\n  }\n"): (typeof documents)["\n  query ListSavedQueries {\n    savedQueries {\n      name\n      description\n      version\n      variables\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OneSavedQuery($name: String!) {\n    savedQuery(name: $name) {\n      name\n      version\n      parameters {\n        name\n        type\n        value\n        required\n      }\n    }\n  }\n"): (typeof documents)["\n  query OneSavedQuery($name: String!) {\n    savedQuery(name: $name) {\n      name\n      version\n      parameters {\n        name\n        type\n        value\n        required\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSavedQuery($name: String!, $expectedVersion: Int!) {\n    deleteSavedQuery(name: $name, expectedVersion: $expectedVersion) {\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSavedQuery($name: String!, $expectedVersion: Int!) {\n    deleteSavedQuery(name: $name, expectedVersion: $expectedVersion) {\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentPosts($from: Date, $first: Int, $technical: Boolean) {\n    posts(filter: { from: $from, technical: $technical }, first: $first) {\n      edges {\n        node {\n          id\n          postedAt\n          category {\n            name\n            technical\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecentPosts($from: Date, $first: Int, $technical: Boolean) {\n    posts(filter: { from: $from, technical: $technical }, first: $first) {\n      edges {\n        node {\n          id\n          postedAt\n          category {\n            name\n            technical\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareByCategory($technology: ID!, $periods: [PeriodInput!]!) {\n    categoryShare(technology: $technology, periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n"): (typeof documents)["\n  query ShareByCategory($technology: ID!, $periods: [PeriodInput!]!) {\n    categoryShare(technology: $technology, periods: $periods) {\n      period\n      category {\n        id\n        name\n      }\n      posts\n      share\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnyQuestion($query: AnalyticsQuery!) {\n    analytics(query: $query) {\n      totalRows\n      rows {\n        keys {\n          value\n        }\n        measures {\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnyQuestion($query: AnalyticsQuery!) {\n    analytics(query: $query) {\n      totalRows\n      rows {\n        keys {\n          value\n        }\n        measures {\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDated($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ImportDated($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      id\n      startedAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DatedPosts {\n    posts(first: 10, filter: { sources: [\"dated\"] }) {\n      edges {\n        node {\n          externalId\n          postedAt\n          batch {\n            startedAt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DatedPosts {\n    posts(first: 10, filter: { sources: [\"dated\"] }) {\n      edges {\n        node {\n          externalId\n          postedAt\n          batch {\n            startedAt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolCheapCategories {\n    categories {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PoolCheapCategories {\n    categories {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReplicaSeen {\n    taxonomyVersion\n    posts(first: 1, filter: { sources: [\"replica\"] }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ReplicaSeen {\n    taxonomyVersion\n    posts(first: 1, filter: { sources: [\"replica\"] }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplicaCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ReplicaCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n      rejected\n    }\n  }\n"): (typeof documents)["\n  mutation TwoImport($rows: [PostInput!]!) {\n    importPosts(rows: $rows) {\n      inserted\n      rejected\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoSeen($id: ID!) {\n    taxonomyVersion\n    buckets {\n      name\n    }\n    posts(first: 1, filter: { sources: [\"two\"] }) {\n      totalCount\n    }\n    post(id: $id) {\n      technologies {\n        technology {\n          id\n        }\n        label\n        labelSource\n      }\n    }\n    models(technology: \"ai\") {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  query TwoSeen($id: ID!) {\n    taxonomyVersion\n    buckets {\n      name\n    }\n    posts(first: 1, filter: { sources: [\"two\"] }) {\n      totalCount\n    }\n    post(id: $id) {\n      technologies {\n        technology {\n          id\n        }\n        label\n        labelSource\n      }\n    }\n    models(technology: \"ai\") {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation TwoCreateBucket($name: String!, $v: Int!) {\n    createBucket(name: $name, expectedVersion: $v) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoLabel($id: ID!) {\n    labelPost(postId: $id, technology: \"ai\", label: true) {\n      labelSource\n    }\n  }\n"): (typeof documents)["\n  mutation TwoLabel($id: ID!) {\n    labelPost(postId: $id, technology: \"ai\", label: true) {\n      labelSource\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoTrain {\n    trainModel(technology: \"ai\", activate: true) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation TwoTrain {\n    trainModel(technology: \"ai\", activate: true) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query TwoJob($id: ID!) {\n    trainingJob(id: $id) {\n      status\n      message\n      model {\n        id\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditTaxonomyVersion {\n    taxonomyVersion\n  }\n"): (typeof documents)["\n  query EditTaxonomyVersion {\n    taxonomyVersion\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditVersionLogAndDictionary {\n    taxonomyVersion\n    taxonomyChanges {\n      totalCount\n      edges {\n        node {\n          operation\n          actor\n        }\n      }\n    }\n    taxonomy {\n      version\n      buckets {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditVersionLogAndDictionary {\n    taxonomyVersion\n    taxonomyChanges {\n      totalCount\n      edges {\n        node {\n          operation\n          actor\n        }\n      }\n    }\n    taxonomy {\n      version\n      buckets {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditBucketSkills {\n    buckets {\n      id\n      skills {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditBucketSkills {\n    buckets {\n      id\n      skills {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditNlpPosts {\n    posts(filter: { bucket: \"nlp\" }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query EditNlpPosts {\n    posts(filter: { bucket: \"nlp\" }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditPreviewMove {\n    previewTaxonomyChange(\n      change: { moveSkill: { skillId: \"sentiment-analysis\", bucketId: \"ml\" } }\n      period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }\n    ) {\n      bucket {\n        id\n      }\n      before\n      after\n      delta\n    }\n  }\n"): (typeof documents)["\n  query EditPreviewMove {\n    previewTaxonomyChange(\n      change: { moveSkill: { skillId: \"sentiment-analysis\", bucketId: \"ml\" } }\n      period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }\n    ) {\n      bucket {\n        id\n      }\n      before\n      after\n      delta\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditFirstAndCurrentDictionary {\n    a: taxonomy(version: 1) {\n      ...EditDictionaryBuckets\n    }\n    b: taxonomy {\n      ...EditDictionaryBuckets\n    }\n  }\n\n  fragment EditDictionaryBuckets on TaxonomySnapshot {\n    buckets {\n      id\n      name\n      skills {\n        id\n        name\n        aliases {\n          alias\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditFirstAndCurrentDictionary {\n    a: taxonomy(version: 1) {\n      ...EditDictionaryBuckets\n    }\n    b: taxonomy {\n      ...EditDictionaryBuckets\n    }\n  }\n\n  fragment EditDictionaryBuckets on TaxonomySnapshot {\n    buckets {\n      id\n      name\n      skills {\n        id\n        name\n        aliases {\n          alias\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditAnswer on TaxonomyEdit {\n    version\n    operation\n    actor\n    bucket {\n      id\n      name\n      skills {\n        id\n      }\n    }\n    skill {\n      id\n      name\n      bucket {\n        id\n      }\n      aliases {\n        alias\n        kind\n      }\n    }\n    alias {\n      alias\n      kind\n    }\n    deletedSkillIds\n  }\n"): (typeof documents)["\n  fragment EditAnswer on TaxonomyEdit {\n    version\n    operation\n    actor\n    bucket {\n      id\n      name\n      skills {\n        id\n      }\n    }\n    skill {\n      id\n      name\n      bucket {\n        id\n      }\n      aliases {\n        alias\n        kind\n      }\n    }\n    alias {\n      alias\n      kind\n    }\n    deletedSkillIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryMoveChatbotsToMl {\n    moveSkill(skillId: \"chatbots\", bucketId: \"ml\", expectedVersion: 1) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryMoveChatbotsToMl {\n    moveSkill(skillId: \"chatbots\", bucketId: \"ml\", expectedVersion: 1) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistoryCreateAgentsBucket {\n    createBucket(name: \"Agents\", expectedVersion: 2) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation HistoryCreateAgentsBucket {\n    createBucket(name: \"Agents\", expectedVersion: 2) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryChangesPage($after: String, $since: Int) {\n    taxonomyChanges(first: 2, after: $after, since: $since) {\n      totalCount\n      edges {\n        cursor\n        node {\n          version\n          operation\n          actor\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistoryChangesPage($after: String, $since: Int) {\n    taxonomyChanges(first: 2, after: $after, since: $since) {\n      totalCount\n      edges {\n        cursor\n        node {\n          version\n          operation\n          actor\n          before\n          after\n        }\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryChangesSince {\n    taxonomyChanges(since: 2) {\n      totalCount\n      edges {\n        node {\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistoryChangesSince {\n    taxonomyChanges(since: 2) {\n      totalCount\n      edges {\n        node {\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryVersions {\n    v1: taxonomy(version: 1) {\n      version\n      buckets {\n        id\n        skills {\n          id\n          aliases {\n            alias\n            kind\n          }\n        }\n      }\n    }\n    v2: taxonomy(version: 2) {\n      buckets {\n        id\n        skills {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistoryVersions {\n    v1: taxonomy(version: 1) {\n      version\n      buckets {\n        id\n        skills {\n          id\n          aliases {\n            alias\n            kind\n          }\n        }\n      }\n    }\n    v2: taxonomy(version: 2) {\n      buckets {\n        id\n        skills {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryFutureVersion {\n    taxonomy(version: 99) {\n      version\n    }\n  }\n"): (typeof documents)["\n  query HistoryFutureVersion {\n    taxonomy(version: 99) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistoryBucketDemand($v: Int) {\n    bucketDemand(period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }, taxonomyVersion: $v) {\n      bucket {\n        id\n      }\n      posts\n    }\n  }\n"): (typeof documents)["\n  query HistoryBucketDemand($v: Int) {\n    bucketDemand(period: { label: \"2023\", from: \"2023-01-01\", to: \"2024-01-01\" }, taxonomyVersion: $v) {\n      bucket {\n        id\n      }\n      posts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnmappedTopSkill {\n    unmappedSkills(period: { label: \"2024\", from: \"2024-01-01\", to: \"2025-01-01\" }, minPosts: 2, first: 1) {\n      tag\n      kind\n      posts\n      exampleTitles\n    }\n  }\n"): (typeof documents)["\n  query UnmappedTopSkill {\n    unmappedSkills(period: { label: \"2024\", from: \"2024-01-01\", to: \"2025-01-01\" }, minPosts: 2, first: 1) {\n      tag\n      kind\n      posts\n      exampleTitles\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;