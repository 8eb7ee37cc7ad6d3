// estimate(technology, filter): a technology's posts in a scope corrected for classifier error.
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { PostFilter } from "../../posts/post.args";
import type { AppContext } from "../../shared/context";
import { estimateTechnology } from "./estimate.service";
import { TechnologyEstimate } from "./estimate.type";

@Resolver()
export class EstimateResolver {
  @Query((_returns) => TechnologyEstimate, {
    description:
      "How many posts of a scope are a technology: the positive labels (observed) and an estimate corrected for the classifier's cross-validated error rates, with a 95% interval (docs/classifier.md).",
  })
  estimate(
    @Arg("technology", (_type) => ID, { description: "The technology id (see technologies)." })
    technology: string,
    @Arg("filter", (_type) => PostFilter, {
      nullable: true,
      description: "The scope; every post by default.",
    })
    filter: PostFilter | null,
    @Ctx() ctx: AppContext,
  ): TechnologyEstimate {
    return estimateTechnology(ctx.db, { technology, filter });
  }
}
