// An import writes large chunks while it writes alone and small ones once another connection
// writes beside it (import.service.ts, chunkLimits), and the rows land the same either way.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb, writeTransaction } from "../../src/db/client";
import { BATCH_SIZE, chunkLimits, importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import { dbTarget, TEST_DATABASE_URL } from "../helpers/db";
import { postRows } from "../helpers/rows";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const ROWS = 9_000;
const rows = () => postRows(ROWS, (i) => ({ id: `c${i}`, title: `Chunked post ${i} about data pipelines` }));

/** Imports ROWS rows; `beside` runs after each chunk. Returns the rows each chunk read. */
async function chunkSizes(rt: TestRuntime, beside: () => void): Promise<number[]> {
  const sizes: number[] = [];
  let read = 0;
  const summary = await importSource(rt.db, rowsSource(rows()), {
    taxonomy: rt.taxonomy,
    classify: rt.classify,
    onProgress: (c) => {
      sizes.push(c.rowsRead - read);
      read = c.rowsRead;
      beside();
    },
  });
  expect(summary.inserted).toBe(ROWS);
  return sizes;
}

describe("an import's chunks", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-chunks-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are twice as large alone as beside another writer", () => {
    expect(chunkLimits(false).rows).toBe(2 * BATCH_SIZE);
    expect(chunkLimits(true).rows).toBe(BATCH_SIZE);
    expect(chunkLimits(false).bytes).toBe(2 * chunkLimits(true).bytes);
  });

  // PostgreSQL's dataVersion changes with every commit, the import's own too: there only the
  // chunks cut before the import's first commit are large.
  it.skipIf(TEST_DATABASE_URL !== null)("hold 2,000 rows while the import writes alone", async () => {
    const rt = testRuntime(undefined, path.join(dir, "alone.db"));
    const sizes = await chunkSizes(rt, () => {});
    expect(sizes).toEqual([2000, 2000, 2000, 2000, 1000]);
  });

  it("shrink to 1,000 rows once another connection writes, and every row lands", async () => {
    const rt = testRuntime(undefined, path.join(dir, "shared.db"));
    const other = openDb(dbTarget(rt.db, path.join(dir, "shared.db")));
    let edits = 0;
    const sizes = await chunkSizes(rt, () =>
      writeTransaction(other, () => {
        other.$client.prepare("INSERT INTO app_meta (key, value) VALUES (?, ?)").run(`edit-${edits}`, "x");
        edits += 1;
      }),
    );
    // The chunks cut before the first edit was seen keep their size (at most two: the one being
    // written and the one prepared ahead); every later one is small.
    const firstSmall = sizes.indexOf(BATCH_SIZE);
    expect(firstSmall).toBeGreaterThanOrEqual(TEST_DATABASE_URL ? 0 : 1);
    expect(firstSmall).toBeLessThanOrEqual(2);
    expect(sizes.slice(firstSmall).every((n) => n === BATCH_SIZE)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(ROWS);
    const count = other.$client
      .prepare("SELECT COUNT(*) AS n FROM app_meta WHERE key LIKE 'edit-%'")
      .get() as {
      n: number;
    };
    expect(count.n).toBe(edits);
  });
});
