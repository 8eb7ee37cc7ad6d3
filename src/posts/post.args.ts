// Inputs of the post queries and of importPosts.
import { Field, Float, ID, InputType } from "type-graphql";
import { DateScalar } from "../shared/scalars";
import { SortDirection } from "../shared/sort-direction";
import { ContractTypeEnum, PostOrderField } from "./post.type";

@InputType({ description: "Selects posts. Every given condition must hold." })
export class PostFilter {
  @Field((_type) => DateScalar, { nullable: true, description: "Posted on or after this day (UTC)." })
  from?: string | null;

  @Field((_type) => DateScalar, {
    nullable: true,
    description: "Posted before this day (UTC): periods are [from, to).",
  })
  to?: string | null;

  @Field((_type) => [ID], { nullable: true, description: "Category ids (see `categories`)." })
  categories?: string[] | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "Only technical (true) or non-technical (false) categories.",
  })
  technical?: boolean | null;

  @Field((_type) => String, { nullable: true, description: "This subcategory (case ignored)." })
  subcategory?: string | null;

  @Field((_type) => [String], { nullable: true, description: "Dataset ids (post sources)." })
  sources?: string[] | null;

  @Field((_type) => [String], { nullable: true, description: "Posts with these ids in their source." })
  externalIds?: string[] | null;

  @Field((_type) => [ContractTypeEnum], { nullable: true, description: "Any of these contract types." })
  contractTypes?: ContractTypeEnum[] | null;

  @Field((_type) => Float, { nullable: true, description: "Projected value at least this (USD)." })
  minValue?: number | null;

  @Field((_type) => Float, { nullable: true, description: "Projected value at most this (USD)." })
  maxValue?: number | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Carries this skill tag (case and spacing ignored).",
  })
  skill?: string | null;

  @Field((_type) => ID, {
    nullable: true,
    description: "Has at least one skill of this bucket (by tag or phrase).",
  })
  bucket?: string | null;

  @Field((_type) => ID, { nullable: true, description: "Is this technology (final label)." })
  technology?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      'Full-text search over title and description: words must all occur; "quoted phrases" as phrases.',
  })
  text?: string | null;
}

@InputType({
  description:
    "The order of a list of posts. A cursor is valid only under the order it was made in: `after` from another order is refused.",
})
export class PostOrder {
  @Field((_type) => PostOrderField, {
    defaultValue: PostOrderField.ID,
    description: "What to sort by (default ID: import order).",
  })
  field!: PostOrderField;

  @Field((_type) => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: "Which way (default ASC).",
  })
  direction!: SortDirection;
}

@InputType({ description: "A hand label carried by an imported post." })
class LabelInput {
  @Field((_type) => ID, { description: "The technology id (ai, cloud, rpa, ...)." })
  technology!: string;

  @Field((_type) => Boolean, { description: "True: the post is that technology; false: it is not." })
  label!: boolean;
}

@InputType({
  description: "A post to import; fields as in the CSV columns. Bad rows are refused with a reason.",
})
export class PostInput {
  @Field((_type) => String, {
    description:
      "The post's id in its source (column id); with source it keys the post: importing it again updates it.",
  })
  id!: string;

  @Field((_type) => String, { description: "The dataset it belongs to (column source); no colon." })
  source!: string;

  @Field((_type) => String, { nullable: true, description: "Required: a row without a title is refused." })
  title?: string | null;

  @Field((_type) => String, { nullable: true, description: "The post's text; empty when null." })
  description?: string | null;

  @Field((_type) => String, { nullable: true, description: "Category name or id." })
  category?: string | null;

  @Field((_type) => String, { nullable: true, description: "Subcategory as the source names it." })
  subcategory?: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      "ISO 8601 date or date-time (UTC unless an offset is given); a date alone is midnight UTC. Stays a String (not DateTime) so that dates alone are accepted.",
  })
  postedAt?: string | null;

  @Field((_type) => String, { nullable: true, description: "fixed, hourly or none" })
  contractType?: string | null;

  @Field((_type) => Float, { nullable: true, description: "USD, for fixed-price posts; not negative." })
  fixedBudget?: number | null;

  @Field((_type) => Float, { nullable: true, description: "Lowest hourly rate, USD per hour." })
  hourlyMin?: number | null;

  @Field((_type) => Float, { nullable: true, description: "Highest hourly rate, USD per hour." })
  hourlyMax?: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "USD; when given it wins over the value computed from budget or rate (see Post.projectedValue).",
  })
  projectedValue?: number | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'Expected duration, e.g. "1 to 3 months" (with workload, gives an hourly post its value).',
  })
  duration?: string | null;

  @Field((_type) => String, { nullable: true, description: 'Expected weekly hours, e.g. "30+ hrs/week".' })
  workload?: string | null;

  @Field((_type) => [String], {
    nullable: true,
    description: "Skill tags as written; normalized when stored.",
  })
  skills?: string[] | null;

  @Field((_type) => String, { nullable: true, description: "The client's country." })
  country?: string | null;

  @Field((_type) => String, { nullable: true, description: "Entry level, Intermediate or Expert." })
  experienceLevel?: string | null;

  @Field((_type) => [LabelInput], {
    nullable: true,
    description: "Hand labels, one per technology at most; a hand label decides the post's label.",
  })
  labels?: LabelInput[] | null;
}
