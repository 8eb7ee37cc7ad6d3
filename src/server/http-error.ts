// JSON errors in the GraphQL response shape, for answers given outside Apollo (404, 413, 429,
// 503, the export routes...), noted on the request's record so that the error counter and the
// log line see them.
import type { Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import { noteErrors } from "./request-record";

export function sendErrors(res: Response, status: number, errors: readonly GraphQLFormattedError[]): void {
  noteErrors(res, errors);
  res.status(status).json({ errors });
}

export function sendHttpError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  sendErrors(res, status, [{ message, extensions: { code, ...extensions } }]);
}
