// Bad input, clearly refused, nothing lost: rows that are not UTF-8, fields and records over the
// size limits, quoted fields closed far away, the same post twice in one file and sources that
// would break post ids are refused with a reason naming what is wrong, in CSV and JSONL, while
// every good row of the file lands and memory stays flat.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { MAX_RAW_BYTES } from "../../src/posts/import/input-limits";
import { listRejects } from "../../src/posts/post.repository";
import { TEST_DATABASE_URL } from "../helpers/db";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-bad-input-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const HEADER = "id,source,title,description\n";

/** Writes a file from parts; a part repeated `times` is written piece by piece, never built whole. */
function writeFile(name: string, parts: (string | number[] | { text: string; times: number })[]): string {
  const file = path.join(dir, name);
  const fd = fs.openSync(file, "w");
  try {
    for (const part of parts) {
      if (typeof part === "string") fs.writeSync(fd, part);
      else if (Array.isArray(part)) fs.writeSync(fd, Uint8Array.from(part));
      else {
        const piece = Buffer.from(part.text, "utf8");
        for (let i = 0; i < part.times; i++) fs.writeSync(fd, piece);
      }
    }
  } finally {
    fs.closeSync(fd);
  }
  return file;
}

const externalIds = (rt: TestRuntime) =>
  rt.db.$client.prepare("SELECT external_id FROM posts ORDER BY external_id").pluck().all();

const rejects = (rt: TestRuntime, batchId: number) =>
  listRejects(rt.db, batchId).map((r) => ({ line: r.line, reason: r.reason }));

