// The analytics questions the study report asks, answered by the analytics service (the same
// functions behind the GraphQL queries), in the flat shapes the claims are computed from.
import type { Db } from "../../db/client";
import { bucketDemand, categoryShare, growth, highValueShare } from "../analytics.service";
import type { BucketRow, GrowthRow, ReportPeriod, ShareRow, ValueRow } from "./report.model";

export interface ReportQueries {
  /** Category shares of a technology per period (posts without a category left out). */
  categoryShare(technology: string, periods: readonly ReportPeriod[]): ShareRow[];
  /** Growth of a technology's posts from one period to another, by category group. */
  growthByCategoryGroup(technology: string, from: ReportPeriod, to: ReportPeriod): GrowthRow[];
  /** High-value share of a technology's posts in a period, total row ("ALL") and by category. */
  highValueByCategory(technology: string, period: ReportPeriod, threshold: number): ValueRow[];
  /** Bucket demand among a technology's posts in a category and period, with the scope size. */
  bucketDemand(
    period: ReportPeriod,
    category: string,
    technology: string,
  ): { rows: BucketRow[]; scopePosts: number };
}

export function analyticsQueries(db: Db): ReportQueries {
  return {
    categoryShare: (technology, periods) =>
      categoryShare(db, { technology, periods: periods.map((p) => ({ ...p })) }).flatMap((r) =>
        r.category
          ? [
              {
                period: r.period,
                categoryId: r.category.id,
                categoryName: r.category.name,
                posts: r.posts,
                share: r.share,
              },
            ]
          : [],
      ),
    growthByCategoryGroup: (technology, from, to) =>
      growth(db, { technology, from: { ...from }, to: { ...to }, by: "CATEGORY_GROUP" }).map((r) => ({
        key: r.key ?? "(unknown)",
        fromCount: r.fromCount,
        toCount: r.toCount,
        growth: r.growth,
      })),
    highValueByCategory: (technology, period, threshold) =>
      highValueShare(db, { technology, period: { ...period }, threshold, by: "CATEGORY" }).map((r) => ({
        key: r.key ?? "(unknown)",
        posts: r.posts,
        known: r.known,
        highValue: r.highValue,
        share: r.share,
      })),
    bucketDemand: (period, category, technology) => {
      const rows = bucketDemand(db, { period: { ...period }, category, technology });
      return {
        rows: rows.map((r) => ({
          bucketId: r.bucket.id,
          bucketName: r.bucket.name,
          posts: r.posts,
          share: r.share,
        })),
        scopePosts: rows[0]?.scopePosts ?? 0,
      };
    },
  };
}
