// GraphQL types of posts, datasets (sources), import batches and their rejected rows.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PageInfo } from "../shared/page-info.type";
import { DateTimeScalar } from "../shared/scalars";

export enum ContractTypeEnum {
  FIXED = "fixed",
  HOURLY = "hourly",
  NONE = "none",
}
registerEnumType(ContractTypeEnum, {
  name: "ContractType",
  description: "How a post pays.",
  valuesConfig: {
    FIXED: { description: "A fixed price for the whole job (see fixedBudget)." },
    HOURLY: { description: "Paid by the hour (see hourlyMin and hourlyMax)." },
    NONE: { description: "The source gave no contract type." },
  },
});

export enum PostOrderField {
  ID = "ID",
  POSTED_AT = "POSTED_AT",
  PROJECTED_VALUE = "PROJECTED_VALUE",
}
registerEnumType(PostOrderField, {
  name: "PostOrderField",
  description: "What posts can be sorted by. Ties are broken by import order, in the same direction.",
  valuesConfig: {
    ID: { description: "Import order (the order posts were first stored in); the default." },
    POSTED_AT: {
      description: "When the post was published; posts without a date come first ascending, last descending.",
    },
    PROJECTED_VALUE: {
      description:
        "Projected value in USD; posts of unknown value come first ascending, last descending. Sorts every matching post (no index): slower than the other orders on large corpora.",
    },
  },
});

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

  @Field((_type) => DateTimeScalar, {
    nullable: true,
    description:
      "When the post was published (UTC); a source that gave only a day gives midnight UTC. Null when the source had no date.",
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

  @Field((_type) => DateTimeScalar, { description: "When the import began." })
  startedAt!: string;

  @Field((_type) => DateTimeScalar, {
    nullable: true,
    description: "When it ended (done, failed) or was found interrupted; null while running.",
  })
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
