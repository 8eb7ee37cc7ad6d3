// The PostgreSQL bridge thread: owns one pg connection and runs the statements a PgSyncClient
// sends, one at a time, answering on the port and waking the caller through the shared flag.
import { workerData, type MessagePort } from "node:worker_threads";
import pg from "pg";
import Cursor from "pg-cursor";
import {
  BRIDGE_ENDED,
  REPLY_READY,
  type BridgeError,
  type BridgeReply,
  type BridgeRequest,
} from "./bridge.protocol";
import { configureTypes } from "./types";

interface BridgeData {
  url: string;
  port: MessagePort;
  flag: Int32Array;
  lockTimeoutMs: number;
}

const { url, port, flag, lockTimeoutMs } = workerData as BridgeData;
// However this thread ends (an uncaught error too), the caller blocked on the flag wakes up.
process.on("exit", () => {
  Atomics.store(flag, 0, BRIDGE_ENDED);
  Atomics.notify(flag, 0);
});
configureTypes();
// client_connection_check_interval: when the process goes away mid-statement (the pool kills a
// worker whose request ran out of time), the server notices within a second and cancels the
// statement instead of running it to the end for nobody.
const client = new pg.Client({
  connectionString: url,
  lock_timeout: lockTimeoutMs,
  options: "-c client_connection_check_interval=1000",
});
// A connection lost between statements is reported by the next statement, not thrown here.
let lost: Error | null = null;
client.on("error", (e) => {
  lost = e;
});
// A failed connection is reported by the first statement (handled here, it does not end the thread).
const connected = client.connect();
connected.catch(() => {});
let cursor: Cursor | null = null;

function reply(message: BridgeReply): void {
  port.postMessage(message);
  Atomics.store(flag, 0, REPLY_READY);
  Atomics.notify(flag, 0);
}

function toError(e: unknown): BridgeError {
  const err = e as { message?: string; code?: string; detail?: string; position?: string };
  return { message: String(err.message ?? e), code: err.code, detail: err.detail, position: err.position };
}

async function handle(req: BridgeRequest): Promise<BridgeReply> {
  await connected;
  if (lost) throw lost;
  switch (req.op) {
    case "query": {
      const res =
        req.rowMode === "array"
          ? await client.query({ name: req.name, text: req.sql, values: req.params, rowMode: "array" })
          : await client.query({ name: req.name, text: req.sql, values: req.params });
      return { ok: true, rows: res.rows, rowCount: res.rowCount ?? 0 };
    }
    case "open": {
      cursor = client.query(
        new Cursor(req.sql, req.params, { rowMode: req.rowMode === "array" ? "array" : undefined }),
      );
      return { ok: true, rows: [], rowCount: 0 };
    }
    case "read": {
      if (!cursor) throw new Error("No cursor is open");
      const rows = await cursor.read(req.rows);
      return { ok: true, rows, rowCount: rows.length, done: rows.length < req.rows };
    }
    case "closeCursor": {
      const c = cursor;
      cursor = null;
      await c?.close();
      return { ok: true, rows: [], rowCount: 0 };
    }
    case "end": {
      await client.end();
      return { ok: true, rows: [], rowCount: 0 };
    }
  }
}

port.on("message", (req: BridgeRequest) => {
  handle(req).then(reply, (e: unknown) => reply({ ok: false, error: toError(e) }));
});
