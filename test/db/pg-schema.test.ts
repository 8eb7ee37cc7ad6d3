// The PostgreSQL schema (migrations/pg) against the SQLite one (migrations/): the same tables,
// columns, keys, indexes and triggers, and triggers that leave the same rows behind when the
// same statements run on both. Needs a PostgreSQL server where it may create and drop a
// database: FRONTIER_TEST_DATABASE_URL (skipped with a message without it).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";
import { TRIGGER_SCRIPT } from "./trigger-script";

const DATABASE_URL = process.env.FRONTIER_TEST_DATABASE_URL;
const PG_MIGRATIONS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "migrations",
  "pg",
);

if (!DATABASE_URL) {
  console.warn(
    "Skipping the PostgreSQL schema test: set FRONTIER_TEST_DATABASE_URL to a PostgreSQL server where it may " +
      "create and drop databases (e.g. postgres://postgres@127.0.0.1:5432/postgres).",
  );
}

/** SQLite's own tables and the FTS5 index (which posts.fts replaces on PostgreSQL). */
const SQLITE_ONLY = /^(sqlite_|__drizzle_migrations$|posts_fts)/u;
/** PostgreSQL-only: the full-text column and its index. */
/** Columns only PostgreSQL has: the full-text vector, and post_skills' stand-in for SQLite's rowid. */
const PG_ONLY_COLUMNS = [
  { table: "posts", column: "fts" },
  { table: "post_skills", column: "rowid" },
];
const PG_ONLY_INDEX = "posts_fts_gin";

type Row = Record<string, unknown>;

interface Column {
  name: string;
  notNull: boolean;
}

interface IndexDef {
  name: string;
  table: string;
  columns: string[];
  unique: boolean;
}

interface ForeignKey {
  table: string;
  columns: string[];
  parent: string;
  parentColumns: string[];
  onDelete: string;
}

interface TriggerDef {
  name: string;
  table: string;
  timing: string;
  event: string;
  updateOf: string[];
  hasWhen: boolean;
}

/** Built in one place, so that both sides list the fields in one order (byJson compares them as JSON). */
function foreignKey(
  table: string,
  columns: string[],
  parent: string,
  parentColumns: string[],
  onDelete: string,
): ForeignKey {
  return { table, columns, parent, parentColumns, onDelete };
}

/** Sorted in JavaScript, by code unit like SQLite's BINARY collation (whatever the server's collation). */
const byName = <T extends { name: string }>(xs: T[]): T[] =>
  [...xs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const byJson = <T>(rows: T[]): T[] =>
  rows
    .map((r) => [JSON.stringify(r), r] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, r]) => r);

function sqliteTables(db: Db, type: "table" | "view"): string[] {
  return db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name")
    .pluck()
    .all(type)
    .map(String)
    .filter((n) => !SQLITE_ONLY.test(n));
}

function sqliteColumns(db: Db, table: string): Column[] {
  return (
    db.$client.prepare(`SELECT name, "notnull" FROM pragma_table_info(?) ORDER BY cid`).all(table) as {
      name: string;
      notnull: number;
    }[]
  ).map((c) => ({ name: c.name, notNull: c.notnull === 1 }));
}

function sqlitePrimaryKey(db: Db, table: string): string[] {
  return db.$client
    .prepare("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk")
    .pluck()
    .all(table)
    .map(String);
}

function sqliteIndexes(db: Db): IndexDef[] {
  const rows = db.$client
    .prepare(
      `SELECT name, tbl_name AS "table" FROM sqlite_master
       WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%' ORDER BY name`,
    )
    .all() as { name: string; table: string }[];
  return rows.map((r) => ({
    ...r,
    columns: db.$client
      .prepare("SELECT name FROM pragma_index_info(?) ORDER BY seqno")
      .pluck()
      .all(r.name)
      .map(String),
    unique:
      (db.$client
        .prepare(`SELECT "unique" FROM pragma_index_list(?) WHERE name = ?`)
        .pluck()
        .get(r.table, r.name) as number | undefined) === 1,
  }));
}

function sqliteForeignKeys(db: Db, tables: string[]): ForeignKey[] {
  return tables.flatMap((table) => {
    const rows = db.$client
      .prepare(`SELECT id, seq, "table" AS parent, "from", "to", on_delete FROM pragma_foreign_key_list(?)`)
      .all(table) as {
      id: number;
      seq: number;
      parent: string;
      from: string;
      to: string;
      on_delete: string;
    }[];
    const ids = [...new Set(rows.map((r) => r.id))];
    return ids.map((id) => {
      const cols = rows.filter((r) => r.id === id).sort((a, b) => a.seq - b.seq);
      return foreignKey(
        table,
        cols.map((c) => c.from),
        cols[0]!.parent,
        cols.map((c) => c.to),
        cols[0]!.on_delete.toUpperCase(),
      );
    });
  });
}

