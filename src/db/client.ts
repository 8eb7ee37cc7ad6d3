// Opens the database, SQLite (a file, the default) or PostgreSQL (a postgres:// URL), and wraps
// it in drizzle. Both give the same synchronous connection API (SqlConnection): better-sqlite3's
// own, or PgSyncClient's copy of it over a pg connection in a bridge thread.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { PgSyncClient } from "./pg/sync-client";
import * as schema from "./schema";

type Sqlite = Database.Database;

/** A prepared statement: the part of better-sqlite3's Statement the project uses. */
export interface SqlStatement {
  all(...params: unknown[]): unknown[];
  get(...params: unknown[]): unknown;
  run(...params: unknown[]): { changes: number; lastInsertRowid: number | bigint };
  iterate(...params: unknown[]): IterableIterator<unknown>;
  pluck(on?: boolean): SqlStatement;
  raw(on?: boolean): SqlStatement;
}

/** A connection: the part of better-sqlite3's Database the project uses, on either engine. */
export interface SqlConnection {
  prepare(sql: string): SqlStatement;
  exec(sql: string): unknown;
  readonly inTransaction: boolean;
  readonly name: string;
  readonly memory: boolean;
  close(): unknown;
}

export type Db = BetterSQLite3Database<typeof schema> & { $client: SqlConnection };

const DEFAULT_DB_PATH = path.resolve("data", "frontier.db");

/**
 * Where the database is: FRONTIER_DATABASE_URL (postgres://...) when set, else the SQLite file
 * FRONTIER_DB_PATH (default data/frontier.db).
 */
export function dbPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FRONTIER_DATABASE_URL && env.FRONTIER_DATABASE_URL.length > 0) return env.FRONTIER_DATABASE_URL;
  return env.FRONTIER_DB_PATH && env.FRONTIER_DB_PATH.length > 0 ? env.FRONTIER_DB_PATH : DEFAULT_DB_PATH;
}

/** Where the database is, for messages: the file, or the URL without its password. */
export function describeDb(target: string): string {
  if (!isPostgresUrl(target)) return target;
  return target.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, "$1:***@");
}

/** True for a PostgreSQL connection string (postgres:// or postgresql://). */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/** True when the database is PostgreSQL. */
export function isPostgres(db: Db): boolean {
  return db.$client instanceof PgSyncClient;
}

/**
 * How long a writer waits for another connection's write transaction before SQLITE_BUSY. The
 * longest transactions beside a server are an import's chunks (under 1 s each on an idle machine,
 * several seconds on a loaded one, which a 5 s wait did not always cover) and the commit of a
 * model activation (every post's classification in one transaction: seconds on a large
 * database). Requests are cut earlier by their own time budget.
 */
const BUSY_TIMEOUT_MS = 60_000;

/** Opens (and creates) a database file, or `:memory:`, or connects to a postgres:// URL. */
export function openDb(file: string): Db {
  if (isPostgresUrl(file)) return drizzle(new PgSyncClient(file) as never, { schema }) as unknown as Db;
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 1073741824");
  return drizzle(sqlite, { schema }) as unknown as Db;
}

/** A number that changes whenever another connection commits to the database. */
export function dataVersion(db: Db): number {
  return (db.$client as Sqlite | PgSyncClient).pragma("data_version", { simple: true }) as number;
}

/**
 * True for a write that waited for another connection's lock past the timeout: SQLite's
 * SQLITE_BUSY (busy_timeout), PostgreSQL's lock_not_available (lock_timeout). Nothing was written.
 */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "SQLITE_BUSY" || code === "55P03";
}

/** Moves SQLite's write-ahead log into the database file (before copying the file); no-op on PostgreSQL. */
export function checkpoint(db: Db): void {
  if (!(db.$client instanceof PgSyncClient)) (db.$client as Sqlite).pragma("wal_checkpoint(TRUNCATE)");
}

/**
 * Has SQLite checkpoint its write-ahead log into the database file every `pages` pages (64 MB)
 * instead of every 1,000 (4 MB), until the returned function restores the setting: a long run of
 * write transactions (an import) then writes each page back once per checkpoint instead of after
 * nearly every commit (the commits of a 100,000-post import: 3.5 s -> 1.9 s). The setting is
 * this connection's own. Restoring it checkpoints what the log holds and truncates the log file
 * (or, while readers hold it, as much as they allow: it never waits for them), so that neither
 * another connection's next commit nor the disk is left with it. No-op on PostgreSQL.
 */
