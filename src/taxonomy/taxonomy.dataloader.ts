// Per-request DataLoaders for the dictionary: nested fields batch their reads.
import type { AppContext } from "../shared/context";
import { requestListLoader, requestLoader } from "../shared/request-loader";
import {
  aliasesBySkillIds,
  bucketsByIds,
  categoriesByIds,
  skillsByBucketIds,
  skillsByTags,
} from "./catalog.repository";

export const categoryLoader = (ctx: AppContext) => requestLoader(ctx, "category", categoriesByIds);

export const bucketLoader = (ctx: AppContext) => requestLoader(ctx, "bucket", bucketsByIds);

export const bucketSkillsLoader = (ctx: AppContext) =>
  requestListLoader(ctx, "bucketSkills", skillsByBucketIds);

export const skillAliasesLoader = (ctx: AppContext) =>
  requestListLoader(ctx, "skillAliases", aliasesBySkillIds);

/** Skill of a normalized tag under the current dictionary. */
export const tagSkillLoader = (ctx: AppContext) => requestLoader(ctx, "tagSkill", skillsByTags);
