// The rewrites that let the project's SQLite-dialect SQL run on PostgreSQL (src/db/pg/translate.ts):
// each rule, and what must be left alone (string literals, casts, statements that need none); and
// how arguments become parameters: better-sqlite3's positional arrays still spread over the
// placeholders, and a placeholder cast to an array type takes an array whole.
import { describe, expect, it } from "vitest";
import { bindParams, translate } from "../../src/db/pg/translate";

const IDENTITY = new Map([["posts", "id"]]);

describe("translate", () => {
  it("numbers ? parameters, skipping string literals, quoted names, comments and :: casts", () => {
    const t = translate(`SELECT '?', "a?" , x::text -- what?
      FROM t WHERE a = ? AND b = ?`);
    expect(t.text).toBe(`SELECT '?', "a?" , x::text 
      FROM t WHERE a = $1 AND b = $2`);
    expect(bindParams(t, [1, "b"])).toEqual([1, "b"]);
  });

  it("numbers named parameters once each and reads them from an object", () => {
    const t = translate(
      "UPDATE posts SET title = @title, updated_at = @now, created_at = @now WHERE id = @id",
    );
    expect(t.text).toBe("UPDATE posts SET title = $1, updated_at = $2, created_at = $2 WHERE id = $3");
    expect(bindParams(t, [{ id: 7, title: "x", now: "2024" }])).toEqual(["x", "2024", 7]);
    expect(() => bindParams(t, [{ id: 7 }])).toThrow(/title/);
  });

  it("turns a JSON list parameter into an array compared with ANY / ALL", () => {
    const t = translate(
      "SELECT id FROM posts WHERE id IN (SELECT value FROM json_each(?)) AND source NOT IN (SELECT value FROM json_each(?))",
    );
    expect(t.text).toBe("SELECT id FROM posts WHERE id = ANY($1) AND source <> ALL($2)");
    expect(bindParams(t, ["[1,2]", '["a"]'])).toEqual([[1, 2], ["a"]]);
  });

  it("reads other json_each tables through json_each_array", () => {
    expect(translate("SELECT key, value FROM json_each(?)").text).toBe(
      "SELECT key, value FROM json_each_array($1)",
    );
  });

  it("matches the posts' tsvector where SQLite matches its FTS5 table, and the rowids become ids", () => {
    expect(
      translate(
        "INSERT INTO phrase_hits (phrase, post_id) SELECT ?, rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid > ? ON CONFLICT DO NOTHING",
      ).text,
    ).toBe(
      "INSERT INTO phrase_hits (phrase, post_id) SELECT $1, id FROM posts WHERE fts @@ fts5_match($2) AND id > $3 ON CONFLICT DO NOTHING",
    );
  });

  it("drops SQLite's join-order CROSS JOIN ... ON to a plain JOIN, and keeps a real CROSS JOIN", () => {
    expect(
      translate("SELECT 1 FROM a sc CROSS JOIN phrase_hits ph ON ph.post_id = sc.post_id CROSS JOIN b").text,
    ).toBe("SELECT 1 FROM a sc JOIN phrase_hits ph ON ph.post_id = sc.post_id CROSS JOIN b");
  });

  it("quotes mixed-case aliases wherever they are named, not inside strings", () => {
    expect(
      translate("SELECT technology_id AS technologyId FROM t WHERE x = 'technologyId' ORDER BY technologyId")
        .text,
    ).toBe(`SELECT technology_id AS "technologyId" FROM t WHERE x = 'technologyId' ORDER BY "technologyId"`);
  });

  it("returns the key of inserts into tables with an identity key, once", () => {
    expect(translate("INSERT INTO posts (title) VALUES (?)", IDENTITY).text).toBe(
      "INSERT INTO posts (title) VALUES ($1) RETURNING id",
    );
    expect(translate("INSERT INTO posts (title) VALUES (?) RETURNING id", IDENTITY).text).toBe(
      "INSERT INTO posts (title) VALUES ($1) RETURNING id",
    );
    expect(translate("INSERT INTO labels (post_id) VALUES (?)", IDENTITY).text).toBe(
      "INSERT INTO labels (post_id) VALUES ($1)",
    );
  });

  it("casts to double precision where SQLite casts to REAL (8 bytes on both)", () => {
    expect(translate("SELECT CAST(n AS REAL) / d FROM t").text).toBe(
      "SELECT CAST(n AS double precision) / d FROM t",
    );
  });

  it("makes BEGIN IMMEDIATE a plain BEGIN (the client takes the write lock)", () => {
    expect(translate("BEGIN IMMEDIATE").text).toBe("BEGIN");
  });

  it("sends booleans as 0/1, as better-sqlite3 stores them", () => {
    expect(bindParams(translate("SELECT ?"), [true])).toEqual([1]);
  });
});

