// The HTTP application: express 5 with Apollo Server at /graphql (POST, and GET for queries),
// the offline playground for browsers, /healthz, the CSV export and report routes, and a hook
// for further routes. This process parses and checks requests; an executor runs them (a pool
// of worker processes in the server, see pool.ts). The app keeps no state between requests.
import "reflect-metadata";
import http from "node:http";
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { sql } from "drizzle-orm";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Db } from "../db/client";
import type { AppContext, AppServices } from "../shared/context";
import { makeApolloServer, type AppLogger } from "./apollo";
import { readsFromEnv, type ReadsMode } from "./auth";
import { requestActor, requestContext } from "./context";
import { MASKED_ERROR } from "./errors";
import { dictionaryRoutes } from "./dictionary-routes";
import { InlineExecutor, executorFailure, type Executor } from "./executor";
import { BODY_LIMIT, checkCost, isHeavy, nestingLimit } from "./limits";
import { playgroundAssets, prefersHtml, sendPlayground } from "./playground";
import { exportAndReportRoutes } from "./routes";
import { buildAppSchema } from "./schema";

/** How long stopping waits for the requests in flight before it stops Apollo anyway. */
const DRAIN_MS = 10_000;

export interface CreateAppOptions {
  /** This process's connection: API keys and /healthz. */
  db: Db;
  /** Process-wide settings (taxonomy, classify mode) put in every request's context. */
  services: AppServices;
  /** Runs the work; default: in this process (tests, embedded use). The server passes its pool. */
  executor?: Executor;
  /** Whether the in-process executor also runs queued training and activation jobs (default true). */
  jobs?: boolean;
  /** Whether reads need a viewer key; defaults to FRONTIER_READS (default "open"). */
  reads?: ReadsMode;
  logger?: AppLogger;
  /** More routes, added after the built-in ones and before the error handler. */
  routes?: (app: express.Express, schema: GraphQLSchema) => void;
  /** Another schema instead of the application's (tests of the HTTP layer only). */
  schema?: GraphQLSchema;
}

interface FrontierApp {
  app: express.Express;
  schema: GraphQLSchema;
  executor: Executor;
  /** Refuses new requests (503 UNAVAILABLE), waits for those in flight, stops Apollo. */
  stop(): Promise<void>;
}

