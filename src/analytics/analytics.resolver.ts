// The study's questions and the generic analytics query. Thin: each reads its arguments and
// calls one function of analytics.service.
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, Float, ID, Info, Int, Query, Resolver } from "type-graphql";
import { PostFilter } from "../posts/post.args";
import type { AppContext } from "../shared/context";
import { DateScalar } from "../shared/scalars";
import { dictionaryAtVersion } from "../taxonomy/taxonomy-history";
import { AnalyticsQuery, PeriodInput } from "./analytics.args";
import {
  bucketDemand,
  categoryShare,
  concentration,
  growth,
  highValueShare,
  runAnalytics,
  trend,
} from "./analytics.service";
import { readCatalog } from "./analytics.repository";
import {
  addAnalyticsEstimates,
  addBucketDemandEstimates,
  addCategoryShareEstimates,
  addConcentrationEstimates,
  addGrowthEstimates,
  addHighValueShareEstimates,
  addTrendEstimates,
} from "./estimate/estimate.rows";
import { isMeasureEstimate, isRowEstimate, selectsAny } from "./estimate/estimate.selection";
import {
  AnalyticsResult,
  BucketDemand,
  CategoryShare,
  Concentration,
  Dimension,
  Granularity,
  Growth,
  TrendPoint,
  ValueShare,
} from "./analytics.type";

/** The options of the arguments every study question takes, described once. */
const ARG = {
  technology: { description: 'The technology whose posts are counted (id, e.g. "ai").' },
  by: {
    nullable: true,
    description: "Also one row per value of this dimension; only the total row when null.",
  },
  filter: {
    nullable: true,
    description: "Only posts matching this filter count, in numerators and denominators alike.",
  },
} as const;

@Resolver()
export class AnalyticsResolver {
  @Query((_returns) => [CategoryShare], {
    description:
      "Share of a technology's posts per category and period, with penetration (Figures 1 and 2). Each period lists every category, then one row (category null) of the technology's posts without a category.",
  })
  categoryShare(
    @Arg("technology", (_type) => ID, ARG.technology)
    technology: string,
    @Arg("periods", (_type) => [PeriodInput], {
      description: "The periods, each answered on its own (they may overlap).",
    })
    periods: PeriodInput[],
    @Arg("filter", (_type) => PostFilter, ARG.filter)
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): CategoryShare[] {
    const input = { technology, periods, filter };
    const rows = categoryShare(ctx.db, input);
    return selectsAny(info, isRowEstimate) ? addCategoryShareEstimates(ctx.db, input, rows) : rows;
  }

