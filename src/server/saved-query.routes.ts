// GET /export/NAME.csv and GET /export/NAME.json: the answer of a query saved under a name
// (src/queries/), for BI tools and scripts that want a short, stable URL instead of a query in
// the URL. Every URL parameter other than api_key, bom and variables overrides the saved
// variable of that name, read by the variable's declared type (?from=2023-01-01&first=20). The
// HTTP process reads the saved row (one primary-key lookup, as it reads API keys) and checks the
// overrides; the query runs in the executor like /export.csv, under the same budget and limits.
import { specifiedRules, validate, type GraphQLError } from "graphql";
import type { Express, Request, Response } from "express";
import { savedQueryRun, type SavedQueryRun } from "../queries/saved-query.service";
import { BadUserInputError } from "../shared/errors";
import { sendErrors } from "./http-error";
import { checkCost, isHeavy, limitRules } from "./limits";
import { noteOperation } from "./request-record";
import {
  actorOrRespond,
  firstString,
  runOrRespond,
  sendCsvExport,
  sendUserError,
  variablesOrRespond,
  type ExportRoutesOptions,
} from "./routes";

/** URL parameters that are not variables: the key, the BOM switch, variables as JSON, the paging cursor. A variable of one of these names is set through `variables`. */
const RESERVED_PARAMS = new Set(["api_key", "bom", "variables", "after"]);
const FILE = /^([^./]+)\.(csv|json)$/;

/** The URL's overrides: one text per variable; a parameter given twice is refused. */
function overrideParams(query: Request["query"]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (RESERVED_PARAMS.has(name)) continue;
    if (typeof value !== "string")
      throw new BadUserInputError(
        `Give the variable "${name}" once; a list is written comma-separated (a,b) or as JSON ([...]).`,
        name,
      );
    out[name] = value;
  }
  return out;
}

/** The saved query's document still fits the schema (it did when saved; the schema may have changed). */
function validationErrorsOrNull(options: ExportRoutesOptions, run: SavedQueryRun): GraphQLError[] | null {
  const errors = validate(options.schema, run.document, [...specifiedRules, ...limitRules()]);
  return errors.length > 0 ? [...errors] : null;
}

async function savedExport(options: ExportRoutesOptions, req: Request, res: Response): Promise<void> {
  const match = FILE.exec(String(req.params.file));
  if (!match) {
    sendErrors(res, 404, [
      {
        message: "A saved query answers at /export/NAME.csv or /export/NAME.json.",
        extensions: { code: "NOT_FOUND" },
      },
    ]);
    return;
  }
  const name = match[1] as string;
  const format = match[2] as "csv" | "json";
  const actor = actorOrRespond(options, req, res, firstString(req.query.api_key));
  if (actor === false) return;
  const given = variablesOrRespond(req.query.variables, res);
  if (!given) return;
  let run: SavedQueryRun;
  try {
    run = savedQueryRun(options.db, options.schema, name, {
      variables: given.variables,
      params: overrideParams(req.query),
    });
  } catch (e) {
    sendUserError(res, e);
    return;
  }
  const invalid = validationErrorsOrNull(options, run);
  if (invalid) {
    sendErrors(
      res,
      400,
      invalid.map((e) => ({
        message: `The query saved as "${name}" no longer fits the schema; an editor must save it again: ${e.message}`,
        extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      })),
    );
    return;
  }
  if (format === "csv") {
    await sendCsvExport(options, res, actor, run, {
      bom: firstString(req.query.bom) === "1",
      filename: `${name}.csv`,
      after: firstString(req.query.after),
      requestPath: req.originalUrl,
    });
    return;
  }
  noteOperation(res, run.operation.name?.value ?? "anonymous");
  let cost: number;
  try {
    cost = checkCost(options.schema, run.document, run.operation, run.variables);
  } catch (e) {
    sendUserError(res, e);
    return;
  }
  const result = await runOrRespond(
    options,
    res,
    {
      kind: "graphql",
      request: { query: run.query, variables: run.variables, operationName: run.operationName },
    },
    actor,
    isHeavy(cost),
  );
  if (!result) return;
  if (result.kind !== "graphql") throw new Error(`unexpected ${result.kind} result`);
  res.status(result.status);
  res.setHeader("Cache-Control", "no-store");
  res.type("application/json").send(result.json);
}

export function savedQueryRoutes(app: Express, options: ExportRoutesOptions): void {
  app.get("/export/:file", (req, res, next) => {
    savedExport(options, req, res).catch(next);
  });
}
