// What the HTTP process learns about one request while it is served, for its log line and the
// metrics (observability.ts): the operation, the error codes answered, the time a worker spent
// on it and who called. Kept beside the request (its Response, and the GraphQL context that
// Apollo hands to plugins), never in a global, so that the app stays free of request state.
import type { Request, Response } from "express";

export interface RequestRecord {
  /** performance.now() at arrival. */
  readonly started: number;
  readonly method: string;
  /** The path as sent, without the query string (which may hold an api_key). */
  readonly path: string;
  /** The GraphQL operation's name, "anonymous" for an unnamed one, null for no operation. */
  operation: string | null;
  /** The codes of the errors answered (each once). */
  readonly errorCodes: Set<string>;
  /** What the worker reported it spent on the task (database work and the answer), in ms. */
  workMs: number | null;
  /** The API key's id; undefined until asked for (callerKeyId), null for none or an invalid one. */
  keyId: number | null | undefined;
}

/** By Response. */
const records = new WeakMap<object, RequestRecord>();
/**
 * On the request's GraphQL context. Apollo hands plugins a shallow copy of the context the
 * context function returned, so a map keyed by that object would miss; an own symbol property
 * is copied with it.
 */
const RECORD = Symbol("request record");

function lookup(target: object): RequestRecord | undefined {
  return records.get(target) ?? (target as { [RECORD]?: RequestRecord })[RECORD];
}

export function startRecord(req: Request, res: Response, started: number): RequestRecord {
  const record: RequestRecord = {
    started,
    method: req.method,
    path: req.originalUrl.split("?", 1)[0] ?? "/",
    operation: null,
    errorCodes: new Set(),
    workMs: null,
    keyId: undefined,
  };
  records.set(res, record);
  return record;
}

/** The record of the request a Response or GraphQL context belongs to (none outside the app's middleware). */
export function recordOf(target: object): RequestRecord | undefined {
  return lookup(target);
}

/** Ties a request's GraphQL context to its record, so that Apollo plugins can reach it. */
export function bindContext(context: object, res: Response): void {
  const record = records.get(res);
  if (record) Object.defineProperty(context, RECORD, { value: record, enumerable: true });
}

export function noteOperation(target: object, name: string | null): void {
  const record = lookup(target);
  if (record) record.operation = name;
}

export function noteErrors(
  target: object,
  errors: readonly { extensions?: Record<string, unknown> }[] | undefined,
): void {
  const record = lookup(target);
  if (!record || !errors) return;
  for (const e of errors) {
    const code = e.extensions?.code;
    record.errorCodes.add(typeof code === "string" ? code : "INTERNAL_SERVER_ERROR");
  }
}

export function noteWork(target: object, result: { workMs: number }): void {
  const record = lookup(target);
  if (record) record.workMs = (record.workMs ?? 0) + result.workMs;
}
