// GraphQL types of technologies, their keyword rules, models and per-post classifications.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars";

@ObjectType({ simpleResolvers: true, description: "A keyword rule term." })
class KeywordTerm {
  @Field((_type) => String, { description: 'The word or phrase, e.g. "machine learning" or "AI".' })
  term!: string;

  @Field((_type) => Boolean, {
    description: 'True when case must match (as for "AI"); else case is ignored.',
  })
  caseSensitive!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "Keyword rules that select a technology's candidate posts.",
})
export class KeywordRules {
  @Field((_type) => [KeywordTerm], {
    description: "A post is a candidate when its title, description or skills contain any of these.",
  })
  include!: KeywordTerm[];

  @Field((_type) => [KeywordTerm], {
    description: "Spans matching these are masked before include terms are tried.",
  })
  exclude!: KeywordTerm[];
}

@ObjectType({
  simpleResolvers: true,
  description: "A technology whose spread is measured (ai, cloud, rpa, ...).",
})
export class Technology {
  @Field((_type) => ID, { description: 'Short id, e.g. "ai" (taxonomy/technologies.yaml).' })
  id!: string;

  @Field((_type) => String, { description: 'Display name, e.g. "Artificial intelligence".' })
  name!: string;

  @Field((_type) => KeywordRules, { description: "The keyword rules that select its candidate posts." })
  rules!: KeywordRules;
}

@ObjectType({ simpleResolvers: true, description: "Cross-validated quality of a model." })
export class ModelMetrics {
  @Field((_type) => Float, { description: "(tp + tn) / all held-out rows, from 0 to 1." })
  accuracy!: number;

  @Field((_type) => Float, { description: "tp / (tp + fp), from 0 to 1." })
  precision!: number;

  @Field((_type) => Float, { description: "tp / (tp + fn), from 0 to 1." })
  recall!: number;

  @Field((_type) => Float, { description: "Harmonic mean of precision and recall, from 0 to 1." })
  f1!: number;

  @Field((_type) => Int, { description: "Confusion matrix: true positives." })
  tp!: number;

  @Field((_type) => Int, { description: "Confusion matrix: false positives (labeled no, predicted yes)." })
  fp!: number;

  @Field((_type) => Int, { description: "Confusion matrix: true negatives." })
  tn!: number;

  @Field((_type) => Int, { description: "Confusion matrix: false negatives (labeled yes, predicted no)." })
  fn!: number;

  @Field((_type) => Int, {
    description: "Folds of the stratified cross-validation (every row is held out once).",
  })
  folds!: number;
}

@ObjectType({ simpleResolvers: true, description: "A trained classifier for one technology." })
export class Model {
  @Field((_type) => ID, { description: "The model's id (a number as text), for activateModel." })
  id!: string;

  technologyId!: string;

  @Field((_type) => DateTimeScalar, { description: "When the model was trained." })
  createdAt!: string;

  @Field((_type) => Boolean, {
    description: "True for the one model of its technology that labels posts now.",
  })
  active!: boolean;

  @Field((_type) => Float, { description: "Vote share at or above which the model says yes." })
  threshold!: number;

  @Field((_type) => Int, { description: "Hand-labeled posts it was trained on." })
  trainingRows!: number;

  @Field((_type) => String, { description: "SHA-256 of the training set (post ids, texts and labels)." })
  fingerprint!: string;

  @Field((_type) => ModelMetrics, {
    description: "Its cross-validated quality, measured when it was trained.",
  })
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
  description: "What decided a post's final label for a technology.",
  valuesConfig: {
    HAND: { description: "A hand label: it decides over everything else." },
    MODEL: { description: "The active model (in the study's mode, for a keyword candidate)." },
    KEYWORD: {
      description:
        "The keyword rules alone: no model yet, or, in the study's mode, a post that is no keyword candidate (the model is not asked).",
    },
  },
});

@ObjectType({ simpleResolvers: true, description: "How one post was classified for one technology." })
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

  @Field((_type) => LabelSource, { description: "What decided `label`." })
  labelSource!: LabelSource;
}
