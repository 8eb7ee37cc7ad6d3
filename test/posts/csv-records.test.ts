import { describe, expect, it } from "vitest";
import { bufferBytes, type ByteSource } from "../../src/posts/import/byte-source";
import { csvRecords, type CsvItem } from "../../src/posts/import/csv-records";

async function readAll(source: ByteSource): Promise<CsvItem[]> {
  const out: CsvItem[] = [];
  for await (const item of csvRecords(source)) out.push(item);
  return out;
}

/** Reads `text` in chunks of 1, 7 and 64 KiB bytes: the records must not depend on where chunks end. */
async function read(text: string | Uint8Array): Promise<CsvItem[]> {
  const [one, ...others] = await Promise.all([1, 7, 65536].map((n) => readAll(bufferBytes(text, n))));
  for (const other of others) expect(other).toEqual(one);
  return one!;
}

const summary = (items: CsvItem[]) =>
  items.map((i) =>
    i.kind === "record" ? `${i.line}:${i.fields.join("|")}` : `${i.line}!${i.error.split(":")[0]}`,
  );

describe("CSV records", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", async () => {
    const items = await read('a,b,c\n1,"x, y",3\n2,"say ""hi""",4\n3,"line1\nline2",5\n');
    expect(summary(items)).toEqual(["1:a|b|c", "2:1|x, y|3", '3:2|say "hi"|4', "4:3|line1\nline2|5"]);
  });

  it("refuses a row with the wrong number of fields by its line and keeps the rest", async () => {
    const items = await read("a,b,c\n1,2,3\n4,5\n6,7,8\n");
    expect(summary(items)).toEqual(["1:a|b|c", "2:1|2|3", "3!wrong number of fields", "4:6|7|8"]);
  });

  it("refuses a quote inside an unquoted field and a character after a closing quote", async () => {
    const items = await read('a,b,c\n1,2"x,3\n4,"5"x,6\n7,8,9\n');
    expect(summary(items)).toEqual(["1:a|b|c", "2!broken quote", "3!broken quote", "4:7|8|9"]);
  });

  it("recovers from a quote that is never closed without losing the good rows after it", async () => {
    const items = await read('a,b,c\n1,"open,3\n4,5,6\n7,"multi\nline",9\n10,11,12\n');
    expect(summary(items)).toEqual([
      "1:a|b|c",
      "2!broken quote",
      "3:4|5|6",
      "4:7|multi\nline|9",
      "6:10|11|12",
    ]);
  });

  it("absorbs the continuation lines of a broken multi-line record into one reject", async () => {
    const items = await read('a,b,c\n1,"desc\nmore text, and more\nend"x,3\n4,5,6\n');
    expect(summary(items)).toEqual(["1:a|b|c", "2!broken quote", "5:4|5|6"]);
    const broken = items[1]!;
    expect(broken.raw).toContain("more text");
  });
});

/** Bytes made of parts, a part repeated `times` without the whole input ever being built. */
function generated(parts: { text: string; times?: number }[]): ByteSource {
  return async function* (start: number) {
    let offset = 0;
    for (const part of parts) {
      const bytes = Buffer.from(part.text, "utf8");
      for (let i = 0; i < (part.times ?? 1); i++) {
        if (offset + bytes.length > start) yield offset >= start ? bytes : bytes.subarray(start - offset);
        offset += bytes.length;
      }
    }
  };
}

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("CSV records from bad bytes", () => {
  it("refuses a row that is not UTF-8, naming the byte and its column, and reads the rows after it", async () => {
    const items = await read(
      bytes("a,b,c\n1,caf", [0xe9], ",3\n", '4,"x\ny', [0xff], '",6\n', "7,\u00e9t\u00e9 \u{1f600},9\n"),
    );
    expect(summary(items)).toEqual([
      "1:a|b|c",
      "2!invalid UTF-8 (byte 0xe9 at column 6)",
      "3!invalid UTF-8 (byte 0xff at line 2 of the row, column 2)",
      "5:7|\u00e9t\u00e9 \u{1f600}|9",
    ]);
  });

  it("refuses a field over 1 MB by its name and size, keeping 10 KB of it, and reads on", async () => {
    const items = await readAll(
      generated([
        { text: 'id,description,n\n1,"' },
        { text: "x".repeat(65_536), times: 32 },
        { text: '",3\n' },
        { text: "2," },
        { text: "y".repeat(65_536), times: 20 },
        { text: ",4\n5,6,7\n" },
      ]),
    );
    expect(summary(items)).toEqual([
      "1:id|description|n",
      "2!field description is 2,097,152 bytes; the limit is 1,048,576",
      "3!field description is 1,310,720 bytes; the limit is 1,048,576",
      "4:5|6|7",
    ]);
    const raw = (items[1] as { raw: string }).raw;
    expect(raw.length).toBeLessThan(10_300);
    expect(raw).toMatch(/\n\[\.\.\. truncated: 2,097,158 bytes in all\]$/u);
  });

  it("refuses a closed quoted field of 52,000 lines as too large, not as never closed, and reads the lines after it", async () => {
    const items = await readAll(
      generated([
        { text: 'id,description,n\n1,"' },
        { text: `${"z".repeat(999)}\n`, times: 52_000 },
        { text: '",3\n4,5,6\n' },
      ]),
    );
    expect(summary(items)).toEqual([
      "1:id|description|n",
      "2!field description is 52,000,000 bytes; the limit is 1,048,576",
      "52003:4|5|6",
    ]);
    expect((items[1] as { raw: string }).raw.length).toBeLessThan(10_300);
  });

  it("reads every row after a quote that is never closed, even when it ran past what can be kept", async () => {
    const rows = 750_000; // 4.5 MB after the quote: more than a record may keep
    let n = 0;
    let last: CsvItem | null = null;
    const firsts: CsvItem[] = [];
    for await (const item of csvRecords(
      generated([{ text: 'a,b,c\n1,"open,3\n' }, { text: "4,5,6\n", times: rows }]),
    )) {
      n += 1;
      if (firsts.length < 3) firsts.push(item);
      last = item;
    }
    expect(summary(firsts)).toEqual(["1:a|b|c", "2!broken quote", "3:4|5|6"]);
    expect(firsts[1]).toMatchObject({
      raw: '1,"open,3',
      error: "broken quote: a quoted field is never closed",
    });
    expect(n).toBe(rows + 2);
    expect(summary([last!])).toEqual([`${rows + 2}:4|5|6`]);
  });

  it("takes CRLF line breaks, inside quoted fields too", async () => {
    const items = await read('a,b\r\n1,"x\r\ny"\r\n\r\n2,3\r\n');
    expect(summary(items)).toEqual(["1:a|b", "2:1|x\ny", "5:2|3"]);
  });
});
