// DuckDB in memory, loaded from a bench database: the columns the analytics benchmark's DuckDB
// queries read, copied from the SQLite file through DuckDB's appender. Its load time is the
// reference the import's target was set against (ingest.bench.ts).
import type { DuckDBConnection } from "@duckdb/node-api";
import type Database from "better-sqlite3";

type ColumnType = "int" | "text" | "real";
const DUCK_TYPE: Record<ColumnType, string> = { int: "INTEGER", text: "VARCHAR", real: "DOUBLE" };

/** The tables copied, each with its columns (same names in both databases) and their types. */
const COPIES: { table: string; columns: Record<string, ColumnType> }[] = [
  {
    table: "posts",
    columns: {
      id: "int",
      posted_at: "text",
      category_id: "text",
      projected_value: "real",
      subcategory: "text",
      contract_type: "text",
      country: "text",
      experience_level: "text",
      source: "text",
      title: "text",
      description: "text",
    },
  },
  { table: "classifications", columns: { technology_id: "text", post_id: "int", label: "int" } },
  { table: "categories", columns: { id: "text", name: "text", technical: "int" } },
  { table: "post_skills", columns: { post_id: "int", tag: "text" } },
  { table: "phrase_hits", columns: { phrase: "text", post_id: "int" } },
  { table: "skill_aliases", columns: { skill_id: "text", kind: "text", alias: "text" } },
  { table: "skills", columns: { id: "text", bucket_id: "text" } },
  { table: "buckets", columns: { id: "text", name: "text" } },
];

/**
 * Copied after the load is timed, so that the import's reference stays the load it was set on:
 * where each label comes from, which the questions with estimates read (analytics.estimates.ts),
 * and the posts' external ids, which the lists of posts show (analytics.posts.ts).
 */
const LABEL_SOURCES = {
  table: "label_sources",
  from: "classifications",
  columns: { technology_id: "text", post_id: "int", label_source: "text", keyword_hit: "int" },
} as const;
const POST_KEYS = { table: "post_keys", from: "posts", columns: { id: "int", external_id: "text" } } as const;

async function copyTable(
  connection: DuckDBConnection,
  sqlite: Database.Database,
  copy: { table: string; from?: string; columns: Record<string, ColumnType> },
  log: (msg: string) => void,
): Promise<void> {
  const names = Object.keys(copy.columns);
  const types = Object.values(copy.columns);
  await connection.run(
    `CREATE TABLE ${copy.table} (${names.map((c, i) => `${c} ${DUCK_TYPE[types[i]!]}`).join(", ")})`,
  );
  const appender = await connection.createAppender(copy.table);
  const stmt = sqlite.prepare(`SELECT ${names.join(", ")} FROM ${copy.from ?? copy.table}`).raw(true);
  let n = 0;
  for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
    types.forEach((type, i) => {
      const v = row[i];
      if (v === null || v === undefined) appender.appendNull();
      else if (type === "int") appender.appendInteger(Number(v));
      else if (type === "real") appender.appendDouble(Number(v));
      else appender.appendVarchar(String(v));
    });
    appender.endRow();
    n += 1;
  }
  appender.closeSync();
  log(`  duckdb: ${copy.table} ${n.toLocaleString("en-US")} rows`);
}

export async function loadDuckDb(
  sqlite: Database.Database,
  log: (msg: string) => void,
): Promise<{ connection: DuckDBConnection; seconds: number; close(): void }> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const t0 = performance.now();
  for (const copy of COPIES) await copyTable(connection, sqlite, copy, log);
  // DuckDB's own layout for time: a TIMESTAMP column (string literals in the SQL cast to it).
  await connection.run(
    "ALTER TABLE posts ALTER posted_at TYPE TIMESTAMP USING CAST(replace(replace(posted_at, 'T', ' '), 'Z', '') AS TIMESTAMP)",
  );
  const seconds = (performance.now() - t0) / 1000;
  await copyTable(connection, sqlite, LABEL_SOURCES, log);
  await connection.run(
    `CREATE OR REPLACE TABLE classifications AS
      SELECT c.*, s.label_source, s.keyword_hit FROM classifications c JOIN label_sources s USING (technology_id, post_id)`,
  );
  await connection.run("DROP TABLE label_sources");
  await copyTable(connection, sqlite, POST_KEYS, log);
  await connection.run(
    "CREATE OR REPLACE TABLE posts AS SELECT p.*, k.external_id FROM posts p JOIN post_keys k USING (id) ORDER BY p.id",
  );
  await connection.run("DROP TABLE post_keys");
  return {
    connection,
    seconds,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
