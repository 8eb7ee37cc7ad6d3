// What operators see of a running server: one JSON log line per request (pino) and Prometheus
// metrics at GET /metrics (prom-client): request durations by route and operation, errors by
// code, the time query workers spent on each request (database time, reported by the worker
// with its result), training jobs by state and the pool's workers. The HTTP process does no
// more per request than note a few facts and bump counters; the key id of the log line is
// looked up once the answer has gone (or by the rate limiter, before it).
import { createHash, timingSafeEqual } from "node:crypto";
import { format } from "node:util";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Request, RequestHandler, Response } from "express";
import { pino, type DestinationStream, type Logger } from "pino";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { jobCountsByStatus } from "../classify/model.repository";
import type { Db } from "../db/client";
import type { AppContext } from "../shared/context";
import type { AppLogger } from "./apollo";
import { actorFromAuthorization } from "./auth";
import type { LogLevel } from "./config";
import type { Executor } from "./executor";
import { sendHttpError } from "./http-error";
import { noteErrors, noteOperation, recordOf, startRecord, type RequestRecord } from "./request-record";

/**
 * Operation names come from clients: past this many distinct names, further ones are counted
 * as "other", so that a client inventing names cannot grow the metrics without bound.
 */
const MAX_OPERATION_LABELS = 200;
/** Request durations, from a 5 ms query to the longest time budget anyone should set. */
const DURATION_BUCKETS_S = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Answered by the app itself; everything else (the playground's files, unknown paths) is "other". */
const ROUTES = ["/graphql", "/export.csv", "/report", "/healthz", "/metrics"];

/** The route label of a path: one of a few fixed values (never the path itself, which is unbounded). */
function routeOf(path: string): string {
  if (ROUTES.includes(path)) return path;
  if (path.startsWith("/export/")) return "/export/:name";
  if (path.startsWith("/playground/")) return "/playground";
  return "other";
}

/** The JSON logger for request lines: pino, to stdout unless a destination is given (tests). */
export function requestLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

/** The app's logger (errors, warnings) writing through pino, so that stdout is JSON lines only. */
export function pinoAppLogger(log: Logger): AppLogger {
  return {
    info: (...args: unknown[]) => log.info(format(...args)),
    warn: (...args: unknown[]) => log.warn(format(...args)),
    error: (...args: unknown[]) => log.error(format(...args)),
  };
}

let processRegistry: Registry | null = null;

/** Process metrics (CPU, memory, event loop lag, GC), registered once per process on first scrape. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

function sha256(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)\s*$/i.exec(header?.trim() ?? "")?.[1];
  // Digests have one length, so the comparison takes the same time whatever was sent.
  return presented !== undefined && timingSafeEqual(sha256(presented), sha256(token));
}

interface ObservabilityOptions {
  /** This process's connection: API keys, and training jobs by state at scrape time. */
  db: Db;
  executor: Executor;
  /** Where request lines go; null: nowhere. */
  log: Logger | null;
  /** The bearer token GET /metrics needs; null: open. */
  metricsToken: string | null;
}

export class Observability {
  readonly registry = new Registry();
  private readonly requestSeconds: Histogram<"route" | "operation" | "status">;
  private readonly databaseSeconds: Histogram<"route" | "operation">;
  private readonly errors: Counter<"route" | "code">;
  private readonly operations = new Set<string>();

  constructor(private readonly opts: ObservabilityOptions) {
    const registers = [this.registry];
    this.requestSeconds = new Histogram({
      name: "frontier_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its answer, by route, GraphQL operation name (empty for none, anonymous for an unnamed one) and HTTP status.",
      labelNames: ["route", "operation", "status"],
      buckets: DURATION_BUCKETS_S,
      registers,
    });
    this.databaseSeconds = new Histogram({
      name: "frontier_database_duration_seconds",
      help: "Time a query worker spent running a request against its database connection (queries and building the answer; queueing and transfer excluded), by route and GraphQL operation name.",
      labelNames: ["route", "operation"],
      buckets: DURATION_BUCKETS_S,
      registers,
    });
    this.errors = new Counter({
      name: "frontier_errors_total",
      help: "Requests answered with an error, by route and error code (extensions.code); a request with several codes counts once for each.",
      labelNames: ["route", "code"],
      registers,
    });
    const { db, executor } = opts;
    new Gauge({
      name: "frontier_training_jobs",
      help: "Training and activation jobs by state (queued, running, succeeded, failed, interrupted), read when scraped.",
      labelNames: ["state"],
      registers,
      collect() {
        for (const [state, jobs] of Object.entries(jobCountsByStatus(db))) this.set({ state }, jobs);
      },
    });
    new Gauge({
      name: "frontier_query_workers",
      help: "Query worker processes that are up (state=ready) and running a request (state=busy); 0 when requests run in the HTTP process.",
      labelNames: ["state"],
      registers,
      collect() {
        const stats = executor.stats();
        this.set({ state: "ready" }, stats.workers);
        this.set({ state: "busy" }, stats.busy);
      },
    });
    new Gauge({
      name: "frontier_queued_requests",
      help: "Requests waiting for their turn: in the queue, or sent ahead to a busy query worker.",
      registers,
      collect() {
        this.set(executor.stats().queued);
      },
    });
  }

