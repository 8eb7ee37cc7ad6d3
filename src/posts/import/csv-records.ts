// A streaming RFC 4180 record reader over bytes that survives damage. csv-parse loses its place
// after a broken quote and swallows the rows that follow; this reader reports the broken record
// with its line and reason and resumes at the next line that starts a well-formed record, so
// every good row of a damaged file still lands.
//
// It works on bytes so that bad input is refused with a precise reason instead of silently
// changed or taking the import down: bytes that are not UTF-8 (with the byte and column), a
// field over MAX_FIELD_BYTES or a record over MAX_RECORD_BYTES (kept only up to the limit, so
// memory stays flat on a 50 MB field), and a quoted field that is closed far away (refused as
// too large, reading on after it) or never (refused as a broken quote, reading on at its second
// line, which it goes back to in the file when the record was too large to keep).
import type { ByteSource } from "./byte-source";
import {
  fieldTooLarge,
  formatBytes,
  MAX_FIELD_BYTES,
  MAX_RECORD_BYTES,
  RawText,
  recordTooLarge,
} from "./input-limits";
import { describeUtf8Fault, Utf8Tracker } from "./utf8";

interface CsvRecord {
  /** Physical line (1-based) where the record starts. */
  line: number;
  fields: string[];
  raw: string;
  /** Bytes of input the record took. */
  size: number;
}

interface CsvBrokenRecord {
  line: number;
  error: string;
  /** The record's text, at most MAX_RAW_BYTES of it. */
  raw: string;
  size: number;
}

export type CsvItem = ({ kind: "record" } & CsvRecord) | ({ kind: "broken" } & CsvBrokenRecord);

/** Fields of a record that are kept; a record with more is refused (no post has so many). */
const MAX_FIELDS = 10_000;

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const AFTER_QUOTE = 3;
/** After a structural error: the record ends with its line. */
const SKIP_LINE = 4;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads one record at a time from bytes, keeping at most MAX_RECORD_BYTES of its fields. */
class RecordScanner {
  line = 1;
  /** Physical lines the record spans. */
  lines = 1;
  /** Bytes of the record, without the line break that ends it. */
  bytes = 0;
  /** Bytes of the record's first line. */
  firstLineBytes = -1;
  /** Offset of the record's second line in the input, and whether a CR ended the first one. */
  secondLine = { offset: -1, afterCR: false };
  fieldCount = 0;
  error: string | null = null;
  /** A record over MAX_RECORD_BYTES that spans lines was given up (while recovering from damage). */
  gaveUp = false;
  endedWithBreak = false;
  oversize: { field: number; bytes: number } | null = null;
  readonly raw = new RawText();
  readonly utf8 = new Utf8Tracker();
  /** The last byte was a CR: a LF right after it is part of the same line break. */
  skipLF = false;

  private bounded = false;
  private state = FIELD_START;
  private buf = new Uint8Array(16 * 1024);
  private stored = 0;
  private fieldStart = 0;
  private fieldBytes = 0;
  private keeping = true;
  private readonly ends: number[] = [];

  /** Starts a record at `line`; `bounded`: give it up past MAX_RECORD_BYTES once it spans lines. */
  begin(line: number, bounded: boolean): void {
    this.line = line;
    this.lines = 1;
    this.bytes = 0;
    this.firstLineBytes = -1;
    this.secondLine = { offset: -1, afterCR: false };
    this.fieldCount = 0;
    this.error = null;
    this.gaveUp = false;
    this.endedWithBreak = false;
    this.oversize = null;
    this.raw.reset();
    this.utf8.reset();
    this.bounded = bounded;
    this.state = FIELD_START;
    this.stored = 0;
    this.fieldStart = 0;
    this.fieldBytes = 0;
    this.keeping = true;
    this.ends.length = 0;
  }