  @Query((_returns) => [Growth], {
    description:
      "Growth of a technology's posts from one period to another: a total row, then one row per value of `by`.",
  })
  growth(
    @Arg("technology", (_type) => ID, ARG.technology)
    technology: string,
    @Arg("from", (_type) => PeriodInput, { description: "The base period (fromCount)." }) from: PeriodInput,
    @Arg("to", (_type) => PeriodInput, { description: "The period compared with it (toCount)." })
    to: PeriodInput,
    @Arg("by", (_type) => Dimension, ARG.by)
    by: Dimension | null,
    @Arg("filter", (_type) => PostFilter, ARG.filter)
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Growth[] {
    const input = { technology, from, to, by, filter };
    const rows = growth(ctx.db, input);
    return selectsAny(info, isRowEstimate) ? addGrowthEstimates(ctx.db, input, rows) : rows;
  }

  @Query((_returns) => [ValueShare], {
    description:
      'Share of a technology\'s posts of known value above the threshold: the "ALL" row, then one per value of `by`.',
  })
  highValueShare(
    @Arg("technology", (_type) => ID, ARG.technology)
    technology: string,
    @Arg("period", (_type) => PeriodInput, { description: "The period counted." }) period: PeriodInput,
    @Arg("threshold", (_type) => Float, {
      defaultValue: 1000,
      description:
        "USD: a post is high-value when its projected value is strictly above this (default 1000).",
    })
    threshold: number,
    @Arg("by", (_type) => Dimension, ARG.by)
    by: Dimension | null,
    @Arg("filter", (_type) => PostFilter, ARG.filter)
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): ValueShare[] {
    const input = { technology, period, threshold, by, filter };
    const rows = highValueShare(ctx.db, input);
    return selectsAny(info, isRowEstimate) ? addHighValueShareEstimates(ctx.db, input, rows) : rows;
  }

  @Query((_returns) => [Concentration], {
    description:
      "Top-k share, HHI, normalized entropy and categories over 1% of each technology's posts in a period.",
  })
  concentration(
    @Arg("technologies", (_type) => [ID], { description: "Technology ids; one answer each, in this order." })
    technologies: string[],
    @Arg("period", (_type) => PeriodInput, { description: "The period counted." }) period: PeriodInput,
    @Arg("topK", (_type) => Int, {
      defaultValue: 2,
      description: "How many of the largest categories topShare adds up (default 2, at least 1).",
    })
    topK: number,
    @Arg("filter", (_type) => PostFilter, ARG.filter)
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): Concentration[] {
    const input = { technologies, period, topK, filter };
    const rows = concentration(ctx.db, input);
    if (!selectsAny(info, isRowEstimate)) return rows;
    const categoryIds = readCatalog(ctx.db).categories.map((c) => c.id);
    return addConcentrationEstimates(ctx.db, input, categoryIds, rows);
  }

  @Query((_returns) => [BucketDemand], {
    description:
      "For each skill bucket, the share of posts in a scope (period, category, technology) with a skill of it (Figure 3).",
  })
  bucketDemand(
    @Arg("period", (_type) => PeriodInput, { description: "The period of the scope." }) period: PeriodInput,
    @Arg("category", (_type) => ID, {
      nullable: true,
      description: "Only posts of this category (id); every category when null.",
    })
    category: string | null,
    @Arg("technology", (_type) => ID, {
      nullable: true,
      description: "Only posts that are this technology; every post when null.",
    })
    technology: string | null,
    @Arg("filter", (_type) => PostFilter, ARG.filter)
    filter: PostFilter | null,
    @Arg("taxonomyVersion", (_type) => Int, {
      nullable: true,
      description:
        "Answer under the dictionary as it was at this version (see taxonomyChanges); the current one by default.",
    })
    taxonomyVersion: number | null | undefined,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): BucketDemand[] {
    const dictionary =
      taxonomyVersion === null || taxonomyVersion === undefined
        ? null
        : dictionaryAtVersion(ctx.db, taxonomyVersion, "taxonomyVersion");
    const rows = bucketDemand(ctx.db, { period, category, technology, filter, dictionary });
    if (!selectsAny(info, isRowEstimate)) return rows;
    const input = { period, category, technology, filter, pastDictionary: dictionary !== null };
    return addBucketDemandEstimates(ctx.db, input, rows);
  }

  @Query((_returns) => [TrendPoint], {
    description: "Posts per month, quarter or year in [from, to), every period present (zeros included).",
  })
  trend(
    @Arg("technology", (_type) => ID, {
      nullable: true,
      description: "Count this technology's posts (with share of all posts); every post when null.",
    })
    technology: string | null,
    @Arg("granularity", (_type) => Granularity, { description: "The calendar unit of the points." })
    granularity: Granularity,
    @Arg("from", (_type) => DateScalar, { description: "First day counted (UTC)." }) from: string,
    @Arg("to", (_type) => DateScalar, { description: "The day after the last day counted: [from, to)." })
    to: string,
    @Arg("by", (_type) => Dimension, {
      nullable: true,
      description: "Also split each period by this dimension; one point per period when null.",
    })
    by: Dimension | null,
    @Arg("filter", (_type) => PostFilter, ARG.filter)
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): TrendPoint[] {
    const input = { technology, granularity, from, to, by, filter };
    const rows = trend(ctx.db, input);
    return selectsAny(info, isRowEstimate) ? addTrendEstimates(ctx.db, input, rows) : rows;
  }

  @Query((_returns) => AnalyticsResult, {
    description: "Any measures by any dimensions over time, with nested filters, order and limit.",
  })
  analytics(
    @Arg("query", (_type) => AnalyticsQuery, {
      description: "Measures, dimensions, time, filters, order and limit.",
    })
    query: AnalyticsQuery,
    @Ctx() ctx: AppContext,
    @Info() info: GraphQLResolveInfo,
  ): AnalyticsResult {
    const result = runAnalytics(ctx.db, query);
    return selectsAny(info, isMeasureEstimate) ? addAnalyticsEstimates(ctx.db, query, result) : result;
  }
}
