// One Apollo Server configuration for the two places that use it: the HTTP process (which
// parses, validates and checks the cost of every operation, then hands it to a worker: see
// executorPlugin in app.ts) and the query workers (which run what it hands over against their
// own database connection).
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLSchema } from "graphql";
import type { AppContext } from "../shared/context";
import { makeFormatError } from "./errors";
import { MAX_TOKENS, limitRules } from "./limits";
import type { PersistedQueryStore } from "./persisted-queries";

export type AppLogger = Pick<Console, "info" | "warn" | "error">;

export function makeApolloServer(
  schema: GraphQLSchema,
  logger: AppLogger,
  plugins: ApolloServerPlugin<AppContext>[] = [],
  /** Where automatic persisted queries are kept (default: Apollo's own in-memory cache). */
  persistedQueries?: PersistedQueryStore,
): ApolloServer<AppContext> {
  return new ApolloServer<AppContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: limitRules(),
    formatError: makeFormatError(logger),
    ...(persistedQueries ? { persistedQueries: { cache: persistedQueries } } : {}),
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: () => {},
      info: (...args: unknown[]) => logger.info(...args),
      warn: (...args: unknown[]) => logger.warn(...args),
      error: (...args: unknown[]) => logger.error(...args),
    },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set; the plugin would still wrap the resolution of every field.
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
    ],
  });
}