describe("importing bad input", () => {
  it("refuses rows that are not UTF-8 with the byte and its column, in CSV and JSONL, and lands the good rows", async () => {
    const rt = testRuntime();
    const csv = writeFile("latin1.csv", [
      HEADER,
      "c1,s,Good one,fine\n",
      "c2,s,Caf",
      [0xe9],
      ",written in Latin-1\n",
      'c3,s,Good two,"two\nlines"\n',
    ]);
    const fromCsv = await rt.importFile(csv);
    expect(rejects(rt, fromCsv.batchId)).toEqual([
      { line: 3, reason: "invalid UTF-8 (byte 0xe9 at column 9)" },
    ]);
    expect(fromCsv).toMatchObject({ inserted: 2, rejected: 1 });

    const jsonl = writeFile("latin1.jsonl", [
      '{"id":"j1","source":"s","title":"Good three"}\n',
      '{"id":"j2","source":"s","title":"Stra',
      [0xdf],
      'e"}\n',
      '{"id":"j3","source":"s","title":"Good four \u00e9t\u00e9"}\n',
    ]);
    const fromJsonl = await rt.importFile(jsonl);
    expect(rejects(rt, fromJsonl.batchId)).toEqual([
      { line: 2, reason: "invalid UTF-8 (byte 0xdf at column 38)" },
    ]);
    expect(externalIds(rt)).toEqual(["c1", "c3", "j1", "j3"]);
  });

  it("refuses a 50 MB description by its size, keeps 10 KB of it, and its memory stays flat", async () => {
    const rt = testRuntime();
    const MB50 = 50 * 1_048_576;
    const piece = "lorem ipsum dolor sit amet, ".repeat(2400).slice(0, 65_536);
    const filler = { text: piece, times: MB50 / 65_536 };
    const csv = writeFile("big.csv", [HEADER, 'big,s,Big one,"', filler, '"\n', "after,s,After it,ok\n"]);
    const jsonl = writeFile("big.jsonl", [
      '{"id":"big2","source":"s","title":"Big two","description":"',
      filler,
      '"}\n{"id":"after2","source":"s","title":"After it too"}\n',
    ]);

    // By construction the readers keep at most MAX_RECORD_BYTES of a record and read files
    // into one reused buffer; measured here (after a warm-up import of the same code paths),
    // the resident memory must grow by far less than the 50 MB a string of the field would take.
    await rt.importFile(writeFile("warm-up.csv", [HEADER, 'w1,s,Warm up,"', filler, '"\n']));
    const start = process.memoryUsage().rss;
    let peak = start;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
    const fromCsv = await rt.importFile(csv);
    const fromJsonl = await rt.importFile(jsonl);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    // On PostgreSQL the process also holds the connection's bridge thread, whose own heap grows
    // with the statements it relays (18 MB measured once in CI): still far under the 50 MB field.
    expect(peak - start).toBeLessThan((TEST_DATABASE_URL ? 24 : 16) * 1_048_576);

    expect(rejects(rt, fromCsv.batchId)).toEqual([
      { line: 2, reason: "field description is 52,428,800 bytes; the limit is 1,048,576" },
    ]);
    expect(rejects(rt, fromJsonl.batchId)).toEqual([
      { line: 1, reason: "field description is 52,428,800 bytes; the limit is 1,048,576" },
    ]);
    for (const r of [...listRejects(rt.db, fromCsv.batchId), ...listRejects(rt.db, fromJsonl.batchId)]) {
      expect(Buffer.byteLength(r.raw)).toBeLessThan(MAX_RAW_BYTES + 100);
      expect(r.raw).toMatch(/\[\.\.\. truncated: 52,42\d,\d{3} bytes in all\]$/u);
    }
    expect(externalIds(rt)).toEqual(["after", "after2"]);
  });

  it("refuses a closed quoted field of 52,000 lines as too large and reads the lines after it", async () => {
    const rt = testRuntime();
    const csv = writeFile("long-quote.csv", [
      HEADER,
      'long,s,Long one,"',
      { text: `${"word ".repeat(199)}word\n`, times: 52_000 },
      '"\n',
      "next,s,Next one,fine\n",
    ]);
    const summary = await rt.importFile(csv);
    expect(rejects(rt, summary.batchId)).toEqual([
      { line: 2, reason: "field description is 52,000,000 bytes; the limit is 1,048,576" },
    ]);
    expect(Buffer.byteLength(listRejects(rt.db, summary.batchId)[0]!.raw)).toBeLessThan(MAX_RAW_BYTES + 100);
    expect(summary).toMatchObject({ rowsRead: 2, inserted: 1, rejected: 1 });
    expect(externalIds(rt)).toEqual(["next"]);
  });

  it("refuses a post met again in the same file, naming the line of the first, and an unchanged re-import writes nothing", async () => {
    const rt = testRuntime();
    const csv = writeFile("twice.csv", [
      HEADER,
      "d1,s,First d1,kept\n", // line 2
      "d2,s,Only d2,\n",
      "d1,s,Second d1,refused\n", // line 4
      "d1,t,d1 of another source,\n",
      "e1,s,,refused: no title\n", // line 6
      "e1,s,Valid e1,lands\n", // line 7
      "d1,s,First d1,kept\n", // line 8: the same as the first, still refused
    ]);
    const first = await rt.importFile(csv);
    expect(rejects(rt, first.batchId)).toEqual([
      { line: 4, reason: "duplicate id d1 (first at line 2)" },
      { line: 6, reason: "missing title" },
      { line: 8, reason: "duplicate id d1 (first at line 2)" },
    ]);
    expect(first).toMatchObject({ inserted: 4, updated: 0, rejected: 3 });
    expect(
      rt.db.$client
        .prepare("SELECT title FROM posts WHERE source = 's' AND external_id = 'd1'")
        .pluck()
        .get(),
    ).toBe("First d1");

    const again = await rt.importFile(csv);
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 4, rejected: 3 });
  });

  it("refuses a source containing ':', whose posts no id could reach", async () => {
    const rt = testRuntime();
    const csv = writeFile("colon.csv", [HEADER, "k1,crawl:2024,Colon in source,\n", "k2,crawl-2024,Fine,\n"]);
    const summary = await rt.importFile(csv);
    expect(rejects(rt, summary.batchId)).toEqual([
      { line: 2, reason: `source must not contain ':' (got 'crawl:2024'; a post's id is "<source>:<id>")` },
    ]);
    expect(externalIds(rt)).toEqual(["k2"]);
  });
});
