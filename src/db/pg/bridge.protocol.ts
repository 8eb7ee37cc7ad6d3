// Messages between a PgSyncClient (the calling thread, which blocks) and its bridge thread
// (which owns the pg connection and answers asynchronously).

export type BridgeRequest =
  /** `name`: PostgreSQL keeps the statement parsed on this connection under that name. */
  | { op: "query"; sql: string; name?: string; params: unknown[]; rowMode: "object" | "array" }
  /** Opens a cursor over a query; its rows are read with `read`. One cursor at a time. */
  | { op: "open"; sql: string; params: unknown[]; rowMode: "object" | "array" }
  | { op: "read"; rows: number }
  | { op: "closeCursor" }
  | { op: "end" };

export interface BridgeError {
  message: string;
  /** PostgreSQL's SQLSTATE, e.g. 23505 for a unique violation. */
  code?: string;
  detail?: string;
  position?: string;
}

export type BridgeReply =
  { ok: true; rows: unknown[]; rowCount: number; done?: boolean } | { ok: false; error: BridgeError };

/** Values of the shared flag the caller waits on: no reply yet / a reply is on the port / the bridge thread has exited. */
export const REPLY_PENDING = 0;
export const REPLY_READY = 1;
export const BRIDGE_ENDED = 2;
