// Reads of categories and the skill dictionary.
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { AppContext } from "../shared/context";
import { invariant } from "../shared/errors";
import { listBuckets, listCategories } from "./catalog.repository";
import { bucketLoader, bucketSkillsLoader, skillAliasesLoader } from "./taxonomy.dataloader";
import { Bucket, Category, Skill, SkillAlias } from "./taxonomy.type";

@Resolver((_of) => Category)
export class CategoryResolver {
  @Query((_returns) => [Category], { description: "The 12 work categories with their subcategories." })
  categories(@Ctx() ctx: AppContext): Category[] {
    return listCategories(ctx.db);
  }
}

@Resolver((_of) => Bucket)
export class BucketResolver {
  @Query((_returns) => [Bucket], { description: "The gen-AI skill buckets of the current dictionary." })
  buckets(@Ctx() ctx: AppContext): Bucket[] {
    return listBuckets(ctx.db);
  }

  @FieldResolver((_returns) => [Skill], { description: "Its skills, in dictionary order." })
  skills(@Root() bucket: Bucket, @Ctx() ctx: AppContext): Promise<Skill[]> {
    return bucketSkillsLoader(ctx).load(bucket.id);
  }
}

@Resolver((_of) => Skill)
export class SkillResolver {
  @FieldResolver((_returns) => Bucket, { description: "The bucket the skill belongs to." })
  async bucket(@Root() skill: Skill, @Ctx() ctx: AppContext): Promise<Bucket> {
    const bucket = await bucketLoader(ctx).load(skill.bucketId);
    invariant(bucket, `skill ${skill.id} points to missing bucket ${skill.bucketId}`);
    return bucket;
  }

  @FieldResolver((_returns) => [SkillAlias], { description: "The tags and phrases that map posts to it." })
  aliases(@Root() skill: Skill, @Ctx() ctx: AppContext): Promise<SkillAlias[]> {
    return skillAliasesLoader(ctx).load(skill.id);
  }
}