  /** First in the chain: starts the request's record, and logs and counts it once it is over. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const record = startRecord(req, res, performance.now());
      res.once("close", () => this.finish(req, res, record));
      next();
    };
  }

  /** The id of the request's API key (header, or api_key in the URL or form), null for none or an invalid one. */
  callerKeyId(req: Request, res: Response): number | null {
    const record = recordOf(res);
    if (record?.keyId !== undefined) return record.keyId;
    const urlKey = req.query.api_key ?? (req.body as { api_key?: unknown } | undefined)?.api_key;
    const header = req.headers.authorization ?? (typeof urlKey === "string" ? `Bearer ${urlKey}` : undefined);
    let keyId: number | null = null;
    try {
      keyId = actorFromAuthorization(this.opts.db, header)?.keyId ?? null;
    } catch {
      keyId = null; // a malformed or unknown key: the route answers 401 itself
    }
    if (record) record.keyId = keyId;
    return keyId;
  }

  /** GET /metrics: Prometheus text format; with a token set, only for `Authorization: Bearer <token>`. */
  metricsHandler(): RequestHandler {
    const { metricsToken } = this.opts;
    return (req, res, next) => {
      if (metricsToken !== null && !bearerMatches(req.headers.authorization, metricsToken)) {
        res.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
        sendHttpError(
          res,
          401,
          "UNAUTHENTICATED",
          "GET /metrics needs the token set in FRONTIER_METRICS_TOKEN: send 'Authorization: Bearer <token>'.",
        );
        return;
      }
      Promise.all([processMetrics().metrics(), this.registry.metrics()]).then(([process, app]) => {
        res.setHeader("Content-Type", this.registry.contentType);
        res.setHeader("Cache-Control", "no-store");
        res.send(process + app);
      }, next);
    };
  }

  /** Notes the operation's name and the codes of the errors answered, for /graphql. */
  apolloPlugin(): ApolloServerPlugin<AppContext> {
    return {
      async requestDidStart({ request, contextValue }) {
        if (request.operationName) noteOperation(contextValue, request.operationName);
        return {
          async didResolveOperation({ operation, contextValue }) {
            if (operation) noteOperation(contextValue, operation.name?.value ?? "anonymous");
          },
          async willSendResponse({ response, contextValue }) {
            if (response.body.kind === "single") noteErrors(contextValue, response.body.singleResult.errors);
          },
        };
      },
    };
  }

  private operationLabel(name: string | null): string {
    if (name === null) return "";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_LABELS) return "other";
    this.operations.add(name);
    return name;
  }

  private finish(req: Request, res: Response, record: RequestRecord): void {
    const durationMs = performance.now() - record.started;
    // 499 (as nginx logs it): the client went away before the answer was complete.
    const status = res.writableFinished ? res.statusCode : 499;
    const route = routeOf(record.path);
    const operation = this.operationLabel(record.operation);
    this.requestSeconds.observe({ route, operation, status: String(status) }, durationMs / 1000);
    if (record.workMs !== null) this.databaseSeconds.observe({ route, operation }, record.workMs / 1000);
    for (const code of record.errorCodes) this.errors.inc({ route, code });

    const log = this.opts.log;
    if (!log?.isLevelEnabled("info")) return;
    log.info(
      {
        method: record.method,
        path: record.path,
        operation: record.operation,
        status,
        durationMs: Math.round(durationMs * 10) / 10,
        dbMs: record.workMs === null ? null : Math.round(record.workMs * 10) / 10,
        keyId: this.callerKeyId(req, res),
        address: req.ip ?? null,
        errors: [...record.errorCodes],
      },
      "request",
    );
  }
}
