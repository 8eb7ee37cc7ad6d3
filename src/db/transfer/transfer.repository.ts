// The SQL of the SQLite-to-PostgreSQL copy: what the PostgreSQL catalog says about the target's
// tables (columns, primary keys, foreign keys, identity sequences), what SQLite says about the
// source's, and the statements the copy runs on each side.
import type Database from "better-sqlite3";
import type pg from "pg";
import { columnKind, type ColumnKind } from "./copy-text";

/** PostgreSQL's double-quoted identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export interface PgColumn {
  name: string;
  kind: ColumnKind;
  /** Filled by PostgreSQL itself: a generated column or an identity GENERATED ALWAYS. */
  filledByServer: boolean;
  /** An identity column (ALWAYS or BY DEFAULT): its sequence follows the copied keys. */
  identity: boolean;
}

export interface PgTable {
  name: string;
  columns: PgColumn[];
  primaryKey: string[];
  /** The tables its foreign keys point to (itself excluded). */
  parents: string[];
}

/** Every table of the target's current schema (drizzle's own schema is another one). */
export async function pgTables(client: pg.Client): Promise<PgTable[]> {
  const columns = await client.query<{
    table: string;
    column: string;
    typname: string;
    generated: string;
    identity: string;
  }>(
    `SELECT c.relname AS table, a.attname AS column, t.typname, a.attgenerated AS generated, a.attidentity AS identity
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       JOIN pg_type t ON t.oid = a.atttypid
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
      ORDER BY c.relname, a.attnum`,
  );
  const keys = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       CROSS JOIN LATERAL unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
      WHERE n.nspname = current_schema() AND k.contype = 'p'
      ORDER BY c.relname, u.ord`,
  );
  const references = await client.query<{ table: string; parent: string }>(
    `SELECT DISTINCT c.relname AS table, p.relname AS parent
       FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid
       JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND k.contype = 'f' AND k.conrelid <> k.confrelid
      ORDER BY 1, 2`,
  );
  const tables = new Map<string, PgTable>();
  for (const r of columns.rows) {
    let table = tables.get(r.table);
    if (!table) tables.set(r.table, (table = { name: r.table, columns: [], primaryKey: [], parents: [] }));
    table.columns.push({
      name: r.column,
      kind: columnKind(r.typname),
      filledByServer: r.generated !== "" || r.identity === "a",
      identity: r.identity !== "",
    });
  }
  for (const r of keys.rows) tables.get(r.table)?.primaryKey.push(r.column);
  for (const r of references.rows) tables.get(r.table)?.parents.push(r.parent);
  return [...tables.values()];
}

/**
 * Begins the copy's transaction: takes the app's write lock (a Frontier process writing to the
 * target waits for the copy), and memory to build indexes again after each table and to sort a
 * large table by its key when it is read back (text keys sort by bytes there, which no index gives).
 */
export async function pgBeginCopy(client: pg.Client, writeLockKey: number): Promise<void> {
  await client.query("BEGIN");
  await client.query("SELECT pg_advisory_xact_lock($1)", [writeLockKey]);
  await client.query("SET LOCAL maintenance_work_mem = '256MB'");
  await client.query("SET LOCAL work_mem = '256MB'");
}

export async function pgEndTransaction(client: pg.Client, commit: boolean): Promise<void> {
  await client.query(commit ? "COMMIT" : "ROLLBACK");
}

/**
 * Keeps the triggers from firing until the transaction ends: true when session_replication_role
 * could be set to replica (a superuser's setting; it also skips foreign-key checks), false when
 * each table's user triggers were disabled instead (which its owner may do; pgEnableTriggers
 * undoes it before the commit). Throws when neither is allowed.
 */
export async function pgDisableTriggers(client: pg.Client, tables: readonly string[]): Promise<boolean> {
  await client.query("SAVEPOINT replica");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    await client.query("RELEASE SAVEPOINT replica");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replica");
  }
  for (const t of tables) await client.query(`ALTER TABLE ${quoteIdent(t)} DISABLE TRIGGER USER`);
  return false;
}

export async function pgEnableTriggers(client: pg.Client, tables: readonly string[]): Promise<void> {
  for (const t of tables) await client.query(`ALTER TABLE ${quoteIdent(t)} ENABLE TRIGGER USER`);
}

export async function pgAnalyze(client: pg.Client, tables: readonly string[]): Promise<void> {
  if (tables.length > 0) await client.query(`ANALYZE ${tables.map(quoteIdent).join(", ")}`);
}

/** The tables among `names` that hold at least one row, with their row counts. */
export async function pgNonEmptyTables(client: pg.Client, names: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  for (const name of names) {
    const r = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${quoteIdent(name)}`);
    const n = Number(r.rows[0]!.n);
    if (n > 0) found.set(name, n);
  }
  return found;
}

