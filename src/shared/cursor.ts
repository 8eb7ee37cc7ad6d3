// Opaque cursors for Relay-style connections: base64url of a numeric key.
import { BadUserInputError } from "./errors";

export function encodeCursor(key: number): string {
  return Buffer.from(`c:${key}`).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined, field = "after"): number | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString();
  const m = /^c:(\d+)$/u.exec(text);
  if (!m) throw new BadUserInputError(`${field} is not a cursor returned by this API`, field);
  return Number(m[1]);
}
