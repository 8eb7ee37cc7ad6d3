// Per-request DataLoaders for technologies, models and classifications.
import type { AppContext } from "../shared/context";
import { requestListLoader, requestLoader } from "../shared/request-loader";
import {
  activeModelsByTechnology,
  classificationsByPostIds,
  modelsByIds,
  technologiesByIds,
} from "./technology.repository";
import { latestActivationJobs } from "./model.repository";

export const technologyLoader = (ctx: AppContext) => requestLoader(ctx, "technology", technologiesByIds);

export const modelLoader = (ctx: AppContext) => requestLoader(ctx, "model", modelsByIds);

export const activeModelLoader = (ctx: AppContext) =>
  requestLoader(ctx, "activeModel", activeModelsByTechnology);

export const postTechnologiesLoader = (ctx: AppContext) =>
  requestListLoader(ctx, "postTechnologies", classificationsByPostIds);

export const activationJobLoader = (ctx: AppContext) =>
  requestLoader(ctx, "activationJob", latestActivationJobs);
