// What long commands show while they work: rows done, rows per second and the time left, with the
// total estimated from the bytes read when a file's row count is not known.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { describeRows, formatDuration, rowProgress } from "../../src/cli/progress";

describe("progress in rows", () => {
  it("shows rows, rate and ETA against a known total", () => {
    expect(describeRows({ rows: 12_000, totalRows: 50_000, elapsedMs: 3_000 })).toBe(
      "12,000 / 50,000 rows | 4,000 rows/s | ETA 10 s",
    );
  });

  it("estimates the total from the share of the file read, and says it is an estimate", () => {
    expect(describeRows({ rows: 10_000, bytes: { read: 250, total: 1000 }, elapsedMs: 5_000 })).toBe(
      "10,000 rows | about 40,000 rows in all (estimate from the bytes read) | 2,000 rows/s | ETA 15 s",
    );
  });

  it("gives no rate or ETA before the first rows are done", () => {
    expect(describeRows({ rows: 0, bytes: { read: 0, total: 1000 }, elapsedMs: 0 })).toBe(
      "0 rows | - rows/s",
    );
  });

  it("never estimates fewer rows in all than are already done", () => {
    expect(describeRows({ rows: 500, bytes: { read: 1000, total: 1000 }, elapsedMs: 1000 })).toBe(
      "500 rows | about 500 rows in all (estimate from the bytes read) | 500 rows/s | ETA 0 s",
    );
  });

  it.each([
    [7.4, "7 s"],
    [185, "3 min 05 s"],
    [3_720, "1 h 02 min"],
  ])("writes %s seconds as %s", (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it("writes a line at most every five seconds when the output is not a terminal", () => {
    const stream = new PassThrough() as unknown as NodeJS.WriteStream;
    let written = "";
    (stream as unknown as PassThrough).on("data", (d: Buffer) => (written += d.toString()));
    let clock = 0;
    const bar = rowProgress("import posts.csv", { fileBytes: 1000 }, stream, () => clock);
    clock = 1_000;
    bar.update(1_000, 100);
    clock = 5_000;
    bar.update(5_000, 500);
    clock = 6_000;
    bar.update(6_000, 600);
    bar.stop();
    expect(written).toBe(
      "import posts.csv: 50% | 5,000 rows | about 10,000 rows in all (estimate from the bytes read) | 1,000 rows/s | ETA 5 s\n",
    );
  });
});
