// One Apollo Server configuration for the two places that use it: the HTTP process (which
// parses, validates and checks the cost of every operation, then hands it to a worker: see
// executorPlugin in app.ts) and the query workers (which run what it hands over against their
// own database connection).
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { FormattedExecutionResult, GraphQLSchema } from "graphql";
import type { AppContext } from "../shared/context";
import type { CompiledQueries } from "./compiled-queries";
import { makeFormatError } from "./errors";
import { MAX_TOKENS, limitRules } from "./limits";
import type { PersistedQueryStore } from "./persisted-queries";

export type AppLogger = Pick<Console, "info" | "warn" | "error">;

/** A response body as Apollo writes it: JSON of its errors, data and extensions, in that order. */
export function responseJson({ errors, data, extensions }: FormattedExecutionResult): string {
  return `${JSON.stringify({ errors, data, extensions })}\n`;
}

/**
 * A response body serialized where it was computed (a query worker, see tasks.ts), standing as
 * the `data` of the result the HTTP process hands to Apollo, which writes its text as it is
 * (stringifyResult below). A large answer then crosses from the worker as one string, and is not
 * serialized by v8 in the worker, rebuilt as objects and serialized again as JSON here: for the
 * 2,181 rows of an ad-hoc query that was about 20 ms of the HTTP process's time.
 */
export class JsonBody {
  constructor(readonly text: string) {}
}

export function makeApolloServer(
  schema: GraphQLSchema,
  logger: AppLogger,
  plugins: ApolloServerPlugin<AppContext>[] = [],
  /** Where automatic persisted queries are kept (default: Apollo's own in-memory cache). */
  persistedQueries?: PersistedQueryStore,
  /** Execute with these (queries compiled: the query workers) instead of Apollo's graphql-js. */
  compiled?: CompiledQueries,
): ApolloServer<AppContext> {
  return new ApolloServer<AppContext>({
    ...(compiled ? { gateway: compiled.gateway() } : { schema }),
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: limitRules(),
    formatError: makeFormatError(logger),
    ...(persistedQueries ? { persistedQueries: { cache: persistedQueries } } : {}),
    includeStacktraceInErrorResponses: false,
    // The app stops Apollo itself, after its requests in flight (createApp's stop, serve.ts).
    // Apollo's own SIGTERM handler, on outside tests, stopped it at once: a request still
    // arriving got "Cannot execute GraphQL operations after the server has stopped" as a 500.
    stopOnTerminationSignals: false,
    stringifyResult: (result) => (result.data instanceof JsonBody ? result.data.text : responseJson(result)),
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
