// A JSON error in the GraphQL response shape, for answers given outside Apollo (404, 413, 429,
// 503...), noted on the request's record so that the error counter and the log line see it.
import type { Response } from "express";
import { noteErrors } from "./request-record";

export function sendHttpError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  const errors = [{ message, extensions: { code, ...extensions } }];
  noteErrors(res, errors);
  res.status(status).json({ errors });
}
