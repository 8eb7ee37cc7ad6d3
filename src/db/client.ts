// Opens the SQLite database with the project's pragmas and wraps it in drizzle.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";

export type Sqlite = Database.Database;
export type Db = BetterSQLite3Database<typeof schema> & { $client: Sqlite };

export const DEFAULT_DB_PATH = path.resolve("data", "frontier.db");

export function dbPathFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.FRONTIER_DB_PATH && env.FRONTIER_DB_PATH.length > 0 ? env.FRONTIER_DB_PATH : DEFAULT_DB_PATH;
}

/** Opens (and creates) a database file, or `:memory:`. */
export function openDb(file: string): Db {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  // A writer waits up to a minute for another's transaction (an import chunk, an activation's
  // commit) rather than failing; requests are cut earlier by their own time budget.
  sqlite.pragma("busy_timeout = 60000");
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("cache_size = -65536");
  sqlite.pragma("mmap_size = 1073741824");
  return drizzle(sqlite, { schema }) as Db;
}

/**
 * Runs `fn` in a write transaction that takes SQLite's write lock at BEGIN (IMMEDIATE). A
 * deferred transaction that reads first and writes later cannot wait for the lock once another
 * connection has written (SQLITE_BUSY at once, whatever busy_timeout says); an immediate one
 * waits its turn, so concurrent writers (an import beside a server, two servers on one file)
 * queue instead of failing. Nested calls become savepoints. `fn` must be synchronous.
 */
export function writeTransaction<T>(db: Db, fn: () => T): T {
  return db.$client.transaction(fn).immediate();
}

/**
 * Runs `fn` in one read transaction: every statement in it sees the same snapshot of the
 * database (WAL), whatever other connections commit meanwhile. For reads only (a write inside
 * would not begin IMMEDIATE); inside another transaction `fn` simply runs in it.
 */
export function readTransaction<T>(db: Db, fn: () => T): T {
  if (db.$client.inTransaction) return fn();
  return db.$client.transaction(fn).deferred();
}
