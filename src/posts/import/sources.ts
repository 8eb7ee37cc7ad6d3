// Input rows from CSV files, JSONL files and in-memory lists, as one stream of numbered items.
// Files are read as bytes (see csv-records.ts, jsonl-lines.ts): a row that is not UTF-8, too
// large or broken becomes an item with the reason, and the rows after it are read on.
import fs from "node:fs";
import path from "node:path";
import type { RawPostRow } from "../post.row";
import { fileBytes, type ByteSource } from "./byte-source";
import { csvRecords } from "./csv-records";
import { fieldTooLarge, MAX_FIELD_BYTES, oversizedField, recordTooLarge, truncateRaw } from "./input-limits";
import { jsonlLines } from "./jsonl-lines";
import { describeUtf8Fault, findUtf8Fault } from "./utf8";

/** One input row, or a row that could not even be read (broken quote, bad JSON, ...). */
export type InputItem = {
  line: number;
  /** The row's text as read, at most MAX_RAW_BYTES of it. */
  raw: string;
  /** Bytes of input the row took. */
  size: number;
} & ({ row: RawPostRow } | { error: string });

export interface InputSource {
  format: "csv" | "jsonl" | "rows";
  /** Column names seen in the input (CSV header, or every key met in JSONL). */
  columns: Set<string>;
  items: AsyncIterable<InputItem>;
}

export class InputFileError extends Error {}

function formatOfFile(file: string): "csv" | "jsonl" {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  throw new InputFileError(`${file}: unknown file type '${ext}' (use .csv, .jsonl or .ndjson)`);
}

/** A CSV or JSONL file; `onPosition` gets the byte offset reached (for progress). */
export function openFileSource(file: string, onPosition: (offset: number) => void = () => {}): InputSource {
  if (!fs.existsSync(file)) throw new InputFileError(`${file}: no such file`);
  const format = formatOfFile(file);
  const bytes = fileBytes(file, onPosition);
  return format === "csv" ? csvSource(bytes) : jsonlSource(bytes);
}

export function csvSource(bytes: ByteSource): InputSource {
  const columns = new Set<string>();
  async function* items(): AsyncGenerator<InputItem> {
    let header: string[] | null = null;
    for await (const item of csvRecords(bytes)) {
      if (header === null) {
        if (item.kind === "broken")
          throw new InputFileError(`line ${item.line}: the header row is unreadable: ${item.error}`);
        header = item.fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/u, "") : h).trim());
        for (const h of header) columns.add(h);
        continue;
      }
      if (item.kind === "broken") {
        yield { line: item.line, raw: item.raw, size: item.size, error: item.error };
        continue;
      }
      const row: RawPostRow = {};
      header.forEach((h, i) => {
        row[h] = item.fields[i];
      });
      yield { line: item.line, raw: item.raw, size: item.size, row };
    }
    if (header === null) throw new InputFileError("the file is empty (no header row)");
  }
  return { format: "csv", columns, items: items() };
}

/** JSON values to the import's string form: numbers as text, lists of skills joined by ';'. */
function toRawRow(obj: Record<string, unknown>): RawPostRow {
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

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function jsonlSource(bytes: ByteSource): InputSource {
  const columns = new Set<string>();
  async function* items(): AsyncGenerator<InputItem> {
    for await (const { line, bytes: data, size, raw, largest } of jsonlLines(bytes)) {
      if (data === null) {
        const error =
          largest && largest.bytes > MAX_FIELD_BYTES
            ? fieldTooLarge(largest.name, largest.bytes)
            : recordTooLarge("line", size);
        yield { line, raw, size, error };
        continue;
      }
      let text: string;
      try {
        text = strictUtf8.decode(data);
      } catch {
        const fault = findUtf8Fault(data);
        yield { line, raw, size, error: fault ? describeUtf8Fault(fault) : "invalid UTF-8" };
        continue;
      }
      if (text.trim() === "") continue;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (e) {
        yield { line, raw, size, error: `invalid JSON: ${(e as Error).message}` };
        continue;
      }
      if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
        yield { line, raw, size, error: "each line must be one JSON object" };
        continue;
      }
      for (const k of Object.keys(parsed)) columns.add(k);
      const row = toRawRow(parsed as Record<string, unknown>);
      const tooLarge = oversizedField(row);
      yield tooLarge ? { line, raw, size, error: tooLarge } : { line, raw, size, row };
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
      const text = JSON.stringify(row);
      const raw = truncateRaw(text);
      const tooLarge = oversizedField(row);
      yield tooLarge
        ? { line: n, raw, size: text.length, error: tooLarge }
        : { line: n, raw, size: text.length, row };
    }
  }
  return { format: "rows", columns: seen, items: items() };
}
