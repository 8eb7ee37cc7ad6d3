// PostColumns' day order and the columns copied into it, which the engine's scans of periods
// read (the engine's both-ways tests check the answers; this checks the copies themselves).
import { describe, expect, it } from "vitest";
import { PostColumns } from "../../src/analytics/analytics.snapshot";

/** [post_id, day, category, subcategory, value, contract_type, country, experience_level, source] */
function post(id: number, day: number | null, category: string, value: number | null): unknown[] {
  return [id, day, category, null, value, "HOURLY", null, null, "test"];
}

function columnsOf(posts: unknown[][]): PostColumns {
  const columns = new PostColumns();
  for (const p of posts) columns.setFacts(p);
  columns.changed();
  return columns;
}

describe("PostColumns.inDayOrder", () => {
  it("copies a column in the day order: live, dated posts only, each at its position", () => {
    const columns = columnsOf([
      post(1, 30, "a", 100),
      post(2, 10, "b", null),
      post(3, null, "a", 300),
      post(4, 20, "c", 400),
      post(5, 10, "a", 500),
    ]);
    columns.drop(4);
    columns.changed();
    const rows = [...columns.dayOrder()!.rows];
    expect(rows).toEqual([2, 5, 1]);
    expect([...columns.inDayOrder(columns.value)]).toEqual([NaN, 500, 100]);
    const category = columns.inDayOrder(columns.category);
    expect([...category].map((c) => columns.dict.category.values[c])).toEqual(["b", "a", "a"]);
  });

  it("keeps a copy until the columns change, then copies them again", () => {
    const columns = columnsOf([post(1, 5, "a", 1), post(2, 3, "a", 2)]);
    const first = columns.inDayOrder(columns.value);
    expect(columns.inDayOrder(columns.value)).toBe(first);
    columns.setFacts(post(3, 4, "a", 3));
    columns.setFacts(post(1, 1, "a", 9));
    columns.changed();
    const second = columns.inDayOrder(columns.value);
    expect(second).not.toBe(first);
    expect([...second]).toEqual([9, 2, 3]);
  });

  it("refuses an array that is not one of its columns", () => {
    const columns = columnsOf([post(1, 5, "a", 1)]);
    expect(() => columns.inDayOrder(new Int32Array(columns.size))).toThrow(/own columns/);
  });
});
