// A fresh database with the real migrations, for integration tests. With
// FRONTIER_TEST_DATABASE_URL set (npm run test:postgres), every fresh database is a new
// PostgreSQL database on that server, copied from a migrated template; otherwise SQLite.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { openDb, type Db } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";

/** The PostgreSQL server the suite runs on, or null for SQLite. */
export const TEST_DATABASE_URL = process.env.FRONTIER_TEST_DATABASE_URL || null;

/** A fresh migrated database: in memory, or in `file` (for tests that start worker processes). */
export function freshDb(file = ":memory:"): Db {
  if (TEST_DATABASE_URL) return freshPgDb(TEST_DATABASE_URL);
  const db = openDb(file);
  migrateDb(db);
  return db;
}

/** Where a database opened by freshDb is: its file, or its postgres:// URL. */
export function dbTarget(db: Db, file: string): string {
  return TEST_DATABASE_URL ? db.$client.name : file;
}

/**
 * The environment that points child processes (a server, a CLI) at one database of their own:
 * the SQLite file `file`, or under test:postgres a fresh migrated PostgreSQL database (so
 * FRONTIER_DATABASE_URL; FRONTIER_DB_PATH then names the file nobody uses).
 */
export function databaseEnv(file: string): { FRONTIER_DB_PATH: string; FRONTIER_DATABASE_URL?: string } {
  if (!TEST_DATABASE_URL) return { FRONTIER_DB_PATH: file };
  const db = freshPgDb(TEST_DATABASE_URL);
  const url = db.$client.name;
  db.$client.close();
  return { FRONTIER_DB_PATH: file, FRONTIER_DATABASE_URL: url };
}

/**
 * A copy of a closed database, to open as a database of its own: the SQLite file `source` copied
 * to `file`, or under test:postgres the PostgreSQL database at URL `source` copied (as a
 * template) to a new one. Returns where the copy is.
 */
export function copyDatabase(source: string, file: string): string {
  if (!TEST_DATABASE_URL) {
    fs.copyFileSync(source, file);
    return file;
  }
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = openDb(TEST_DATABASE_URL);
  try {
    admin.$client.exec(`CREATE DATABASE ${name} TEMPLATE ${new URL(source).pathname.slice(1)}`);
  } finally {
    admin.$client.close();
  }
  return withDatabase(TEST_DATABASE_URL, name);
}

let counter = 0;

function freshPgDb(serverUrl: string): Db {
  const template = ensureTemplate(serverUrl);
  const name = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = openDb(serverUrl);
  try {
    admin.$client.exec(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    admin.$client.close();
  }
  return openDb(withDatabase(serverUrl, name));
}

/** A database migrated once per version of migrations/pg, which fresh databases copy. */
function ensureTemplate(serverUrl: string): string {
  const dir = path.resolve("migrations", "pg");
  const hash = crypto.createHash("sha256");
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).sort())
    if (f.endsWith(".sql") || f.endsWith(".json")) hash.update(fs.readFileSync(path.join(dir, f)));
  const template = `frontier_tpl_${hash.digest("hex").slice(0, 12)}`;
  const admin = openDb(serverUrl);
  try {
    // One test process at a time makes the template; the others wait for it.
    admin.$client.prepare("SELECT pg_advisory_lock(7273002)").get();
    const exists = admin.$client.prepare("SELECT 1 FROM pg_database WHERE datname = ?").get(template);
    if (!exists) {
      const building = `${template}_building`;
      admin.$client.exec(`DROP DATABASE IF EXISTS ${building}`);
      admin.$client.exec(`CREATE DATABASE ${building}`);
      const db = openDb(withDatabase(serverUrl, building));
      try {
        migrateDb(db);
      } finally {
        db.$client.close();
      }
      admin.$client.exec(`ALTER DATABASE ${building} RENAME TO ${template}`);
    }
    admin.$client.prepare("SELECT pg_advisory_unlock(7273002)").get();
  } finally {
    admin.$client.close();
  }
  return template;
}

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}
