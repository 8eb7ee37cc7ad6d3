// Per-request DataLoaders for fields nested under posts.
import DataLoader from "dataloader";
import { getLoader, type AppContext } from "../shared/context";
import { batchesByIds, skillsByPostIds, type BatchRecord } from "./post.repository";

export const postSkillsLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "postSkills",
    (db) =>
      new DataLoader<number, { tag: string; label: string }[]>(async (ids) => {
        const found = skillsByPostIds(db, ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );

export const batchLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "importBatch",
    (db) =>
      new DataLoader<number, BatchRecord | null>(async (ids) => {
        const found = batchesByIds(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
