// Plain-HTTP routes beside /graphql, for tools that cannot speak GraphQL: /export.csv (the first
// list of any query's result as CSV, for Excel, Power BI, Tableau or a script; GET with the
// query in the URL, or POST with the same fields in a JSON or form body when the URL would be
// too long) and GET /report (the study report as a web page). Same auth rules as /graphql; BI
// tools that cannot set headers may pass the key as `api_key`. The work runs in the executor,
// under the same time budget as every request.
import express, { type Express, type Request, type Response } from "express";
import {
  GraphQLError,
  getOperationAST,
  parse,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import type { Db } from "../db/client";
import type { Actor } from "../shared/context";
import type { AppLogger } from "./apollo";
import type { ReadsMode } from "./auth";
import { requestActor } from "./context";
import { MASKED_ERROR } from "./errors";
import { executorFailure, type Executor } from "./executor";
import { BODY_LIMIT, checkNesting, isHeavyOperation } from "./limits";
import type { Task, TaskResult } from "./tasks";

export interface ExportRoutesOptions {
  /** This process's connection (API keys). */
  db: Db;
  schema: GraphQLSchema;
  executor: Executor;
  reads: ReadsMode;
  logger: AppLogger;
}

export function sendErrors(res: Response, status: number, errors: readonly GraphQLFormattedError[]): void {
  res.status(status).json({ errors });
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

/** Whether a query is heavy (limits.ts), to keep it from taking every worker; false when it does not parse. */
function isHeavyQuery(
  schema: GraphQLSchema,
  query: string,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): boolean {
  try {
    const document = parse(query);
    const operation = getOperationAST(document, operationName ?? null);
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
    return await executor.run({ task, actor, heavy });
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

/**
 * The export's query and variables, or null after answering 400 when they are missing, malformed
 * or too deep.
 */
function csvRequestOrRespond(
  fields: Record<string, unknown>,
  res: Response,
): { query: string; variables: Record<string, unknown> | undefined } | null {
  const query = firstString(fields.query);
  if (!query) {
    sendErrors(res, 400, [
      {
        message:
          "Add the GraphQL query: GET /export.csv?query=<url-encoded query>&variables=<url-encoded JSON>, or POST the same fields as JSON or a form.",
        extensions: { code: "BAD_REQUEST" },
      },
    ]);
    return null;
  }
  let variables: Record<string, unknown> | undefined;
  const raw = fields.variables;
  if (raw !== undefined && raw !== "") {
    try {
      const parsed: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
        throw new Error("not an object");
      variables = parsed as Record<string, unknown>;
    } catch {
      sendErrors(res, 400, [
        { message: "The variables parameter must be a JSON object.", extensions: { code: "BAD_REQUEST" } },
      ]);
      return null;
    }
  }
  try {
    checkNesting(query, variables);
  } catch (e) {
    if (!(e instanceof GraphQLError)) throw e;
    const { http: _http, ...extensions } = e.extensions;
    sendErrors(res, 400, [{ message: e.message, extensions }]);
    return null;
  }
  return { query, variables };
}

async function exportCsv(options: ExportRoutesOptions, req: Request, res: Response): Promise<void> {
  const fields = exportFields(req);
  const actor = actorOrRespond(options, req, res, firstString(fields.api_key));
  if (actor === false) return;
  const request = csvRequestOrRespond(fields, res);
  if (!request) return;
  const { query, variables } = request;
  const operationName = firstString(fields.operationName);
  const heavy = isHeavyQuery(options.schema, query, operationName, variables ?? {});
  const result = await runOrRespond(
    options,
    res,
    { kind: "csv", request: { query, variables, operationName } },
    actor,
    heavy,
  );
  if (!result) return;
  if (result.kind !== "csv") throw new Error(`unexpected ${result.kind} result`);
  if (!result.ok) {
    sendErrors(res, result.status, result.errors);
    return;
  }
  res.status(200);
  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${result.filename}"`);
  res.setHeader("Cache-Control", "no-store");
  // Excel opens a double-clicked CSV as UTF-8 only with a byte order mark; scripts prefer none.
  res.send(firstString(fields.bom) === "1" ? `\uFEFF${result.text}` : result.text);
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
