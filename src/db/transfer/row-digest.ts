// A checksum of a table's rows, computed the same way from what either database returns, so that
// the two sides of a copy can be compared without trusting the copy: SHA-256 over the rows in
// primary-key order, each value written in one canonical form. Numbers by value (SQLite's 1,
// 1.0 and 1n and PostgreSQL's 1 and '1'::int8 all agree), text exactly, NULL apart from ''.
import crypto from "node:crypto";
import type { ColumnKind } from "./copy-text";

/** The decimal form of a number, the same for a double, a BigInt and an integer-valued double. */
function numberForm(n: number | bigint): string {
  if (typeof n === "bigint") return n.toString();
  if (Object.is(n, -0)) return "0";
  return Number.isInteger(n) && Math.abs(n) < 2 ** 63 ? BigInt(n).toString() : String(n);
}

/**
 * One value in canonical form, self-delimiting so that no two rows can write the same text:
 * `N` for NULL, `n<number>;`, `s<length>:<text>`, `b<hex>;` for bytes. A blob in a text
 * column counts as its UTF-8 text (what the copy stores), text in a bytea column as its bytes.
 */
export function canonicalValue(value: unknown, kind: ColumnKind): string {
  if (value === null || value === undefined) return "N";
  if (typeof value === "number" || typeof value === "bigint") return `n${numberForm(value)};`;
  if (value instanceof Uint8Array) {
    const bytes = Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    if (kind !== "bytea") return canonicalValue(bytes.toString("utf8"), kind);
    return `b${bytes.toString("hex")};`;
  }
  const text = String(value);
  if (kind === "bytea") return `b${Buffer.from(text, "utf8").toString("hex")};`;
  return `s${text.length}:${text}`;
}

/** How much canonical text is gathered before it goes to the hash. */
const FLUSH_CHARS = 1 << 16;

export class RowDigest {
  private readonly hash = crypto.createHash("sha256");
  private pending = "";
  rows = 0;

  constructor(private readonly kinds: readonly ColumnKind[]) {}

  add(row: readonly unknown[]): void {
    let text = "";
    for (let i = 0; i < this.kinds.length; i++) text += canonicalValue(row[i], this.kinds[i]!);
    this.pending += `${text}|`;
    this.rows++;
    if (this.pending.length >= FLUSH_CHARS) this.flush();
  }

  /** The hex SHA-256 of every row added, in the order added. */
  hex(): string {
    this.flush();
    return this.hash.digest("hex");
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.hash.update(this.pending, "utf8");
    this.pending = "";
  }
}
