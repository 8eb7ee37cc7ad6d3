// Every resolver class of the API, in one list that the schema builder reads.
import type { NonEmptyArray } from "type-graphql";
import { ClassificationResolver, TrainingJobResolver } from "../classify/model.resolver";
import { ProvenanceResolver } from "../classify/provenance";
import { AnalyticsResolver } from "../analytics/analytics.resolver";
import { EstimateResolver } from "../analytics/estimate/estimate.resolver";
import { StudyReportResolver } from "../analytics/report/report.resolver";
import { TaxonomyPreviewResolver } from "../analytics/taxonomy-preview.resolver";
import { ModelResolver, PostTechnologyResolver, TechnologyResolver } from "../classify/technology.resolver";
import {
  DatasetResolver,
  ImportBatchResolver,
  PostConnectionResolver,
  PostResolver,
  PostSkillResolver,
} from "../posts/post.resolver";
import { LabelingQueueResolver } from "../posts/labeling-queue.resolver";
import { SavedQueryResolver } from "../queries/saved-query.resolver";
import { TaxonomyEditResolver, TaxonomyHistoryResolver } from "../taxonomy/taxonomy-edit.resolver";
import { BucketResolver, CategoryResolver, SkillResolver } from "../taxonomy/taxonomy.resolver";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const RESOLVERS: NonEmptyArray<Function> = [
  CategoryResolver,
  BucketResolver,
  SkillResolver,
  TechnologyResolver,
  ModelResolver,
  PostTechnologyResolver,
  ClassificationResolver,
  TrainingJobResolver,
  ProvenanceResolver,
  PostResolver,
  PostSkillResolver,
  PostConnectionResolver,
  DatasetResolver,
  ImportBatchResolver,
  LabelingQueueResolver,
  TaxonomyEditResolver,
  TaxonomyHistoryResolver,
  TaxonomyPreviewResolver,
  AnalyticsResolver,
  EstimateResolver,
  StudyReportResolver,
  SavedQueryResolver,
];