/** Empties the tables and restarts their identity sequences (one statement, so no foreign key is in the way). */
export async function pgTruncate(client: pg.Client, names: string[]): Promise<void> {
  if (names.length > 0)
    await client.query(`TRUNCATE ${names.map(quoteIdent).join(", ")} RESTART IDENTITY CASCADE`);
}

/** Moves an identity column's sequence to the largest key, so the next row without one gets a new key. */
export async function pgAdvanceSequence(
  client: pg.Client,
  table: string,
  column: string,
): Promise<number | null> {
  const r = await client.query<{ max: string | null }>(
    `SELECT CASE WHEN m IS NULL THEN setval(s, 1, false) ELSE setval(s, m) END, m::text AS max
       FROM (SELECT pg_get_serial_sequence($1, $2) AS s, (SELECT max(${quoteIdent(column)}) FROM ${quoteIdent(table)}) AS m) AS x`,
    [quoteIdent(table), column],
  );
  const max = r.rows[0]?.max ?? null;
  return max === null ? null : Number(max);
}

export interface PgIndex {
  name: string;
  /** CREATE INDEX ..., as pg_get_indexdef gives it. */
  definition: string;
}

/**
 * The table's secondary indexes: not unique, not a primary key, backing no constraint. Dropped
 * while a table fills and built again after, they cost one sort instead of an insert per row.
 */
export async function pgSecondaryIndexes(client: pg.Client, table: string): Promise<PgIndex[]> {
  const r = await client.query<PgIndex>(
    `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x
       JOIN pg_class i ON i.oid = x.indexrelid
       JOIN pg_class c ON c.oid = x.indrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relname = $1
        AND NOT x.indisunique AND NOT x.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
      ORDER BY i.relname`,
    [table],
  );
  return r.rows;
}

export async function pgDropIndexes(client: pg.Client, indexes: readonly PgIndex[]): Promise<void> {
  for (const i of indexes) await client.query(`DROP INDEX ${quoteIdent(i.name)}`);
}

export async function pgCreateIndexes(client: pg.Client, indexes: readonly PgIndex[]): Promise<void> {
  for (const i of indexes) await client.query(i.definition);
}

/** The database's collation, and whether it orders text as SQLite does (byte order). */
export async function pgCollation(client: pg.Client): Promise<{ name: string; byteOrder: boolean }> {
  const r = await client.query<{ collate: string }>(
    "SELECT datcollate AS collate FROM pg_database WHERE datname = current_database()",
  );
  const name = r.rows[0]?.collate ?? "";
  return { name, byteOrder: /^(C|POSIX|C\.UTF-?8)$/iu.test(name) };
}

/** SQLite's own tables, drizzle's migration log and the FTS5 index (posts.fts replaces it on PostgreSQL). */
const SQLITE_ONLY = /^(sqlite_|__drizzle_migrations$|posts_fts($|_))/u;

/** The source's tables (those a copy concerns) and their columns. */
export function sqliteTables(db: Database.Database): Map<string, string[]> {
  const names = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[];
  const tables = new Map<string, string[]>();
  for (const name of names.filter((n) => !SQLITE_ONLY.test(n)))
    tables.set(name, db.prepare("SELECT name FROM pragma_table_info(?)").pluck().all(name) as string[]);
  return tables;
}

/** How many rows the foreign keys of the source leave pointing nowhere, per table. */
export function sqliteForeignKeyViolations(db: Database.Database): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of db.prepare("PRAGMA foreign_key_check").all() as { table: string }[])
    counts.set(r.table, (counts.get(r.table) ?? 0) + 1);
  return counts;
}

export function sqliteRowCount(db: Database.Database, table: string): number {
  return Number(
    db
      .prepare(`SELECT count(*) FROM ${quoteIdent(table)}`)
      .pluck()
      .get(),
  );
}
