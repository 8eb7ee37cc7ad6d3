// Plain-HTTP routes beside /graphql, for tools that cannot speak GraphQL: /export.csv (the first
// list of any query's result as a tidy CSV table with paging headers, for Excel, Power BI,
// Sheets, Tableau or a script; GET with the query in the URL, or POST with the same fields in a
// JSON or form body when the URL would be too long; instead of its text, the query may be named
// by `saved` (a saved query) or by `extensions` (the hash of an automatic persisted query)) and
// GET /report (the study report as a web page). Same auth rules as /graphql; BI tools that
// cannot set headers may pass the key as `api_key`. The work runs in the executor, under the
// same time budget as every request.
import express, { type Express, type Request, type Response } from "express";
import { GraphQLError, getOperationAST, parse, type GraphQLSchema } from "graphql";
import { csvPagingHeaders } from "../analytics/export/csv";
import type { Db } from "../db/client";
import { savedQueryRun } from "../queries/saved-query.service";
import type { Actor } from "../shared/context";
import type { AppLogger } from "./apollo";
import type { ReadsMode } from "./auth";
import { requestActor } from "./context";
import { MASKED_ERROR } from "./errors";
import { executorFailure, type Executor } from "./executor";
import { BODY_LIMIT, checkNesting, isHeavyOperation } from "./limits";
import { sendErrors } from "./http-error";
import { noteOperation, noteWork } from "./request-record";
import { sha256Hex, type PersistedQueryStore } from "./persisted-queries";
import type { Task, TaskResult } from "./tasks";

export interface ExportRoutesOptions {
  /** This process's connection (API keys). */
  db: Db;
  schema: GraphQLSchema;
  executor: Executor;
  reads: ReadsMode;
  logger: AppLogger;
  /** Automatic persisted queries, shared with Apollo at /graphql. */
  persisted: PersistedQueryStore;
}

export function firstString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}

/** The export's fields, from the URL (GET) or the body (POST, JSON or form); variables may be JSON text or an object. */
function exportFields(req: Request): Record<string, unknown> {
  const body: unknown = req.method === "POST" ? req.body : undefined;
  return body && typeof body === "object" ? { ...req.query, ...(body as object) } : req.query;
}

/**
 * Whether a query is heavy (limits.ts), to keep it from taking every worker; false when it does
 * not parse. Notes the operation's name for the request's log line and metrics.
 */
export function isHeavyQuery(
  res: Response,
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): boolean {
  try {
    const document = parse(query);
    const operation = getOperationAST(document, operationName ?? null);
    if (operation) noteOperation(res, operation.name?.value ?? "anonymous");
    return operation ? isHeavyOperation(schema, document, operation, variables) : false;
  } catch {
    return false;
  }
}

/** The caller, or false after answering 401 when the key is missing (closed reads) or invalid. */
export function actorOrRespond(
  { db, reads }: ExportRoutesOptions,
  req: Request,
  res: Response,
  apiKey: string | undefined,
): Actor | null | false {
  const header = req.headers.authorization ?? (apiKey ? `Bearer ${apiKey}` : undefined);
  try {
    return requestActor(db, reads, header, { urlKey: true });
  } catch (e) {
    if (e instanceof GraphQLError) {
      sendErrors(res, 401, [{ message: e.message, extensions: { code: "UNAUTHENTICATED" } }]);
      return false;
    }
    throw e;
  }
}

/** Runs a task; on a timeout or a failure answers with a JSON error and returns null. */
export async function runOrRespond(
  { executor, logger }: ExportRoutesOptions,
  res: Response,
  task: Task,
  actor: Actor | null,
  heavy: boolean,
): Promise<TaskResult | null> {
  try {
    const result = await executor.run({ task, actor, heavy });
    noteWork(res, result);
    return result;
  } catch (e) {
    const failure = executorFailure(e);
    if (failure) sendErrors(res, failure.status, [failure.error.toJSON()]);
    else {
      logger.error("Executing a request failed:", e);
      sendErrors(res, 500, [MASKED_ERROR]);
    }
    return null;
  }
}

