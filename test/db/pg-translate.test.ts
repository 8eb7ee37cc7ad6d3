// The rewrites that let the project's SQLite-dialect SQL run on PostgreSQL (src/db/pg/translate.ts):
// each rule, and what must be left alone (string literals, casts, statements that need none).
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

  it("makes BEGIN IMMEDIATE a plain BEGIN (the client takes the write lock)", () => {
    expect(translate("BEGIN IMMEDIATE").text).toBe("BEGIN");
  });

  it("sends booleans as 0/1, as better-sqlite3 stores them", () => {
    expect(bindParams(translate("SELECT ?"), [true])).toEqual([1]);
  });
});
