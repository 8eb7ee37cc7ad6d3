// The lines of a JSONL input as bytes, each kept only up to MAX_RECORD_BYTES: a longer line is
// measured, not stored, and the top-level field that makes it long is named from its bytes.
import type { ByteSource } from "./byte-source";
import { MAX_RECORD_BYTES, RawText } from "./input-limits";

interface JsonlLine {
  line: number;
  /** The line without its line break; null when it is over MAX_RECORD_BYTES. */
  bytes: Uint8Array | null;
  size: number;
  /** The line's text, at most MAX_RAW_BYTES of it. */
  raw: string;
  /** For a line over the limit: its largest top-level field, as written (quotes included). */
  largest: { name: string; bytes: number } | null;
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

const keyDecoder = new TextDecoder("utf-8");

/**
 * Sizes of the top-level values of a JSON object, read byte by byte without keeping them: a
 * string's size is its bytes between the quotes as written (escapes as written), any other
 * value's is its bytes up to the next comma.
 */
class JsonFieldSizes {
  private at = 0;
  private depth = 0;
  private inString = false;
  private escape = false;
  private expectKey = false;
  private readingKey = false;
  private key: number[] = [];
  private name = "";
  private valueStart = -1;
  private stringStart = -1;
  private stringBytes = -1;
  largest: { name: string; bytes: number } | null = null;

  step(b: number): void {
    const at = this.at++;
    if (this.inString) {
      if (this.escape) this.escape = false;
      else if (b === BACKSLASH) this.escape = true;
      else if (b === QUOTE) {
        this.inString = false;
        if (this.readingKey) {
          this.readingKey = false;
          this.name = keyDecoder.decode(Uint8Array.from(this.key));
        } else if (this.stringStart >= 0) {
          this.stringBytes = at - this.stringStart - 1;
          this.stringStart = -1;
        }
      } else if (this.readingKey && this.key.length < 200) this.key.push(b);
      return;
    }
    if (b === QUOTE) {
      this.inString = true;
      if (this.depth === 1 && this.expectKey) {
        this.readingKey = true;
        this.key = [];
      } else if (this.depth === 1) this.stringStart = at;
    } else if (b === 0x7b || b === 0x5b) {
      this.depth += 1;
      if (this.depth === 1) this.expectKey = true;
    } else if (b === 0x7d || b === 0x5d) {
      if (this.depth === 1) this.endValue(at);
      this.depth -= 1;
    } else if (b === 0x3a && this.depth === 1) {
      this.expectKey = false;
      this.valueStart = at + 1;
      this.stringBytes = -1;
    } else if (b === 0x2c && this.depth === 1) {
      this.endValue(at);
      this.expectKey = true;
    }
  }

  private endValue(at: number): void {
    if (this.valueStart < 0) return;
    const bytes = this.stringBytes >= 0 ? this.stringBytes : at - this.valueStart;
    if (!this.largest || bytes > this.largest.bytes) this.largest = { name: this.name, bytes };
    this.valueStart = -1;
  }
}

export async function* jsonlLines(source: ByteSource): AsyncGenerator<JsonlLine> {
  let buf = new Uint8Array(16 * 1024);
  let kept = 0;
  let size = 0;
  const raw = new RawText();
  let sizes: JsonFieldSizes | null = null;
  let line = 1;

  const add = (part: Uint8Array) => {
    if (sizes === null && kept + part.length <= MAX_RECORD_BYTES) {
      if (kept + part.length > buf.length) {
        const bigger = new Uint8Array(
          Math.min(MAX_RECORD_BYTES, Math.max(buf.length * 2, kept + part.length)),
        );
        bigger.set(buf.subarray(0, kept));
        buf = bigger;
      }
      buf.set(part, kept);
      kept += part.length;
    } else {
      if (sizes === null) {
        // Over the limit: from now on only measure, starting with what was kept.
        sizes = new JsonFieldSizes();
        for (let i = 0; i < kept; i++) sizes.step(buf[i]!);
        kept = 0;
      }
      for (let i = 0; i < part.length; i++) sizes.step(part[i]!);
    }
    raw.append(part);
    size += part.length;
  };

  const take = (): JsonlLine => {
    const end = kept > 0 && buf[kept - 1] === CR ? kept - 1 : kept;
    const bytes = sizes === null ? buf.slice(0, end) : null;
    const out = { line, bytes, size, raw: raw.toString(), largest: sizes?.largest ?? null };
    line += 1;
    kept = 0;
    size = 0;
    raw.reset();
    sizes = null;
    return out;
  };

  for await (const chunk of source(0)) {
    let from = 0;
    for (;;) {
      const end = chunk.indexOf(LF, from);
      if (end < 0) {
        add(chunk.subarray(from));
        break;
      }
      add(chunk.subarray(from, end));
      yield take();
      from = end + 1;
    }
  }
  if (size > 0) yield take();
}
