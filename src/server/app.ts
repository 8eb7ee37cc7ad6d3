// The HTTP application: express 5 with Apollo Server at /graphql (POST, and GET for queries),
// the offline playground for browsers, /healthz, /metrics, the CSV export and report routes, and
// a hook for further routes; around them CORS, rate limits and a JSON log line per request. This
// process parses and checks requests; an executor runs them (a pool of worker processes in the
// server, see pool.ts). The app keeps no state between requests.
import "reflect-metadata";
import http from "node:http";
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { sql } from "drizzle-orm";
import express from "express";
import { GraphQLError, type GraphQLSchema } from "graphql";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import type { AppContext, AppServices } from "../shared/context";
import { JsonBody, makeApolloServer, type AppLogger } from "./apollo";
import { readsFromEnv, type ReadsMode } from "./auth";
import type { RateLimit, TrustProxy } from "./config";
import { requestActor, requestContext } from "./context";
import { corsMiddleware } from "./cors";
import { MASKED_ERROR } from "./errors";
import { dictionaryRoutes } from "./dictionary-routes";
import { InlineExecutor, executorFailure, type Executor } from "./executor";
import { sendHttpError } from "./http-error";
import { BODY_LIMIT, checkCost, isHeavy, isQuick, nestingLimit } from "./limits";
import { Observability } from "./observability";
import { PersistedQueryStore } from "./persisted-queries";
import { playgroundAssets, prefersHtml, sendPlayground } from "./playground";
import { rateLimiter } from "./rate-limit";
import { bindContext, noteErrors, noteWork } from "./request-record";
import { exportAndReportRoutes } from "./routes";
import { savedQueryRoutes } from "./saved-query.routes";
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
  /** Origins whose pages may call the API (FRONTIER_CORS_ORIGINS; ["*"]: any). Default none. */
  corsOrigins?: readonly string[];
  /** Requests per window per API key, or per address without one (FRONTIER_RATE_LIMIT). Default none. */
  rateLimit?: RateLimit | null;
  /** Where the JSON line of every request goes (the server: stdout). Default: nowhere. */
  requestLog?: Logger | null;
  /** The bearer token GET /metrics needs (FRONTIER_METRICS_TOKEN). Default: /metrics is open. */
  metricsToken?: string | null;
  /** Proxies whose X-Forwarded-For gives the client's address (FRONTIER_TRUST_PROXY). Default none. */
  trustProxy?: TrustProxy;
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
                "The request's URL and headers are longer than 16 KB. Send the query with POST instead: POST /graphql, or POST /export.csv with the same fields (query, variables, operationName) as JSON or a form; or save it under a name (saveQuery) and GET /export/NAME.csv.",
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
              quick: operation.operation === "query" && isQuick(cost),
            });
            noteWork(contextValue, result);
            if (result.kind !== "graphql") throw new Error(`unexpected ${result.kind} result`);
            if (operation.operation === "mutation") executor.jobsQueued();
            return single(result.status, { data: new JsonBody(result.json), errors: result.errors });
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
      sendHttpError(res, 503, "UNAVAILABLE", "The server is shutting down; try again.");
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
      context: async ({ req, res }): Promise<AppContext> => {
        let actor;
        try {
          actor = requestActor(db, reads, req.headers.authorization, { urlKey: false });
        } catch (e) {
          // Apollo answers this (401) without running the plugins that note errors.
          if (e instanceof GraphQLError) noteErrors(res, [e]);
          throw e;
        }
        const context = requestContext(db, services, actor);
        bindContext(context, res);
        return context;
      },
    }),
  );
}

/**
 * The 404 for unknown routes, and the answers to errors raised outside Apollo: body parsing and
 * the routes added through `routes`.
 */
function notFoundAndErrors(app: express.Express, logger: AppLogger): void {
  app.use((_req: express.Request, res: express.Response) => {
    sendHttpError(res, 404, "NOT_FOUND", "No such route. The API is at /graphql.");
  });

  app.use((err: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    if (isHttpError(err) && err.type === "entity.too.large") {
      sendHttpError(
        res,
        413,
        "PAYLOAD_TOO_LARGE",
        `The request body is larger than the limit of ${BODY_LIMIT}.`,
      );
    } else if (isHttpError(err) && err.type === "entity.parse.failed") {
      sendHttpError(res, 400, "BAD_REQUEST", "The request body is not valid JSON.");
    } else if (isHttpError(err) && err.status >= 400 && err.status < 500 && err.expose) {
      sendHttpError(res, err.status, "BAD_REQUEST", err instanceof Error ? err.message : "Bad request");
    } else {
      logger.error("Unhandled error:", err instanceof Error ? (err.stack ?? err.message) : err);
      sendHttpError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error");
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

  const observability = new Observability({
    db,
    executor,
    log: opts.requestLog ?? null,
    metricsToken: opts.metricsToken ?? null,
  });
  // Automatic persisted queries registered at /graphql can be exported by hash at /export.csv.
  const persisted = new PersistedQueryStore();
  const server = makeApolloServer(
    schema,
    logger,
    [observability.apolloPlugin(), executorPlugin(executor, logger)],
    persisted,
  );
  await server.start();

  const app = express();
  app.disable("x-powered-by");
  // Express would hash every answer for an ETag, on this event loop: 0.24 ms for a 296 KB
  // answer, 7.5 ms for a 10 MB CSV export. Every answer is computed afresh, so a revalidation
  // by ETag would save the server no work. (The playground's files keep Last-Modified.)
  app.set("etag", false);
  // The client's address (rate limits, the log) comes from X-Forwarded-For only behind these proxies.
  app.set("trust proxy", opts.trustProxy ?? false);
  // Every request is logged and counted, the refused ones included.
  app.use(observability.middleware());
  app.use(corsMiddleware(opts.corsOrigins ?? []));
  // Stopping refuses new requests and lets those in flight finish (or their clients go) first.
  const drain = drainOnStop(app);
  // Probes and scrapes come before the rate limit: they are never refused for it.
  healthRoute(app, db, executor, logger);
  app.get("/metrics", observability.metricsHandler());
  const limiter = opts.rateLimit
    ? rateLimiter(opts.rateLimit, (req, res) => observability.callerKeyId(req, res), logger)
    : null;
  if (limiter) app.use(limiter.middleware);
  graphqlRoutes(app, server, db, services, reads);
  const exportOptions = { db, schema, executor, reads, logger, persisted };
  exportAndReportRoutes(app, exportOptions);
  savedQueryRoutes(app, exportOptions);
  dictionaryRoutes(app, exportOptions);
  opts.routes?.(app, schema);
  notFoundAndErrors(app, logger);

  return {
    app,
    schema,
    executor,
    stop: async () => {
      await drain.stop();
      await server.stop();
      limiter?.stop();
      // A pool passed in belongs to its caller; the in-process executor is the app's own.
      if (!opts.executor) await executor.stop();
    },
  };
}
