// The HTTP application: express 5 with Apollo Server at /graphql (POST, and GET for queries),
// the offline playground for browsers, /healthz, and a hook for further routes (CSV export,
// reports). The app keeps no state between requests.
import "reflect-metadata";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import { sql } from "drizzle-orm";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Db } from "../db/client";
import type { AppContext, AppServices } from "../shared/context";
import { actorFromAuthorization, readsFromEnv, unauthenticated401, type ReadsMode } from "./auth";
import { makeFormatError } from "./errors";
import { BODY_LIMIT, MAX_TOKENS, costLimitPlugin, limitRules, nestingLimit } from "./limits";
import { playgroundAssets, prefersHtml, sendPlayground } from "./playground";
import { buildAppSchema } from "./schema";

export type AppLogger = Pick<Console, "info" | "warn" | "error">;

export interface CreateAppOptions {
  db: Db;
  /** Process-wide settings (taxonomy, classify mode) put in every request's context. */
  services: AppServices;
  /** Whether reads need a viewer key; defaults to FRONTIER_READS (default "open"). */
  reads?: ReadsMode;
  logger?: AppLogger;
  /** More routes (CSV export, reports), added after /graphql and before the error handler. */
  routes?: (app: express.Express, schema: GraphQLSchema) => void;
  /** Another schema instead of the application's (tests of the HTTP layer only). */
  schema?: GraphQLSchema;
}

export interface FrontierApp {
  app: express.Express;
  schema: GraphQLSchema;
  stop(): Promise<void>;
}

/** A JSON error body in the GraphQL response shape, for errors raised outside Apollo. */
export function httpError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

function isHttpError(err: unknown): err is { status: number; type?: string; expose?: boolean } {
  return typeof err === "object" && err !== null && typeof (err as { status?: unknown }).status === "number";
}

export async function createApp(opts: CreateAppOptions): Promise<FrontierApp> {
  const { db, services } = opts;
  const logger = opts.logger ?? console;
  const reads = opts.reads ?? readsFromEnv();
  const schema = opts.schema ?? (await buildAppSchema());

  const plugins: ApolloServerPlugin<AppContext>[] = [
    ApolloServerPluginLandingPageDisabled(),
    costLimitPlugin(),
  ];
  const server = new ApolloServer<AppContext>({
    schema,
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    validationRules: limitRules(),
    formatError: makeFormatError(logger),
    includeStacktraceInErrorResponses: false,
    logger: {
      debug: () => {},
      info: (...args: unknown[]) => logger.info(...args),
      warn: (...args: unknown[]) => logger.warn(...args),
      error: (...args: unknown[]) => logger.error(...args),
    },
    plugins,
  });
  await server.start();

  const app = express();
  app.disable("x-powered-by");

  app.get("/healthz", (_req, res) => {
    try {
      db.get(sql`SELECT 1`);
      res.json({ ok: true });
    } catch (err) {
      logger.error("Health check failed:", err);
      res.status(503).json({ ok: false });
    }
  });

  app.use(playgroundAssets());
  app.get("/graphql", (req, res, next) => {
    if (prefersHtml(req)) sendPlayground(res, "/graphql");
    else next();
  });

  app.use(
    "/graphql",
    express.json({ limit: BODY_LIMIT }),
    nestingLimit(),
    expressMiddleware(server, {
      context: async ({ req }): Promise<AppContext> => {
        const actor = actorFromAuthorization(db, req.headers.authorization);
        if (reads === "key" && !actor) {
          throw unauthenticated401(
            "This server needs an API key for every request: send 'Authorization: Bearer <key>'.",
          );
        }
        return { db, services, actor, loaders: new Map() };
      },
    }),
  );

  opts.routes?.(app, schema);

  app.use((_req: express.Request, res: express.Response) => {
    httpError(res, 404, "NOT_FOUND", "No such route. The API is at /graphql.");
  });

  // Errors raised outside Apollo: body parsing and the routes added through `routes`.
  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (isHttpError(err) && err.type === "entity.too.large") {
      httpError(res, 413, "PAYLOAD_TOO_LARGE", `The request body is larger than the limit of ${BODY_LIMIT}.`);
    } else if (isHttpError(err) && err.type === "entity.parse.failed") {
      httpError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
    } else if (isHttpError(err) && err.status >= 400 && err.status < 500 && err.expose) {
      httpError(res, err.status, "BAD_REQUEST", err instanceof Error ? err.message : "Bad request");
    } else {
      logger.error("Unhandled error:", err instanceof Error ? (err.stack ?? err.message) : err);
      httpError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
    }
  });

  return {
    app,
    schema,
    stop: () => server.stop(),
  };
}
