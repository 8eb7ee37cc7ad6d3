// The fragment type behind every SQL builder: text and parameters stay in step however fragments
// are nested, joined or ordered, and what it builds runs on SQLite as written.
import { describe, expect, it } from "vitest";
import { EMPTY, isSql, join, raw, sql, whereAll } from "../../src/db/sql-fragment";
import { freshDb } from "../helpers/db";

describe("SQL fragments", () => {
  it("turn each interpolated value into a ? and its parameter, in textual order", () => {
    const q = sql`SELECT * FROM posts WHERE source = ${"upwork"} AND projected_value > ${100}`;
    expect(q.text).toBe("SELECT * FROM posts WHERE source = ? AND projected_value > ?");
    expect(q.params).toEqual(["upwork", 100]);
  });

  it("splice nested fragments with their parameters where they stand, whatever order they were made in", () => {
    const late = sql`p.category_id = ${"writing"}`;
    const early = sql`p.source = ${"upwork"}`;
    const q = sql`SELECT p.id FROM posts p WHERE ${early} AND ${late} LIMIT ${5}`;
    expect(q.text).toBe("SELECT p.id FROM posts p WHERE p.source = ? AND p.category_id = ? LIMIT ?");
    expect(q.params).toEqual(["upwork", "writing", 5]);
  });

  it("keep the parameters of a fragment used twice, once per use", () => {
    const bucket = sql`s.bucket_id = ${"nlp"}`;
    const q = sql`(${bucket}) OR (${bucket})`;
    expect(q.text).toBe("(s.bucket_id = ?) OR (s.bucket_id = ?)");
    expect(q.params).toEqual(["nlp", "nlp"]);
  });

  it("join fragments with a separator, and join nothing to nothing", () => {
    const q = join([sql`a = ${1}`, raw("b IS NULL"), sql`c = ${3}`], " AND ");
    expect(q.text).toBe("a = ? AND b IS NULL AND c = ?");
    expect(q.params).toEqual([1, 3]);
    expect(join([], " AND ")).toEqual(EMPTY);
    expect(sql`SELECT 1${EMPTY}`.text).toBe("SELECT 1");
  });

  it("make a WHERE clause of any conditions, and none of no conditions", () => {
    const q = whereAll([sql`a = ${1}`, sql`b = ${2}`]);
    expect(q.text).toBe("WHERE a = ? AND b = ?");
    expect(q.params).toEqual([1, 2]);
    expect(whereAll([])).toEqual(EMPTY);
  });

  it("take raw text for names from a fixed list, never with a parameter in it", () => {
    expect(sql`SELECT ${raw("f.country")} AS key`.text).toBe("SELECT f.country AS key");
    expect(() => raw("f.country = ?")).toThrow(/parameter/u);
    expect(() => join([EMPTY, EMPTY], " ? ")).toThrow(/parameter/u);
  });

  it("bind values that look like fragments as values", () => {
    const lookalike = { text: "1; DROP TABLE posts", params: [] };
    const q = sql`SELECT ${lookalike}`;
    expect(q.text).toBe("SELECT ?");
    expect(q.params).toEqual([lookalike]);
    expect(isSql(lookalike)).toBe(false);
    expect(isSql(q)).toBe(true);
  });

  it("run on SQLite as built", () => {
    const db = freshDb();
    const c = db.$client;
    c.prepare("INSERT INTO sources (id, synthetic) VALUES (?, 0), (?, 1)").run("a", "b");
    const synthetic = sql`synthetic = ${1}`;
    const q = sql`SELECT id FROM sources WHERE ${join([synthetic, sql`id IN (${"a"}, ${"b"})`], " AND ")}`;
    expect(
      c
        .prepare(q.text)
        .pluck()
        .all(...q.params),
    ).toEqual(["b"]);
  });
});