  /**
   * Consumes `chunk` from `pos` (the chunk starts at input offset `chunkOffset`). Returns the
   * position right after the record when it ended in this chunk, else -1.
   */
  scan(chunk: Uint8Array, pos: number, chunkOffset: number): number {
    for (let i = pos; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.skipLF) {
        this.skipLF = false;
        if (b === LF) continue;
      }
      this.utf8.step(b);
      if (b === LF || b === CR) {
        this.skipLF = b === CR;
        if (this.state !== QUOTED) {
          if (this.state !== SKIP_LINE) this.endField();
          if (this.firstLineBytes < 0) this.firstLineBytes = this.bytes;
          this.endedWithBreak = true;
          this.utf8.end();
          return i + 1;
        }
        // A line break inside a quoted field.
        this.addByte(LF);
        this.raw.push(LF);
        this.bytes += 1;
        if (this.firstLineBytes < 0) {
          this.firstLineBytes = this.bytes - 1;
          this.secondLine = { offset: chunkOffset + i + 1, afterCR: b === CR };
        }
        this.lines += 1;
        this.utf8.newLine();
        if (this.bounded && this.bytes > MAX_RECORD_BYTES) return this.giveUp(i);
        continue;
      }
      this.raw.push(b);
      this.bytes += 1;
      switch (this.state) {
        case FIELD_START:
          if (b === QUOTE) this.state = QUOTED;
          else if (b === COMMA) this.endField();
          else {
            this.state = UNQUOTED;
            this.addByte(b);
          }
          break;
        case UNQUOTED:
          if (b === COMMA) this.endField();
          else if (b === QUOTE)
            this.fail(`broken quote: a quote inside unquoted field ${this.fieldCount + 1}`);
          else this.addByte(b);
          break;
        case QUOTED:
          if (b === QUOTE) this.state = AFTER_QUOTE;
          else this.addByte(b);
          break;
        case AFTER_QUOTE:
          if (b === QUOTE) {
            this.addByte(QUOTE);
            this.state = QUOTED;
          } else if (b === COMMA) this.endField();
          else
            this.fail(
              `broken quote: unexpected character after the closing quote of field ${this.fieldCount + 1}`,
            );
          break;
      }
      if (this.bounded && this.lines > 1 && this.bytes > MAX_RECORD_BYTES) return this.giveUp(i);
    }
    return -1;
  }

  /** The input ended: ends the record under way. */
  finishAtEof(): void {
    if (this.state === QUOTED) this.fail("broken quote: a quoted field is never closed");
    else if (this.state !== SKIP_LINE) this.endField();
    if (this.firstLineBytes < 0) this.firstLineBytes = this.bytes;
    this.utf8.end();
  }

  get blank(): boolean {
    return this.endedWithBreak && this.bytes === 0;
  }

  /** The fields as text (call only for a record kept whole: no oversize field). */
  fields(): string[] {
    const text = utf8.decode(this.buf.subarray(0, this.stored));
    const out: string[] = [];
    if (text.length === this.stored) {
      // ASCII: byte offsets are character offsets.
      let start = 0;
      for (const end of this.ends) {
        out.push(text.slice(start, end));
        start = end;
      }
      return out;
    }
    let start = 0;
    for (const end of this.ends) {
      out.push(utf8.decode(this.buf.subarray(start, end)));
      start = end;
    }
    return out;
  }

  /** Why the record is too large to take, or null. */
  sizeProblem(fieldName: (index: number) => string): string | null {
    if (this.oversize) return fieldTooLarge(fieldName(this.oversize.field), this.oversize.bytes);
    if (this.bytes > MAX_RECORD_BYTES) return recordTooLarge("record", this.bytes);
    if (this.fieldCount > MAX_FIELDS)
      return `record has ${formatBytes(this.fieldCount)} fields; the limit is ${formatBytes(MAX_FIELDS)}`;
    return null;
  }

  private giveUp(i: number): number {
    this.gaveUp = true;
    this.error ??= recordTooLarge("record", this.bytes);
    return i + 1;
  }

  private fail(message: string): void {
    this.error ??= message;
    this.state = SKIP_LINE;
  }

  private addByte(b: number): void {
    this.fieldBytes += 1;
    if (!this.keeping) return;
    if (this.fieldBytes > MAX_FIELD_BYTES || this.stored >= MAX_RECORD_BYTES) {
      // Refused anyway: drop what was kept of this field.
      this.keeping = false;
      this.stored = this.fieldStart;
      return;
    }
    if (this.stored === this.buf.length) {
      const bigger = new Uint8Array(Math.min(this.buf.length * 2, MAX_RECORD_BYTES));
      bigger.set(this.buf);
      this.buf = bigger;
    }
    this.buf[this.stored++] = b;
  }

  private endField(): void {
    if (this.fieldBytes > MAX_FIELD_BYTES && !this.oversize)
      this.oversize = { field: this.fieldCount, bytes: this.fieldBytes };
    if (this.fieldCount < MAX_FIELDS) this.ends.push(this.stored);
    this.fieldCount += 1;
    this.fieldStart = this.stored;
    this.fieldBytes = 0;
    this.keeping = true;
    this.state = FIELD_START;
  }
}

/** Where the reader is in the input: the chunk in hand, and how to go back to an earlier offset. */
class InputCursor {
  private stream: AsyncIterator<Uint8Array>;
  private chunk: Uint8Array = new Uint8Array(0);
  private pos = 0;
  /** Offset of the chunk in hand in the input. */
  private chunkOffset = 0;

  constructor(private readonly source: ByteSource) {
    this.stream = source(0)[Symbol.asyncIterator]();
  }

  /** Scans the rest of the chunk in hand into the record; false when the chunk ran out first. */
  scanRecord(scanner: RecordScanner): boolean {
    if (this.pos >= this.chunk.length) return false;
    const end = scanner.scan(this.chunk, this.pos, this.chunkOffset);
    if (end >= 0) {
      this.pos = end;
      return true;
    }
    this.pos = this.chunk.length;
    return false;
  }

