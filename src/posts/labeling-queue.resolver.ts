// labelingQueue over GraphQL: the posts an editor should label next for a technology. The rule
// and its SQL live in classify (labeling-queue*.ts); this layer only adds the posts themselves,
// since the Post type belongs to posts.
import { Arg, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { labelingQueue, DEFAULT_QUEUE_SIZE, MAX_QUEUE_SIZE } from "../classify/labeling-queue.service";
import type { AppContext } from "../shared/context";
import { invariant } from "../shared/errors";
import { postsByInternalIds } from "./post.service";
import { Post } from "./post.type";

@ObjectType({
  simpleResolvers: true,
  description:
    "An unlabeled post whose hand label would most improve a technology's model (label it with labelPost, then trainModel).",
})
export class LabelingCandidate {
  @Field((_type) => Post, { description: "The post to label." })
  post!: Post;

  @Field((_type) => Float, {
    description:
      "The active model's probability (share of tree votes, 0..1) that the post is the technology; the queue starts with the posts closest to the model's threshold.",
  })
  probability!: number;

  @Field((_type) => Float, {
    description:
      "The active model's decision threshold on the probability (0..1): at or above it, the model says yes.",
  })
  threshold!: number;
}

@Resolver((_of) => LabelingCandidate)
export class LabelingQueueResolver {
  @Query((_returns) => [LabelingCandidate], {
    description:
      "Posts without a hand label for the technology whose labels would most improve its model: those whose probability is closest to the active model's threshold, dealt round-robin over work categories (each category's closest first, then each one's second, ...; within a round, closest first). Only posts the model scored: in the study's mode, keyword candidates. BAD_USER_INPUT when the technology is unknown or has no active model.",
  })
  labelingQueue(
    @Arg("technology", (_type) => ID, { description: "The technology id, e.g. ai." }) technology: string,
    @Arg("first", (_type) => Int, {
      nullable: true,
      description: `How many posts (default ${DEFAULT_QUEUE_SIZE}, at most ${MAX_QUEUE_SIZE}).`,
    })
    first: number | null,
    @Ctx() ctx: AppContext,
  ): LabelingCandidate[] {
    const queue = labelingQueue(ctx.db, technology, first);
    const posts = postsByInternalIds(
      ctx.db,
      queue.map((e) => e.postId),
    );
    return queue.map((e) => {
      const post = posts.get(e.postId);
      invariant(post, `labeling queue post ${e.postId} not found`);
      return { post, probability: e.probability, threshold: e.threshold };
    });
  }
}
