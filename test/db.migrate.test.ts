import { describe, expect, it } from "vitest";
import { freshDb } from "./helpers/db";

describe("migrations", () => {
  it("create every table, including the full-text index, on a fresh database", () => {
    const db = freshDb();
    const names = db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
      .all()
      .map((r) => (r as { name: string }).name);
    expect(names).toEqual(
      expect.arrayContaining(["posts", "post_skills", "posts_fts", "classifications", "taxonomy_changes"]),
    );
  });
});
