// An import prepared in worker threads writes exactly what one prepared in the importing thread
// writes, on the real posts with a trained model active; and a chunk prepared before a model was
// activated is classified by the model active when it commits.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postsForClassification } from "../../src/classify/classification.repository";
import { modelForClassification } from "../../src/classify/model.registry";
import { activateModel, trainTechnology } from "../../src/classify/model.service";
import { checkpoint, openDb, type Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import { openFileSource, rowsSource } from "../../src/posts/import/sources";
import {
  recomputedBucketCounts,
  recomputedPhraseHits,
  storedBucketCounts,
  storedPhraseHits,
} from "../helpers/index-consistency";
import { copyDatabase, dbTarget, TEST_DATABASE_URL } from "../helpers/db";
import { hasRealData, LABELED_CSV, POSTS_CSV } from "../helpers/real-data";
import { postRows } from "../helpers/rows";
import { PhraseFilter } from "../../src/taxonomy/phrase-filter";
import { allPhrases } from "../../src/taxonomy/taxonomy.repository";
import { projectTaxonomy, testRuntime } from "../helpers/runtime";

/** Every table an import writes, without the columns that hold the time of writing. */
const TABLES: Record<string, string> = {
  posts:
    "SELECT id, source, external_id, title, description, category_id, subcategory, posted_at, contract_type, fixed_budget, hourly_min, hourly_max, projected_value, content_hash FROM posts ORDER BY id",
  post_skills: "SELECT post_id, tag, label FROM post_skills ORDER BY post_id, rowid",
  classifications: "SELECT * FROM classifications ORDER BY technology_id, post_id",
  phrase_hits: "SELECT * FROM phrase_hits ORDER BY phrase, post_id",
  post_bucket_counts: "SELECT * FROM post_bucket_counts ORDER BY post_id, bucket_id",
  post_facts: "SELECT * FROM post_facts ORDER BY post_id",
  tech_facts: "SELECT * FROM tech_facts ORDER BY technology_id, post_id",
  fact_rollup: "SELECT * FROM fact_rollup ORDER BY technology_id, day, category_id",
  fact_rollup_month: "SELECT * FROM fact_rollup_month ORDER BY technology_id, month, category_id",
  // The full-text index: SQLite's FTS5 table, PostgreSQL's posts.fts.
  fts: TEST_DATABASE_URL
    ? "SELECT id FROM posts WHERE fts @@ fts5_match('data OR automation OR chatbot') ORDER BY id"
    : "SELECT rowid FROM posts_fts WHERE posts_fts MATCH 'data OR automation OR chatbot' ORDER BY rowid",
};

function dump(db: Db): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(TABLES).map(([t, sql]) => [t, db.$client.prepare(sql).all()]));
}

const classify = () => ({ technologies: projectTaxonomy().technologies, mode: "candidates" as const });

