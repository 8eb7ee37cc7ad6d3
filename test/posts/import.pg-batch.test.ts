// An import writes the same rows on the database under test (PostgreSQL under test:postgres,
// where it writes each chunk's posts, skills and labels set-based) as on SQLite (where it writes
// them row by row): the same ids in input order, outcomes, skill tags in their order, labels,
// rejects, derived data and summaries, for first imports, duplicates within a chunk, re-imports
// with changes and imports of several chunks.
import { beforeAll, describe, expect, it } from "vitest";
import type { ClassifyOptions } from "../../src/classify/classification.service";
import { openDb, type Db } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";
import { importSource, type ImportSummary } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import { skillsByPostIds } from "../../src/posts/post.repository";
import type { RawPostRow } from "../../src/posts/post.row";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import { postRow, postRows } from "../helpers/rows";
import { projectTaxonomy, testRuntime, type TestRuntime } from "../helpers/runtime";

const taxonomy = projectTaxonomy();
const classify: ClassifyOptions = {
  technologies: taxonomy.technologies,
  models: new Map(),
  mode: "candidates",
};

function sqliteDb(): Db {
  const db = openDb(":memory:");
  migrateDb(db);
  syncTaxonomy(db, taxonomy);
  return db;
}

const importInto = (db: Db, rows: RawPostRow[]) =>
  importSource(db, rowsSource(rows), { taxonomy, classify, actor: "tester" });

const FIRST: RawPostRow[] = [
  postRow({
    id: "a1",
    source: "alpha",
    title: "Build a chatbot for support",
    skills: "Chatbot; Python; ChatGPT",
    ai: "1",
  }),
  postRow({
    id: "a2",
    source: "alpha",
    title: "Logo design",
    category: "Design & Creative",
    ai: "0",
    cloud: "0",
  }),
  // The same external id in another source is another post.
  postRow({ id: "a1", source: "beta", title: "AWS migration", skills: "AWS; Terraform; Docker", cloud: "1" }),
  postRow({ id: "a3", source: "alpha", title: "" }),
  postRow({
    id: "a4",
    source: "alpha",
    title: "Data pipeline on AWS",
    description: "Move our ETL to the cloud, machine learning later",
    skills: "Python; SQL",
    posted_at: "2024-03-05",
    contract_type: "fixed",
    fixed_budget: "1500",
  }),
  // Met before in this chunk: refused, the first stays.
  postRow({ id: "a1", source: "alpha", title: "Build a chatbot, again", skills: "Zapier" }),
  postRow({
    id: "a5",
    source: "alpha",
    title: "RPA bot with UiPath",
    skills: "UiPath; RPA",
    rpa: "1",
    ai: "",
  }),
  ...postRows(20, (i) => ({
    id: `f${i}`,
    source: i % 3 === 0 ? "beta" : "alpha",
    title: `Filler ${i} ${i % 4 === 0 ? "with a chatbot" : "plain"}`,
    skills: ["", "Python", "Docker; Kubernetes", "Excel; Power BI; SQL"][i % 4]!,
    posted_at: `2024-0${1 + (i % 9)}-1${i % 10}`,
    contract_type: i % 2 === 0 ? "hourly" : "fixed",
    hourly_min: i % 2 === 0 ? String(10 + i) : "",
    hourly_max: i % 2 === 0 ? String(30 + i) : "",
    fixed_budget: i % 2 === 0 ? "" : String(100 * i),
    ...(i % 5 === 0 ? { ai: i % 10 === 0 ? "1" : "0" } : {}),
  })),
];

/** A re-import: unchanged posts, changed content, changed skills, changed labels only, new posts. */
const SECOND: RawPostRow[] = [
  FIRST[0]!,
  { ...FIRST[1]!, ai: "1" },
  postRow({
    id: "n1",
    source: "alpha",
    title: "New: AI agent",
    skills: "AI Agent Development; Python",
    ai: "1",
  }),
  { ...FIRST[2]!, title: "AWS migration, phase two", skills: "Docker; AWS" },
  { ...FIRST[4]!, skills: "SQL; Python; Apache Spark" },
  { ...FIRST[6]!, rpa: "0", ai: "1" },
  postRow({ id: "a3", source: "alpha", title: "Now with a title", skills: "Copywriting" }),
  postRow({ id: "n2", source: "beta", title: "Second new post", cloud: "1" }),
  postRow({ id: "n2", source: "beta", title: "Second new post, again" }),
  ...FIRST.slice(7, 17),
];

/** Three chunks: new posts among changed and unchanged old ones. */
const THIRD: RawPostRow[] = [
  ...postRows(2200, (i) => ({
    id: `g${i}`,
    source: ["alpha", "beta", "gamma"][i % 3]!,
    title: `Generated ${i}${i % 7 === 0 ? " machine learning model" : ""}${i % 11 === 0 ? " cloud infrastructure" : ""}`,
    skills: ["Python; Machine Learning", "", "AWS", "UiPath; Excel; Python; Docker"][i % 4]!,
    posted_at: i % 6 === 0 ? "" : `2023-${String(1 + (i % 12)).padStart(2, "0")}-15`,
    ...(i % 13 === 0 ? { ai: "1", cloud: i % 2 === 0 ? "1" : "0" } : {}),
  })),
  ...FIRST.slice(7).map((r, i) => (i % 2 === 0 ? { ...r, title: `${r.title} (edited)` } : r)),
];

