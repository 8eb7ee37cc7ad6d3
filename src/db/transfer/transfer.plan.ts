// What a copy from SQLite to PostgreSQL does table by table, decided from the two schemas before
// a row moves: which tables and columns (by name), in which order (parents before the tables
// whose foreign keys point at them), each table's rows in which order (its primary key, or
// SQLite's rowid where PostgreSQL keeps a stand-in for it), and which sequences to move on.
// Pure: the catalogs come in as plain objects.
import type { ColumnKind } from "./copy-text";
import { quoteIdent, type PgTable } from "./transfer.repository";

export interface TablePlan {
  name: string;
  /** The copied columns, in the target's column order; the same names on both sides. */
  columns: string[];
  kinds: ColumnKind[];
  /** Reads the rows to copy from SQLite, in the order both checksums use. */
  sqliteSelect: string;
  /** Reads the same rows back from PostgreSQL, in the same order. */
  pgSelect: string;
  copyStatement: string;
  /** Identity columns, whose sequences move to the largest copied key. */
  identityColumns: string[];
}

/** A source that cannot be copied into the target as it is. */
export class SchemaMismatchError extends Error {
  override name = "SchemaMismatchError";
}

/**
 * A column PostgreSQL fills for each new row in the order rows arrive, standing for SQLite's
 * rowid (post_skills keeps the order its tags were written in): rows are copied in rowid order.
 */
const ROWID = "rowid";

/** Tables in an order where every table comes after the tables it references (then by name). */
export function parentsFirst(tables: readonly PgTable[]): PgTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: PgTable[] = [];
  const visit = (t: PgTable) => {
    if (done.has(t.name)) return;
    if (visiting.has(t.name)) throw new SchemaMismatchError(`the foreign keys of ${t.name} form a cycle`);
    visiting.add(t.name);
    for (const p of [...t.parents].sort()) {
      const parent = byName.get(p);
      if (parent) visit(parent);
    }
    visiting.delete(t.name);
    done.add(t.name);
    ordered.push(t);
  };
  for (const t of [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) visit(t);
  return ordered;
}

/**
 * The plan for every table of the target, checked against the source's tables and columns
 * (`sqlite`: table -> column names). Refuses a source that lacks a table or column of the target
 * (an older schema: migrate it first) or has one the target lacks (its rows would be lost).
 */
export function planTransfer(
  target: readonly PgTable[],
  sqlite: ReadonlyMap<string, readonly string[]>,
): TablePlan[] {
  const problems: string[] = [];
  const targetNames = new Set(target.map((t) => t.name));
  const extraTables = [...sqlite.keys()].filter((n) => !targetNames.has(n));
  if (extraTables.length > 0)
    problems.push(`tables PostgreSQL does not have: ${extraTables.join(", ")} (their rows would be lost)`);
  const plans: TablePlan[] = [];
  for (const table of parentsFirst(target)) {
    const source = sqlite.get(table.name);
    if (!source) {
      problems.push(`no table ${table.name}`);
      continue;
    }
    const copied = table.columns.filter((c) => !c.filledByServer);
    const missing = copied.filter((c) => !source.includes(c.name)).map((c) => c.name);
    if (missing.length > 0) problems.push(`no column ${missing.map((m) => `${table.name}.${m}`).join(", ")}`);
    const known = new Set(table.columns.map((c) => c.name));
    const extra = source.filter((c) => !known.has(c));
    if (extra.length > 0)
      problems.push(`columns PostgreSQL does not have: ${extra.map((e) => `${table.name}.${e}`).join(", ")}`);
    if (missing.length > 0 || extra.length > 0) continue;

    const byRowid =
      table.columns.some((c) => c.name === ROWID && c.filledByServer) && !source.includes(ROWID);
    const keyColumns = table.primaryKey.length > 0 ? table.primaryKey : copied.map((c) => c.name);
    const kindOf = new Map(table.columns.map((c) => [c.name, c.kind]));
    const columnList = copied.map((c) => quoteIdent(c.name)).join(", ");
    const from = quoteIdent(table.name);
    // Text sorts by bytes on both sides: SQLite's BINARY collation, PostgreSQL's "C".
    const pgOrder = byRowid
      ? ROWID
      : keyColumns
          .map((k) => `${quoteIdent(k)}${kindOf.get(k) === "text" ? ' COLLATE "C"' : ""} NULLS FIRST`)
          .join(", ");
    const sqliteOrder = byRowid ? ROWID : keyColumns.map(quoteIdent).join(", ");
    plans.push({
      name: table.name,
      columns: copied.map((c) => c.name),
      kinds: copied.map((c) => c.kind),
      sqliteSelect: `SELECT ${columnList} FROM ${from} ORDER BY ${sqliteOrder}`,
      pgSelect: `SELECT ${columnList} FROM ${from} ORDER BY ${pgOrder}`,
      copyStatement: `COPY ${from} (${columnList}) FROM STDIN`,
      identityColumns: table.columns.filter((c) => c.identity).map((c) => c.name),
    });
  }
  if (problems.length > 0) throw new SchemaMismatchError(problems.join("; "));
  return plans;
}
