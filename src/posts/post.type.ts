// GraphQL types of posts, datasets (sources), import batches and their rejected rows.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../shared/page-info.type";

export enum ContractTypeEnum {
  FIXED = "fixed",
  HOURLY = "hourly",
  NONE = "none",
}
registerEnumType(ContractTypeEnum, { name: "ContractType" });

@ObjectType({ description: "A skill tag of a post and the dictionary skill it maps to, if any." })
export class PostSkill {
  @Field((_type) => String, { description: "Normalized tag (lower case, single spaces)." })
  tag!: string;

  @Field((_type) => String, { description: "The tag as written in the post." })
  label!: string;
}

@ObjectType({ description: "A job post." })
export class Post {
  internalId!: number;
  categoryId!: string | null;
  batchId!: number | null;

  @Field((_type) => ID, { description: '"<source>:<externalId>"' })
  id!: string;

  @Field((_type) => String)
  source!: string;

  @Field((_type) => String, { description: "The id the post had in its source." })
  externalId!: string;

  @Field((_type) => String)
  title!: string;

  @Field((_type) => String)
  description!: string;

  @Field((_type) => String, { nullable: true })
  subcategory!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "ISO 8601 UTC; null when the source had no date.",
  })
  postedAt!: string | null;

  @Field((_type) => ContractTypeEnum)
  contractType!: ContractTypeEnum;

  @Field((_type) => Float, { nullable: true })
  fixedBudget!: number | null;

  @Field((_type) => Float, { nullable: true })
  hourlyMin!: number | null;

  @Field((_type) => Float, { nullable: true })
  hourlyMax!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "USD: explicit value, else fixed budget, else hourly rate x expected hours; null when unknown.",
  })
  projectedValue!: number | null;

  @Field((_type) => String, { nullable: true })
  duration!: string | null;

  @Field((_type) => String, { nullable: true })
  workload!: string | null;

  @Field((_type) => String, { nullable: true })
  country!: string | null;

  @Field((_type) => String, { nullable: true })
  experienceLevel!: string | null;
}

@ObjectType()
class PostEdge {
  @Field((_type) => String)
  cursor!: string;

  @Field((_type) => Post)
  node!: Post;
}

@ObjectType({ description: "A page of posts." })
export class PostConnection {
  /** Computes the number of posts matching the filter, only when asked for. */
  count!: () => number;

  @Field((_type) => [PostEdge])
  edges!: PostEdge[];

  @Field((_type) => PageInfo)
  pageInfo!: PageInfo;
}

@ObjectType({ description: "A source of posts. Synthetic datasets (the demo corpus) are not real data." })
export class Dataset {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Boolean, { description: "True for generated data (the demo corpus)." })
  synthetic!: boolean;

  @Field((_type) => String, { nullable: true })
  description!: string | null;

  @Field((_type) => Int)
  postCount!: number;
}

@ObjectType({ description: "A row an import refused." })
export class RejectedRow {
  @Field((_type) => Int, { description: "Line in the file (or position in the list) where the row starts." })
  line!: number;

  @Field((_type) => String)
  reason!: string;

  @Field((_type) => String, { description: "The row as it was read." })
  raw!: string;
}

@ObjectType({ description: "One run of an import." })
export class ImportBatch {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String, { nullable: true })
  file!: string | null;

  @Field((_type) => String)
  format!: string;

  @Field((_type) => String, {
    description:
      "running, done, failed, or interrupted: its process died mid-way (the counts are what it committed, every committed post is complete); run the same import again to finish it",
  })
  status!: string;

  @Field((_type) => String)
  startedAt!: string;

  @Field((_type) => String, { nullable: true })
  finishedAt!: string | null;

  @Field((_type) => Int)
  rowsRead!: number;

  @Field((_type) => Int)
  inserted!: number;

  @Field((_type) => Int)
  updated!: number;

  @Field((_type) => Int)
  unchanged!: number;

  @Field((_type) => Int)
  rejected!: number;

  @Field((_type) => Int, { description: "Hand labels added or changed." })
  labels!: number;

  @Field((_type) => [String], { description: "Input columns that were not understood and were ignored." })
  unknownColumns!: string[];
}
