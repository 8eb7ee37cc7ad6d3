// Opaque cursors for Relay-style connections. A plain cursor is base64url of a numeric key (`c:<n>`).
// A keyset cursor also carries the order it was made under and the row's sort key, so that the
// next page starts exactly after that row under that order, and a cursor of another order is refused.
import { BadUserInputError } from "./errors";

export function encodeCursor(key: number): string {
  return Buffer.from(`c:${key}`).toString("base64url");
}

function notACursor(field: string): BadUserInputError {
  return new BadUserInputError(`${field} is not a cursor returned by this API`, field);
}

export function decodeCursor(cursor: string | null | undefined, field = "after"): number | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString();
  const m = /^c:(\d+)$/u.exec(text);
  if (!m) throw notACursor(field);
  return Number(m[1]);
}

/** Where a row stands in an ordered list: its sort key (null when it has none) and its unique id. */
export interface KeysetPosition {
  key: string | number | null;
  id: number;
}

/**
 * A cursor for the row at `position` under `order` (a name such as "POSTED_AT_DESC"). The
 * default order `plainOrder` writes the plain cursor (`c:<id>`, its key is its id), so cursors
 * handed out before orders existed still work.
 */
export function encodeKeysetCursor(order: string, position: KeysetPosition, plainOrder: string): string {
  if (order === plainOrder) return encodeCursor(position.id);
  return Buffer.from(`k:${JSON.stringify([order, position.key, position.id])}`).toString("base64url");
}

/** The position a cursor stands for; BAD_USER_INPUT naming `field` when it is not one of `order`. */
export function decodeKeysetCursor(
  cursor: string | null | undefined,
  order: string,
  plainOrder: string,
  field = "after",
): KeysetPosition | null {
  if (cursor === null || cursor === undefined) return null;
  const text = Buffer.from(cursor, "base64url").toString();
  let made: string;
  let position: KeysetPosition;
  if (text.startsWith("c:")) {
    const id = decodeCursor(cursor, field)!;
    made = plainOrder;
    position = { key: id, id };
  } else {
    const parsed = parseKeyset(text);
    if (!parsed) throw notACursor(field);
    [made, position] = parsed;
  }
  if (made !== order)
    throw new BadUserInputError(
      `${field} is a cursor of the order ${made}, not of ${order}: page with the orderBy the cursor came from, or start again without ${field}`,
      field,
    );
  return position;
}

function parseKeyset(text: string): [string, KeysetPosition] | null {
  if (!text.startsWith("k:")) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.slice(2));
  } catch {
    return null;
  }
  if (!Array.isArray(value) || value.length !== 3) return null;
  const [order, key, id] = value as unknown[];
  const keyOk = key === null || typeof key === "string" || (typeof key === "number" && Number.isFinite(key));
  if (typeof order !== "string" || !keyOk || !Number.isSafeInteger(id)) return null;
  return [order, { key: key as KeysetPosition["key"], id: id as number }];
}