/** Trigger shapes, read from their CREATE TRIGGER text (SQLite keeps no other description). */
function sqliteTriggers(db: Db): TriggerDef[] {
  const rows = db.$client
    .prepare(
      "SELECT name, tbl_name AS \"table\", sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name",
    )
    .all() as { name: string; table: string; sql: string }[];
  return rows
    .filter((r) => !r.name.startsWith("posts_fts_"))
    .map((r) => {
      const m = /\b(BEFORE|AFTER|INSTEAD OF)\s+(INSERT|UPDATE|DELETE)(?:\s+OF\s+([\w\s,]+?))?\s+ON\s/iu.exec(
        r.sql,
      );
      if (!m) throw new Error(`cannot read trigger ${r.name}: ${r.sql}`);
      return {
        name: r.name,
        table: r.table,
        timing: m[1]!.toUpperCase(),
        event: m[2]!.toUpperCase(),
        updateOf: (m[3] ?? "")
          .split(",")
          .map((c) => c.trim())
          .filter((c) => c !== "")
          .sort(),
        hasWhen: /\sWHEN\s/iu.test(r.sql.slice(0, r.sql.search(/\bBEGIN\b/iu))),
      };
    });
}

async function pgTables(c: pg.ClientBase, type: "BASE TABLE" | "VIEW"): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = $1 ORDER BY table_name`,
    [type],
  );
  return r.rows.map((x) => x.name).sort();
}

async function pgColumns(c: pg.ClientBase, table: string): Promise<Column[]> {
  const r = await c.query<{ name: string; notnull: boolean }>(
    `SELECT attname AS name, attnotnull AS notnull FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [`public.${table}`],
  );
  return r.rows
    .filter((x) => !PG_ONLY_COLUMNS.some((c) => c.table === table && c.column === x.name))
    .map((x) => ({ name: x.name, notNull: x.notnull }));
}