  /** Takes the next chunk of the input; false at its end. */
  async nextChunk(): Promise<boolean> {
    const next = await this.stream.next();
    if (next.done) return false;
    this.chunkOffset += this.chunk.length;
    this.chunk = next.value;
    this.pos = 0;
    return true;
  }

  /** Moves to `offset`: within the chunk in hand when it is there, else by reading again from there. */
  async seek(offset: number): Promise<void> {
    if (offset >= this.chunkOffset && offset <= this.chunkOffset + this.chunk.length) {
      this.pos = offset - this.chunkOffset;
      return;
    }
    await this.stream.return?.();
    this.stream = this.source(offset)[Symbol.asyncIterator]();
    this.chunk = new Uint8Array(0);
    this.pos = 0;
    this.chunkOffset = offset;
  }

  async close(): Promise<void> {
    await this.stream.return?.();
  }
}

/** A broken record that spans lines, while the reader recovers from it. */
interface BrokenRecord {
  line: number;
  error: string;
  raw: RawText;
}

function brokenItem(broken: BrokenRecord): CsvItem {
  return {
    kind: "broken",
    line: broken.line,
    error: broken.error,
    raw: broken.raw.toString(),
    size: broken.raw.total,
  };
}

/** Why the record just scanned is structurally wrong (a broken quote, a wrong field count), or null. */
function structuralError(scanner: RecordScanner, header: string[] | null): string | null {
  if (scanner.error === null && header !== null && scanner.fieldCount !== header.length)
    return `wrong number of fields: expected ${header.length}, found ${formatBytes(scanner.fieldCount)}`;
  return scanner.error;
}

/**
 * The record just scanned, well formed: its fields, or why it is refused all the same (too
 * large, too many fields, bytes that are not UTF-8).
 */
function takeRecord(scanner: RecordScanner, fieldName: (index: number) => string): CsvItem {
  const line = scanner.line;
  const raw = scanner.raw.toString();
  const size = scanner.bytes;
  const problem =
    scanner.sizeProblem(fieldName) ?? (scanner.utf8.fault ? describeUtf8Fault(scanner.utf8.fault) : null);
  let fields: string[] | null = null;
  if (problem === null) {
    try {
      fields = scanner.fields();
    } catch {
      fields = null;
    }
  }
  if (fields === null) return { kind: "broken", line, error: problem ?? "invalid UTF-8", raw, size };
  return { kind: "record", line, fields, raw, size };
}

/**
 * Reads records from the input's bytes. The first record is the header; its field count is
 * expected of every record, and its names name the fields in reasons ("field description is
 * ... bytes").
 */
export async function* csvRecords(source: ByteSource): AsyncGenerator<CsvItem> {
  const scanner = new RecordScanner();
  const cursor = new InputCursor(source);
  let line = 1;
  let header: string[] | null = null;
  const fieldName = (i: number) => header?.[i]?.replace(/^\uFEFF/u, "").trim() || `${i + 1}`;
  // While recovering from a multi-line broken record, invalid records are absorbed into it.
  let broken: BrokenRecord | null = null;

  /** Reads on from the second line of the record just scanned. */
  const resumeAtSecondLine = async () => {
    const { offset, afterCR } = scanner.secondLine;
    line = scanner.line + 1;
    scanner.skipLF = afterCR;
    await cursor.seek(offset);
  };

  try {
    for (;;) {
      scanner.begin(line, broken !== null);
      let eof = false;
      while (!cursor.scanRecord(scanner)) {
        if (!(await cursor.nextChunk())) {
          eof = true;
          break;
        }
      }
      if (eof) {
        if (scanner.bytes === 0 && scanner.lines === 1) break;
        scanner.finishAtEof();
      }
      const recordLine = scanner.line;
      if (scanner.blank) {
        line = recordLine + 1;
        continue;
      }
      const error = structuralError(scanner, header);

      if (error === null) {
        if (broken) {
          yield brokenItem(broken);
          broken = null;
        }
        const item = takeRecord(scanner, fieldName);
        line = recordLine + scanner.lines;
        if (item.kind === "record") header ??= item.fields;
        yield item;
        continue;
      }

      if (broken) {
        // Still inside the damage: this record's first line belongs to the broken record.
        broken.raw.appendLine(scanner.raw.prefix(scanner.firstLineBytes));
        if (scanner.lines > 1) await resumeAtSecondLine();
        else line = recordLine + 1;
        continue;
      }
      if (scanner.lines > 1) {
        // The record ran over several lines, so its quote may have swallowed good rows:
        // report it from its first line and resume reading at its second line.
        broken = { line: recordLine, error, raw: scanner.raw.prefix(scanner.firstLineBytes) };
        await resumeAtSecondLine();
        continue;
      }
      line = recordLine + 1;
      yield { kind: "broken", line: recordLine, error, raw: scanner.raw.toString(), size: scanner.bytes };
    }
    if (broken) yield brokenItem(broken);
  } finally {
    await cursor.close();
  }
}
