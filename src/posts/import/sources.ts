// Input rows from CSV files, JSONL files and in-memory lists, as one stream of numbered items.
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { RawPostRow } from "../post.row";
import { csvRecords } from "./csv-records";

/** One input row, or a row that could not even be read (broken quote, bad JSON, ...). */
export type InputItem = { line: number; raw: string } & ({ row: RawPostRow } | { error: string });

export interface InputSource {
  format: "csv" | "jsonl" | "rows";
  /** Column names seen in the input (CSV header, or every key met in JSONL). */
  columns: Set<string>;
  items: AsyncIterable<InputItem>;
}

export class InputFileError extends Error {}

export function formatOfFile(file: string): "csv" | "jsonl" {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  throw new InputFileError(`${file}: unknown file type '${ext}' (use .csv, .jsonl or .ndjson)`);
}

/** Lines of a file, counting bytes read for progress. */
function fileLines(file: string, onBytes: (bytes: number) => void): AsyncIterable<string> {
  const stream = fs.createReadStream(file);
  stream.on("data", (chunk) => onBytes(chunk.length));
  return readline.createInterface({ input: stream, crlfDelay: Infinity });
}

export function openFileSource(file: string, onBytes: (bytes: number) => void = () => {}): InputSource {
  if (!fs.existsSync(file)) throw new InputFileError(`${file}: no such file`);
  const format = formatOfFile(file);
  const lines = fileLines(file, onBytes);
  return format === "csv" ? csvSource(lines) : jsonlSource(lines);
}

export function csvSource(lines: AsyncIterable<string>): InputSource {
  const columns = new Set<string>();
  async function* items(): AsyncGenerator<InputItem> {
    let header: string[] | null = null;
    for await (const item of csvRecords(lines)) {
      if (header === null) {
        if (item.kind === "broken")
          throw new InputFileError(`line ${item.line}: the header row is unreadable: ${item.error}`);
        header = item.fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/u, "") : h).trim());
        for (const h of header) columns.add(h);
        continue;
      }
      if (item.kind === "broken") {
        yield { line: item.line, raw: item.raw, error: item.error };
        continue;
      }
      const row: RawPostRow = {};
      header.forEach((h, i) => {
        row[h] = item.fields[i];
      });
      yield { line: item.line, raw: item.raw, row };
    }
    if (header === null) throw new InputFileError("the file is empty (no header row)");
  }
  return { format: "csv", columns, items: items() };
}

/** JSON values to the import's string form: numbers as text, lists of skills joined by ';'. */
export function toRawRow(obj: Record<string, unknown>): RawPostRow {
  const row: RawPostRow = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === null || v === undefined) row[k] = "";
    else if (Array.isArray(v)) row[k] = v.map(String).join(";");
    else if (typeof v === "boolean") row[k] = v ? "1" : "0";
    else if (typeof v === "object") row[k] = JSON.stringify(v);
    else row[k] = String(v);
  }
  return row;
}

export function jsonlSource(lines: AsyncIterable<string>): InputSource {
  const columns = new Set<string>();
  async function* items(): AsyncGenerator<InputItem> {
    let n = 0;
    for await (const line of lines) {
      n += 1;
      if (line.trim() === "") continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch (e) {
        yield { line: n, raw: line, error: `invalid JSON: ${(e as Error).message}` };
        continue;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        yield { line: n, raw: line, error: "each line must be one JSON object" };
        continue;
      }
      for (const k of Object.keys(parsed)) columns.add(k);
      yield { line: n, raw: line, row: toRawRow(parsed as Record<string, unknown>) };
    }
  }
  return { format: "jsonl", columns, items: items() };
}

/** Rows already in memory (GraphQL importPosts, the demo corpus); line = 1-based position. */
export function rowsSource(rows: Iterable<RawPostRow>, columns: Iterable<string> = []): InputSource {
  const seen = new Set<string>(columns);
  async function* items(): AsyncGenerator<InputItem> {
    let n = 0;
    for (const row of rows) {
      n += 1;
      for (const k of Object.keys(row)) if (row[k] !== undefined) seen.add(k);
      yield { line: n, raw: JSON.stringify(row), row };
    }
  }
  return { format: "rows", columns: seen, items: items() };
}