type Row = Record<string, unknown>;

const sorted = (rows: Row[]) =>
  rows.map((r) => JSON.stringify(r)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** What an import leaves in the database, without timestamps (and without post_skills' rowid, whose order is kept). */
function contents(db: Db) {
  const all = (sql: string) => db.$client.prepare(sql).all() as Row[];
  return {
    posts: all(
      `SELECT id, source, external_id, title, description, category_id, subcategory, posted_at, contract_type,
         fixed_budget, hourly_min, hourly_max, projected_value_input, projected_value, duration, workload, country,
         experience_level, batch_id, content_hash FROM posts ORDER BY id`,
    ),
    skills: all("SELECT post_id, tag, label FROM post_skills ORDER BY post_id, rowid"),
    labels: sorted(all("SELECT post_id, technology_id, label, source, actor FROM labels")),
    rejects: all("SELECT id, batch_id, line, reason FROM rejected_rows ORDER BY id"),
    batches: all(
      "SELECT id, rows_read, inserted, updated, unchanged, rejected, labels, unknown_columns, status FROM import_batches ORDER BY id",
    ),
    classifications: sorted(
      all(
        "SELECT technology_id, post_id, keyword_hit, probability, label, label_source FROM classifications",
      ),
    ),
    facts: all(
      "SELECT post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source FROM post_facts ORDER BY post_id",
    ),
    rollup: sorted(all("SELECT technology_id, day, category_id, posts, known, high FROM fact_rollup")),
    buckets: sorted(all("SELECT post_id, bucket_id, n FROM post_bucket_counts")),
    phrases: sorted(all("SELECT phrase, post_id FROM phrase_hits")),
  };
}

describe("an import's writes, on the database under test and on SQLite", () => {
  let rt: TestRuntime;
  let reference: Db;
  const summaries: { tested: ImportSummary; sqlite: ImportSummary }[] = [];

  beforeAll(async () => {
    rt = testRuntime();
    reference = sqliteDb();
    for (const rows of [FIRST, SECOND, THIRD])
      summaries.push({ tested: await importInto(rt.db, rows), sqlite: await importInto(reference, rows) });
  });

  it("gives the same summary for every import", () => {
    for (const { tested, sqlite } of summaries) expect(tested).toEqual(sqlite);
    expect(summaries.map((s) => s.tested)).toMatchObject([
      { rowsRead: 27, inserted: 25, updated: 0, unchanged: 0, rejected: 2, labels: 9 },
      { rowsRead: 19, inserted: 3, updated: 2, unchanged: 13, rejected: 1, labels: 5 },
      { rowsRead: 2220, inserted: 2200, updated: 10, unchanged: 10, rejected: 0 },
    ]);
  });

  it("stores the same posts under the same ids, with the same skill tags in the same order, labels and derived data", () => {
    const tested = contents(rt.db);
    const expected = contents(reference);
    expect(tested.posts).toHaveLength(2228);
    // Every kind of derived row is there to compare.
    for (const table of ["skills", "labels", "rejects", "phrases", "buckets", "facts", "rollup"] as const)
      expect(tested[table].length, table).toBeGreaterThan(0);
    expect(tested.classifications.filter((c) => c.includes('"label_source":"hand"')).length).toBeGreaterThan(
      0,
    );
    for (const table of Object.keys(expected) as (keyof typeof expected)[])
      expect(tested[table], table).toEqual(expected[table]);
  });

  it("numbers new posts in input order", () => {
    const order: string[] = [];
    for (const rows of [FIRST, SECOND, THIRD]) {
      const read = new Set<string>();
      for (const r of rows) {
        const key = `${r.source}:${r.id}`;
        if (r.title !== "" && !read.has(key) && !order.includes(key)) order.push(key);
        read.add(key);
      }
    }
    const stored = rt.db.$client
      .prepare("SELECT source || ':' || external_id AS k FROM posts ORDER BY id")
      .pluck()
      .all();
    expect(stored).toEqual(order);
  });

  it("lists a post's skill tags in the order of its row, after a re-import changed them too", () => {
    const c = rt.db.$client;
    const idOf = (source: string, id: string) =>
      c
        .prepare("SELECT id FROM posts WHERE source = ? AND external_id = ?")
        .pluck()
        .get(source, id) as number;
    const ids = [idOf("alpha", "a1"), idOf("beta", "a1"), idOf("alpha", "a4"), idOf("gamma", "g2195")];
    const skills = skillsByPostIds(rt.db, ids);
    expect(ids.map((id) => skills.get(id)!.map((s) => s.label))).toEqual([
      ["Chatbot", "Python", "ChatGPT"],
      ["Docker", "AWS"],
      ["SQL", "Python", "Apache Spark"],
      ["UiPath", "Excel", "Python", "Docker"],
    ]);
  });
});
