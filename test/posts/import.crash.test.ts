// kill -9 of `npm run import` on the real posts.csv, then a start: every committed post is complete
// (classified, phrase matches, bucket counts), the batch is `interrupted` with counts equal to
// what the database holds, and running the same import again finishes the job.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openRuntime, type Runtime } from "../../src/cli/runtime";
import type { Db } from "../../src/db/client";
import { BATCH_SIZE, importSource } from "../../src/posts/import/import.service";
import { openFileSource } from "../../src/posts/import/sources";
import { findBatch } from "../../src/posts/post.repository";
import {
  recomputedBucketCounts,
  recomputedPhraseHits,
  storedBucketCounts,
  storedPhraseHits,
} from "../helpers/index-consistency";
import { hasRealData, POSTS_CSV } from "../helpers/real-data";

const POSTS_IN_FILE = 41_886;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-crash-"));
const dbFile = path.join(dir, "crash.db");
const env = { ...process.env, FRONTIER_DB_PATH: dbFile, FRONTIER_DEMO: "0" };

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The first batch's status and inserted count as another connection sees them, once it exists. */
function readBatch(reader: Database.Database | null): { status: string; inserted: number } | null {
  if (!reader) return null;
  try {
    return (
      (reader.prepare("SELECT status, inserted FROM import_batches WHERE id = 1").get() as
        { status: string; inserted: number } | undefined) ?? null
    );
  } catch {
    return null; // tables not created yet
  }
}

const count = (db: Db, sql: string, ...params: unknown[]) =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params) as number;

function expectFullyIndexed(db: Db): void {
  const posts = count(db, "SELECT COUNT(*) FROM posts");
  expect(count(db, "SELECT COUNT(*) FROM post_facts")).toBe(posts);
  expect(count(db, "SELECT COUNT(*) FROM classifications")).toBe(
    posts * count(db, "SELECT COUNT(*) FROM technologies"),
  );
  const hits = storedPhraseHits(db);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits).toEqual(recomputedPhraseHits(db));
  expect(storedBucketCounts(db)).toEqual(recomputedBucketCounts(db));
}

describe.skipIf(!hasRealData)("an import killed with kill -9", () => {
  let runtime: Runtime;
  let committed: number;

  it("leaves its committed posts fully indexed and the batch interrupted with the counts the database holds", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/import.ts", POSTS_CSV], {
      env,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_c, s) => resolve(s)));

    // Wait until a few chunks are committed, but not all of them.
    let reader: Database.Database | null = null;
    let seen: { status: string; inserted: number } | null = null;
    for (let i = 0; i < 6000 && !(seen && seen.inserted >= 2 * BATCH_SIZE); i++) {
      await sleep(20);
      if (!reader && fs.existsSync(`${dbFile}-wal`)) reader = new Database(dbFile, { timeout: 5000 });
      seen = readBatch(reader);
      if (child.exitCode !== null) break;
    }
    expect(seen, `the import never committed two chunks: ${stderr}`).not.toBeNull();
    expect(seen!.status).toBe("running");
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    reader?.close();

    runtime = openRuntime(env); // start-up recovery, as every command and npm start do
    const db = runtime.db;
    const batch = findBatch(db, 1)!;
    expect(batch.status).toBe("interrupted");
    expect(batch.finishedAt).not.toBeNull();
    committed = count(db, "SELECT COUNT(*) FROM posts");
    expect(committed).toBeGreaterThanOrEqual(2 * BATCH_SIZE);
    expect(committed).toBeLessThan(POSTS_IN_FILE);
    expect(batch).toMatchObject({
      inserted: committed,
      updated: 0,
      unchanged: 0,
      rejected: count(db, "SELECT COUNT(*) FROM rejected_rows WHERE batch_id = 1"),
    });
    expect(batch.rowsRead).toBe(batch.inserted + batch.rejected);
    expect(count(db, "SELECT COUNT(*) FROM posts WHERE batch_id = 1")).toBe(committed);
    expectFullyIndexed(db);
  });

  it("finishes the job when the same import runs again: committed rows unchanged, the rest inserted", async () => {
    const db = runtime.db;
    const summary = await importSource(db, openFileSource(POSTS_CSV), {
      taxonomy: runtime.taxonomy,
      classify: runtime.classifyOptions(),
      file: POSTS_CSV,
    });
    expect(summary).toMatchObject({
      rowsRead: POSTS_IN_FILE,
      inserted: POSTS_IN_FILE - committed,
      unchanged: committed,
      updated: 0,
      rejected: 0,
    });
    expect(findBatch(db, summary.batchId)!.status).toBe("done");
    expect(count(db, "SELECT COUNT(*) FROM posts")).toBe(POSTS_IN_FILE);
    expectFullyIndexed(db);
    db.$client.close();
  });
});
