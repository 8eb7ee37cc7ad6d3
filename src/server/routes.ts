// Plain-HTTP routes beside /graphql, for tools that cannot speak GraphQL: GET /export.csv (the
// first list of any query's result as CSV, for Excel, Power BI, Tableau or a script) and
// GET /report (the study report as a web page). Same auth rules as /graphql; BI tools that
// cannot set headers may pass the key as `api_key`.
import type { Express, Request, Response } from "express";
import type { GraphQLSchema } from "graphql";
import { csvChunks, prepareCsvExport } from "../analytics/export/export.service";
import { buildStudyReport } from "../analytics/report/report.service";
import { renderReportHtml } from "../analytics/report/report.html";
import type { Db } from "../db/client";
import type { AppContext, AppServices } from "../shared/context";
import { actorFromAuthorization, readsFromEnv, unauthenticated401, type ReadsMode } from "./auth";
import { httpError } from "./app";
import { makeFormatError, type ErrorLogger } from "./errors";
import { MAX_TOKENS, checkCost, checkNesting, limitRules } from "./limits";
import { GraphQLError } from "graphql";

export interface ExtraRoutesOptions {
  /** The same process-wide settings the /graphql context carries. */
  services: AppServices;
  /** Whether reads need a viewer key; defaults to FRONTIER_READS. */
  reads?: ReadsMode;
  logger?: ErrorLogger;
}

/** The hook for createApp({ routes }): mounts GET /export.csv and GET /report. */
export function extraRoutes(
  db: Db,
  options: ExtraRoutesOptions,
): (app: Express, schema: GraphQLSchema) => void {
  const reads = options.reads ?? readsFromEnv();
  const formatError = makeFormatError(options.logger ?? console);

  /** The request's context, as /graphql builds it; throws UNAUTHENTICATED (401) GraphQL errors. */
  function contextOf(req: Request): AppContext {
    const key = firstString(req.query.api_key);
    const header = req.headers.authorization ?? (key ? `Bearer ${key}` : undefined);
    const actor = actorFromAuthorization(db, header);
    if (reads === "key" && !actor) {
      throw unauthenticated401(
        "This server needs an API key for every request: send 'Authorization: Bearer <key>' or add api_key=<key> to the URL.",
      );
    }
    return { db, services: options.services, actor, loaders: new Map() };
  }

  /** The request's context, or null after answering 401 when its key is missing or invalid. */
  function contextOrRespond(req: Request, res: Response): AppContext | null {
    try {
      return contextOf(req);
    } catch (e) {
      if (e instanceof GraphQLError) {
        sendErrors(res, 401, [e]);
        return null;
      }
      throw e;
    }
  }

  function sendErrors(res: Response, status: number, errors: readonly GraphQLError[]): void {
    // extensions.http sets the status (as Apollo reads it); it is not part of the error.
    const formatted = errors.map((e) => {
      const { http: _http, ...extensions } = e.extensions;
      return formatError({ ...e.toJSON(), extensions }, e);
    });
    const masked = formatted.some((f) => f.extensions?.code === "INTERNAL_SERVER_ERROR");
    res.status(masked ? 500 : status).json({ errors: formatted });
  }

  return (app, schema) => {
    app.get("/export.csv", async (req, res, next) => {
      try {
        const context = contextOrRespond(req, res);
        if (!context) return;
        const query = firstString(req.query.query);
        if (!query) {
          return httpError(
            res,
            400,
            "BAD_REQUEST",
            "Add the GraphQL query to the URL: /export.csv?query=<url-encoded query>&variables=<url-encoded JSON>.",
          );
        }
        let variables: Record<string, unknown> | undefined;
        const rawVariables = firstString(req.query.variables);
        if (rawVariables) {
          try {
            const parsed: unknown = JSON.parse(rawVariables);
            if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
              throw new Error("not an object");
            variables = parsed as Record<string, unknown>;
          } catch {
            return httpError(res, 400, "BAD_REQUEST", "The variables parameter must be a JSON object.");
          }
        }
        try {
          checkNesting(query, variables);
        } catch (e) {
          if (e instanceof GraphQLError) return sendErrors(res, 400, [e]);
          throw e;
        }
        const table = await prepareCsvExport(
          schema,
          { query, variables, operationName: firstString(req.query.operationName) },
          context,
          {
            parseOptions: { maxTokens: MAX_TOKENS },
            validationRules: limitRules(),
            checkOperation: (document, operation) => void checkCost(schema, document, operation, variables),
          },
        );
        if (!table.ok) return sendErrors(res, table.status, table.errors);

        res.status(200);
        res.setHeader("Content-Type", "text/csv; charset=utf-8");
        res.setHeader("Content-Disposition", `attachment; filename="${table.filename}"`);
        res.setHeader("Cache-Control", "no-store");
        // Excel opens a double-clicked CSV as UTF-8 only with a byte order mark; scripts prefer none.
        if (firstString(req.query.bom) === "1") res.write("\uFEFF");
        for (const chunk of csvChunks(table)) {
          if (!res.write(chunk)) await new Promise<void>((resolve) => res.once("drain", resolve));
          if (res.destroyed) return;
        }
        res.end();
      } catch (e) {
        next(e);
      }
    });

    app.get("/report", async (req, res, next) => {
      try {
        const context = contextOrRespond(req, res);
        if (!context) return;
        const html = await renderReportHtml(buildStudyReport(context.db));
        res.status(200);
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
        );
        res.send(html);
      } catch (e) {
        next(e);
      }
    });
  };
}

function firstString(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && typeof value[0] === "string") return value[0];
  return undefined;
}
