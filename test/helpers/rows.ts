// Post rows for tests: one factory whose defaults every fixture shares, so a row states only the
// columns its test is about.
import { POST_COLUMNS, type RawPostRow } from "../../src/posts/post.row";

/**
 * One post row as an import reads it (strings, empty = unknown): every column of POST_COLUMNS
 * empty, source "test" and title "Post <id>", then `overrides`. Hand labels (`ai`, `cloud`,
 * `rpa`) are only there when given.
 */
export function postRow(overrides: Partial<RawPostRow> & { id: string }): RawPostRow {
  const empty = Object.fromEntries(POST_COLUMNS.map((c) => [c, ""])) as Record<
    (typeof POST_COLUMNS)[number],
    string
  >;
  return { ...empty, source: "test", title: `Post ${overrides.id}`, ...overrides };
}

/** `n` rows numbered from 0: `row(i)` gives each one's columns (an `id` at least). */
export function postRows(n: number, row: (i: number) => Partial<RawPostRow> & { id: string }): RawPostRow[] {
  return Array.from({ length: n }, (_, i) => postRow(row(i)));
}