async function pgPrimaryKey(c: pg.ClientBase, table: string): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
       CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
       JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.n`,
    [`public.${table}`],
  );
  return r.rows.map((x) => x.name);
}

async function pgIndexes(c: pg.ClientBase): Promise<IndexDef[]> {
  const r = await c.query<IndexDef>(
    `SELECT ic.relname AS name, tc.relname AS "table", i.indisunique AS "unique",
       array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n)::text[] AS columns
     FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_class tc ON tc.oid = i.indrelid
       JOIN pg_namespace ns ON ns.oid = tc.relnamespace
     WHERE ns.nspname = 'public' AND NOT i.indisprimary`,
  );
  return r.rows.filter((x) => x.name !== PG_ONLY_INDEX).map((x) => ({ ...x, columns: [...x.columns] }));
}

async function pgForeignKeys(c: pg.ClientBase): Promise<ForeignKey[]> {
  const r = await c.query<ForeignKey>(
    `SELECT tc.relname AS "table", pc.relname AS parent,
       array(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS x(attnum, n)
             JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = x.attnum ORDER BY x.n)::text[] AS columns,
       array(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY AS x(attnum, n)
             JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = x.attnum ORDER BY x.n)::text[] AS "parentColumns",
       CASE k.confdeltype WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
         WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS "onDelete"
     FROM pg_constraint k JOIN pg_class tc ON tc.oid = k.conrelid JOIN pg_class pc ON pc.oid = k.confrelid
       JOIN pg_namespace ns ON ns.oid = tc.relnamespace
     WHERE k.contype = 'f' AND ns.nspname = 'public'`,
  );
  return r.rows.map((x) => foreignKey(x.table, [...x.columns], x.parent, [...x.parentColumns], x.onDelete));
}

async function pgTriggers(c: pg.ClientBase): Promise<TriggerDef[]> {
  const r = await c.query<TriggerDef>(
    `SELECT t.trigger_name AS name, t.event_object_table AS "table", t.action_timing AS timing,
       t.event_manipulation AS event, t.action_condition IS NOT NULL AS "hasWhen",
       array(SELECT u.event_object_column FROM information_schema.triggered_update_columns u
             WHERE u.trigger_schema = t.trigger_schema AND u.trigger_name = t.trigger_name
               AND u.event_object_table = t.event_object_table ORDER BY 1)::text[] AS "updateOf"
     FROM information_schema.triggers t WHERE t.trigger_schema = 'public'
       -- PostgreSQL's stand-in for SQLite's NULL INTEGER PRIMARY KEY (migrations/pg/0002), not a SQLite trigger.
       AND t.trigger_name NOT LIKE '%\\_null\\_key'`,
  );
  return r.rows.map((x) => ({ ...x, updateOf: [...x.updateOf].sort() }));
}

/** Every row of a table, in a fixed order, as plain objects (the columns SQLite has). */
function sqliteContents(db: Db, table: string, columns: string[]): Row[] {
  const list = columns.map((c) => `"${c}"`).join(", ");
  return byJson(db.$client.prepare(`SELECT ${list} FROM "${table}"`).all() as Row[]);
}

async function pgContents(c: pg.ClientBase, table: string, columns: string[]): Promise<Row[]> {
  const list = columns.map((x) => `"${x}"`).join(", ");
  return byJson((await c.query<Row>(`SELECT ${list} FROM "${table}"`)).rows);
}

/** PostgreSQL's numbers the way SQLite returns them: bigint (analytics_changes.seq, counts) as a number. */
const pgTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
};

describe.skipIf(!DATABASE_URL)("the PostgreSQL schema (migrations/pg)", () => {
  const dbName = `schema_test_${process.pid}_${Date.now().toString(36)}`;
  let admin: pg.Client;
  let pool: pg.Pool;
  let client: pg.PoolClient;
  let sqlite: Db;
  let tables: string[];

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${dbName}"`);
    const url = new URL(DATABASE_URL!);
    url.pathname = `/${dbName}`;
    pool = new pg.Pool({ connectionString: url.toString(), max: 2, types: pgTypes });
    // pool.end() can resolve while a connection is still closing; the DROP DATABASE … WITH (FORCE)
    // in afterAll then terminates it, and an error event without a listener would be uncaught.
    pool.on("error", () => {});
    await migrate(drizzle(pool), { migrationsFolder: PG_MIGRATIONS });
    client = await pool.connect();
    // SQLite explicitly: under test:postgres freshDb() gives PostgreSQL.
    sqlite = openDb(":memory:");
    migrateDb(sqlite);
    tables = sqliteTables(sqlite, "table");
  });

  afterAll(async () => {
    client?.release();
    await pool?.end();
    sqlite?.$client.close();
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it("has the tables, views and columns of the SQLite database, in the same order", async () => {
    expect(await pgTables(client, "BASE TABLE")).toEqual(tables);
    expect(await pgTables(client, "VIEW")).toEqual(sqliteTables(sqlite, "view"));
    for (const table of tables) {
      expect(await pgColumns(client, table), table).toEqual(sqliteColumns(sqlite, table));
    }
  });

  it("has the same primary keys, indexes and foreign keys", async () => {
    for (const table of tables) {
      expect(await pgPrimaryKey(client, table), table).toEqual(sqlitePrimaryKey(sqlite, table));
    }
    expect(byName(await pgIndexes(client))).toEqual(byName(sqliteIndexes(sqlite)));
    expect(byJson(await pgForeignKeys(client))).toEqual(byJson(sqliteForeignKeys(sqlite, tables)));
  });

  it("has the SQLite triggers, but for the full-text ones, with the same timing, events and conditions", async () => {
    expect(byName(await pgTriggers(client))).toEqual(byName(sqliteTriggers(sqlite)));
  });

  it("when the same statements run on both, every table holds the same rows after each", async () => {
    const triggers = (await pgTriggers(client)).map((t) => t.name).sort();
    const scripted = [...new Set(TRIGGER_SCRIPT.flatMap((s) => s.fires))].sort();
    expect(scripted, "the script fires every trigger").toEqual(triggers);

    const columns = new Map(tables.map((t) => [t, sqliteColumns(sqlite, t).map((c) => c.name)]));
    // Counting calls of the trigger functions checks which triggers each statement fired; the
    // setting needs a superuser, so without one only the end states are compared.
    const counted = await client.query("SET track_functions = 'pl'").then(
      () => true,
      (e: Error) => {
        console.warn(`Not checking which triggers each statement fires (SET track_functions: ${e.message}).`);
        return false;
      },
    );
    const calls = async (): Promise<Map<string, number>> =>
      new Map(
        (
          await client.query<{ name: string; calls: number }>(
            "SELECT funcname AS name, calls FROM pg_stat_xact_user_functions",
          )
        ).rows.map((r) => [r.name, r.calls]),
      );

    await client.query("BEGIN");
    try {
      let before = counted ? await calls() : new Map<string, number>();
      for (const [i, s] of TRIGGER_SCRIPT.entries()) {
        const label = `step ${i + 1}: ${s.sql.replace(/\s+/gu, " ").slice(0, 100)}`;
        sqlite.$client.prepare(s.sql).run();
        if (s.sqliteOnly) continue;
        await client.query(s.sql);
        if (counted) {
          const after = await calls();
          const fired = [...after].filter(([name, n]) => n > (before.get(name) ?? 0)).map(([name]) => name);
          expect.soft(fired.sort(), `${label}: the triggers it fires`).toEqual([...new Set(s.fires)].sort());
          before = after;
        }
        for (const table of tables) {
          const cols = columns.get(table)!;
          expect(await pgContents(client, table, cols), `${label}: ${table}`).toEqual(
            sqliteContents(sqlite, table, cols),
          );
        }
      }
    } finally {
      await client.query("COMMIT");
    }
  });

  it("finds the same posts by full-text search as SQLite's FTS5 index, after the script", async () => {
    for (const word of [
      "python",
      "docker",
      "logo",
      "figma",
      "model",
      "absent",
      '"machine learning"',
      '"node js"',
    ]) {
      const inSqlite = sqlite.$client
        .prepare("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid")
        .pluck()
        .all(word);
      const inPg = (
        await client.query<{ id: number }>("SELECT id FROM posts WHERE fts @@ fts5_match($1) ORDER BY id", [
          word,
        ])
      ).rows.map((r) => r.id);
      expect(inPg, word).toEqual(inSqlite);
    }
  });
});