export function deferCheckpoints(db: Db, pages = 16_384): () => void {
  if (db.$client instanceof PgSyncClient) return () => {};
  const c = db.$client as Sqlite;
  const before = c.pragma("wal_autocheckpoint", { simple: true }) as number;
  c.pragma(`wal_autocheckpoint = ${pages}`);
  return () => {
    c.pragma(`wal_autocheckpoint = ${before}`);
    withoutBusyWait(c, () => c.pragma("wal_checkpoint(TRUNCATE)"));
  };
}

/**
 * Runs `fn` with the connection's busy_timeout at 0 (a statement that meets another
 * connection's lock fails at once instead of waiting), and gives it the timeout it had.
 */
function withoutBusyWait<T>(c: Sqlite, fn: (timeoutMs: number) => T): T {
  const timeout = c.pragma("busy_timeout", { simple: true }) as number;
  c.pragma("busy_timeout = 0");
  try {
    return fn(timeout);
  } finally {
    c.pragma(`busy_timeout = ${timeout}`);
  }
}

/** How often a writer waiting for the write lock tries again. */
const LOCK_POLL_MS = 2;
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Runs `fn` in a write transaction that takes SQLite's write lock at BEGIN (IMMEDIATE). A
 * deferred transaction that reads first and writes later cannot wait for the lock once another
 * connection has written (SQLITE_BUSY at once, whatever busy_timeout says); an immediate one
 * waits its turn, so concurrent writers (an import beside a server, two servers on one file)
 * queue instead of failing. Nested calls become savepoints. `fn` must be synchronous.
 *
 * The lock is waited for by trying again every LOCK_POLL_MS, up to the connection's
 * busy_timeout. SQLite's own busy handler backs off to sleeps of 100 ms, so beside a writer
 * that commits transaction after transaction (an import: ~0.25 s each, some ms apart) it
 * kept missing the gaps: an edit beside an import waited several chunks, past the 5 s that the
 * timeout then was now and then (SQLITE_BUSY, an internal error for the editor); polling, it
 * waits for the chunk under way only.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  const pg = db.$client instanceof PgSyncClient ? db.$client : null;
  if (pg) return pgTransaction(pg, fn, true);
  const c = db.$client as Sqlite;
  if (c.inTransaction) return c.transaction(fn)();
  beginImmediate(c);
  try {
    // Not better-sqlite3's transaction() inside: a savepoint around the whole transaction made
    // an import of posts.csv 3.5 times slower (60 s against 17 s).
    const result = fn();
    if (result instanceof Promise) throw new TypeError("writeTransaction: fn must not be async");
    c.prepare("COMMIT").run();
    return result;
  } catch (e) {
    if (c.inTransaction) c.prepare("ROLLBACK").run();
    throw e;
  }
}

function beginImmediate(c: Sqlite): void {
  withoutBusyWait(c, (timeout) => {
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        c.prepare("BEGIN IMMEDIATE").run();
        return;
      } catch (e) {
        const code = (e as { code?: unknown }).code;
        if (typeof code !== "string" || !code.startsWith("SQLITE_BUSY") || Date.now() >= deadline) throw e;
        Atomics.wait(pause, 0, 0, LOCK_POLL_MS);
      }
    }
  });
}

/**
 * Runs `fn` in one read transaction: every statement in it sees the same snapshot of the
 * database (WAL), whatever other connections commit meanwhile. For reads only (a write inside
 * would not begin IMMEDIATE); inside another transaction `fn` simply runs in it.
 */
export function readTransaction<T>(db: Db, fn: () => T): T {
  if (db.$client.inTransaction) return fn();
  if (db.$client instanceof PgSyncClient) return pgTransaction(db.$client, fn, false);
  return (db.$client as Sqlite).transaction(fn).deferred();
}

/**
 * PostgreSQL's counterpart of the two above (PgSyncClient.transaction): a write transaction takes
 * one advisory lock that every writer takes, so writes queue one at a time as on SQLite and the
 * version checks made inside a write transaction hold exactly as they do there; a read
 * transaction sees one snapshot (REPEATABLE READ). Nested calls become savepoints.
 */
function pgTransaction<T>(c: PgSyncClient, fn: () => T, write: boolean): T {
  const tx = c.transaction(fn);
  return c.inTransaction || write ? tx() : tx.deferred();
}
