// Moves a Frontier database from SQLite to PostgreSQL: the SQLite file is read (read-only, one
// snapshot), the target is migrated, and every table is copied with COPY ... FROM STDIN in one
// transaction with the triggers off (the derived tables, facts, rollups, bucket counts and the
// change log, are copied as they are rather than rebuilt). Identity sequences then move past
// the copied keys, and each table is read back and compared with what was read from SQLite (row
// count and checksum) before the transaction commits: a table that differs leaves the target as
// it was.
import fs from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Database from "better-sqlite3";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import Cursor from "pg-cursor";
import { openDb } from "../client";
import { migrateDb } from "../migrate";
import { WRITE_LOCK_KEY } from "../pg/sync-client";
import { copyLine } from "./copy-text";
import { RowDigest } from "./row-digest";
import { planTransfer, SchemaMismatchError, type TablePlan } from "./transfer.plan";
import {
  pgAdvanceSequence,
  pgAnalyze,
  pgBeginCopy,
  pgCollation,
  pgCreateIndexes,
  pgDisableTriggers,
  pgDropIndexes,
  pgEnableTriggers,
  pgEndTransaction,
  pgNonEmptyTables,
  pgSecondaryIndexes,
  pgTables,
  pgTruncate,
  sqliteForeignKeyViolations,
  sqliteRowCount,
  sqliteTables,
} from "./transfer.repository";

/** Progress of one table's copy or check, in rows. */
export interface TableProgress {
  update(rows: number): void;
  stop(): void;
}

export interface TransferOptions {
  /** The SQLite database file. */
  from: string;
  /** The PostgreSQL database, a postgres:// URL. */
  to: string;
  /** Empty a target that already holds rows instead of refusing it. */
  replace: boolean;
  /** Progress of a long step over one table (`label`: "copy posts", "check posts"). */
  progress?: (label: string, totalRows: number) => TableProgress;
  /** A line about the work as it goes (a table copied, a warning). */
  log?: (line: string) => void;
}

/** A reason the copy did not start or did not commit: the target is as it was. Exit 1. */
export class TransferError extends Error {
  override name = "TransferError";
}

export interface TableResult {
  name: string;
  sqliteRows: number;
  pgRows: number;
  sqliteChecksum: string;
  pgChecksum: string;
  matches: boolean;
}

/** How the triggers were kept from firing during the copy. */
export type TriggerMode = "replica" | "disabled";

export interface TransferResult {
  tables: TableResult[];
  triggers: TriggerMode;
  /** Tables the target held rows in before (emptied because of `replace`), with their counts. */
  replaced: Map<string, number>;
  /** Identity sequences moved on: the largest key copied (null: empty table). */
  sequences: { table: string; column: string; max: number | null }[];
  /** Rows whose SQLite foreign keys point nowhere, per table (a warning: see the log). */
  danglingForeignKeys: Map<string, number>;
  /** The target database's collation, and whether it sorts text as SQLite does. */
  collation: { name: string; byteOrder: boolean };
  /** True when every table matched and the transaction committed. */
  committed: boolean;
  copySeconds: number;
  checkSeconds: number;
  seconds: number;
}

/** Text gathered per write to the COPY stream. */
const CHUNK_CHARS = 1 << 18;
/** Rows read per round trip when reading a table back. */
const READ_BATCH = 10_000;

/** PostgreSQL's int8 as BigInt (pg gives text), so large keys compare exactly. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === pg.types.builtins.INT8
      ? BigInt
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

const noProgress: TableProgress = { update: () => {}, stop: () => {} };

function seconds(since: number): number {
  return (performance.now() - since) / 1000;
}

function describeError(e: unknown): string {
  const err = e as Error & { where?: string; detail?: string };
  const parts = [err.message];
  if (err.detail) parts.push(err.detail);
  if (err.where) parts.push(err.where);
  return parts.join("; ");
}

/** Opens the SQLite file read-only, refusing a path that is not an existing SQLite database. */
function openSource(file: string): Database.Database {
  if (!fs.existsSync(file)) throw new TransferError(`no SQLite database at ${file}: the file does not exist`);
  if (!fs.statSync(file).isFile()) throw new TransferError(`${file} is not a file`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    db.prepare("SELECT count(*) FROM sqlite_master").get();
  } catch (e) {
    throw new TransferError(`cannot read ${file} as a SQLite database: ${(e as Error).message}`);
  }
  return db;
}

