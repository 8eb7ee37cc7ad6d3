// Per-request DataLoaders for technologies, models and classifications.
import DataLoader from "dataloader";
import { getLoader, type AppContext } from "../shared/context";
import {
  activeModelsByTechnology,
  classificationsByPostIds,
  modelsByIds,
  technologiesByIds,
} from "./technology.repository";
import type { Model, PostTechnology, Technology } from "./technology.type";
import { latestActivationJobs, type JobRecord } from "./model.repository";

export const technologyLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "technology",
    (db) =>
      new DataLoader<string, Technology | null>(async (ids) => {
        const found = technologiesByIds(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );

export const modelLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "model",
    (db) =>
      new DataLoader<number, Model | null>(async (ids) => {
        const found = modelsByIds(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );

export const activeModelLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "activeModel",
    (db) =>
      new DataLoader<string, Model | null>(async (ids) => {
        const found = activeModelsByTechnology(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );

export const postTechnologiesLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "postTechnologies",
    (db) =>
      new DataLoader<number, PostTechnology[]>(async (ids) => {
        const found = classificationsByPostIds(db, ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );

export const activationJobLoader = (ctx: AppContext) =>
  getLoader(
    ctx,
    "activationJob",
    (db) =>
      new DataLoader<number, JobRecord | null>(async (ids) => {
        const found = latestActivationJobs(db, ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
