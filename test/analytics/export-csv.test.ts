// CSV for BI tools, the pure part: cells, column names, the first list of a result.
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import {
  cellOf,
  columnsOf,
  csvCell,
  csvLine,
  findFirstList,
  growTreeFromValue,
  treeOfSelection,
} from "../../src/analytics/export/csv";

function columnsFor(query: string, items: unknown[] = []) {
  const doc = parse(query);
  const op = doc.definitions[0];
  if (op?.kind !== "OperationDefinition") throw new Error("no operation");
  const list = op.selectionSet.selections[0];
  if (list?.kind !== "Field") throw new Error("no field");
  const tree = treeOfSelection(list.selectionSet, new Map());
  for (const item of items) growTreeFromValue(tree, item);
  return columnsOf(tree);
}

describe("CSV cells", () => {
  it("quotes cells with commas, quotes and line breaks as RFC 4180 says, and leaves others bare", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("cr\r\nlf")).toBe('"cr\r\nlf"');
    expect(csvCell("")).toBe("");
    expect(csvCell(null)).toBe("");
    expect(csvLine(["a", 1, null, true])).toBe("a,1,,true\r\n");
  });

  it("neutralises text that a spreadsheet would run as a formula, but keeps numbers as numbers", () => {
    expect(csvCell("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvCell("+cmd")).toBe("'+cmd");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@import")).toBe("'@import");
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell(-0.5)).toBe("-0.5");
    expect(csvCell("-0.5")).toBe("-0.5");
    expect(csvCell("+12")).toBe("+12");
    expect(csvCell("-1e-3")).toBe("-1e-3");
    expect(csvCell("a=b")).toBe("a=b");
  });

  it("writes non-ASCII text unchanged (the response is UTF-8)", () => {
    expect(csvCell("Übersetzung – 翻訳")).toBe("Übersetzung – 翻訳");
  });
});

describe("CSV columns", () => {
  it("names nested fields by their path joined with underscores, in query order", () => {
    const cols = columnsFor(`{ categoryShare { period category { id name technical } posts share } }`);
    expect(cols.map((c) => c.name)).toEqual([
      "period",
      "category_id",
      "category_name",
      "category_technical",
      "posts",
      "share",
    ]);
  });

  it("uses aliases as column names and spreads fragments in place", () => {
    const doc = parse(`
      query { list: categoryShare { when: period ...C } }
      fragment C on CategoryShare { category { name } share }
    `);
    const op = doc.definitions[0];
    const frag = doc.definitions[1];
    if (op?.kind !== "OperationDefinition" || frag?.kind !== "FragmentDefinition") throw new Error("bad doc");
    const field = op.selectionSet.selections[0];
    if (field?.kind !== "Field") throw new Error("bad doc");
    const tree = treeOfSelection(field.selectionSet, new Map([["C", frag]]));
    expect(columnsOf(tree).map((c) => c.name)).toEqual(["when", "category_name", "share"]);
  });

  it("keeps the same columns when a nested object is null in some rows", () => {
    const items = [
      { period: "2020-21", category: null, posts: 3 },
      { period: "2020-21", category: { id: "legal", name: "Legal" }, posts: 1 },
    ];
    const cols = columnsFor(`{ x { period category { id name } posts } }`, items);
    expect(cols.map((c) => c.name)).toEqual(["period", "category_id", "category_name", "posts"]);
    expect(cols.map((c) => cellOf(items[0], c))).toEqual(["2020-21", null, null, 3]);
    expect(cols.map((c) => cellOf(items[1], c))).toEqual(["2020-21", "legal", "Legal", 1]);
  });

  it("joins the values of nested lists with semicolons, one column per field of the list's items", () => {
    const item = {
      technology: { id: "ai" },
      topCategories: [
        { id: "ds", name: "Data Science & Analytics" },
        { id: "wmsd", name: "Web, Mobile & Software Dev" },
      ],
      tags: ["python", "sql"],
    };
    const cols = columnsFor(`{ x { technology { id } topCategories { id name } tags } }`, [item]);
    expect(cols.map((c) => c.name)).toEqual([
      "technology_id",
      "topCategories_id",
      "topCategories_name",
      "tags",
    ]);
    expect(cols.map((c) => cellOf(item, c))).toEqual([
      "ai",
      "ds;wmsd",
      "Data Science & Analytics;Web, Mobile & Software Dev",
      "python;sql",
    ]);
  });
});

describe("the first list of a result", () => {
  it("is found depth-first in field order", () => {
    const data = { a: { total: 3, inner: { rows: [1, 2] } }, b: [9] };
    expect(findFirstList(data)).toMatchObject({ path: ["a", "inner", "rows"], items: [1, 2] });
  });

  it("is the nodes of a connection's edges", () => {
    const data = {
      posts: {
        totalCount: 2,
        edges: [
          { cursor: "x", node: { id: "1" } },
          { cursor: "y", node: { id: "2" } },
        ],
      },
    };
    expect(findFirstList(data)).toEqual({
      path: ["posts", "edges"],
      edgesToNodes: true,
      items: [{ id: "1" }, { id: "2" }],
    });
  });

  it("is absent when the result holds no list", () => {
    expect(findFirstList({ post: { id: "1", title: "x" } })).toBeNull();
  });
});