/** Applies the PostgreSQL migrations to the target (through the app's own connection). */
function migrateTarget(url: string): void {
  let db;
  try {
    db = openDb(url);
    migrateDb(db);
  } catch (e) {
    throw new TransferError(`cannot migrate the PostgreSQL database: ${(e as Error).message}`);
  } finally {
    db?.$client.close();
  }
}

/** Copies one table's rows, in the plan's order; returns the count and checksum of the rows read. */
async function copyTable(
  client: pg.Client,
  source: Database.Database,
  plan: TablePlan,
  progress: TableProgress,
): Promise<{ rows: number; checksum: string }> {
  const digest = new RowDigest(plan.kinds);
  const statement = source.prepare(plan.sqliteSelect).raw(true).safeIntegers(true);
  function* chunks(): Generator<string> {
    let chunk = "";
    for (const row of statement.iterate() as IterableIterator<unknown[]>) {
      digest.add(row);
      chunk += copyLine(row, plan.kinds);
      if (chunk.length >= CHUNK_CHARS) {
        progress.update(digest.rows);
        yield chunk;
        chunk = "";
      }
    }
    if (chunk.length > 0) yield chunk;
  }
  const copy = client.query(copyFrom(plan.copyStatement));
  try {
    await pipeline(Readable.from(chunks(), { highWaterMark: 4 }), copy);
  } catch (e) {
    throw new TransferError(`copying ${plan.name} failed: ${describeError(e)}`);
  }
  progress.update(digest.rows);
  if (copy.rowCount !== digest.rows)
    throw new TransferError(`copying ${plan.name}: PostgreSQL took ${copy.rowCount} rows of ${digest.rows}`);
  return { rows: digest.rows, checksum: digest.hex() };
}

/** Reads a table back from PostgreSQL in the plan's order: its row count and checksum. */
async function checkTable(
  client: pg.Client,
  plan: TablePlan,
  progress: TableProgress,
): Promise<{ rows: number; checksum: string }> {
  const digest = new RowDigest(plan.kinds);
  const cursor = client.query(new Cursor<unknown[]>(plan.pgSelect, [], { rowMode: "array", types: TYPES }));
  try {
    for (;;) {
      const rows = await cursor.read(READ_BATCH);
      if (rows.length === 0) break;
      for (const row of rows) digest.add(row);
      progress.update(digest.rows);
    }
  } finally {
    await cursor.close();
  }
  return { rows: digest.rows, checksum: digest.hex() };
}

