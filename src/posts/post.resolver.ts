// Posts, datasets and import batches: queries, nested fields and the importPosts mutation.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { postTechnologiesLoader } from "../classify/technology.dataloader";
import { PostTechnology } from "../classify/technology.type";
import type { AppContext } from "../shared/context";
import { checkPageSize } from "../shared/paging";
import { categoryLoader, tagSkillLoader } from "../taxonomy/taxonomy.dataloader";
import { Category, Skill } from "../taxonomy/taxonomy.type";
import { PostFilter, PostInput, PostOrder } from "./post.args";
import { batchLoader, postSkillsLoader } from "./post.dataloader";
import { listBatches, listDatasets, listRejects } from "./post.repository";
import { importBatchById, importPostRows, postById, postPage, toImportBatch } from "./post.service";
import { Dataset, ImportBatch, Post, PostConnection, PostSkill, RejectedRow } from "./post.type";

@Resolver((_of) => Post)
export class PostResolver {
  @Query((_returns) => PostConnection, {
    description:
      "Posts matching a filter, a page at a time (keyset paging), in import order unless `orderBy` says otherwise.",
  })
  posts(
    @Arg("filter", (_type) => PostFilter, {
      nullable: true,
      description: "Which posts; every post when null.",
    })
    filter: PostFilter | null,
    @Arg("first", (_type) => Int, { nullable: true, description: "Page size (default 50, at most 500)." })
    first: number | null,
    @Arg("after", (_type) => String, {
      nullable: true,
      description:
        "Start after this cursor (an endCursor or edge cursor of a previous page under the same orderBy); from the first post when null.",
    })
    after: string | null,
    @Arg("orderBy", (_type) => PostOrder, {
      nullable: true,
      description: "Sort order (default: import order, ascending).",
    })
    orderBy: PostOrder | null,
    @Ctx() ctx: AppContext,
  ): PostConnection {
    return postPage(ctx.db, filter, first, after, orderBy);
  }

  @Query((_returns) => Post, { nullable: true, description: "One post by id; null when there is none." })
  post(
    @Arg("id", (_type) => ID, { description: '"<source>:<externalId>", as Post.id.' }) id: string,
    @Ctx() ctx: AppContext,
  ): Post | null {
    return postById(ctx.db, id);
  }

  @FieldResolver((_returns) => Category, {
    nullable: true,
    description: "Its work category; null when unknown.",
  })
  category(@Root() post: Post, @Ctx() ctx: AppContext): Promise<Category | null> | null {
    return post.categoryId === null ? null : categoryLoader(ctx).load(post.categoryId);
  }

  @FieldResolver((_returns) => [PostSkill], { description: "Skill tags of the post." })
  skills(@Root() post: Post, @Ctx() ctx: AppContext): Promise<PostSkill[]> {
    return postSkillsLoader(ctx).load(post.internalId);
  }

  @FieldResolver((_returns) => [PostTechnology], {
    description: "Classification per technology, with provenance.",
  })
  technologies(@Root() post: Post, @Ctx() ctx: AppContext): Promise<PostTechnology[]> {
    return postTechnologiesLoader(ctx).load(post.internalId);
  }

  @FieldResolver((_returns) => ImportBatch, {
    nullable: true,
    description: "The import that last wrote the post.",
  })
  async batch(@Root() post: Post, @Ctx() ctx: AppContext): Promise<ImportBatch | null> {
    if (post.batchId === null) return null;
    const batch = await batchLoader(ctx).load(post.batchId);
    return batch ? toImportBatch(batch) : null;
  }
}

@Resolver((_of) => PostSkill)
export class PostSkillResolver {
  @FieldResolver((_returns) => Skill, {
    nullable: true,
    description: "The dictionary skill this tag maps to.",
  })
  skill(@Root() ps: PostSkill, @Ctx() ctx: AppContext): Promise<Skill | null> {
    return tagSkillLoader(ctx).load(ps.tag);
  }
}

@Resolver((_of) => PostConnection)
export class PostConnectionResolver {
  @FieldResolver((_returns) => Int, { description: "Number of posts matching the filter." })
  totalCount(@Root() c: PostConnection): number {
    return c.count();
  }
}

@Resolver((_of) => Dataset)
export class DatasetResolver {
  @Query((_returns) => [Dataset], { description: "Sources of posts; `synthetic` marks generated data." })
  datasets(@Ctx() ctx: AppContext): Dataset[] {
    return listDatasets(ctx.db);
  }
}

@Resolver((_of) => ImportBatch)
export class ImportBatchResolver {
  @Query((_returns) => [ImportBatch], { description: "Import runs, newest first." })
  importBatches(
    @Arg("first", (_type) => Int, {
      nullable: true,
      description: "At most this many (default 50, at most 500).",
    })
    first: number | null,
    @Ctx() ctx: AppContext,
  ): ImportBatch[] {
    return listBatches(ctx.db, checkPageSize(first)).map(toImportBatch);
  }

  @Query((_returns) => ImportBatch, { description: "One import run; NOT_FOUND when there is none." })
  importBatch(
    @Arg("id", (_type) => ID, { description: "The batch number (ImportBatch.id)." }) id: string,
    @Ctx() ctx: AppContext,
  ): ImportBatch {
    return importBatchById(ctx.db, id);
  }

  @FieldResolver((_returns) => [RejectedRow], { description: "Rows refused by this import, in input order." })
  rejects(
    @Root() batch: ImportBatch,
    @Arg("first", (_type) => Int, {
      nullable: true,
      description: "At most this many (default 50, at most 500).",
    })
    first: number | null,
    @Ctx() ctx: AppContext,
  ): RejectedRow[] {
    return listRejects(ctx.db, Number(batch.id), checkPageSize(first));
  }

  @Authorized("editor")
  @Mutation((_returns) => ImportBatch, {
    description: "Imports a small list of posts (editor). Bad rows are refused with a reason.",
  })
  importPosts(
    @Arg("rows", (_type) => [PostInput], {
      description: "The posts, 1 to 1000; use npm run import for files.",
    })
    rows: PostInput[],
    @Ctx() ctx: AppContext,
  ): Promise<ImportBatch> {
    return importPostRows(ctx, rows);
  }
}
