// PgSyncClient's failure modes: whatever goes wrong, a call ends with an error, never a thread
// blocked forever. Needs a PostgreSQL server (FRONTIER_TEST_DATABASE_URL, set by test:postgres).
/* eslint-disable no-restricted-syntax -- PgSyncClient.transaction() is what writeTransaction() runs on PostgreSQL (it takes the write lock) */
import { afterEach, describe, expect, it } from "vitest";
import { isBusyError } from "../../src/db/client";
import { PgSyncClient } from "../../src/db/pg/sync-client";
import { TEST_DATABASE_URL } from "../helpers/db";

if (!TEST_DATABASE_URL) console.warn("Skipping the PgSyncClient tests: set FRONTIER_TEST_DATABASE_URL.");

describe.skipIf(!TEST_DATABASE_URL)("PgSyncClient", () => {
  const opened: PgSyncClient[] = [];
  const open = (url: string, options?: { lockTimeoutMs?: number }) => {
    const c = new PgSyncClient(url, options);
    opened.push(c);
    return c;
  };
  afterEach(() => {
    for (const c of opened.splice(0)) {
      try {
        c.close();
      } catch {
        // closing a connection whose bridge is gone reports that again
      }
    }
  });

  it("runs statements and hands back their rows", () => {
    const c = open(TEST_DATABASE_URL!);
    expect(c.prepare("SELECT ? + 1 AS n").get(41)).toEqual({ n: 42 });
  });

  it("fails a writer that waits for the write lock past the lock timeout, as SQLite's busy_timeout does", () => {
    // Two connections on one thread: without a timeout the second would wait for the first,
    // which cannot go on while this thread is blocked.
    const holder = open(TEST_DATABASE_URL!);
    const waiter = open(TEST_DATABASE_URL!, { lockTimeoutMs: 200 });
    let error: unknown;
    holder.transaction(() => {
      try {
        waiter.transaction(() => waiter.prepare("SELECT 1").get())();
      } catch (e) {
        error = e;
      }
    })();
    expect(isBusyError(error)).toBe(true);
    expect(String(error)).toMatch(/lock timeout/);
    // Both connections work on afterwards.
    expect(waiter.transaction(() => waiter.prepare("SELECT 2 AS n").get())()).toEqual({ n: 2 });
  });

  it("reports a server it cannot reach at the first statement", () => {
    const c = open("postgres://postgres@127.0.0.1:1/postgres");
    expect(() => c.prepare("SELECT 1").get()).toThrow(/ECONNREFUSED/);
  });

  it("reports a connection the server ended at the next statement", () => {
    const victim = open(TEST_DATABASE_URL!);
    const pid = (victim.prepare("SELECT pg_backend_pid() AS pid").get() as { pid: number }).pid;
    open(TEST_DATABASE_URL!).prepare("SELECT pg_terminate_backend(?)").get(pid);
    expect(() => victim.prepare("SELECT 1").get()).toThrow(/terminat|Connection/i);
  });

  it("fails a call whose bridge thread has died instead of waiting for it forever", () => {
    // A port out of range makes pg throw while the bridge thread starts, which ends the thread.
    const c = open("postgres://postgres@127.0.0.1:99999999/postgres");
    expect(() => c.prepare("SELECT 1").get()).toThrow(/PostgreSQL connection is gone/);
    expect(() => c.prepare("SELECT 1").get()).toThrow(/PostgreSQL connection is gone/);
  });
});