/** Answers a user error raised while reading a request: 404 for NOT_FOUND, else 400. */
export function sendUserError(res: Response, e: unknown): void {
  if (!(e instanceof GraphQLError)) throw e;
  const { http: _http, ...extensions } = e.extensions;
  sendErrors(res, extensions.code === "NOT_FOUND" ? 404 : 400, [{ message: e.message, extensions }]);
}

/** A JSON object parameter (variables, extensions): undefined when absent; throws when not an object. */
function objectParam(raw: unknown, name: string): Record<string, unknown> | undefined {
  if (raw === undefined || raw === "") return undefined;
  try {
    const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
      throw new Error("not an object");
    return parsed as Record<string, unknown>;
  } catch {
    throw new GraphQLError(`The ${name} parameter must be a JSON object.`, {
      extensions: { code: "BAD_REQUEST" },
    });
  }
}

/** The `variables` parameter, or null after answering 400 when it is not a JSON object. */
export function variablesOrRespond(
  raw: unknown,
  res: Response,
): { variables: Record<string, unknown> | undefined } | null {
  try {
    return { variables: objectParam(raw, "variables") };
  } catch (e) {
    sendUserError(res, e);
    return null;
  }
}

/** What an export runs: the query's text, variables and operation. */
export interface ExportRequest {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
  /** Keep the text under its hash once exported (an APQ registration: query and hash both sent). */
  persist?: boolean;
}

/** The SHA-256 hash of an APQ `extensions` parameter (`{"persistedQuery":{"version":1,"sha256Hash":"..."}}`). */
function persistedHash(raw: unknown): string | undefined {
  const extensions = objectParam(raw, "extensions");
  if (!extensions) return undefined;
  const persisted = extensions.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (
    persisted?.version !== 1 ||
    typeof persisted.sha256Hash !== "string" ||
    !/^[0-9a-fA-F]{64}$/.test(persisted.sha256Hash)
  )
    throw new GraphQLError(
      'The extensions parameter must be {"persistedQuery":{"version":1,"sha256Hash":"<64 hex digits>"}}.',
      { extensions: { code: "BAD_REQUEST" } },
    );
  return persisted.sha256Hash.toLowerCase();
}

/**
 * The export's query, variables and operation, or null after answering (400, or 404 for an
 * unknown saved query or hash). The query comes one of three ways: its text (`query`), the name
 * of a saved query (`saved`, its variables overridden by `variables`), or the hash of a query
 * persisted before (`extensions`, APQ; with `query` too, the text is persisted under the hash).
 */
async function exportRequestOrRespond(
  options: ExportRoutesOptions,
  fields: Record<string, unknown>,
  res: Response,
): Promise<ExportRequest | null> {
  let query = firstString(fields.query);
  const saved = firstString(fields.saved);
  const operationName = firstString(fields.operationName);
  let hash: string | undefined;
  let variables: Record<string, unknown> | undefined;
  try {
    hash = persistedHash(fields.extensions);
    variables = objectParam(fields.variables, "variables");
    if (saved !== undefined) {
      if (query !== undefined || hash !== undefined)
        throw new GraphQLError("Give the query one way: query, saved or extensions, not several.", {
          extensions: { code: "BAD_REQUEST" },
        });
      const run = savedQueryRun(options.db, options.schema, saved, { variables });
      return { query: run.query, variables: run.variables, operationName: run.operationName };
    }
  } catch (e) {
    sendUserError(res, e);
    return null;
  }
  let persist = false;
  if (hash !== undefined && query !== undefined) {
    const actual = sha256Hex(query);
    if (actual !== hash) {
      sendErrors(res, 400, [
        {
          message: `The query's SHA-256 hash is ${actual}, not the sha256Hash sent (${hash}).`,
          extensions: { code: "BAD_REQUEST" },
        },
      ]);
      return null;
    }
    persist = true;
  } else if (hash !== undefined) {
    query = await options.persisted.lookup(hash);
    if (query === undefined) {
      sendErrors(res, 404, [
        {
          message:
            "No query is persisted under this sha256Hash on this server (it forgets them when it restarts). Send the query text once with the hash (query=...&extensions=...), or save it under a name (saveQuery) and use saved=NAME.",
          extensions: { code: "PERSISTED_QUERY_NOT_FOUND" },
        },
      ]);
      return null;
    }
  }
  if (!query) {
    sendErrors(res, 400, [
      {
        message:
          "Add the GraphQL query: GET /export.csv?query=<url-encoded query>&variables=<url-encoded JSON>, or saved=<name of a saved query>, or extensions=<persisted query hash>; or POST the same fields as JSON or a form.",
        extensions: { code: "BAD_REQUEST" },
      },
    ]);
    return null;
  }
  try {
    checkNesting(query, variables);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    const { http: _http, ...extensions } = e.extensions;
    sendErrors(res, 400, [{ message: e.message, extensions }]);
    return null;
  }
  return { query, variables, operationName, persist };
}

