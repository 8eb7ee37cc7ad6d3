// GraphQL types of training jobs and of `classify` answers.
import { Field, Float, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../shared/scalars";
import type { JobRecord } from "./model.repository";

@ObjectType({ simpleResolvers: true, description: "A term that pushed a model's decision." })
class DecisionTerm {
  @Field((_type) => String, {
    description: 'A word or bigram, "title: <word>", "skill: <tag>" or "keyword: <rule>".',
  })
  feature!: string;

  @Field((_type) => String, {
    description:
      "word (a word or bigram of the text), title (a title word), skill (a skill tag) or keyword (a keyword rule).",
  })
  kind!: string;

  @Field((_type) => Boolean, { description: "Whether the text contains it (absence can push too)." })
  present!: boolean;

  @Field((_type) => Float, {
    description: "Mean change of the yes-share along the trees' paths; > 0 pushes to yes.",
  })
  contribution!: number;
}

@ObjectType({ simpleResolvers: true, description: "How a text is classified for one technology." })
export class Classification {
  technologyId!: string;
  modelId!: number | null;

  @Field((_type) => Boolean, { description: "Whether the technology's keyword rules select the text." })
  keywordHit!: boolean;

  @Field((_type) => [String], { description: "Include terms that fired." })
  includedTerms!: string[];

  @Field((_type) => [String], { description: "Exclude terms that matched (their spans were masked)." })
  excludedTerms!: string[];

  @Field((_type) => Float, {
    nullable: true,
    description: "Share of tree votes for yes; null without a model.",
  })
  probability!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "The model's yes threshold on probability (0 to 1); null without a model.",
  })
  threshold!: number | null;

  @Field((_type) => Boolean, { description: "The final label under the server's classification mode." })
  label!: boolean;

  @Field((_type) => [DecisionTerm], {
    description: "Terms that pushed the decision most (empty without a model).",
  })
  terms!: DecisionTerm[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Long work run in the background: training a model or activating one. Poll trainingJob(id) for its status and progress.",
})
export class TrainingJob {
  technologyId!: string;
  modelId!: number | null;

  @Field((_type) => ID, { description: "The job's id, for trainingJob(id)." })
  id!: string;

  @Field((_type) => String, {
    description:
      "train (a model from the hand labels, activated after when asked) or activate (make a model active and reclassify every post).",
  })
  kind!: string;

  @Field((_type) => String, {
    description:
      "queued, running, succeeded, failed or interrupted (its runner stopped before the end: a crash or kill; train again). An interrupted activation is queued again at the next start.",
  })
  status!: string;

  @Field((_type) => Float, { description: "Share of the work done, from 0 to 1." })
  progress!: number;

  @Field((_type) => String, {
    nullable: true,
    description: "What the job is doing, or why it failed; null when there is nothing to say.",
  })
  message!: string | null;

  @Field((_type) => DateTimeScalar, { description: "When the job was queued." })
  createdAt!: string;

  @Field((_type) => DateTimeScalar, {
    nullable: true,
    description: "When a runner took the job; null while queued.",
  })
  startedAt!: string | null;

  @Field((_type) => DateTimeScalar, {
    nullable: true,
    description: "When the job succeeded, failed or was found interrupted; null until then.",
  })
  finishedAt!: string | null;
}

/** A stored job as its GraphQL object. */
export function toTrainingJob(job: JobRecord): TrainingJob {
  return { ...job, id: String(job.id) };
}
