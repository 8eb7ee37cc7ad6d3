// Strict UTF-8 for import files, with the place of the first bad byte. A lenient decoder turns
// bytes of another encoding (Latin-1, Windows-1252) into U+FFFD and the text is silently lost;
// the readers refuse such a row instead, saying which byte at which column.

/** What a byte does: starts a character, continues one, or makes the sequence invalid. */
const START = 0;
const CONTINUE = 1;
/** The byte cannot start a character (a stray continuation byte, 0xc0, 0xc1, 0xf5-0xff). */
const BAD_BYTE = 2;
/** The byte breaks the character begun by the last lead byte (the lead is at fault). */
const BAD_SEQUENCE = 3;

/**
 * Incremental UTF-8 validation as RFC 3629 defines it: no overlong forms, no surrogates, nothing
 * past U+10FFFF. Feed bytes in order; `pending` says whether the last character is incomplete.
 */
class Utf8Check {
  private need = 0;
  private lo = 0x80;
  private hi = 0xbf;

  get pending(): boolean {
    return this.need > 0;
  }

  reset(): void {
    this.need = 0;
  }

  step(b: number): number {
    if (this.need > 0) {
      if (b < this.lo || b > this.hi) {
        this.need = 0;
        return BAD_SEQUENCE;
      }
      this.need -= 1;
      this.lo = 0x80;
      this.hi = 0xbf;
      return CONTINUE;
    }
    if (b < 0x80) return START;
    if (b >= 0xc2 && b <= 0xdf) this.need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      this.need = 2;
      if (b === 0xe0) this.lo = 0xa0; // overlong
      if (b === 0xed) this.hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      this.need = 3;
      if (b === 0xf0) this.lo = 0x90; // overlong
      if (b === 0xf4) this.hi = 0x8f; // past U+10FFFF
    } else return BAD_BYTE;
    return START;
  }
}

interface Utf8Fault {
  /** The offending byte: a byte that cannot start a character, or the lead of a broken one. */
  byte: number;
  /** 1-based character position of that byte in its line. */
  column: number;
  /** 1-based line within the row, when the row spans several lines. */
  line?: number;
}

export function describeUtf8Fault(f: Utf8Fault): string {
  const hex = `0x${f.byte.toString(16).padStart(2, "0")}`;
  return `invalid UTF-8 (byte ${hex} at ${f.line !== undefined && f.line > 1 ? `line ${f.line} of the row, ` : ""}column ${f.column})`;
}

/**
 * Tracks the column of each character in a line and remembers the first bad byte. Call
 * `newLine()` after a line break and `end()` when the row ends.
 */
export class Utf8Tracker {
  private readonly check = new Utf8Check();
  private column = 0;
  private leadByte = 0;
  private leadColumn = 0;
  private line = 1;
  fault: Utf8Fault | null = null;

  reset(): void {
    this.check.reset();
    this.column = 0;
    this.line = 1;
    this.fault = null;
  }

  step(b: number): void {
    if (this.fault) return;
    const r = this.check.step(b);
    if (r === START) {
      this.column += 1;
      this.leadByte = b;
      this.leadColumn = this.column;
    } else if (r === BAD_BYTE) {
      this.fault = { byte: b, column: this.column + 1, line: this.line };
    } else if (r === BAD_SEQUENCE) {
      this.fault = { byte: this.leadByte, column: this.leadColumn, line: this.line };
    }
  }

  /** After the line break bytes (which went through `step`). */
  newLine(): void {
    this.column = 0;
    this.line += 1;
  }

  end(): void {
    if (!this.fault && this.check.pending)
      this.fault = { byte: this.leadByte, column: this.leadColumn, line: this.line };
  }
}

/** The first bad byte of `bytes` (one line), or null when it is all valid UTF-8. */
export function findUtf8Fault(bytes: Uint8Array): Utf8Fault | null {
  const t = new Utf8Tracker();
  for (let i = 0; i < bytes.length && !t.fault; i++) t.step(bytes[i]!);
  t.end();
  return t.fault;
}
