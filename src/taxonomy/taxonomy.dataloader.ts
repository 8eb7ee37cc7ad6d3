// Per-request DataLoaders for the dictionary: nested fields batch their reads.
import DataLoader from "dataloader";
import { getLoader, type AppContext } from "../shared/context";
import {
  aliasesBySkillIds,
  bucketsByIds,
  categoriesByIds,
  skillsByBucketIds,
  skillsByTags,
} from "./catalog.repository";
import type { Bucket, Category, Skill, SkillAlias } from "./taxonomy.type";

export const categoryLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "category",
    (db) =>
      new DataLoader<string, Category | null>(async (ids) => {
        const found = categoriesByIds(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );

export const bucketLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "bucket",
    (db) =>
      new DataLoader<string, Bucket | null>(async (ids) => {
        const found = bucketsByIds(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );

export const bucketSkillsLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "bucketSkills",
    (db) =>
      new DataLoader<string, Skill[]>(async (ids) => {
        const found = skillsByBucketIds(db, ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );

export const skillAliasesLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "skillAliases",
    (db) =>
      new DataLoader<string, SkillAlias[]>(async (ids) => {
        const found = aliasesBySkillIds(db, ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );

/** Skill of a normalized tag under the current dictionary. */
export const tagSkillLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "tagSkill",
    (db) =>
      new DataLoader<string, Skill | null>(async (tags) => {
        const found = skillsByTags(db, tags);
        return tags.map((t) => found.get(t) ?? null);
      }),
  );
