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

@ObjectType({
  simpleResolvers: true,
  description: "A skill tag of a post and the dictionary skill it maps to, if any.",
})
export class PostSkill {
  @Field((_type) => String, { description: "Normalized tag (lower case, single spaces)." })
  tag!: string;

  @Field((_type) => String, { description: "The tag as written in the post." })
  label!: string;
}

@ObjectType({ simpleResolvers: true, description: "A job post." })
export class Post {
  internalId!: number;
  categoryId!: string | null;
  batchId!: number | null;

  @Field((_type) => ID, { description: '"<source>:<externalId>"' })
  id!: string;

  @Field((_type) => String, { description: "The dataset the post came from (see `datasets`)." })
  source!: string;

  @Field((_type) => String, { description: "The id the post had in its source." })
  externalId!: string;

  @Field((_type) => String, { description: "The post's title." })
  title!: string;

  @Field((_type) => String, { description: "The post's text; empty when the source had none." })
  description!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "The subcategory as written in the source; null when none.",
  })
  subcategory!: string | null;

  @Field((_type) => DateTimeScalar, {
    nullable: true,
    description:
      "When the post was published (UTC); a source that gave only a day gives midnight UTC. Null when the source had no date.",
  })
  postedAt!: string | null;

  @Field((_type) => ContractTypeEnum, { description: "How the job pays." })
  contractType!: ContractTypeEnum;

  @Field((_type) => Float, {
    nullable: true,
    description: "USD, for fixed-price posts; null when not given.",
  })
  fixedBudget!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Lowest hourly rate offered, USD per hour; null when not given.",
  })
  hourlyMin!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Highest hourly rate offered, USD per hour; null when not given.",
  })
  hourlyMax!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      "USD: explicit value, else fixed budget, else hourly rate x expected hours; null when unknown.",
  })
  projectedValue!: number | null;

  @Field((_type) => String, {
    nullable: true,
    description: 'Expected duration as the source says it, e.g. "1 to 3 months"; null when not given.',
  })
  duration!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description:
      'Expected weekly hours as the source says it, e.g. "Less than 30 hrs/week"; null when not given.',
  })
  workload!: string | null;

  @Field((_type) => String, { nullable: true, description: "The client's country; null when not given." })
  country!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Entry level, Intermediate or Expert, as the source says it; null when not given.",
  })
  experienceLevel!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A post of a page with its cursor." })
class PostEdge {
  @Field((_type) => String, {
    description:
      "Opaque position of this post under the page's order; pass it as `after` to continue after it.",
  })
  cursor!: string;

  @Field((_type) => Post, { description: "The post." })
  node!: Post;
}

@ObjectType({ simpleResolvers: true, description: "A page of posts." })
export class PostConnection {
  /** Computes the number of posts matching the filter, only when asked for. */
  count!: () => number;

  @Field((_type) => [PostEdge], { description: "The posts of this page, in the requested order." })
  edges!: PostEdge[];

  @Field((_type) => PageInfo, { description: "Cursors and whether posts come before or after this page." })
  pageInfo!: PageInfo;
}

@ObjectType({
  simpleResolvers: true,
  description: "A source of posts. Synthetic datasets (the demo corpus) are not real data.",
})
export class Dataset {
  @Field((_type) => ID, { description: 'The source id, the first part of Post.id (e.g. "demo-synthetic").' })
  id!: string;

  @Field((_type) => Boolean, { description: "True for generated data (the demo corpus)." })
  synthetic!: boolean;

  @Field((_type) => String, { nullable: true, description: "What the source is; null when not given." })
  description!: string | null;

  @Field((_type) => Int, { description: "Posts of this source in the database." })
  postCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "A row an import refused." })
export class RejectedRow {
  @Field((_type) => Int, { description: "Line in the file (or position in the list) where the row starts." })
  line!: number;

  @Field((_type) => String, { description: 'Why it was refused, e.g. "missing title".' })
  reason!: string;

  @Field((_type) => String, { description: "The row as it was read." })
  raw!: string;
}

@ObjectType({ simpleResolvers: true, description: "One run of an import." })
export class ImportBatch {
  @Field((_type) => ID, { description: "The batch number (a number as text), for importBatch(id)." })
  id!: string;

  @Field((_type) => String, {
    nullable: true,
    description: 'The file imported (or "demo corpus (generated)"); null for importPosts.',
  })
  file!: string | null;

  @Field((_type) => String, { description: "csv, jsonl, or rows (importPosts)." })
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

  @Field((_type) => Int, { description: "Rows read from the input so far." })
  rowsRead!: number;

  @Field((_type) => Int, { description: "New posts stored." })
  inserted!: number;

  @Field((_type) => Int, { description: "Posts already known (same source and id) whose content changed." })
  updated!: number;

  @Field((_type) => Int, { description: "Posts already known with the same content: nothing written." })
  unchanged!: number;

  @Field((_type) => Int, { description: "Rows refused (see rejects)." })
  rejected!: number;

  @Field((_type) => Int, { description: "Hand labels added or changed." })
  labels!: number;

  @Field((_type) => [String], { description: "Input columns that were not understood and were ignored." })
  unknownColumns!: string[];
}
