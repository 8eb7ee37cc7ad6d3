// Size limits of import input, and the stored form of refused rows. The readers never hold more
// than a record's worth of a file (MAX_RECORD_BYTES), so one huge or broken row cannot take the
// import's memory or the database with it: it is refused with a reason, and its raw text is
// kept only up to MAX_RAW_BYTES.

/** The largest field (as UTF-8 bytes) a post may have: a description of 1 MB is far past any real one. */
export const MAX_FIELD_BYTES = 1_048_576;
/** The largest record (a CSV record with its line breaks, or a JSONL line). */
export const MAX_RECORD_BYTES = 4 * 1_048_576;
/** How much of a refused row's text is stored with it (`rejected_rows.raw`). */
export const MAX_RAW_BYTES = 10_240;

export function formatBytes(n: number): string {
  return n.toLocaleString("en-US");
}

export function fieldTooLarge(name: string, bytes: number): string {
  return `field ${name} is ${formatBytes(bytes)} bytes; the limit is ${formatBytes(MAX_FIELD_BYTES)}`;
}

export function recordTooLarge(what: "record" | "line", bytes: number): string {
  return `${what} is ${formatBytes(bytes)} bytes; the limit is ${formatBytes(MAX_RECORD_BYTES)}`;
}

/** The first field of a row over MAX_FIELD_BYTES, as a reason to refuse it, or null. */
export function oversizedField(row: Record<string, string | undefined>): string | null {
  for (const [name, value] of Object.entries(row)) {
    // A UTF-16 code unit is at most 3 UTF-8 bytes: most values need no byte count.
    if (value === undefined || value.length * 3 <= MAX_FIELD_BYTES) continue;
    const bytes = Buffer.byteLength(value, "utf8");
    if (bytes > MAX_FIELD_BYTES) return fieldTooLarge(name, bytes);
  }
  return null;
}

const lenient = new TextDecoder("utf-8");

/**
 * The first bytes of a row's text, up to MAX_RAW_BYTES, decoded for display (bytes that are not
 * UTF-8 show as U+FFFD), with a marker giving the whole length when it was cut.
 */
export class RawText {
  private readonly head = new Uint8Array(MAX_RAW_BYTES);
  private kept = 0;
  /** Bytes of the row in all, kept or not. */
  total = 0;

  reset(): void {
    this.kept = 0;
    this.total = 0;
  }

  /** The first `bytes` of this text (kept as far as this text kept them). */
  prefix(bytes: number): RawText {
    const out = new RawText();
    out.append(this.head.subarray(0, Math.min(bytes, this.kept)));
    out.total = bytes;
    return out;
  }

  push(b: number): void {
    if (this.kept < MAX_RAW_BYTES) this.head[this.kept++] = b;
    this.total += 1;
  }

  append(bytes: Uint8Array): void {
    const n = Math.min(bytes.length, MAX_RAW_BYTES - this.kept);
    if (n > 0) this.head.set(bytes.subarray(0, n), this.kept);
    this.kept += n;
    this.total += bytes.length;
  }

  /** Adds another row's text after a line break (a broken record that absorbs the lines after it). */
  appendLine(other: RawText): void {
    this.append(Uint8Array.of(0x0a));
    this.append(other.head.subarray(0, other.kept));
    this.total += other.total - other.kept;
  }

  toString(): string {
    const end = this.total > this.kept ? wholeCharacters(this.head, this.kept) : this.kept;
    return truncatedText(lenient.decode(this.head.subarray(0, end)), this.total, this.total > end);
  }
}

/** Where to cut `bytes` at or before `end` without cutting a UTF-8 character in two. */
function wholeCharacters(bytes: Uint8Array, end: number): number {
  let lead = end - 1;
  while (lead > end - 4 && lead > 0 && (bytes[lead]! & 0xc0) === 0x80) lead -= 1;
  const b = bytes[lead] ?? 0;
  const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
  return lead + length > end ? lead : end;
}

function truncatedText(text: string, totalBytes: number, cut: boolean): string {
  return cut ? `${text}\n[... truncated: ${formatBytes(totalBytes)} bytes in all]` : text;
}

/** A row's text for storing with its rejection: at most MAX_RAW_BYTES of it, with a marker when cut. */
export function truncateRaw(text: string): string {
  if (text.length * 3 <= MAX_RAW_BYTES) return text;
  const bytes = Buffer.from(text, "utf8");
  if (bytes.length <= MAX_RAW_BYTES) return text;
  const end = wholeCharacters(bytes, MAX_RAW_BYTES);
  return truncatedText(bytes.subarray(0, end).toString("utf8"), bytes.length, true);
}
