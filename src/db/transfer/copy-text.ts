// Rows as PostgreSQL's COPY text format reads them (https://www.postgresql.org/docs/current/sql-copy.html,
// "Text Format"): one line per row, columns separated by tabs, \N for NULL, and a backslash before
// the characters that would otherwise end a field or a row. Values are what better-sqlite3
// returns; how each is written depends on the kind of the PostgreSQL column it goes into.

/** What a PostgreSQL column holds, as far as copying and comparing values goes. */
export type ColumnKind = "integer" | "float" | "text" | "bytea" | "other";

/** The kind of a PostgreSQL type, by its name in pg_type. */
export function columnKind(typname: string): ColumnKind {
  switch (typname) {
    case "int2":
    case "int4":
    case "int8":
      return "integer";
    case "float4":
    case "float8":
    case "numeric":
      return "float";
    case "text":
    case "varchar":
    case "bpchar":
      return "text";
    case "bytea":
      return "bytea";
    default:
      return "other";
  }
}

const SPECIAL = /[\\\n\r\t]/u;
const SPECIAL_ALL = /[\\\n\r\t]/gu;
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** A text value with the characters COPY reads specially escaped (most values have none). */
export function escapeCopyText(s: string): string {
  return SPECIAL.test(s) ? s.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : s;
}

/** bytea's hex input (\x...), its backslash doubled for the text format. */
function byteaField(bytes: Uint8Array): string {
  return `\\\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex")}`;
}

/**
 * One field. Numbers are written in JavaScript's shortest round-trip form, which PostgreSQL
 * reads back as the same double (and "Infinity" as infinity); a value PostgreSQL's column cannot
 * take (a fraction or text in an integer column) is written as it is, for COPY to refuse with
 * the table, line and column. A blob bound for a text column is read as UTF-8, text bound for
 * bytea is stored as its UTF-8 bytes.
 */
export function copyField(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "string")
    return kind === "bytea" ? byteaField(Buffer.from(value, "utf8")) : escapeCopyText(value);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Uint8Array)
    return kind === "bytea" ? byteaField(value) : escapeCopyText(Buffer.from(value).toString("utf8"));
  return escapeCopyText(String(value));
}

/** One row as a line of COPY text, its fields in the order of `kinds`. */
export function copyLine(row: readonly unknown[], kinds: readonly ColumnKind[]): string {
  let line = "";
  for (let i = 0; i < kinds.length; i++) {
    if (i > 0) line += "\t";
    line += copyField(row[i], kinds[i]!);
  }
  return `${line}\n`;
}
