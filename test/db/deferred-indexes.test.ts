// An import into an empty SQLite database drops the indexes it never reads and builds them once
// at its end (deferred-indexes.ts, import.service.ts): the rows it writes, and the indexes it
// leaves, are those of an import that keeps every index row by row. A process that dies in
// between, or an import that fails building them, leaves the definitions, and the next start
// builds them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client";
import { deferIndexes } from "../../src/db/deferred-indexes";
import { migrateDb } from "../../src/db/migrate";
import { generateDemoCorpus } from "../../src/posts/demo/demo.generator";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import type { RawPostRow } from "../../src/posts/post.row";
import { TEST_DATABASE_URL } from "../helpers/db";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

/** Every index of the database (the automatic ones have no definition), by name. */
function indexes(db: Db): { name: string; sql: string | null }[] {
  return db.$client
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
}

/** What the import derives from the rows, without the batch and the clock. */
const DERIVED = [
  "SELECT id, source, external_id, title, description, category_id, subcategory, posted_at, contract_type, projected_value, country, experience_level, content_hash FROM posts ORDER BY id",
  "SELECT rowid, * FROM post_skills ORDER BY rowid",
  "SELECT * FROM classifications ORDER BY technology_id, post_id",
  "SELECT * FROM post_facts ORDER BY post_id",
  "SELECT * FROM tech_facts ORDER BY technology_id, post_id",
  "SELECT * FROM fact_rollup ORDER BY 1, 2, 3",
  "SELECT * FROM fact_rollup_month ORDER BY 1, 2, 3",
  "SELECT * FROM phrase_hits ORDER BY phrase, post_id",
  "SELECT * FROM post_bucket_counts ORDER BY post_id, bucket_id",
  "SELECT rowid, title FROM posts_fts WHERE posts_fts MATCH 'data OR model OR cloud' ORDER BY rowid",
];

async function load(rt: TestRuntime, rows: RawPostRow[], onChunk: () => void = () => {}): Promise<void> {
  const summary = await importSource(rt.db, rowsSource(rows), {
    taxonomy: rt.taxonomy,
    classify: rt.classify,
    onProgress: onChunk,
  });
  expect(summary.rejected).toBe(0);
}

// PostgreSQL keeps its indexes through an import (deferIndexes is SQLite's).
describe.skipIf(TEST_DATABASE_URL !== null)("indexes deferred during a load into an empty database", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-deferred-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("are away while it writes, then back as the migrations made them, over the same rows", async () => {
    const bulk = testRuntime(undefined, path.join(dir, "bulk.db"));
    const kept = testRuntime(undefined, path.join(dir, "kept.db"));
    const all = indexes(bulk.db);
    const rows = [...generateDemoCorpus(bulk.taxonomy, { seed: 7, size: 5_000 })];

    const awayDuring: string[][] = [];
    const away = (rt: TestRuntime) => {
      const present = new Set(indexes(rt.db).map((i) => i.name));
      return all.filter((i) => !present.has(i.name)).map((i) => i.name);
    };
    await load(bulk, rows, () => awayDuring.push(away(bulk)));
    // The same rows into a database that has a post already: nothing is deferred.
    await load(kept, rows.slice(0, 1));
    await load(kept, rows.slice(1), () => expect(away(kept)).toEqual([]));

    expect(awayDuring.length).toBeGreaterThan(1);
    for (const names of awayDuring)
      expect(names.sort()).toEqual(
        [
          "classifications_post",
          "phrase_hits_post",
          "post_facts_day",
          "post_skills_tag",
          "posts_category",
          "posts_posted_at",
          "tech_facts_day",
          "tech_facts_post",
        ].sort(),
      );
    expect(indexes(bulk.db)).toEqual(all);
    expect(indexes(kept.db)).toEqual(all);
    expect(bulk.db.$client.prepare("PRAGMA integrity_check").pluck().get()).toBe("ok");
    expect(
      bulk.db.$client.prepare("SELECT COUNT(*) FROM app_meta WHERE key = 'deferred_indexes'").pluck().get(),
    ).toBe(0);
    for (const query of DERIVED) {
      const got = bulk.db.$client.prepare(query).all();
      expect(got.length, query).toBeGreaterThan(0);
      expect(got, query).toEqual(kept.db.$client.prepare(query).all());
    }
  });

  it("are left to the next start when the import fails building them, its checkpoint setting restored", async () => {
    const file = path.join(dir, "failed.db");
    const rt = testRuntime(undefined, file);
    const before = indexes(rt.db);
    const autocheckpoint = rt.db.$client.prepare("PRAGMA wal_autocheckpoint").pluck().get();
    const rows = [...generateDemoCorpus(rt.taxonomy, { seed: 8, size: 300 })];
    await expect(
      importSource(rt.db, rowsSource(rows), {
        taxonomy: rt.taxonomy,
        classify: rt.classify,
        onIndexes: () => {
          throw new Error("the disk is full");
        },
      }),
    ).rejects.toThrow("the disk is full");
    expect(rt.db.$client.prepare("PRAGMA wal_autocheckpoint").pluck().get()).toBe(autocheckpoint);
    expect(indexes(rt.db).length).toBe(before.length - 8);
    rt.db.$client.close();

    const again = openDb(file);
    migrateDb(again);
    expect(indexes(again)).toEqual(before);
    expect(again.$client.prepare("SELECT COUNT(*) FROM posts").pluck().get()).toBe(300);
    again.$client.close();
  });

  it("are built at the next start when the process that dropped them died", () => {
    const file = path.join(dir, "died.db");
    const rt = testRuntime(undefined, file);
    const before = indexes(rt.db);
    expect(deferIndexes(rt.db, ["posts_category", "post_facts_day"])).not.toBeNull();
    // A second bulk load while these are away leaves them to the first.
    expect(deferIndexes(rt.db, ["posts_posted_at"])).toBeNull();
    expect(indexes(rt.db).map((i) => i.name)).not.toContain("posts_category");
    rt.db.$client.close(); // the process dies: nothing builds them

    const again = openDb(file);
    migrateDb(again);
    expect(indexes(again)).toEqual(before);
    expect(
      again.$client.prepare("SELECT COUNT(*) FROM app_meta WHERE key = 'deferred_indexes'").pluck().get(),
    ).toBe(0);
    again.$client.close();
  });
});
