// Per-request DataLoaders for fields nested under posts.
import type { AppContext } from "../shared/context";
import { requestListLoader, requestLoader } from "../shared/request-loader";
import { batchesByIds, skillsByPostIds } from "./post.repository";

export const postSkillsLoader = (ctx: AppContext) => requestListLoader(ctx, "postSkills", skillsByPostIds);

export const batchLoader = (ctx: AppContext) => requestLoader(ctx, "importBatch", batchesByIds);
