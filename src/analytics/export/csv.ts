// CSV for BI tools, as pure functions: RFC 4180 cells with spreadsheet-formula neutralisation,
// snake-case column names, period labels that every reader keeps as text, and the paging headers
// of an export (Link / X-Next-Cursor).

const CSV_EOL = "\r\n";

/** A number written the way a spreadsheet reads it back as a number (-0.5, 12, 1e-7). */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A leaf value of a result, as it goes into one cell before quoting. */
export type CellValue = string | number | boolean | null;

/** The text of one cell: formula starts neutralised with a leading `'`, then RFC 4180 quoting. */
export function csvCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value;
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, with the line ending. */
export function csvLine(values: readonly (CellValue | undefined)[]): string {
  return values.map(csvCell).join(",") + CSV_EOL;
}

/**
 * A GraphQL name or enum value in snake case, the column style of the export:
 * `postedAt` -> `posted_at`, `categoriesOver1Pct` -> `categories_over1_pct`,
 * `POST_COUNT` -> `post_count`. `__typename` stays as it is.
 */
export function snakeCase(name: string): string {
  if (name.startsWith("__")) return name;
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A period label as a cell that Excel, Power Query, Google Sheets, pandas and DuckDB all read as
 * text, whatever the granularity. A bare year or year-month would be typed as a number or a date
 * (so the column's type would change with the query), so calendar labels are written in the
 * SDMX reporting-period format that `2023-Q1` already follows: `2023` -> `2023-A1`,
 * `2023-01` -> `2023-M01`. Any other label that a reader would take for a number or a day
 * gets a `P` in front (`1` -> `P1`). Every other label (`2020-21`, `2023-Q1`) is kept. A named
 * period labelled like a month (`2011-12`) is written as that month (`2011-M12`): a spreadsheet
 * would read it as December 2011 anyway.
 */
export function periodLabelText(label: string | null): string | null {
  if (label === null) return null;
  const year = YEAR.exec(label);
  if (year) return `${year[1]}-A1`;
  const month = MONTH.exec(label);
  if (month) return `${month[1]}-M${month[2]}`;
  if (PLAIN_NUMBER.test(label) || DAY.test(label)) return `P${label}`;
  return label;
}

/**
 * The headers that tell a client how to get the next page of an export: `X-Next-Cursor` (the
 * cursor to pass as `after`), and, when the export was a GET, `Link: <url>; rel="next"` with the
 * same URL and `after` set to the cursor (a reference relative to the server, as the request's
 * own path and query). No headers on the last page.
 *
 * @param nextCursor the cursor after the last row, or null on the last page
 * @param requestPath the GET request's path and query (`/export.csv?query=...`), or null (POST)
 */
export function csvPagingHeaders(
  nextCursor: string | null,
  requestPath: string | null,
): Record<string, string> {
  if (nextCursor === null) return {};
  const headers: Record<string, string> = { "X-Next-Cursor": nextCursor };
  if (requestPath !== null) {
    const url = new URL(requestPath, "http://self.invalid");
    url.searchParams.set("after", nextCursor);
    headers.Link = `<${url.pathname}${url.search}>; rel="next"`;
  }
  return headers;
}
