// GraphQL types of the study report: claims (published beside computed), figures, and what
// data and models produced them.
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars";

@ObjectType({ description: "One quantitative claim of the study, recomputed on the loaded data." })
class ReportClaim {
  @Field((_type) => ID, { description: 'Stable id, e.g. "ai-ds-wmsd-2020-21".' })
  id!: string;

  @Field((_type) => String, { description: 'Where the study makes it: "Summary", "Figure 1", ...' })
  figure!: string;

  @Field((_type) => String, { description: "The claim in the study's words (shortened)." })
  claim!: string;

  @Field((_type) => String, { description: 'The published figure as stated, e.g. "over 70%".' })
  publishedText!: string;

  @Field((_type) => Float, {
    nullable: true,
    description: "The published number in `unit`; null when none is given.",
  })
  published!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "The number on the loaded data in `unit`; null when it cannot be computed.",
  })
  computed!: number | null;

  @Field((_type) => String, { description: '"%", "points" or "categories".' })
  unit!: string;

  @Field((_type) => Float, { nullable: true, description: "computed - published (points for percentages)." })
  difference!: number | null;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "Whether the data bears the claim out; null when unknown.",
  })
  agrees!: boolean | null;

  @Field((_type) => String, { description: "How the computed value was obtained." })
  basis!: string;

  @Field((_type) => Int, { description: "Posts the computation rests on (its denominator)." })
  posts!: number;

  @Field((_type) => String, { description: "Which data: datasets, synthetic or real, post counts." })
  data!: string;

  @Field((_type) => String, {
    description: 'Which models: per technology, the model ids behind the labels or "hand labels/keywords".',
  })
  models!: string;
}

@ObjectType()
class ReportFigureRow {
  @Field((_type) => String, { description: 'A technology id ("ai") or scope.' })
  series!: string;

  @Field((_type) => String)
  period!: string;

  @Field((_type) => String, { description: "Category id or bucket id." })
  key!: string;

  @Field((_type) => String, { description: "Category name or bucket name." })
  label!: string;

  @Field((_type) => Int)
  posts!: number;

  @Field((_type) => Float, { nullable: true, description: "0..1" })
  share!: number | null;
}

@ObjectType({ description: "The data behind one of the study's figures." })
class ReportFigure {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  title!: string;

  @Field((_type) => String)
  note!: string;

  @Field((_type) => [ReportFigureRow])
  rows!: ReportFigureRow[];
}

@ObjectType()
class ReportDataset {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => Boolean)
  synthetic!: boolean;

  @Field((_type) => Int)
  posts!: number;

  @Field((_type) => String, { nullable: true })
  description!: string | null;
}

@ObjectType()
class ReportModel {
  @Field((_type) => ID)
  technology!: string;

  @Field((_type) => ID, { nullable: true })
  activeModelId!: string | null;

  @Field((_type) => Int, { description: "Positive final labels that come from hand labels." })
  handPositives!: number;

  @Field((_type) => Int, { description: "Positive final labels that come from a model." })
  modelPositives!: number;

  @Field((_type) => Int, { description: "Positive final labels that come from keyword rules alone." })
  keywordPositives!: number;

  @Field((_type) => String, { description: 'e.g. "model 3" or "hand labels/keywords".' })
  summary!: string;
}

@ObjectType({ description: "Every quantitative claim of the study recomputed on the loaded data." })
export class StudyReport {
  @Field((_type) => String)
  title!: string;

  @Field((_type) => DateTimeScalar, { description: "When the report was computed." })
  generatedAt!: string;

  @Field((_type) => Boolean, { description: "True when any loaded post is synthetic (the demo corpus)." })
  synthetic!: boolean;

  @Field((_type) => Int)
  totalPosts!: number;

  @Field((_type) => String)
  dataSummary!: string;

  @Field((_type) => String)
  modelSummary!: string;

  @Field((_type) => [ReportDataset])
  datasets!: ReportDataset[];

  @Field((_type) => [ReportModel])
  models!: ReportModel[];

  @Field((_type) => [ReportClaim])
  claims!: ReportClaim[];

  @Field((_type) => [ReportFigure])
  figures!: ReportFigure[];
}
