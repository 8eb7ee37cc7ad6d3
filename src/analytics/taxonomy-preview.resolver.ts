// previewTaxonomyChange: what a dictionary edit would do to bucketDemand (Figure 3), without
// writing anything. It lives above the taxonomy layer because it counts with bucketDemand and
// takes a PostFilter, as bucketDemand does.
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { PostFilter } from "../posts/post.args";
import type { AppContext } from "../shared/context";
import { PeriodInput } from "../shared/period.input";
import { changeToOp, TaxonomyChangeInput } from "../taxonomy/taxonomy-edit.args";
import { BucketImpact } from "../taxonomy/taxonomy-edit.type";
import { previewBucketDemand } from "./taxonomy-preview.service";

@Resolver()
export class TaxonomyPreviewResolver {
  @Query((_returns) => [BucketImpact], {
    description:
      "What an edit would do to each bucket's posts in bucketDemand (before, after, delta, shares) for the same scope, without writing anything. Readers may preview.",
  })
  previewTaxonomyChange(
    @Arg("change", (_type) => TaxonomyChangeInput, { description: "The edit: set exactly one field." })
    change: TaxonomyChangeInput,
    @Arg("period", (_type) => PeriodInput, {
      nullable: true,
      description: "Count posts posted in this period only; every day by default.",
    })
    period: PeriodInput | null,
    @Arg("category", (_type) => ID, {
      nullable: true,
      description: "Count posts of this category only (as bucketDemand's category); all by default.",
    })
    category: string | null,
    @Arg("technology", (_type) => ID, {
      nullable: true,
      description:
        "Count posts of this technology only (final label, as bucketDemand's technology: Figure 3 uses ai); every post by default.",
    })
    technology: string | null,
    @Arg("filter", (_type) => PostFilter, {
      nullable: true,
      description: "Count the posts matching this filter only, as bucketDemand's filter.",
    })
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
  ): BucketImpact[] {
    // An omitted argument arrives as undefined.
    return previewBucketDemand(ctx.db, changeToOp(change), {
      period: period ?? null,
      category: category ?? null,
      technology: technology ?? null,
      filter: filter ?? null,
    });
  }
}
