// A synchronous PostgreSQL connection with the part of better-sqlite3's API the project uses, so
// the same repositories run on either database. The connection lives in a bridge thread
// (bridge.worker.ts); each call posts the statement there and blocks this thread until the
// answer arrives (Atomics.wait). The project already runs database work off the thread that
// serves HTTP (query worker processes, CLIs, the job worker), so blocking here is what
// better-sqlite3 does too.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as pgSchema from "../schema.pg";
import { BRIDGE_ENDED, REPLY_PENDING, type BridgeReply, type BridgeRequest } from "./bridge.protocol";
import { bindParams, translate, type Translated } from "./translate";

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), "bridge.worker.mjs");

/** Rows read per round trip when iterating. */
const CURSOR_BATCH = 5_000;

/** The tables whose key is an identity column (SQLite's INTEGER PRIMARY KEY), and that key. */
const IDENTITY_KEYS: ReadonlyMap<string, string> = new Map(
  Object.values(pgSchema).flatMap((t) => {
    if (!(t instanceof PgTable)) return [];
    const config = getTableConfig(t);
    const key = config.columns.find(
      (c) => c.primary && (c as { generatedIdentity?: unknown }).generatedIdentity,
    );
    return key ? [[config.name, key.name] as const] : [];
  }),
);

/**
 * How long a statement waits for a lock (the write lock, a row another connection holds) before
 * it fails with lock_not_available: SQLite's busy_timeout. Two connections of one thread could
 * otherwise wait for each other forever.
 */
const LOCK_TIMEOUT_MS = 60_000;

/** Serializes every write transaction across connections, as SQLite's one writer does. */
export const WRITE_LOCK_KEY = 7_273_001;

export class PgError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly detail: string | undefined,
    readonly sql: string,
  ) {
    super(
      `${detail ? `${message} (${detail})` : message}, in: ${sql.replace(/\s+/g, " ").trim().slice(0, 300)}`,
    );
    this.name = "PgError";
  }
}

export interface RunResult {
  changes: number;
  lastInsertRowid: number;
}

export class PgSyncClient {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly flag = new Int32Array(new SharedArrayBuffer(4));
  /** Each distinct statement, translated once and named (the server parses it once). */
  private readonly statements = new Map<string, Translated & { name: string }>();
  private depth = 0;
  private closed = false;
  /** The connection string, as better-sqlite3's name is the file. */
  readonly name: string;
  readonly memory = false;

  /** Why the bridge thread stopped, once it has: every later call throws it. */
  private stopped: Error | null = null;

  constructor(
    readonly url: string,
    { lockTimeoutMs = LOCK_TIMEOUT_MS }: { lockTimeoutMs?: number } = {},
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(ENTRY, {
      workerData: { url, port: port2, flag: this.flag, lockTimeoutMs },
      transferList: [port2],
    });
    // An error in the bridge thread ends it (and the call waiting on it, through BRIDGE_ENDED);
    // without a listener it would also end this process.
    this.worker.on("error", (e) => {
      this.stopped ??= e;
    });
    this.worker.unref();
    this.name = url;
  }

  get inTransaction(): boolean {
    return this.depth > 0;
  }

  prepare(sql: string): PgStatement {
    let t = this.statements.get(sql);
    if (!t) {
      t = { ...translate(sql, IDENTITY_KEYS), name: `s${this.statements.size + 1}` };
      this.statements.set(sql, t);
    }
    return new PgStatement(this, sql, t);
  }

  /** Runs PostgreSQL statements as written, without parameters (several, separated by semicolons). */
  exec(sql: string): this {
    this.query(sql, sql, [], "object");
    return this;
  }

  /**
   * The pragmas the project reads. data_version becomes the snapshot's xmax, which grows
   * whenever a transaction anywhere takes a transaction id (every write): a number that changes
   * when another connection commits, as SQLite's does.
   */
  pragma(source: string, options?: { simple?: boolean }): unknown {
    if (/^\s*data_version\s*$/i.test(source)) {
      const v = this.prepare("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint AS v").get() as {
        v: number;
      };
      return options?.simple ? v.v : [{ data_version: v.v }];
    }
    throw new Error(`PRAGMA ${source} has no PostgreSQL equivalent`);
  }

