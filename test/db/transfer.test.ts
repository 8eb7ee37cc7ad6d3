// The pure parts of the SQLite-to-PostgreSQL copy: rows written as COPY's text format reads
// them, the checksum both sides compute, and the plan (which tables and columns, in which order).
import { describe, expect, it } from "vitest";
import { copyField, copyLine, type ColumnKind } from "../../src/db/transfer/copy-text";
import { canonicalValue, RowDigest } from "../../src/db/transfer/row-digest";
import { planTransfer, SchemaMismatchError } from "../../src/db/transfer/transfer.plan";
import type { PgColumn, PgTable } from "../../src/db/transfer/transfer.repository";

const digest = (kinds: ColumnKind[], rows: unknown[][]) => {
  const d = new RowDigest(kinds);
  for (const r of rows) d.add(r);
  return d.hex();
};

describe("copyLine", () => {
  it("escapes what COPY's text format reads specially and writes NULL as \\N, apart from ''", () => {
    expect(copyLine(["a\tb", "line\nnext\r\n", "back\\slash \\N", null, ""], Array(5).fill("text"))).toBe(
      "a\\tb\tline\\nnext\\r\\n\tback\\\\slash \\\\N\t\\N\t\n",
    );
  });

  it("writes numbers in their shortest round-trip form, BigInts whole", () => {
    expect(copyLine([0.1, 1e300, -0.5, Infinity, 9007199254740993n], Array(5).fill("float"))).toBe(
      "0.1\t1e+300\t-0.5\tInfinity\t9007199254740993\n",
    );
  });

  it("writes a blob bound for a text column as its UTF-8 text, and bytes bound for bytea as hex", () => {
    expect(copyField(Buffer.from('{"a":"é\t"}', "utf8"), "text")).toBe('{"a":"é\\t"}');
    expect(copyField(Buffer.from([0, 255, 10]), "bytea")).toBe("\\\\x00ff0a");
    expect(copyField("é", "bytea")).toBe("\\\\xc3a9");
  });
});

describe("the row checksum", () => {
  it("reads a number the same whichever driver gave it (1, 1.0, 1n), and text exactly", () => {
    expect(canonicalValue(1, "integer")).toBe(canonicalValue(1n, "integer"));
    expect(canonicalValue(1.0, "float")).toBe(canonicalValue(1n, "float"));
    expect(canonicalValue(2 ** 60, "float")).toBe(canonicalValue(2n ** 60n, "integer"));
    expect(canonicalValue("1", "text")).not.toBe(canonicalValue(1, "integer"));
    expect(canonicalValue("", "text")).not.toBe(canonicalValue(null, "text"));
    expect(canonicalValue(Buffer.from("é"), "text")).toBe(canonicalValue("é", "text"));
  });

  it("tells rows apart whose values only move across a column boundary, and rows in another order", () => {
    const kinds: ColumnKind[] = ["text", "text"];
    expect(digest(kinds, [["ab", "c"]])).not.toBe(digest(kinds, [["a", "bc"]]));
    expect(
      digest(kinds, [
        ["a", "b"],
        ["c", "d"],
      ]),
    ).not.toBe(
      digest(kinds, [
        ["c", "d"],
        ["a", "b"],
      ]),
    );
    expect(
      digest(kinds, [
        ["a", "b"],
        ["c", "d"],
      ]),
    ).toBe(
      digest(kinds, [
        ["a", "b"],
        ["c", "d"],
      ]),
    );
  });
});

const col = (name: string, kind: ColumnKind = "text", more: Partial<PgColumn> = {}): PgColumn => ({
  name,
  kind,
  filledByServer: false,
  identity: false,
  ...more,
});

const TARGET: PgTable[] = [
  {
    name: "post_skills",
    columns: [
      col("post_id", "integer"),
      col("tag"),
      col("rowid", "integer", { filledByServer: true, identity: true }),
    ],
    primaryKey: ["post_id", "tag"],
    parents: ["posts"],
  },
  {
    name: "posts",
    columns: [
      col("id", "integer", { identity: true }),
      col("title"),
      col("fts", "other", { filledByServer: true }),
      col("category_id"),
    ],
    primaryKey: ["id"],
    parents: ["categories"],
  },
  { name: "categories", columns: [col("id"), col("name")], primaryKey: ["id"], parents: [] },
];

const SOURCE = new Map([
  ["post_skills", ["post_id", "tag"]],
  ["posts", ["id", "title", "category_id"]],
  ["categories", ["id", "name"]],
]);

describe("planTransfer", () => {
  it("copies parents first, by column name, leaving the columns PostgreSQL fills to it", () => {
    const plans = planTransfer(TARGET, SOURCE);
    expect(plans.map((p) => p.name)).toEqual(["categories", "posts", "post_skills"]);
    expect(plans[1]!.copyStatement).toBe('COPY "posts" ("id", "title", "category_id") FROM STDIN');
    expect(plans[1]!.identityColumns).toEqual(["id"]);
  });

  it("reads both sides in key order, text keys in byte order, and post_skills in SQLite's rowid order", () => {
    const [categories, , postSkills] = planTransfer(TARGET, SOURCE);
    expect(categories!.sqliteSelect).toBe('SELECT "id", "name" FROM "categories" ORDER BY "id"');
    expect(categories!.pgSelect).toBe(
      'SELECT "id", "name" FROM "categories" ORDER BY "id" COLLATE "C" NULLS FIRST',
    );
    expect(postSkills!.sqliteSelect).toBe('SELECT "post_id", "tag" FROM "post_skills" ORDER BY rowid');
    expect(postSkills!.pgSelect).toBe('SELECT "post_id", "tag" FROM "post_skills" ORDER BY rowid');
  });

  it("refuses a source that lacks a table or column of the target, or has one the target lacks", () => {
    const older = new Map(SOURCE);
    older.set("posts", ["id", "title"]);
    older.delete("categories");
    older.set("legacy", ["x"]);
    expect(() => planTransfer(TARGET, older)).toThrow(SchemaMismatchError);
    expect(() => planTransfer(TARGET, older)).toThrow(
      "tables PostgreSQL does not have: legacy (their rows would be lost); no table categories; no column posts.category_id",
    );
  });
});
