// DuckDB in memory, loaded from a bench database: the columns the analytics benchmark's DuckDB
// queries read, copied from the SQLite file through DuckDB's appender. Its load time is the
// reference the import's target was set against (ingest.bench.ts).
import type { DuckDBConnection } from "@duckdb/node-api";
import type Database from "better-sqlite3";

interface Copy {
  table: string;
  ddl: string;
  select: string;
  types: ("int" | "text" | "real")[];
}

const COPIES: Copy[] = [
  {
    table: "posts",
    ddl: `CREATE TABLE posts (id INTEGER, posted_at VARCHAR, category_id VARCHAR, projected_value DOUBLE,
      subcategory VARCHAR, contract_type VARCHAR, country VARCHAR, experience_level VARCHAR, source VARCHAR,
      title VARCHAR, description VARCHAR)`,
    select: `SELECT id, posted_at, category_id, projected_value, subcategory, contract_type, country,
      experience_level, source, title, description FROM posts`,
    types: ["int", "text", "text", "real", "text", "text", "text", "text", "text", "text", "text"],
  },
  {
    table: "classifications",
    ddl: "CREATE TABLE classifications (technology_id VARCHAR, post_id INTEGER, label INTEGER)",
    select: "SELECT technology_id, post_id, label FROM classifications",
    types: ["text", "int", "int"],
  },
  {
    table: "categories",
    ddl: "CREATE TABLE categories (id VARCHAR, name VARCHAR, technical INTEGER)",
    select: "SELECT id, name, technical FROM categories",
    types: ["text", "text", "int"],
  },
  {
    table: "post_skills",
    ddl: "CREATE TABLE post_skills (post_id INTEGER, tag VARCHAR)",
    select: "SELECT post_id, tag FROM post_skills",
    types: ["int", "text"],
  },
  {
    table: "phrase_hits",
    ddl: "CREATE TABLE phrase_hits (phrase VARCHAR, post_id INTEGER)",
    select: "SELECT phrase, post_id FROM phrase_hits",
    types: ["text", "int"],
  },
  {
    table: "skill_aliases",
    ddl: "CREATE TABLE skill_aliases (skill_id VARCHAR, kind VARCHAR, alias VARCHAR)",
    select: "SELECT skill_id, kind, alias FROM skill_aliases",
    types: ["text", "text", "text"],
  },
  {
    table: "skills",
    ddl: "CREATE TABLE skills (id VARCHAR, bucket_id VARCHAR)",
    select: "SELECT id, bucket_id FROM skills",
    types: ["text", "text"],
  },
  {
    table: "buckets",
    ddl: "CREATE TABLE buckets (id VARCHAR, name VARCHAR)",
    select: "SELECT id, name FROM buckets",
    types: ["text", "text"],
  },
];

export async function loadDuckDb(
  sqlite: Database.Database,
  log: (msg: string) => void,
): Promise<{ connection: DuckDBConnection; seconds: number; close(): void }> {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const t0 = performance.now();
  for (const copy of COPIES) {
    await connection.run(copy.ddl);
    const appender = await connection.createAppender(copy.table);
    const stmt = sqlite.prepare(copy.select).raw(true);
    let n = 0;
    for (const row of stmt.iterate() as IterableIterator<unknown[]>) {
      copy.types.forEach((type, i) => {
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
  // DuckDB's own layout for time: a TIMESTAMP column (string literals in the SQL cast to it).
  await connection.run(
    "ALTER TABLE posts ALTER posted_at TYPE TIMESTAMP USING CAST(replace(replace(posted_at, 'T', ' '), 'Z', '') AS TIMESTAMP)",
  );
  return {
    connection,
    seconds: (performance.now() - t0) / 1000,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
