// GraphQL types of the study report: claims (published beside computed), figures, and what
// data and models produced them.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../../shared/scalars";
import { VERDICTS, type Verdict } from "./report.model";

export const ClaimVerdict = Object.fromEntries(Object.keys(VERDICTS).map((k) => [k, k])) as {
  readonly [K in Verdict]: K;
};
registerEnumType(ClaimVerdict, {
  name: "ClaimVerdict",
  description: "What the loaded data say about a claim of the study, judged on the shown values.",
  valuesConfig: Object.fromEntries(
    Object.entries(VERDICTS).map(([k, v]) => [k, { description: v.description }]),
  ) as Record<Verdict, { description: string }>,
});

@ObjectType({
  simpleResolvers: true,
  description: "One quantitative claim of the study, recomputed on the loaded data.",
})
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

  @Field((_type) => Float, {
    nullable: true,
    description:
      "Lower end of the 95% interval of `computed` (sampling error), in `unit`; null for claims without one (counts of categories, distances).",
  })
  low!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description: "Upper end of the 95% interval of `computed`, in `unit`; null when `low` is.",
  })
  high!: number | null;

  @Field((_type) => Float, {
    nullable: true,
    description:
      'How far outside the interval an "about" figure may lie and still agree, in `unit`; null for other claims.',
  })
  tolerance!: number | null;

  @Field((_type) => ClaimVerdict, { description: "What the data say about the claim." })
  verdict!: Verdict;

  @Field((_type) => Boolean, {
    nullable: true,
    description: "True when the verdict is AGREES, false when DISAGREES, null otherwise.",
  })
  agrees!: boolean | null;

  @Field((_type) => Int, {
    description: "Posts in the smallest scope the claim rests on (the minimum sample rule applies to it).",
  })
  sampleSize!: number;

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

@ObjectType({
  simpleResolvers: true,
  description: "One row of a figure's data: a series, a period and a category or bucket.",
})
class ReportFigureRow {
  @Field((_type) => String, { description: 'A technology id ("ai") or scope.' })
  series!: string;

  @Field((_type) => String, { description: 'The period\'s label, e.g. "2020-21".' })
  period!: string;

  @Field((_type) => String, { description: "Category id or bucket id." })
  key!: string;

  @Field((_type) => String, { description: "Category name or bucket name." })
  label!: string;

  @Field((_type) => Int, {
    description: "Posts of the series in the period and key (the share's numerator).",
  })
  posts!: number;

  @Field((_type) => Float, {
    nullable: true,
    description: "Share from 0 to 1; null when its denominator is 0.",
  })
  share!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "A value the study published for one bar of a figure (drawn on its chart).",
})
class ReportPublishedMark {
  @Field((_type) => ID, { description: "The claim the value comes from." })
  claimId!: string;

  @Field((_type) => String, { description: "The bar's period label." })
  period!: string;

  @Field((_type) => String, { description: "The bar's category id or bucket id." })
  key!: string;

  @Field((_type) => String, { description: "The bar's category or bucket name." })
  label!: string;

  @Field((_type) => Float, { description: "The published value, in percent." })
  value!: number;

  @Field((_type) => String, { description: 'The published value as the study states it, e.g. "over 7%".' })
  text!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "How much of one of the study's periods the loaded posts cover.",
})
class ReportPeriodCoverage {
  @Field((_type) => String, { description: 'The period\'s label, e.g. "2022-23".' })
  period!: string;

  @Field((_type) => String, {
    nullable: true,
    description: "First day (YYYY-MM-DD) with a post in the period.",
  })
  first!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Last day (YYYY-MM-DD) with a post in the period.",
  })
  last!: string | null;

  @Field((_type) => Float, {
    description:
      "Days from the first to the last post over the period's days, 0..1 (an open-ended period ends at the last loaded post).",
  })
  fraction!: number;
}

@ObjectType({ simpleResolvers: true, description: "The data behind one of the study's figures." })
class ReportFigure {
  @Field((_type) => ID, { description: 'Stable id of the figure, e.g. "figure-1".' })
  id!: string;

  @Field((_type) => String, { description: "The figure's title as in the study." })
  title!: string;

  @Field((_type) => String, { description: "How the rows were computed (periods, scope, denominators)." })
  note!: string;

  @Field((_type) => [ReportFigureRow], { description: "The figure's data, one row per bar or point." })
  rows!: ReportFigureRow[];

  @Field((_type) => [ReportPublishedMark], { description: "The study's published values for single bars." })
  published!: ReportPublishedMark[];
}

@ObjectType({ simpleResolvers: true, description: "A source of the posts the report was computed on." })
class ReportDataset {
  @Field((_type) => ID, { description: "The source id (see `datasets`)." })
  id!: string;

  @Field((_type) => Boolean, { description: "True for generated data (the demo corpus)." })
  synthetic!: boolean;

  @Field((_type) => Int, { description: "Posts of this source in the database." })
  posts!: number;

  @Field((_type) => String, { nullable: true, description: "What the source is; null when not given." })
  description!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "First day (YYYY-MM-DD) with a post; null without posts.",
  })
  firstPostedAt!: string | null;

  @Field((_type) => String, {
    nullable: true,
    description: "Last day (YYYY-MM-DD) with a post; null without posts.",
  })
  lastPostedAt!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "Where one technology's final labels come from in the report.",
})
class ReportModel {
  @Field((_type) => ID, { description: "The technology id (ai, cloud, rpa, ...)." })
  technology!: string;

  @Field((_type) => ID, { nullable: true, description: "Its active model; null when it has none." })
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

@ObjectType({
  simpleResolvers: true,
  description: "Every quantitative claim of the study recomputed on the loaded data.",
})
export class StudyReport {
  @Field((_type) => String, { description: "The report's title." })
  title!: string;

  @Field((_type) => DateTimeScalar, { description: "When the report was computed." })
  generatedAt!: string;

  @Field((_type) => Boolean, { description: "True when any loaded post is synthetic (the demo corpus)." })
  synthetic!: boolean;

  @Field((_type) => Int, { description: "Posts in the database, every source together." })
  totalPosts!: number;

  @Field((_type) => String, {
    description: "The datasets in one sentence: sources, synthetic or real, post counts.",
  })
  dataSummary!: string;

  @Field((_type) => String, { description: 'Per technology, what decides its labels, e.g. "ai: model 3".' })
  modelSummary!: string;

  @Field((_type) => [ReportDataset], { description: "The sources of the posts, by id." })
  datasets!: ReportDataset[];

  @Field((_type) => [ReportPeriodCoverage], {
    description:
      "How much of each study period the loaded posts cover (claims on thin periods get NOT_ENOUGH_DATA).",
  })
  coverage!: ReportPeriodCoverage[];

  @Field((_type) => [ReportModel], { description: "Per technology, where its positive labels come from." })
  models!: ReportModel[];

  @Field((_type) => [ReportClaim], { description: "Every quantitative claim, in the study's order." })
  claims!: ReportClaim[];

  @Field((_type) => [ReportFigure], { description: "The data of the study's figures." })
  figures!: ReportFigure[];
}