  /**
   * better-sqlite3's transaction(): BEGIN/COMMIT at the top, savepoints inside. At the top, a
   * write transaction (the default, and immediate()) takes the one write lock every writer takes;
   * deferred() is a read transaction over one snapshot (REPEATABLE READ).
   */
  transaction<A extends unknown[], T>(
    fn: (...args: A) => T,
  ): ((...args: A) => T) & { deferred: (...args: A) => T; immediate: (...args: A) => T } {
    const run =
      (write: boolean) =>
      (...args: A): T => {
        const nested = this.depth > 0;
        const name = `sp${this.depth}`;
        this.exec(nested ? `SAVEPOINT ${name}` : write ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ");
        this.depth++;
        let result: T;
        try {
          if (!nested && write) this.lockForWrite();
          result = fn(...args);
          if (result instanceof Promise) throw new TypeError("a transaction's function must not be async");
        } catch (e) {
          this.depth--;
          this.exec(nested ? `ROLLBACK TO SAVEPOINT ${name}; RELEASE SAVEPOINT ${name}` : "ROLLBACK");
          throw e;
        }
        // Out of the try: a COMMIT that fails has ended the transaction already (PostgreSQL
        // rolls it back), so there is nothing to roll back and the depth is counted once.
        this.depth--;
        this.exec(nested ? `RELEASE SAVEPOINT ${name}` : "COMMIT");
        return result;
      };
    return Object.assign(run(true), { deferred: run(false), immediate: run(true) });
  }

  private lockForWrite(): void {
    this.query("lock", `SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`, [], "array");
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.call({ op: "end" });
    } finally {
      void this.worker.terminate();
    }
  }

  /** Runs one translated statement (named: prepared once on the server) and returns its rows. */
  query(
    sql: string,
    text: string,
    params: unknown[],
    rowMode: "object" | "array",
    name?: string,
  ): { rows: unknown[]; rowCount: number } {
    const reply = this.call({ op: "query", sql: text, name, params, rowMode });
    if (!reply.ok) throw this.failure(reply, sql);
    // A statement that fails inside a transaction aborts it in PostgreSQL; the caller's
    // ROLLBACK (every transaction helper issues one) ends it.
    return reply;
  }

  *cursor(sql: string, text: string, params: unknown[], rowMode: "object" | "array"): Generator<unknown> {
    const opened = this.call({ op: "open", sql: text, params, rowMode });
    if (!opened.ok) throw this.failure(opened, sql);
    try {
      for (;;) {
        const r = this.call({ op: "read", rows: CURSOR_BATCH });
        if (!r.ok) throw this.failure(r, sql);
        yield* r.rows;
        if (r.done) return;
      }
    } finally {
      this.call({ op: "closeCursor" });
    }
  }

  private failure(reply: Extract<BridgeReply, { ok: false }>, sql: string): PgError {
    return new PgError(reply.error.message, reply.error.code, reply.error.detail, sql);
  }

  private call(req: BridgeRequest): BridgeReply {
    if (this.closed && req.op !== "end") throw new Error("The PostgreSQL connection is closed");
    if (this.stopped) throw this.bridgeStopped();
    Atomics.store(this.flag, 0, REPLY_PENDING);
    this.port.postMessage(req);
    for (;;) {
      Atomics.wait(this.flag, 0, REPLY_PENDING);
      const m = receiveMessageOnPort(this.port);
      if (m) {
        Atomics.store(this.flag, 0, REPLY_PENDING);
        return m.message as BridgeReply;
      }
      if (Atomics.load(this.flag, 0) === BRIDGE_ENDED) {
        // The thread's 'error' event (with the reason) cannot arrive while this thread blocks.
        this.stopped ??= new Error("its bridge thread exited");
        throw this.bridgeStopped();
      }
    }
  }

  private bridgeStopped(): Error {
    return new Error(`The PostgreSQL connection is gone: ${this.stopped?.message}`, { cause: this.stopped });
  }
}

export class PgStatement {
  private pluckOn = false;
  private rawOn = false;

  constructor(
    private readonly client: PgSyncClient,
    private readonly sql: string,
    private readonly t: Translated & { name: string },
  ) {}

  /** Only the first column of each row. */
  pluck(on = true): this {
    this.pluckOn = on;
    return this;
  }

  /** Rows as arrays instead of objects. */
  raw(on = true): this {
    this.rawOn = on;
    return this;
  }

  all(...args: unknown[]): unknown[] {
    const { rows } = this.client.query(
      this.sql,
      this.t.text,
      bindParams(this.t, args),
      this.rowMode(),
      this.t.name,
    );
    return this.pluckOn ? rows.map((r) => (r as unknown[])[0]) : rows;
  }

  get(...args: unknown[]): unknown {
    return this.all(...args)[0];
  }

  run(...args: unknown[]): RunResult {
    const { rows, rowCount } = this.client.query(
      this.sql,
      this.t.text,
      bindParams(this.t, args),
      "array",
      this.t.name,
    );
    const last = rows[rows.length - 1] as unknown[] | undefined;
    // An INSERT's RETURNING id (see translate) gives lastInsertRowid, as SQLite's rowid would.
    return { changes: rowCount, lastInsertRowid: typeof last?.[0] === "number" ? last[0] : 0 };
  }

  *iterate(...args: unknown[]): Generator<unknown> {
    for (const r of this.client.cursor(this.sql, this.t.text, bindParams(this.t, args), this.rowMode()))
      yield this.pluckOn ? (r as unknown[])[0] : r;
  }

  private rowMode(): "object" | "array" {
    return this.pluckOn || this.rawOn ? "array" : "object";
  }
}
