// A streaming RFC 4180 record reader that survives damage. csv-parse loses its place after a
// broken quote and swallows the rows that follow; this reader reports the broken record with
// its line and reason and resumes at the next line that starts a well-formed record, so every
// good row of a damaged file still lands.

export interface CsvRecord {
  /** Physical line (1-based) where the record starts. */
  line: number;
  fields: string[];
  raw: string;
}

export interface CsvBrokenRecord {
  line: number;
  error: string;
  raw: string;
}

export type CsvItem = ({ kind: "record" } & CsvRecord) | ({ kind: "broken" } & CsvBrokenRecord);

/** A quoted field longer than this is taken as an unclosed quote (keeps memory flat). */
const MAX_RECORD_LINES = 2000;
const MAX_RECORD_CHARS = 1_000_000;

type ParseOutcome =
  | { ok: true; fields: string[]; linesUsed: number }
  | { ok: false; error: string; linesUsed: number }
  | { ok: "more" };

/** Parses one record from the start of `lines`; "more" when a quoted field runs past them. */
function parseRecord(lines: string[], atEof: boolean): ParseOutcome {
  const fields: string[] = [];
  let field = "";
  let li = 0;
  let line = lines[0] ?? "";
  let i = 0;
  let chars = 0;
  // state: 0 field start, 1 unquoted, 2 quoted, 3 just after a closing quote
  let state = 0;
  for (;;) {
    if (i >= line.length) {
      if (state === 2) {
        // a newline inside a quoted field
        li += 1;
        chars += line.length;
        if (li >= lines.length) {
          if (atEof)
            return { ok: false, error: "broken quote: a quoted field is never closed", linesUsed: li };
          if (li >= MAX_RECORD_LINES || chars >= MAX_RECORD_CHARS)
            return { ok: false, error: "broken quote: a quoted field is never closed", linesUsed: li };
          return { ok: "more" };
        }
        field += "\n";
        line = lines[li] ?? "";
        i = 0;
        continue;
      }
      fields.push(field);
      return { ok: true, fields, linesUsed: li + 1 };
    }
    const ch = line[i]!;
    i += 1;
    if (state === 0) {
      if (ch === '"') state = 2;
      else if (ch === ",") fields.push("");
      else {
        field = ch;
        state = 1;
        continue;
      }
      field = "";
      continue;
    }
    if (state === 1) {
      if (ch === ",") {
        fields.push(field);
        field = "";
        state = 0;
      } else if (ch === '"') {
        return {
          ok: false,
          error: `broken quote: a quote inside unquoted field ${fields.length + 1}`,
          linesUsed: li + 1,
        };
      } else field += ch;
      continue;
    }
    if (state === 2) {
      if (ch === '"') state = 3;
      else field += ch;
      continue;
    }
    // state 3: after a closing quote
    if (ch === '"') {
      field += '"';
      state = 2;
    } else if (ch === ",") {
      fields.push(field);
      field = "";
      state = 0;
    } else {
      return {
        ok: false,
        error: `broken quote: unexpected character after the closing quote of field ${fields.length + 1}`,
        linesUsed: li + 1,
      };
    }
  }
}

/**
 * Reads records from physical lines (without their line breaks). The first record is the
 * header; `expectedFields` is taken from it, and records with another field count are broken.
 */
export async function* csvRecords(lines: AsyncIterable<string>): AsyncGenerator<CsvItem> {
  const iterator = lines[Symbol.asyncIterator]();
  const pending: string[] = []; // lines read but not yet consumed
  let firstLineNo = 1; // physical number of pending[0]
  let eof = false;
  let expected = -1;
  // While recovering from a multi-line broken record, invalid records are absorbed into it.
  let broken: CsvBrokenRecord | null = null;

  const fill = async (): Promise<boolean> => {
    if (eof) return false;
    const next = await iterator.next();
    if (next.done) {
      eof = true;
      return false;
    }
    pending.push(next.value);
    return true;
  };

  for (;;) {
    if (pending.length === 0 && !(await fill())) break;
    let outcome = parseRecord(pending, eof);
    while (outcome.ok === "more") {
      await fill();
      outcome = parseRecord(pending, eof);
    }
    const line = firstLineNo;
    const used = outcome.linesUsed;
    const raw = pending.slice(0, used).join("\n");
    // Skip blank lines between records.
    if (outcome.ok && used === 1 && raw.length === 0) {
      pending.shift();
      firstLineNo += 1;
      continue;
    }
    let error: string | null = null;
    if (!outcome.ok) error = outcome.error;
    else if (expected < 0) expected = outcome.fields.length;
    else if (outcome.fields.length !== expected)
      error = `wrong number of fields: expected ${expected}, found ${outcome.fields.length}`;

    if (error === null && outcome.ok) {
      if (broken) {
        yield { kind: "broken", ...broken };
        broken = null;
      }
      pending.splice(0, used);
      firstLineNo += used;
      yield { kind: "record", line, fields: outcome.fields, raw };
      continue;
    }
    if (broken) {
      // Still inside the damage: this line belongs to the broken record.
      broken.raw += "\n" + pending[0];
      pending.shift();
      firstLineNo += 1;
      continue;
    }
    if (used > 1) {
      // The record ran over several lines, so its quote may have swallowed good rows:
      // report it from its first line and resume parsing at the next line.
      broken = { line, error: error!, raw: pending[0] ?? "" };
      pending.shift();
      firstLineNo += 1;
      continue;
    }
    pending.splice(0, used);
    firstLineNo += used;
    yield { kind: "broken", line, error: error!, raw };
  }
  if (broken) yield { kind: "broken", ...broken };
}
