// npm run migrate-to-postgres -- --from FILE [--to URL] [--replace]: moves a Frontier SQLite
// database into PostgreSQL (src/db/transfer/transfer.service.ts does the work). Progress per table
// on stderr; on stdout, each table's row counts and checksums on both sides, and a summary.
// Exit codes: 0 when every table matches (committed); 1 when the source or target is refused,
// the copy fails or a table differs (nothing committed); 2 for a usage error.
import { describeDb, isPostgresUrl } from "../db/client";
import {
  transferToPostgres,
  TransferError,
  type TransferResult,
  type TriggerMode,
} from "../db/transfer/transfer.service";
import { parseCommand, usageError } from "./args";
import { formatDuration, rowProgress } from "./progress";

const COMMAND = {
  usage: `usage: npm run migrate-to-postgres -- --from FILE [--to URL] [--replace]

Copies a Frontier SQLite database into PostgreSQL. The SQLite file is only read. The target is
migrated, then every table is copied in one transaction with the triggers off (derived tables
are copied as they are), the id sequences move past the copied ids, and every table is read back
and compared with SQLite (rows and checksum) before the transaction commits.

  --from FILE   the SQLite database (e.g. data/frontier.db)
  --to URL      the PostgreSQL database, postgres://... (default: FRONTIER_DATABASE_URL)
  --replace     empty a target that already holds rows first (TRUNCATE ... RESTART IDENTITY);
                without it such a target is refused

Exits 0 when every table matches, 1 when the source or the target is refused, the copy fails or a
table differs (then nothing is written), 2 on a usage error.`,
  options: {
    from: { type: "string" },
    to: { type: "string" },
    replace: { type: "boolean" },
  },
} as const;

const count = (n: number) => n.toLocaleString("en-US");

const TRIGGERS: Record<TriggerMode, string> = {
  replica: "off during the copy (SET LOCAL session_replication_role = replica)",
  disabled:
    "disabled table by table during the copy (ALTER TABLE ... DISABLE TRIGGER USER, re-enabled before the commit): " +
    "this role may not set session_replication_role",
};

function printResult(from: string, to: string, r: TransferResult): void {
  const lines: string[] = [];
  lines.push(`from ${from} to ${describeDb(to)}`);
  if (r.replaced.size > 0)
    lines.push(`replaced: emptied ${[...r.replaced].map(([t, n]) => `${t} (${count(n)})`).join(", ")}`);
  lines.push(`triggers: ${TRIGGERS[r.triggers]}`);
  const width = Math.max(5, ...r.tables.map((t) => t.name.length));
  lines.push(
    `${"table".padEnd(width)}  ${"sqlite rows".padStart(12)}  ${"postgres rows".padStart(13)}  checksum (sha256)`,
  );
  for (const t of r.tables) {
    const sum = t.matches
      ? `${t.sqliteChecksum.slice(0, 16)}  ok`
      : `${t.sqliteChecksum.slice(0, 16)} != ${t.pgChecksum.slice(0, 16)}  DIFFERS`;
    lines.push(
      `${t.name.padEnd(width)}  ${count(t.sqliteRows).padStart(12)}  ${count(t.pgRows).padStart(13)}  ${sum}`,
    );
  }
  const moved = r.sequences.filter((s) => s.max !== null);
  if (r.committed)
    lines.push(
      `sequences: ${moved.map((s) => `${s.table}.${s.column} -> ${count(s.max!)}`).join(", ") || "none"}`,
    );
  if (!r.collation.byteOrder)
    lines.push(
      `note: the target database's collation is ${r.collation.name}; text sorts differently from SQLite ` +
        `(byte order). Create the database with LC_COLLATE 'C' (or 'C.UTF-8') for the same order.`,
    );
  const rows = r.tables.reduce((a, t) => a + t.sqliteRows, 0);
  const differ = r.tables.filter((t) => !t.matches).map((t) => t.name);
  lines.push(
    differ.length === 0
      ? `copied ${count(rows)} rows in ${r.tables.length} tables in ${formatDuration(r.seconds)} ` +
          `(copy ${formatDuration(r.copySeconds)}, ${count(Math.round(rows / Math.max(r.copySeconds, 1e-3)))} rows/s; ` +
          `check ${formatDuration(r.checkSeconds)}): every table matches`
      : `not migrated: ${differ.join(", ")} differ${differ.length === 1 ? "s" : ""} between SQLite and PostgreSQL; ` +
          `the transaction was rolled back, the target is as it was`,
  );
  console.log(lines.join("\n"));
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseCommand(COMMAND, argv);
  const from = values.from;
  const to = values.to ?? process.env.FRONTIER_DATABASE_URL;
  if (!from) usageError(COMMAND, "--from FILE is required (the SQLite database to copy)");
  if (!to) usageError(COMMAND, "--to URL is required (or set FRONTIER_DATABASE_URL)");
  if (!isPostgresUrl(to)) usageError(COMMAND, `--to must be a postgres:// URL, not "${to}"`);
  if (isPostgresUrl(from)) usageError(COMMAND, "--from is the SQLite file to copy, not a postgres:// URL");
  try {
    const result = await transferToPostgres({
      from,
      to,
      replace: values.replace ?? false,
      progress: (label, totalRows) => {
        const bar = rowProgress(label, { totalRows });
        return { update: (rows) => bar.update(rows), stop: () => bar.stop() };
      },
      log: (line) => console.error(line),
    });
    printResult(from, to, result);
    return result.committed ? 0 : 1;
  } catch (e) {
    if (e instanceof TransferError) {
      console.error(`migrate-to-postgres: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

process.exitCode = await main(process.argv.slice(2));
