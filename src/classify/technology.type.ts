// GraphQL types of technologies, their keyword rules, models and per-post classifications.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars";

@ObjectType({ description: "A keyword rule term." })
class KeywordTerm {
  @Field((_type) => String)
  term!: string;

  @Field((_type) => Boolean)
  caseSensitive!: boolean;
}

@ObjectType({ description: "Keyword rules that select a technology's candidate posts." })
export class KeywordRules {
  @Field((_type) => [KeywordTerm])
  include!: KeywordTerm[];

  @Field((_type) => [KeywordTerm], {
    description: "Spans matching these are masked before include terms are tried.",
  })
  exclude!: KeywordTerm[];
}

@ObjectType({ description: "A technology whose spread is measured (ai, cloud, rpa, ...)." })
export class Technology {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => KeywordRules)
  rules!: KeywordRules;
}

@ObjectType({ description: "Cross-validated quality of a model." })
export class ModelMetrics {
  @Field((_type) => Float)
  accuracy!: number;

  @Field((_type) => Float)
  precision!: number;

  @Field((_type) => Float)
  recall!: number;

  @Field((_type) => Float)
  f1!: number;

  @Field((_type) => Int, { description: "Confusion matrix: true positives." })
  tp!: number;

  @Field((_type) => Int)
  fp!: number;

  @Field((_type) => Int)
  tn!: number;

  @Field((_type) => Int)
  fn!: number;

  @Field((_type) => Int)
  folds!: number;
}

@ObjectType({ description: "A trained classifier for one technology." })
export class Model {
  @Field((_type) => ID)
  id!: string;

  technologyId!: string;

  @Field((_type) => DateTimeScalar, { description: "When the model was trained." })
  createdAt!: string;

  @Field((_type) => Boolean)
  active!: boolean;

  @Field((_type) => Float, { description: "Vote share at or above which the model says yes." })
  threshold!: number;

  @Field((_type) => Int)
  trainingRows!: number;

  @Field((_type) => String, { description: "SHA-256 of the training set (post ids, texts and labels)." })
  fingerprint!: string;

  @Field((_type) => ModelMetrics)
  metrics!: ModelMetrics;

  @Field((_type) => String, { description: "Training parameters as JSON." })
  params!: string;
}

export enum LabelSource {
  HAND = "hand",
  MODEL = "model",
  KEYWORD = "keyword",
}
registerEnumType(LabelSource, {
  name: "LabelSource",
  description:
    "HAND: a hand label decides; MODEL: the active model (in the study's mode, for a keyword candidate); KEYWORD: the keyword rules alone: no model yet, or, in the study's mode, a post that is no keyword candidate (the model is not asked).",
});

@ObjectType({ description: "How one post was classified for one technology." })
export class PostTechnology {
  technologyId!: string;
  postId!: number;
  modelId!: number | null;

  @Field((_type) => Boolean, { description: "Whether the technology's keyword rules select the post." })
  keywordHit!: boolean;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "Share of tree votes for yes; null without a model, and in the study's mode (FRONTIER_CLASSIFY=candidates) for a post that is no keyword candidate, which the model is not asked about.",
  })
  probability!: number | null;

  @Field((_type) => Boolean, { description: "The final label used by every analytics answer." })
  label!: boolean;

  @Field((_type) => LabelSource)
  labelSource!: LabelSource;
}