describe("binding arguments to a translated statement", () => {
  it("spreads an array argument over the placeholders, as better-sqlite3 does", () => {
    const t = translate("SELECT * FROM posts WHERE source = ? AND external_id = ? AND id > ?");
    expect(t.text).toBe("SELECT * FROM posts WHERE source = $1 AND external_id = $2 AND id > $3");
    expect(bindParams(t, ["a", "b", 3])).toEqual(["a", "b", 3]);
    expect(bindParams(t, [["a", "b", 3]])).toEqual(["a", "b", 3]);
    expect(bindParams(t, [["a", "b"], 3])).toEqual(["a", "b", 3]);
    expect(bindParams(t, ["a", [], ["b"], 3])).toEqual(["a", "b", 3]);
  });

  it("gives a placeholder cast to an array type the array argument whole", () => {
    const t = translate(
      "SELECT id FROM posts WHERE (source, external_id) IN (SELECT * FROM unnest(?::text[], ? :: text [])) AND id > ?",
    );
    expect(t.text).toBe(
      "SELECT id FROM posts WHERE (source, external_id) IN (SELECT * FROM unnest($1::text[], $2 :: text [])) AND id > $3",
    );
    expect(bindParams(t, [["s1", "s2"], ["e1", "e2"], 7])).toEqual([["s1", "s2"], ["e1", "e2"], 7]);
    // One element, or none, is still an array: a chunk of one post is no special case.
    expect(bindParams(t, [["s1"], ["e1"], 7])).toEqual([["s1"], ["e1"], 7]);
    expect(bindParams(t, [[], [], 7])).toEqual([[], [], 7]);
  });

  it("reads multi-word array types and mixes arrays with spread arguments", () => {
    const t = translate("SELECT * FROM unnest(?::integer[], ?::double precision[]) WHERE ? = ?");
    expect(
      bindParams(t, [
        [1, 2],
        [0.5, null],
        ["x", "y"],
      ]),
    ).toEqual([[1, 2], [0.5, null], "x", "y"]);
    expect(bindParams(t, [[1], [2], "x", "y"])).toEqual([[1], [2], "x", "y"]);
  });

  it("keeps a placeholder cast to a scalar type a scalar", () => {
    const t = translate("SELECT ?::text AS a, ?::integer AS b");
    expect(bindParams(t, [["x", 1]])).toEqual(["x", 1]);
  });

  it("still parses a JSON list given for json_each, and takes named arrays whole", () => {
    const t = translate("SELECT id FROM posts WHERE id IN (SELECT value FROM json_each(?)) AND source = ?");
    expect(t.text).toBe("SELECT id FROM posts WHERE id = ANY($1) AND source = $2");
    expect(bindParams(t, ["[1,2]", "s"])).toEqual([[1, 2], "s"]);
    expect(bindParams(t, [["[1,2]", "s"]])).toEqual([[1, 2], "s"]);
    const named = translate("SELECT * FROM unnest(@ids::integer[]) WHERE @x = 1");
    expect(bindParams(named, [{ ids: [1, 2], x: 1 }])).toEqual([[1, 2], 1]);
  });

  it("refuses a missing argument", () => {
    const t = translate("SELECT * FROM unnest(?::text[]) WHERE ? = 1");
    expect(() => bindParams(t, [["a"]])).toThrow(RangeError);
  });
});