/**
 * Runs an export in the executor and answers with its CSV, with the paging headers `Link` /
 * `X-Next-Cursor` when there is a next page, or its errors as JSON. Every CSV route goes through
 * here, so a saved query's CSV is byte for byte what /export.csv gives.
 *
 * @param after the cursor of the page to export (the `after` parameter)
 * @param requestPath the GET request's path and query, on which the `Link` to the next page is
 *   built (its `after` parameter set to the cursor); null for no `Link` header
 * @param bom start with a UTF-8 byte order mark (Excel opening a downloaded file)
 */
export async function sendCsvExport(
  options: ExportRoutesOptions,
  res: Response,
  actor: Actor | null,
  request: ExportRequest,
  {
    bom,
    filename,
    after,
    requestPath,
  }: { bom: boolean; filename?: string; after?: string; requestPath: string | null },
): Promise<void> {
  const { query, variables, operationName } = request;
  const heavy = isHeavyQuery(res, options.schema, query, operationName, variables ?? {});
  const result = await runOrRespond(
    options,
    res,
    { kind: "csv", request: { query, variables, operationName, ...(after ? { after } : {}) } },
    actor,
    heavy,
  );
  if (!result) return;
  if (result.kind !== "csv") throw new Error(`unexpected ${result.kind} result`);
  if (!result.ok) {
    sendErrors(res, result.status, result.errors);
    return;
  }
  if (request.persist) await options.persisted.register(query);
  res.status(200);
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${filename ?? result.filename}"`);
  res.setHeader("Cache-Control", "no-store");
  for (const [name, value] of Object.entries(csvPagingHeaders(result.nextCursor, requestPath))) {
    res.setHeader(name, value);
  }
  // A page script on another origin (when CORS allows it) may read the paging headers.
  res.setHeader("Access-Control-Expose-Headers", "Link, X-Next-Cursor");
  // Excel opens a double-clicked CSV as UTF-8 only with a byte order mark; scripts prefer none.
  res.send(bom ? `\uFEFF${result.text}` : result.text);
}

async function exportCsv(options: ExportRoutesOptions, req: Request, res: Response): Promise<void> {
  const fields = exportFields(req);
  const actor = actorOrRespond(options, req, res, firstString(fields.api_key));
  if (actor === false) return;
  const request = await exportRequestOrRespond(options, fields, res);
  if (!request) return;
  await sendCsvExport(options, res, actor, request, {
    bom: firstString(fields.bom) === "1",
    after: firstString(fields.after),
    // The next page of a GET is the same URL with `after` set; a POST's body cannot be linked.
    requestPath: req.method === "GET" ? req.originalUrl : null,
  });
}

async function report(options: ExportRoutesOptions, req: Request, res: Response): Promise<void> {
  const actor = actorOrRespond(options, req, res, firstString(req.query.api_key));
  if (actor === false) return;
  const result = await runOrRespond(options, res, { kind: "report" }, actor, true);
  if (!result) return;
  if (result.kind !== "report") throw new Error(`unexpected ${result.kind} result`);
  res.status(200);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
  );
  res.send(result.html);
}

export function exportAndReportRoutes(app: Express, options: ExportRoutesOptions): void {
  app.get("/export.csv", (req, res, next) => {
    exportCsv(options, req, res).catch(next);
  });
  app.post(
    "/export.csv",
    express.json({ limit: BODY_LIMIT }),
    express.urlencoded({ extended: false, limit: BODY_LIMIT }),
    (req, res, next) => {
      exportCsv(options, req, res).catch(next);
    },
  );
  app.get("/report", (req, res, next) => {
    report(options, req, res).catch(next);
  });
}