/** A JSON error body in the GraphQL response shape, for errors raised outside Apollo. */
function httpError(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * The HTTP server for an app. A request whose URL and headers pass Node's 16 KB limit gets a
 * JSON error that says what to do (POST the query) instead of Node's empty 431.
 */
export function createHttpServer(app: express.Express): http.Server {
  const server = http.createServer(app);
  server.on("clientError", (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const tooLong = err.code === "HPE_HEADER_OVERFLOW";
    const body = JSON.stringify({
      errors: [
        tooLong
          ? {
              message:
                "The request's URL and headers are longer than 16 KB. Send the query with POST instead: POST /graphql, or POST /export.csv with the same fields (query, variables, operationName) as JSON or a form.",
              extensions: { code: "REQUEST_TOO_LARGE" },
            }
          : { message: "Malformed HTTP request.", extensions: { code: "BAD_REQUEST" } },
      ],
    });
    socket.end(
      `HTTP/1.1 ${tooLong ? "431 Request Header Fields Too Large" : "400 Bad Request"}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  });
  return server;
}

function isHttpError(err: unknown): err is { status: number; type?: string; expose?: boolean } {
  return typeof err === "object" && err !== null && typeof (err as { status?: unknown }).status === "number";
}

/**
 * Checks the cost of every resolved operation (COST_LIMIT_EXCEEDED before anything runs), then
 * hands it to the executor instead of running it here. Apollo has parsed and validated it by
 * then, so nothing refused ever reaches a worker.
 */
function executorPlugin(executor: Executor, logger: AppLogger): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      let cost = 0;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation) cost = checkCost(schema, document, operation, request.variables ?? {});
        },
        async responseForOperation({ source, request, operation, contextValue }) {
          const single = (status: number, body: { data?: unknown; errors?: unknown[] }) => ({
            http: { status, headers: new HeaderMap() },
            body: { kind: "single" as const, singleResult: body as never },
          });
          try {
            const result = await executor.run({
              task: {
                kind: "graphql",
                request: {
                  query: source,
                  variables: request.variables,
                  operationName: request.operationName,
                },
              },
              actor: contextValue.actor,
              heavy: isHeavy(cost),
            });
            if (result.kind !== "graphql") throw new Error(`unexpected ${result.kind} result`);
            if (operation.operation === "mutation") executor.jobsQueued();
            return single(result.status, result.body);
          } catch (e) {
            const failure = executorFailure(e);
            if (failure) return single(failure.status, { errors: [failure.error.toJSON()] });
            logger.error("Executing an operation failed:", e);
            return single(500, { errors: [MASKED_ERROR] });
          }
        },
      };
    },
  };
}

/**
 * Counts the requests in flight. Once `stop` is called new requests get 503 UNAVAILABLE, and
 * the promise it returns settles when those in flight have finished (or their clients gone),
 * or after DRAIN_MS at most.
 */
function drainOnStop(app: express.Express): { stop(): Promise<void> } {
  let stopping = false;
  let inFlight = 0;
  let onDrained = () => {};
  app.use((_req, res, next) => {
    if (stopping) {
      httpError(res, 503, "UNAVAILABLE", "The server is shutting down; try again.");
      return;
    }
    inFlight++;
    res.on("close", () => {
      if (--inFlight === 0) onDrained();
    });
    next();
  });
  return {
    stop: async () => {
      stopping = true;
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          onDrained = resolve;
          timer = setTimeout(resolve, DRAIN_MS);
        });
        clearTimeout(timer);
      }
    },
  };
}

function healthRoute(app: express.Express, db: Db, executor: Executor, logger: AppLogger): void {
  app.get("/healthz", (_req, res) => {
    try {
      db.get(sql`SELECT 1`);
      res.json({ ok: true, ...executor.stats() });
    } catch (err) {
      logger.error("Health check failed:", err);
      res.status(503).json({ ok: false });
    }
  });
}

/** /graphql: the playground for browsers, else Apollo with the caller's context. */
function graphqlRoutes(
  app: express.Express,
  server: ApolloServer<AppContext>,
  db: Db,
  services: AppServices,
  reads: ReadsMode,
): void {
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
      context: async ({ req }): Promise<AppContext> =>
        requestContext(db, services, requestActor(db, reads, req.headers.authorization, { urlKey: false })),
    }),
  );
}

/**
 * The 404 for unknown routes, and the answers to errors raised outside Apollo: body parsing and
 * the routes added through `routes`.
 */
function notFoundAndErrors(app: express.Express, logger: AppLogger): void {
  app.use((_req: express.Request, res: express.Response) => {
    httpError(res, 404, "NOT_FOUND", "No such route. The API is at /graphql.");
  });

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
}

export async function createApp(opts: CreateAppOptions): Promise<FrontierApp> {
  const { db, services } = opts;
  const logger = opts.logger ?? console;
  const reads = opts.reads ?? readsFromEnv();
  const schema = opts.schema ?? (await buildAppSchema());
  const executor =
    opts.executor ?? (await InlineExecutor.create(db, services, logger, schema, { jobs: opts.jobs }));

  const server = makeApolloServer(schema, logger, [executorPlugin(executor, logger)]);
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  // Stopping refuses new requests and lets those in flight finish (or their clients go) first.
  const drain = drainOnStop(app);
  healthRoute(app, db, executor, logger);
  graphqlRoutes(app, server, db, services, reads);
  exportAndReportRoutes(app, { db, schema, executor, reads, logger });
  dictionaryRoutes(app, { db, schema, executor, reads, logger });
  opts.routes?.(app, schema);
  notFoundAndErrors(app, logger);

  return {
    app,
    schema,
    executor,
    stop: async () => {
      await drain.stop();
      await server.stop();
      // A pool passed in belongs to its caller; the in-process executor is the app's own.
      if (!opts.executor) await executor.stop();
    },
  };
}