export async function transferToPostgres(options: TransferOptions): Promise<TransferResult> {
  const started = performance.now();
  const progress = options.progress ?? (() => noProgress);
  const log = options.log ?? (() => {});
  const source = openSource(options.from);
  const client = new pg.Client({ connectionString: options.to });
  try {
    // One snapshot of the source for the whole copy, whatever another process commits meanwhile.
    source.exec("BEGIN");
    const sqlite = sqliteTables(source);
    if (!sqlite.has("posts"))
      throw new TransferError(`${options.from} is not a Frontier database (no posts table)`);

    try {
      await client.connect();
    } catch (e) {
      throw new TransferError(`cannot connect to the PostgreSQL database: ${describeError(e)}`);
    }
    migrateTarget(options.to);
    let plans: TablePlan[];
    try {
      plans = planTransfer(await pgTables(client), sqlite);
    } catch (e) {
      if (!(e instanceof SchemaMismatchError)) throw e;
      throw new TransferError(
        `the SQLite database does not match this version of Frontier's schema: ${e.message}. ` +
          `If it was made by an older version, open it once with this one first (any command migrates it, ` +
          `e.g. FRONTIER_DATABASE_URL= FRONTIER_DB_PATH=${options.from} npm run keys -- list).`,
      );
    }
    const names = plans.map((p) => p.name);
    const collation = await pgCollation(client);
    const danglingForeignKeys = sqliteForeignKeyViolations(source);
    for (const [table, n] of danglingForeignKeys)
      log(
        `warning: ${n} row(s) of ${table} have a foreign key that points nowhere in SQLite (PostgreSQL checks none during the copy as a superuser; as the tables' owner the copy stops at the first)`,
      );

    await pgBeginCopy(client, WRITE_LOCK_KEY);
    let open = true;
    try {
      const held = await pgNonEmptyTables(client, names);
      if (held.size > 0 && !options.replace) {
        const posts = held.get("posts");
        const what = [...held].map(([t, n]) => `${t} (${n.toLocaleString("en-US")})`).join(", ");
        throw new TransferError(
          `${posts ? `the target already holds ${posts.toLocaleString("en-US")} posts` : "the target already holds rows"}: ` +
            `${what}. Refusing to mix two databases; pass --replace to empty it first (every row there is lost).`,
        );
      }
      // Always: restarts the identities too (post_skills.rowid counts from 1 in SQLite's rowid order).
      await pgTruncate(client, names);
      let triggers: TriggerMode;
      try {
        triggers = (await pgDisableTriggers(client, names)) ? "replica" : "disabled";
      } catch (e) {
        throw new TransferError(
          `cannot turn the triggers off for the copy (needs a superuser, or the owner of the tables): ${describeError(e)}`,
        );
      }

      const copyStarted = performance.now();
      const copied = new Map<string, { rows: number; checksum: string }>();
      for (const plan of plans) {
        const bar = progress(`copy ${plan.name}`, sqliteRowCount(source, plan.name));
        const tableStarted = performance.now();
        const indexes = await pgSecondaryIndexes(client, plan.name);
        await pgDropIndexes(client, indexes);
        const r = await copyTable(client, source, plan, bar);
        bar.stop();
        await pgCreateIndexes(client, indexes);
        const s = seconds(tableStarted);
        copied.set(plan.name, r);
        log(
          `copied ${plan.name}: ${r.rows.toLocaleString("en-US")} rows in ${s.toFixed(1)} s` +
            (r.rows > 0 ? ` (${Math.round(r.rows / Math.max(s, 1e-3)).toLocaleString("en-US")} rows/s)` : ""),
        );
      }
      const sequences: TransferResult["sequences"] = [];
      for (const plan of plans)
        for (const column of plan.identityColumns)
          sequences.push({
            table: plan.name,
            column,
            max: await pgAdvanceSequence(client, plan.name, column),
          });
      if (triggers === "disabled") await pgEnableTriggers(client, names);
      const copySeconds = seconds(copyStarted);

      const checkStarted = performance.now();
      const tables: TableResult[] = [];
      for (const plan of plans) {
        const mine = copied.get(plan.name)!;
        const bar = progress(`check ${plan.name}`, mine.rows);
        const theirs = await checkTable(client, plan, bar);
        bar.stop();
        tables.push({
          name: plan.name,
          sqliteRows: mine.rows,
          pgRows: theirs.rows,
          sqliteChecksum: mine.checksum,
          pgChecksum: theirs.checksum,
          matches: mine.rows === theirs.rows && mine.checksum === theirs.checksum,
        });
      }
      const checkSeconds = seconds(checkStarted);

      const matches = tables.every((t) => t.matches);
      await pgEndTransaction(client, matches);
      open = false;
      // Fresh statistics for the planner: the tables were empty a moment ago.
      if (matches) await pgAnalyze(client, names);
      return {
        tables,
        triggers,
        replaced: held,
        sequences,
        danglingForeignKeys,
        collation,
        committed: matches,
        copySeconds,
        checkSeconds,
        seconds: seconds(started),
      };
    } finally {
      if (open) await pgEndTransaction(client, false).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
    source.close();
  }
}
