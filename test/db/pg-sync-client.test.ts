// PgSyncClient's failure modes: whatever goes wrong, a call ends with an error, never a thread
// blocked forever. Needs a PostgreSQL server (FRONTIER_TEST_DATABASE_URL, set by test:postgres).
/* eslint-disable no-restricted-syntax -- PgSyncClient.transaction() is what writeTransaction() runs on PostgreSQL (it takes the write lock) */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

  it("has the server cancel a statement when the process that ran it is killed (a worker past its time budget)", async () => {
    const tag = `cancel_me_${process.pid}_${Date.now()}`;
    const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "frontier-cancel-")), "sleep.ts");
    fs.writeFileSync(
      script,
      `import { openDb } from ${JSON.stringify(path.resolve("src/db/client.ts"))};
      openDb(${JSON.stringify(TEST_DATABASE_URL)}).$client.prepare("SELECT pg_sleep(600), '${tag}' AS tag").get();`,
    );
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: "ignore" });
    const watcher = open(TEST_DATABASE_URL!);
    const running = () =>
      (
        watcher
          .prepare(
            "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE query LIKE ? AND pid <> pg_backend_pid()",
          )
          .get(`%${tag}%`) as { n: number }
      ).n;
    const poll = async (want: number) => {
      for (let i = 0; i < 300 && running() !== want; i++) await new Promise((r) => setTimeout(r, 100));
      return running();
    };
    try {
      expect(await poll(1)).toBe(1);
      child.kill("SIGKILL");
      // Without client_connection_check_interval the server would sleep on for 10 minutes.
      expect(await poll(0)).toBe(0);
    } finally {
      child.kill("SIGKILL");
      fs.rmSync(path.dirname(script), { recursive: true, force: true });
    }
  });

  it("fails a call whose bridge thread has died instead of waiting for it forever", () => {
    // A port out of range makes pg throw while the bridge thread starts, which ends the thread.
    const c = open("postgres://postgres@127.0.0.1:99999999/postgres");
    expect(() => c.prepare("SELECT 1").get()).toThrow(/PostgreSQL connection is gone/);
    expect(() => c.prepare("SELECT 1").get()).toThrow(/PostgreSQL connection is gone/);
  });
});
