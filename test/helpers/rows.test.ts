// The row factory: every import column present and empty unless given, labels only when given.
import { describe, expect, it } from "vitest";
import { POST_COLUMNS } from "../../src/posts/post.row";
import { postRow, postRows } from "./rows";

describe("postRow", () => {
  it("fills every column with an empty value, a source and a title, and lets overrides win", () => {
    const row = postRow({ id: "p1", category: "Translation", source: "hand" });
    expect(Object.keys(row)).toEqual([...POST_COLUMNS]);
    expect(row).toMatchObject({
      id: "p1",
      source: "hand",
      title: "Post p1",
      category: "Translation",
      skills: "",
    });
    expect(postRow({ id: "p2" }).source).toBe("test");
  });

  it("adds hand-label columns only when given", () => {
    expect(postRow({ id: "p1" })).not.toHaveProperty("ai");
    expect(postRow({ id: "p1", ai: "1" }).ai).toBe("1");
  });

  it("numbers rows from 0", () => {
    expect(postRows(3, (i) => ({ id: `r${i}` })).map((r) => r.id)).toEqual(["r0", "r1", "r2"]);
  });
});
