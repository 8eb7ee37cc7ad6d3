// CSV for BI tools, the pure part: cells, column names and kinds read from a query and the
// application's schema, nested lists unnested, measures pivoted, period labels kept as text,
// paging headers.
import { parse, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import {
  csvCell,
  csvLine,
  csvPagingHeaders,
  periodLabelText,
  snakeCase,
} from "../../src/analytics/export/csv";
import { exportedItems, tableRows } from "../../src/analytics/export/table-rows";
import { exportShape, type ExportShape } from "../../src/analytics/export/table-shape";
import { buildAppSchema } from "../../src/server/schema";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function shapeOf(query: string, variables: Record<string, unknown> = {}): ExportShape {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition");
  if (!op) throw new Error("no operation");
  const shape = exportShape(schema, doc, op, variables);
  if (!shape) throw new Error("no list");
  return shape;
}

function table(query: string, data: unknown, variables: Record<string, unknown> = {}) {
  const shape = shapeOf(query, variables);
  return {
    columns: shape.columns.map((c) => c.name),
    kinds: shape.columns.map((c) => c.kind),
    rows: [...tableRows(shape, exportedItems(shape, data))],
  };
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

describe("CSV names and period labels", () => {
  it("writes field and enum names in snake case", () => {
    expect(snakeCase("postedAt")).toBe("posted_at");
    expect(snakeCase("categoriesOver1Pct")).toBe("categories_over1_pct");
    expect(snakeCase("POST_COUNT")).toBe("post_count");
    expect(snakeCase("HIGH_VALUE_SHARE")).toBe("high_value_share");
    expect(snakeCase("share")).toBe("share");
    expect(snakeCase("__typename")).toBe("__typename");
  });

  it("writes calendar labels that a reader would type as a number or a date in the SDMX period format", () => {
    expect(periodLabelText("2023")).toBe("2023-A1");
    expect(periodLabelText("2023-01")).toBe("2023-M01");
    expect(periodLabelText("2023-Q1")).toBe("2023-Q1");
    expect(periodLabelText("2020-21")).toBe("2020-21");
    expect(periodLabelText("1")).toBe("P1");
    expect(periodLabelText("2024-01-01")).toBe("P2024-01-01");
    expect(periodLabelText("since 2024")).toBe("since 2024");
    expect(periodLabelText(null)).toBeNull();
  });
});

describe("CSV columns", () => {
  it("names nested fields by their path in snake case, in query order, with a kind each", () => {
    const t = table(
      `{ categoryShare(technology: "ai", periods: []) { category { id name technical } posts share categoryPosts } }`,
      {
        categoryShare: [],
      },
    );
    expect(t.columns).toEqual([
      "category_id",
      "category_name",
      "category_technical",
      "posts",
      "share",
      "category_posts",
    ]);
    expect(t.kinds).toEqual(["text", "text", "boolean", "integer", "decimal", "integer"]);
    expect(t.rows).toEqual([]);
  });

  it("gives every period the columns period_label, period_start and period_end", () => {
    const share = shapeOf(
      `{ categoryShare(technology: "ai", periods: []) { period periodFrom periodTo posts } }`,
    );
    expect(share.columns).toEqual([
      { name: "period_label", kind: "period_label" },
      { name: "period_start", kind: "date" },
      { name: "period_end", kind: "date" },
      { name: "posts", kind: "integer" },
    ]);
    const trend = shapeOf(
      `{ trend(granularity: YEAR, from: "2020-01-01", to: "2021-01-01") { period from to posts } }`,
    );
    expect(trend.columns.map((c) => c.name)).toEqual(["period_label", "period_start", "period_end", "posts"]);
  });

  it("writes round values of a Float field with a decimal point, so the column stays decimal", () => {
    const t = table(
      `{ highValueShare(technology: "ai", period: { label: "x", from: "2020-01-01", to: "2021-01-01" }) { posts share } }`,
      {
        highValueShare: [
          { posts: 4, share: 1 },
          { posts: 0, share: null },
          { posts: 3, share: 0.25 },
        ],
      },
    );
    expect(t.kinds).toEqual(["integer", "decimal"]);
    expect(t.rows).toEqual([
      [4, "1.0"],
      [0, null],
      [3, 0.25],
    ]);
  });

  it("uses aliases as column names and spreads fragments in place", () => {
    const t = table(
      `query { list: categoryShare(technology: "ai", periods: []) { when: period ...C } }
       fragment C on CategoryShare { category { name } share }`,
      { list: [{ when: "2023", category: { name: "Legal" }, share: 0.5 }] },
    );
    expect(t.columns).toEqual(["when", "category_name", "share"]);
    // An aliased period label is still a period label.
    expect(t.rows).toEqual([["2023-A1", "Legal", 0.5]]);
  });

  it("keeps the same columns when a nested object is null in some rows", () => {
    const t = table(
      `{ categoryShare(technology: "ai", periods: []) { period category { id name } posts } }`,
      {
        categoryShare: [
          { period: "2020-21", category: null, posts: 3 },
          { period: "2020-21", category: { id: "legal", name: "Legal" }, posts: 1 },
        ],
      },
    );
    expect(t.columns).toEqual(["period_label", "category_id", "category_name", "posts"]);
    expect(t.rows).toEqual([
      ["2020-21", null, null, 3],
      ["2020-21", "legal", "Legal", 1],
    ]);
  });
});

describe("nested lists", () => {
  it("give one row per leaf with the parent's columns repeated", () => {
    const t = table(
      `{ concentration(technologies: ["ai"], period: { label: "x", from: "2020-01-01", to: "2021-01-01" }) { technology { id } posts topCategories { id name } } }`,
      {
        concentration: [
          {
            technology: { id: "ai" },
            posts: 10,
            topCategories: [
              { id: "ds", name: "Data Science & Analytics" },
              { id: "wmsd", name: "Web, Mobile & Software Dev" },
            ],
          },
          { technology: { id: "rpa" }, posts: 0, topCategories: [] },
        ],
      },
    );
    expect(t.columns).toEqual(["technology_id", "posts", "top_categories_id", "top_categories_name"]);
    expect(t.rows).toEqual([
      ["ai", 10, "ds", "Data Science & Analytics"],
      ["ai", 10, "wmsd", "Web, Mobile & Software Dev"],
      // An item whose list is empty keeps one row.
      ["rpa", 0, null, null],
    ]);
  });

  it("unnest lists of lists down to the leaves", () => {
    const t = table(`{ buckets { id skills { id aliases { alias } } } }`, {
      buckets: [
        {
          id: "nlp",
          skills: [
            { id: "sentiment", aliases: [{ alias: "sentiment analysis" }, { alias: "opinion mining" }] },
            { id: "summaries", aliases: [] },
          ],
        },
        { id: "empty", skills: [] },
      ],
    });
    expect(t.columns).toEqual(["id", "skills_id", "skills_aliases_alias"]);
    expect(t.rows).toEqual([
      ["nlp", "sentiment", "sentiment analysis"],
      ["nlp", "sentiment", "opinion mining"],
      ["nlp", "summaries", null],
      ["empty", null, null],
    ]);
  });

  it("unnest lists of scalars one value per row, in a column named after the list", () => {
    const t = table(`{ categories { id subcategories } }`, {
      categories: [
        { id: "legal", subcategories: ["Contract Law", "Patent Law"] },
        { id: "writing", subcategories: [] },
      ],
    });
    expect(t.columns).toEqual(["id", "subcategories"]);
    expect(t.rows).toEqual([
      ["legal", "Contract Law"],
      ["legal", "Patent Law"],
      ["writing", null],
    ]);
  });

  it("stack sibling lists (each row one leaf of one list) instead of multiplying them", () => {
    const t = table(
      `{ posts { edges { node { id skills { tag } technologies { technology { id } label } } } } }`,
      {
        posts: {
          edges: [
            {
              node: {
                id: "s:1",
                skills: [{ tag: "python" }, { tag: "sql" }],
                technologies: [{ technology: { id: "ai" }, label: true }],
              },
            },
          ],
        },
      },
    );
    expect(t.columns).toEqual(["id", "skills_tag", "technologies_technology_id", "technologies_label"]);
    expect(t.rows).toEqual([
      ["s:1", "python", null, null],
      ["s:1", "sql", null, null],
      ["s:1", null, "ai", true],
    ]);
  });
});

describe("analytics(query)", () => {
  const QUERY = `query A($q: AnalyticsQuery!) { analytics(query: $q) { totalRows rows { period { label from to } keys { dimension value label } measures { measure value } } } }`;
  const variables = {
    q: { measures: ["POST_COUNT", "PENETRATION"], dimensions: ["CATEGORY"], technology: "ai" },
  };

  it("has one column per dimension and one numeric column per measure, named in snake case", () => {
    const shape = shapeOf(QUERY, variables);
    expect(shape.columns).toEqual([
      { name: "period_label", kind: "period_label" },
      { name: "period_start", kind: "date" },
      { name: "period_end", kind: "date" },
      { name: "category", kind: "text" },
      { name: "category_label", kind: "text" },
      { name: "post_count", kind: "integer" },
      { name: "penetration", kind: "decimal" },
    ]);
  });

  it("puts each measure's value in its column, by name, also when a row misses one", () => {
    const t = table(
      QUERY,
      {
        analytics: {
          totalRows: 2,
          rows: [
            {
              period: { label: "2023", from: "2023-01-01", to: "2024-01-01" },
              keys: [{ dimension: "CATEGORY", value: "legal", label: "Legal" }],
              measures: [
                { measure: "POST_COUNT", value: 10 },
                { measure: "PENETRATION", value: 0.02 },
              ],
            },
            {
              period: { label: "2024", from: "2024-01-01", to: "2024-07-01" },
              keys: [{ dimension: "CATEGORY", value: null, label: "(none)" }],
              measures: [{ measure: "PENETRATION", value: null }],
            },
          ],
        },
      },
      variables,
    );
    expect(t.rows).toEqual([
      ["2023-A1", "2023-01-01", "2024-01-01", "legal", "Legal", 10, 0.02],
      ["2024-A1", "2024-01-01", "2024-07-01", null, "(none)", null, null],
    ]);
  });

  it("keeps the header when no row comes back, and places values by position when names are not selected", () => {
    const q = `{ analytics(query: { measures: [SHARE_OF_TOTAL, POST_COUNT], dimensions: [CONTRACT_TYPE, COUNTRY] }) { rows { keys { value } measures { value } } } }`;
    expect(table(q, { analytics: { rows: [] } }).columns).toEqual([
      "contract_type",
      "country",
      "share_of_total",
      "post_count",
    ]);
    const t = table(q, {
      analytics: {
        rows: [{ keys: [{ value: "fixed" }, { value: "DE" }], measures: [{ value: 0.5 }, { value: 3 }] }],
      },
    });
    expect(t.rows).toEqual([["fixed", "DE", 0.5, 3]]);
  });
});

describe("paging", () => {
  it("knows the connection behind a list of edges, and that it takes after", () => {
    const shape = shapeOf(`{ posts(first: 2) { totalCount edges { node { id } } } }`);
    expect(shape.edgesToNodes).toBe(true);
    expect(shape.connection).toMatchObject({ path: ["posts"], takesAfter: true });
    expect(shapeOf(`{ categories { id } }`).connection).toBeNull();
  });

  it("links the next page with the same URL and after set, and gives the cursor alone for a POST", () => {
    const headers = csvPagingHeaders("abc=", "/export.csv?query=%7B+posts+%7D&after=old&bom=1");
    expect(headers["X-Next-Cursor"]).toBe("abc=");
    expect(headers.Link).toBe('</export.csv?query=%7B+posts+%7D&after=abc%3D&bom=1>; rel="next"');
    expect(csvPagingHeaders("abc=", null)).toEqual({ "X-Next-Cursor": "abc=" });
    expect(csvPagingHeaders(null, "/export.csv?query=x")).toEqual({});
  });
});