describe.skipIf(!hasRealData)("an import prepared in worker threads", () => {
  let dir: string;
  /** The prepared database: its file, or its postgres:// URL. */
  let base: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-threads-"));
    base = path.join(dir, "base.db");
    const rt = testRuntime(undefined, base);
    await rt.importFile(LABELED_CSV);
    await trainTechnology(rt.db, "rpa", { taxonomy: rt.taxonomy, mode: "candidates", activate: true });
    checkpoint(rt.db);
    base = dbTarget(rt.db, base);
    rt.db.$client.close();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  function copyOfBase(name: string): Db {
    return openDb(copyDatabase(base, path.join(dir, name)));
  }

  it("writes exactly what an import prepared in the importing thread writes", async () => {
    const inline = copyOfBase("inline.db");
    const threaded = copyOfBase("threaded.db");
    const taxonomy = projectTaxonomy();
    const a = await importSource(inline, openFileSource(POSTS_CSV), {
      taxonomy,
      classify: classify(),
      threads: 0,
    });
    const b = await importSource(threaded, openFileSource(POSTS_CSV), {
      taxonomy,
      classify: classify(),
      threads: 1,
    });
    expect({ ...b, batchId: 0 }).toEqual({ ...a, batchId: 0 });
    expect(a.inserted).toBeGreaterThan(30_000);
    const [x, y] = [dump(inline), dump(threaded)];
    for (const table of Object.keys(TABLES)) expect(y[table], table).toEqual(x[table]);
    // The model scored the keyword candidates, and the indexes agree with a recomputation.
    expect(
      (
        threaded.$client
          .prepare(
            "SELECT COUNT(*) AS n FROM classifications WHERE technology_id = 'rpa' AND probability IS NOT NULL",
          )
          .get() as { n: number }
      ).n,
    ).toBeGreaterThan(1000);
    expect(storedPhraseHits(threaded)).toEqual(recomputedPhraseHits(threaded));
    // Every phrase FTS finds in a post is among the phrases the import's filter let through.
    const filter = new PhraseFilter(allPhrases(threaded));
    const texts = threaded.$client.prepare("SELECT id, title, description FROM posts").all() as {
      id: number;
      title: string;
      description: string;
    }[];
    const candidates = new Map(
      texts.map((t) => {
        const found = new Set<string>();
        filter.collect(t.title, found);
        filter.collect(t.description, found);
        return [t.id, found];
      }),
    );
    const missed = storedPhraseHits(threaded).filter((hit) => {
      const [phrase, id] = hit.split("\t");
      return !candidates.get(Number(id))?.has(phrase!);
    });
    expect(missed).toEqual([]);
    expect(storedPhraseHits(threaded).length).toBeGreaterThan(1000);
    expect(storedBucketCounts(threaded)).toEqual(recomputedBucketCounts(threaded));
    inline.$client.close();
    threaded.$client.close();
  });

  it("classifies a chunk prepared before an activation with the model active when it commits", async () => {
    const db = copyOfBase("switch.db");
    const taxonomy = projectTaxonomy();
    const old = (db.$client.prepare("SELECT id FROM models WHERE active = 1").get() as { id: number }).id;
    const trained = await trainTechnology(db, "rpa", {
      taxonomy,
      mode: "candidates",
      activate: false,
      seed: 7,
    });
    const rows = postRows(2500, (i) => ({
      id: `switch-${i}`,
      source: "switch-test",
      title: i % 2 ? "UiPath bot to automate invoice entry" : "Logo design for a bakery",
      description: "Robotic process automation of a daily report",
      posted_at: "2024-03-01",
    }));
    // The second chunk is read (and the first prepared) before the activation commits.
    async function* items() {
      let n = 0;
      for await (const item of rowsSource(rows).items) {
        if (n++ === 1500) activateModel(db, trained.modelId, { taxonomy, mode: "candidates" });
        yield item;
      }
    }
    const source = { ...rowsSource(rows), items: items() };
    await importSource(db, source, { taxonomy, classify: classify(), threads: 1 });
    const stored = db.$client
      .prepare(
        `SELECT c.post_id AS id, c.model_id AS m, c.probability AS p FROM classifications c
         JOIN posts p ON p.id = c.post_id WHERE p.source = 'switch-test' AND c.technology_id = 'rpa' ORDER BY c.post_id`,
      )
      .all() as { id: number; m: number; p: number | null }[];
    expect(stored).toHaveLength(rows.length);
    expect(new Set(stored.map((r) => r.m))).toEqual(new Set([trained.modelId]));
    expect(trained.modelId).not.toBe(old);
    // The probabilities are the new model's, not the ones the first chunk was prepared with.
    const texts = postsForClassification(
      db,
      stored.map((r) => r.id),
    );
    const expected = modelForClassification(db, trained.modelId).predictProbability(texts);
    const previous = modelForClassification(db, old).predictProbability(texts);
    expect(stored.some((r, i) => r.p !== previous[i])).toBe(true);
    expect(stored.map((r) => r.p)).toEqual(Array.from(expected));
    db.$client.close();
  });
});
