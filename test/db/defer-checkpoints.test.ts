// deferCheckpoints (SQLite): while deferred, commits leave the write-ahead log to grow past the
// default 1,000 pages; restoring the setting checkpoints and truncates the log, and never waits
// for a reader that holds it. (On PostgreSQL the function is a no-op; this test runs on SQLite files.)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { deferCheckpoints, openDb, writeTransaction, type Db } from "../../src/db/client";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-wal-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PAGE = 4096;
const walBytes = (file: string) => fs.statSync(`${file}-wal`).size;
const pragma = (db: Db, name: string) => (db.$client as Database.Database).pragma(name, { simple: true });

/** Commits `n` transactions of about 400 kB each. */
function write(db: Db, n: number): void {
  for (let i = 0; i < n; i += 1)
    writeTransaction(db, () => {
      const insert = db.$client.prepare("INSERT INTO t (v) VALUES (?)");
      for (let j = 0; j < 100; j += 1) insert.run("x".repeat(PAGE));
    });
}

function fresh(name: string): { db: Db; file: string } {
  const file = path.join(dir, name);
  const db = openDb(file);
  db.$client.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
  return { db, file };
}

describe("deferCheckpoints", () => {
  it("lets the log grow while deferred, then checkpoints and truncates it", () => {
    const { db, file } = fresh("defer.db");
    write(db, 20);
    expect(walBytes(file)).toBeLessThan(2000 * PAGE); // checkpointed at 1,000 pages
    const restore = deferCheckpoints(db);
    expect(pragma(db, "wal_autocheckpoint")).toBe(16_384);
    write(db, 30); // about 3,000 pages
    expect(walBytes(file)).toBeGreaterThan(2500 * PAGE);
    restore();
    expect(pragma(db, "wal_autocheckpoint")).toBe(1000);
    expect(walBytes(file)).toBe(0);
    expect(db.$client.prepare("SELECT COUNT(*) AS n FROM t").get()).toEqual({ n: 5000 });
    db.$client.close();
  });

  it("does not wait for a reader that holds the log", () => {
    const { db, file } = fresh("reader.db");
    const restore = deferCheckpoints(db);
    write(db, 5);
    const reader = openDb(file);
    reader.$client.prepare("BEGIN").run();
    reader.$client.prepare("SELECT COUNT(*) FROM t").get();
    write(db, 5);
    // busy_timeout is 60 s: waiting for the reader would outlast the test's own timeout.
    restore();
    // The reader's snapshot keeps the log.
    expect(walBytes(file)).toBeGreaterThan(0);
    expect(pragma(db, "busy_timeout")).toBe(60_000);
    reader.$client.prepare("COMMIT").run();
    reader.$client.close();
    db.$client.close();
  });
});
