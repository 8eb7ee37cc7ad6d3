import { describe, expect, it } from "vitest";
import { freshDb, TEST_DATABASE_URL } from "./helpers/db";

const TABLES = ["posts", "post_skills", "classifications", "taxonomy_changes"];

describe("migrations", () => {
  it("create every table, including the full-text index, on a fresh database", () => {
    const db = freshDb();
    const list = (sql: string) =>
      db.$client
        .prepare(sql)
        .all()
        .map((r) => (r as { name: string }).name);
    if (TEST_DATABASE_URL) {
      expect(
        list("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"),
      ).toEqual(expect.arrayContaining(TABLES));
      // PostgreSQL's full-text index is a GIN index over posts.fts.
      expect(list("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'posts'")).toContain(
        "posts_fts_gin",
      );
    } else {
      expect(list("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")).toEqual(
        expect.arrayContaining([...TABLES, "posts_fts"]),
      );
    }
  });
});
