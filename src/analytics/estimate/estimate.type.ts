// GraphQL types of estimates corrected for classifier error (docs/classifier.md, "Estimates
// corrected for classifier error").
import { Field, Float, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  simpleResolvers: true,
  description:
    "A count or share corrected for classifier error, with its 95% interval (docs/classifier.md, section Estimates corrected for classifier error). Counts are numbers of posts, shares fractions from 0 to 1, growth a fraction (0.5 = +50%).",
})
export class Estimate {
  @Field((_type) => Float, { description: "The corrected value (posts, or a fraction for shares)." })
  value!: number;

  @Field((_type) => Float, { description: "Lower end of the 95% interval, same unit as value." })
  low!: number;

  @Field((_type) => Float, { description: "Upper end of the 95% interval, same unit as value." })
  high!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "How many of a scope's posts are a technology: the count of positive labels and an estimate corrected for the classifier's measured error rates, with a 95% interval.",
})
export class TechnologyEstimate {
  @Field((_type) => ID, { description: "The technology estimated." })
  technologyId!: string;

  @Field((_type) => Int, { description: "Posts in the scope (the filter), the technology's or not." })
  posts!: number;

  @Field((_type) => Int, {
    description:
      "Posts whose final label is yes (hand label, else model or keyword decision): what every other answer counts.",
  })
  observed!: number;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "Estimated number of posts that truly are the technology; null when no estimate can be made (see method).",
  })
  estimated!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Lower end of the 95% interval of estimated (posts).",
  })
  low!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Upper end of the 95% interval of estimated (posts).",
  })
  high!: number | null;

  @Field((_type) => Int, { description: "Posts with a hand label for the technology: counted as exact." })
  handLabeled!: number;

  @Field((_type) => Int, { description: "Of the hand-labeled posts, those labeled yes." })
  handPositive!: number;

  @Field((_type) => Int, {
    description:
      "Keyword candidates without a hand label, labeled by the model: the posts whose count is corrected. (With FRONTIER_CLASSIFY=all the model also labels posts that are no candidate; those are in otherPosts.)",
  })
  modelLabeled!: number;

  @Field((_type) => Int, {
    description: "Of the model-labeled keyword candidates, those the model says yes to.",
  })
  modelPositive!: number;

  @Field((_type) => Int, {
    description:
      "Posts without a hand label that are no keyword candidate: the technology's posts among them are estimated from the keyword rules' measured recall.",
  })
  otherPosts!: number;

  @Field((_type) => String, {
    description: "How the estimate is made and from which rates, or why there is none.",
  })
  method!: string;

  @Field((_type) => [ID], {
    description: "Ids of the models whose labels are corrected (the technology's active model).",
  })
  modelIds!: string[];

  @Field((_type) => Float, {
    nullable: true,
    description: "True positive rate of the model among keyword candidates (cross-validated, 0 to 1).",
  })
  tpr!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "False positive rate of the model among keyword candidates (cross-validated, 0 to 1).",
  })
  fpr!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Share of the technology's hand-labeled posts that its keyword rules select (0 to 1).",
  })
  keywordRecall!: number | null;
}
