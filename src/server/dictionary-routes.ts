// GET /taxonomy.yaml?version=N and GET /taxonomy.diff?from=N&to=M: the skill dictionary for
// editors who review it in a browser or a script rather than with `npm run export-taxonomy`
// and git. Plain text, read like /export.csv (same keys, `api_key` in the URL allowed), run by
// the executor under the same time budget as every request.
import type { Express, Request, Response } from "express";
import type { DictionaryFileRequest } from "../taxonomy/taxonomy-review";
import { sendErrors } from "./http-error";
import { actorOrRespond, firstString, runOrRespond, type ExportRoutesOptions } from "./routes";

/** A version number from the URL: undefined when absent, null after answering 400 when malformed. */
function versionParam(req: Request, res: Response, name: string): number | undefined | null {
  const raw = req.query[name];
  if (raw === undefined || raw === "") return undefined;
  const text = firstString(raw);
  if (text !== undefined && /^\d{1,9}$/u.test(text)) return Number(text);
  sendErrors(res, 400, [
    {
      message: `${name} must be a taxonomy version number (0 or more), got ${JSON.stringify(raw)}`,
      extensions: { code: "BAD_USER_INPUT", field: name },
    },
  ]);
  return null;
}

/**
 * Answers with the file the task gives, after the key check (as /export.csv) and `request`,
 * which reads the URL and returns null once it has answered 400.
 */
async function sendDictionaryFile(
  options: ExportRoutesOptions,
  req: Request,
  res: Response,
  contentType: string,
  requestOrRespond: () => DictionaryFileRequest | null,
): Promise<void> {
  const actor = actorOrRespond(options, req, res, firstString(req.query.api_key));
  if (actor === false) return;
  const request = requestOrRespond();
  if (!request) return;
  const result = await runOrRespond(options, res, { kind: "dictionaryFile", request }, actor, false);
  if (!result) return;
  if (result.kind !== "dictionaryFile") throw new Error(`unexpected ${result.kind} result`);
  if (!result.ok) {
    sendErrors(res, result.status, result.errors);
    return;
  }
  res.status(200);
  res.setHeader("Content-Type", `${contentType}; charset=utf-8`);
  // inline: a browser shows the text instead of downloading it.
  res.setHeader("Content-Disposition", `inline; filename="${result.filename}"`);
  res.setHeader("X-Taxonomy-Version", result.versions.join(", "));
  res.setHeader("Cache-Control", "no-store");
  res.send(result.text);
}

export function dictionaryRoutes(app: Express, options: ExportRoutesOptions): void {
  app.get("/taxonomy.yaml", (req, res, next) => {
    sendDictionaryFile(options, req, res, "text/yaml", () => {
      const version = versionParam(req, res, "version");
      return version === null ? null : { format: "yaml", version };
    }).catch(next);
  });
  app.get("/taxonomy.diff", (req, res, next) => {
    sendDictionaryFile(options, req, res, "text/x-diff", () => {
      const from = versionParam(req, res, "from");
      if (from === null) return null;
      const to = versionParam(req, res, "to");
      return to === null ? null : { format: "diff", from, to };
    }).catch(next);
  });
}
