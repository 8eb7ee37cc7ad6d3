// GET /export.csv through the real HTTP app: a posts connection and a plain list as CSV, the
// headers a BI tool needs, errors as JSON with a status, and the same auth rules as /graphql.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { parse as parseCsv } from "csv-parse/sync";
import { parse, print, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { exportShape, type ColumnKind } from "../../src/analytics/export/table-shape";
import { createApiKey } from "../../src/server/api-key.service";
import { buildAppSchema } from "../../src/server/schema";
import { graphql } from "../gql";
import type { AnalyticsQuery } from "../gql/graphql";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { FIXTURE_SERVICES, fixtureDb, fixtureRows } from "./report.fixture";

function exportUrl(
  base: string,
  query: string,
  variables?: unknown,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ query, ...extra });
  if (variables !== undefined) params.set("variables", JSON.stringify(variables));
  return `${base}/export.csv?${params.toString()}`;
}

const ExportPosts = graphql(`
  query ExportPosts($filter: PostFilter, $first: Int) {
    posts(filter: $filter, first: $first) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          postedAt
          projectedValue
          category {
            name
            technical
          }
          skills {
            tag
          }
        }
      }
    }
  }
`);
/** The same operation as text, for the export URL and form bodies. */
const POSTS_QUERY = print(ExportPosts);

const ExportCategoryShare = graphql(`
  query ExportCategoryShare($periods: [PeriodInput!]!) {
    categoryShare(technology: "ai", periods: $periods) {
      period
      category {
        id
        name
      }
      posts
      share
    }
  }
`);

describe("GET /export.csv", () => {
  let db: Db;
  let server: TestServer;
  beforeAll(async () => {
    const rows = fixtureRows(120);
    rows.push({
      ...rows[0]!,
      id: "tricky",
      title: '=HYPERLINK("http://evil.example","click")',
      description: 'Müller, "quoted"\nsecond line',
      skills: "Chatbot Development;Model Deployment",
    });
    db = await fixtureDb(rows);
    server = await startTestServer(db, {
      services: FIXTURE_SERVICES,
    });
  });
  afterAll(() => server.close());

  it("exports the nodes of a posts connection as UTF-8 CSV with flat column names and a header row", async () => {
    const res = await fetch(exportUrl(server.url, POSTS_QUERY, { first: 200 }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="posts.csv"');
    const text = await res.text();
    const records = parseCsv(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([
      "id",
      "title",
      "posted_at",
      "projected_value",
      "category_name",
      "category_technical",
      "skills_tag",
    ]);
    const ids = new Set(records.map((r) => r.id));
    expect(ids.size).toBe(121);
    // One row per skill of a post, the post's columns repeated.
    const tricky = records.filter((r) => r.id === "fixture:tricky");
    expect(tricky.map((r) => r.title)).toEqual([
      `'=HYPERLINK("http://evil.example","click")`,
      `'=HYPERLINK("http://evil.example","click")`,
    ]);
    expect(tricky.map((r) => r.skills_tag).sort()).toEqual(["chatbot development", "model deployment"]);
  });

  it("exports the same rows as the GraphQL answer, in the same order", async () => {
    const gql = await server.gql(ExportPosts, { first: 50 });
    const res = await fetch(exportUrl(server.url, POSTS_QUERY, { first: 50 }));
    const records = parseCsv(await res.text(), { columns: true }) as Record<string, string>[];
    const expected = gql.data!.posts.edges.flatMap((e) =>
      (e.node.skills.length > 0 ? e.node.skills : [null]).map((s) => ({
        id: e.node.id,
        value: e.node.projectedValue,
        tag: s?.tag ?? "",
      })),
    );
    expect(
      records.map((r) => ({
        id: r.id,
        value: r.projected_value === "" ? null : Number(r.projected_value),
        tag: r.skills_tag,
      })),
    ).toEqual(expected);
  });

  it("exports a plain list field, one row per item", async () => {
    const res = await fetch(exportUrl(server.url, "{ categories { id name technical } }"));
    expect(res.status).toBe(200);
    const lines = (await res.text()).split("\r\n").filter((l) => l !== "");
    expect(lines[0]).toBe("id,name,technical");
    expect(lines).toHaveLength(13);
    expect(lines).toContain('web-mobile-software-dev,"Web, Mobile & Software Dev",true');
  });

  it("exports an analytics answer with stable flat names and the numbers of the GraphQL answer", async () => {
    const query = print(ExportCategoryShare);
    const variables = { periods: [{ label: "2022-23", from: "2022-01-01", to: "2024-01-01" }] };
    const res = await fetch(exportUrl(server.url, query, variables));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="categoryShare.csv"');
    const records = parseCsv(await res.text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(records[0]!)).toEqual([
      "period_label",
      "category_id",
      "category_name",
      "posts",
      "share",
    ]);
    const gql = await server.gql(ExportCategoryShare, variables);
    expect(records.map((r) => Number(r.posts))).toEqual(gql.data!.categoryShare.map((r) => r.posts));
    expect(records.map((r) => (r.share === "" ? null : Number(r.share)))).toEqual(
      gql.data!.categoryShare.map((r) => r.share),
    );
  });

  it("adds a byte order mark for Excel when asked with bom=1", async () => {
    const res = await fetch(exportUrl(server.url, "{ categories { id } }", undefined, { bom: "1" }));
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("answers 400 with the GraphQL error as JSON when the query is not valid", async () => {
    const res = await fetch(exportUrl(server.url, "{ categories { nope } }"));
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expectUserError((await res.json()) as ErrorsBody, { code: "GRAPHQL_VALIDATION_FAILED", message: /nope/ });
  });

  it("answers 400 BAD_USER_INPUT when a variable has the wrong type", async () => {
    const res = await fetch(exportUrl(server.url, POSTS_QUERY, { first: "many" }));
    expect(res.status).toBe(400);
    expectUserError((await res.json()) as ErrorsBody, { code: "BAD_USER_INPUT" });
  });

  it("answers 400 with a clear message when the result holds no list", async () => {
    const res = await fetch(exportUrl(server.url, "{ __typename }"));
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/no list/);
  });

  it("refuses mutations: a GET never writes", async () => {
    const before = db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number };
    const res = await fetch(
      exportUrl(server.url, 'mutation { importPosts(rows: [{ id: "x", source: "s", title: "t" }]) { id } }'),
    );
    expect(res.status).toBe(405);
    const after = db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number };
    expect(after.n).toBe(before.n);
  });

  it("takes the same fields by POST, as JSON or as a form, for queries too long for a URL", async () => {
    const viaGet = await (await fetch(exportUrl(server.url, POSTS_QUERY, { first: 50 }))).text();
    const json = await fetch(`${server.url}/export.csv`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: POSTS_QUERY, variables: { first: 50 } }),
    });
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(await json.text()).toBe(viaGet);
    const form = await fetch(`${server.url}/export.csv`, {
      method: "POST",
      body: new URLSearchParams({ query: POSTS_QUERY, variables: JSON.stringify({ first: 50 }) }),
    });
    expect(await form.text()).toBe(viaGet);
    const mutation = await fetch(`${server.url}/export.csv`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: 'mutation { importPosts(rows: [{ id: "x", source: "s", title: "t" }]) { id } }',
      }),
    });
    expect(mutation.status).toBe(405);
  });

  it("answers a URL longer than 16 KB with a JSON error that says to POST instead", async () => {
    const res = await fetch(exportUrl(server.url, `{ categories { id } } # ${"x".repeat(20_000)}`));
    expect(res.status).toBe(431);
    expectUserError((await res.json()) as ErrorsBody, {
      code: "REQUEST_TOO_LARGE",
      message: /POST \/export\.csv/,
    });
  });

  it("answers 400 when the query parameter is missing or the variables are not JSON", async () => {
    expect((await fetch(`${server.url}/export.csv`)).status).toBe(400);
    const res = await fetch(
      `${server.url}/export.csv?query=${encodeURIComponent("{ categories { id } }")}&variables=%7Bnope`,
    );
    expect(res.status).toBe(400);
  });
});

/** Reads CSV text the way a BI tool does: DuckDB's sniffer picks every column's type. */
class DuckReader {
  private constructor(
    private readonly connection: DuckDBConnection,
    private readonly dir: string,
    private readonly close: () => void,
  ) {}

  static async open(): Promise<DuckReader> {
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    const dir = mkdtempSync(join(tmpdir(), "frontier-csv-"));
    return new DuckReader(connection, dir, () => {
      connection.closeSync();
      instance.closeSync();
      rmSync(dir, { recursive: true, force: true });
    });
  }

  private n = 0;

  /** Column name -> DuckDB type, in file order. */
  async types(csv: string): Promise<Record<string, string>> {
    const file = join(this.dir, `export-${(this.n += 1)}.csv`);
    writeFileSync(file, csv);
    const reader = await this.connection.runAndReadAll(`DESCRIBE SELECT * FROM read_csv('${file}')`);
    const types: Record<string, string> = {};
    for (const row of reader.getRowObjects()) types[String(row.column_name)] = String(row.column_type);
    return types;
  }

  /** The rows as DuckDB reads them (numbers as JS numbers, dates as YYYY-MM-DD text). */
  async rows(csv: string): Promise<Record<string, unknown>[]> {
    const file = join(this.dir, `export-${(this.n += 1)}.csv`);
    writeFileSync(file, csv);
    const reader = await this.connection.runAndReadAll(`SELECT * FROM read_csv('${file}')`);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  }

  done(): void {
    this.close();
  }
}

const AnalyticsExport = graphql(`
  query AnalyticsExport($q: AnalyticsQuery!) {
    analytics(query: $q) {
      totalRows
      rows {
        period {
          label
          from
          to
        }
        keys {
          dimension
          value
          label
        }
        measures {
          measure
          value
        }
      }
    }
  }
`);

describe("GET /export.csv gives tidy tables that DuckDB types without help", () => {
  let server: TestServer;
  let duck: DuckReader;
  beforeAll(async () => {
    const db = await fixtureDb(fixtureRows(300));
    server = await startTestServer(db, { services: FIXTURE_SERVICES });
    duck = await DuckReader.open();
  });
  afterAll(async () => {
    duck.done();
    await server.close();
  });

  async function csvOf(query: string, variables?: unknown): Promise<string> {
    const res = await fetch(exportUrl(server.url, query, variables));
    const text = await res.text();
    expect(res.status, text).toBe(200);
    return text;
  }

  it.each(["YEAR", "QUARTER", "MONTH"] as const)(
    "analytics by %s: text period label, date bounds, a text column per dimension, a numeric column per measure",
    async (granularity) => {
      const q: AnalyticsQuery = {
        measures: ["POST_COUNT", "PENETRATION", "SHARE_OF_TOTAL"],
        dimensions: ["CATEGORY_GROUP"],
        technology: "ai",
        time: { granularity, from: "2020-01-01", to: "2025-01-01" },
      };
      const csv = await csvOf(print(AnalyticsExport), { q });
      expect(await duck.types(csv)).toEqual({
        period_label: "VARCHAR",
        period_start: "DATE",
        period_end: "DATE",
        category_group: "VARCHAR",
        category_group_label: "VARCHAR",
        post_count: "BIGINT",
        penetration: "DOUBLE",
        share_of_total: "DOUBLE",
      });
      // The same numbers as the GraphQL answer, each in its own column.
      const gql = await server.gql(AnalyticsExport, { q });
      const expected = gql.data!.analytics.rows.map((r) => ({
        period_start: r.period!.from,
        category_group: r.keys[0]!.value,
        post_count: r.measures[0]!.value,
        penetration: r.measures[1]!.value,
      }));
      const rows = await duck.rows(csv);
      expect(
        rows.map((r) => ({
          period_start: r.period_start,
          category_group: r.category_group,
          // BIGINT comes back as JSON text.
          post_count: Number(r.post_count),
          penetration: r.penetration,
        })),
      ).toEqual(expected);
      expect(rows.length).toBeGreaterThan(4);
    },
  );

  it("analytics without a time dimension, over two dimensions and a value measure", async () => {
    const q = { measures: ["POST_COUNT", "AVG_VALUE"], dimensions: ["CATEGORY", "CONTRACT_TYPE"] };
    const query = `query($q: AnalyticsQuery!) { analytics(query: $q) { rows { keys { value } measures { value } } } }`;
    expect(await duck.types(await csvOf(query, { q }))).toEqual({
      category: "VARCHAR",
      contract_type: "VARCHAR",
      post_count: "BIGINT",
      avg_value: "DOUBLE",
    });
  });

  it("a yearly trend: the label of every year stays text", async () => {
    const csv = await csvOf(
      `{ trend(technology: "ai", granularity: YEAR, from: "2020-01-01", to: "2025-01-01") { period from to posts total share } }`,
    );
    expect(await duck.types(csv)).toEqual({
      period_label: "VARCHAR",
      period_start: "DATE",
      period_end: "DATE",
      posts: "BIGINT",
      total: "BIGINT",
      share: "DOUBLE",
    });
    const rows = await duck.rows(csv);
    expect(rows.map((r) => r.period_label)).toEqual(["2020-A1", "2021-A1", "2022-A1", "2023-A1", "2024-A1"]);
  });

  it("category shares: named periods with their bounds, category columns, numbers", async () => {
    const csv = await csvOf(
      `{ categoryShare(technology: "ai", periods: [{label: "2020-21", from: "2020-01-01", to: "2022-01-01"}, {label: "2022-23", from: "2022-01-01", to: "2024-01-01"}]) { period periodFrom periodTo category { id name technical } posts share penetration } }`,
    );
    expect(await duck.types(csv)).toEqual({
      period_label: "VARCHAR",
      period_start: "DATE",
      period_end: "DATE",
      category_id: "VARCHAR",
      category_name: "VARCHAR",
      category_technical: "BOOLEAN",
      posts: "BIGINT",
      share: "DOUBLE",
      penetration: "DOUBLE",
    });
    // Each period: 12 categories and the row of posts without one.
    expect(await duck.rows(csv)).toHaveLength(26);
  });

  it("a nested list: one row per top category, the technology's columns repeated", async () => {
    const csv = await csvOf(
      `{ concentration(technologies: ["ai", "cloud", "rpa"], period: {label: "2022-23", from: "2022-01-01", to: "2024-01-01"}, topK: 3) { technology { id } posts topShare hhi topCategories { id name } } }`,
    );
    expect(await duck.types(csv)).toEqual({
      technology_id: "VARCHAR",
      posts: "BIGINT",
      top_share: "DOUBLE",
      hhi: "DOUBLE",
      top_categories_id: "VARCHAR",
      top_categories_name: "VARCHAR",
    });
    const rows = await duck.rows(csv);
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.technology_id === "ai")).toHaveLength(3);
  });

  it("posts with their skills: one row per skill, post columns repeated, dates and numbers typed", async () => {
    const csv = await csvOf(
      `{ posts(first: 100) { edges { node { id postedAt projectedValue category { technical } skills { tag } } } } }`,
    );
    expect(await duck.types(csv)).toEqual({
      id: "VARCHAR",
      posted_at: "TIMESTAMP WITH TIME ZONE",
      projected_value: "DOUBLE",
      category_technical: "BOOLEAN",
      skills_tag: "VARCHAR",
    });
    const rows = await duck.rows(csv);
    expect(new Set(rows.map((r) => r.id)).size).toBe(100);
    expect(rows.length).toBeGreaterThan(100);
  });
});

/** The DuckDB type each kind of column must get. */
const DUCK_TYPE: Record<ColumnKind, string> = {
  integer: "BIGINT",
  decimal: "DOUBLE",
  boolean: "BOOLEAN",
  date: "DATE",
  timestamp: "TIMESTAMP WITH TIME ZONE",
  text: "VARCHAR",
  period_label: "VARCHAR",
};

const P2223 = `{label: "2022-23", from: "2022-01-01", to: "2024-01-01"}`;

describe("every query root that returns a list exports a table DuckDB types by its columns' kinds", () => {
  let server: TestServer;
  let duck: DuckReader;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    server = await startTestServer(await fixtureDb(fixtureRows(300)), { services: FIXTURE_SERVICES });
    duck = await DuckReader.open();
    schema = await buildAppSchema();
  });
  afterAll(async () => {
    duck.done();
    await server.close();
  });

  it.each([
    [
      "categoryShare",
      `{ categoryShare(technology: "ai", periods: [${P2223}]) { period periodFrom periodTo category { id name technical } posts share penetration categoryPosts technologyPosts } }`,
    ],
    [
      "growth",
      `{ growth(technology: "ai", by: CATEGORY, from: {label: "2022", from: "2022-01-01", to: "2023-01-01"}, to: {label: "2023", from: "2023-01-01", to: "2024-01-01"}) { key label fromCount toCount growth } }`,
    ],
    [
      "highValueShare",
      `{ highValueShare(technology: "ai", period: ${P2223}, by: CATEGORY_GROUP) { key label posts known unknown highValue share } }`,
    ],
    [
      "concentration",
      `{ concentration(technologies: ["ai", "cloud", "rpa"], period: ${P2223}) { technology { id name } posts uncategorized topShare hhi entropy categoriesOver1Pct topCategories { id } } }`,
    ],
    [
      "bucketDemand",
      `{ bucketDemand(period: {label: "2020-24", from: "2020-01-01", to: "2025-01-01"}, technology: "ai") { bucket { id name } posts share scopePosts } }`,
    ],
    [
      "trend",
      `{ trend(technology: "ai", by: CATEGORY_GROUP, granularity: QUARTER, from: "2021-02-01", to: "2023-01-01") { period from to key label posts total share } }`,
    ],
    [
      "analytics",
      `{ analytics(query: { measures: [POST_COUNT, HIGH_VALUE_SHARE, AVG_VALUE, MEDIAN_VALUE], dimensions: [TECHNOLOGY], time: { periods: [${P2223}] } }) { rows { period { label from to } keys { value label } measures { value } } } }`,
    ],
    ["buckets", `{ buckets { id name skills { id name aliases { alias kind } } } }`],
    ["taxonomy", `{ taxonomy { version buckets { id skills { id } } } }`],
    ["technologies", `{ technologies { id name } }`],
    ["datasets", `{ datasets { id synthetic description postCount } }`],
    ["taxonomyChanges", `{ taxonomyChanges(first: 10) { edges { node { version at operation actor } } } }`],
    ["importBatches", `{ importBatches { file status startedAt finishedAt inserted rejected } }`],
    ["study claims", `{ studyReport { claims { id claim published computed unit difference agrees } } }`],
    ["study figures", `{ studyReport { figures { id rows { series period key label posts share } } } }`],
    [
      "posts",
      `{ posts(first: 200) { edges { node { id source externalId title postedAt fixedBudget projectedValue contractType category { id technical } technologies { technology { id } keywordHit label labelSource } } } } }`,
    ],
  ])("%s", async (_name, query) => {
    const res = await fetch(exportUrl(server.url, query));
    const csv = await res.text();
    expect(res.status, csv).toBe(200);
    const document = parse(query);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const shape = exportShape(schema, document, operation, {})!;
    const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(0);
    const expected: Record<string, string> = {};
    for (const column of shape.columns) {
      // DuckDB reads a column with no value at all as text.
      const empty = rows.every((r) => r[column.name] === "");
      expected[column.name] = empty ? "VARCHAR" : DUCK_TYPE[column.kind];
    }
    expect(await duck.types(csv)).toEqual(expected);
    // Nothing is joined into one cell any more.
    for (const row of rows) {
      for (const [name, cell] of Object.entries(row)) {
        if (shape.columns.find((c) => c.name === name)?.kind !== "text") expect(cell).not.toContain(";");
      }
    }
  });
});

describe("GET /export.csv pages a connection", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await fixtureDb(fixtureRows(120)), { services: FIXTURE_SERVICES });
  });
  afterAll(() => server.close());

  it("links each page to the next with after=cursor until the last, which has no Link", async () => {
    let url: string | null = exportUrl(server.url, `{ posts(first: 50) { edges { node { id title } } } }`);
    const ids: string[] = [];
    const cursors: string[] = [];
    let pages = 0;
    while (url) {
      const res: Response = await fetch(url);
      expect(res.status).toBe(200);
      const records = parseCsv(await res.text(), { columns: true }) as Record<string, string>[];
      ids.push(...records.map((r) => r.id!));
      pages += 1;
      const link = res.headers.get("link");
      const cursor = res.headers.get("x-next-cursor");
      if (link === null) {
        expect(cursor).toBeNull();
        url = null;
      } else {
        const match = /^<([^>]+)>; rel="next"$/.exec(link);
        expect(match).not.toBeNull();
        const next = new URL(match![1]!, server.url);
        expect(next.searchParams.get("after")).toBe(cursor);
        cursors.push(cursor!);
        url = next.toString();
      }
    }
    expect(pages).toBe(3);
    expect(ids).toHaveLength(120);
    expect(new Set(ids).size).toBe(120);
    const all = await server.gql(`{ posts(first: 500) { edges { node { id } } } }`);
    expect(ids).toEqual(
      (all.data as { posts: { edges: { node: { id: string } }[] } }).posts.edges.map((e) => e.node.id),
    );
    expect(new Set(cursors).size).toBe(2);
  });

  it("gives the cursor of a POST export in X-Next-Cursor, to send back as after", async () => {
    const query = `query Page($after: String) { posts(first: 100, after: $after) { edges { node { id } } } }`;
    const first = await fetch(`${server.url}/export.csv`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query }),
    });
    expect(first.headers.get("link")).toBeNull();
    const cursor = first.headers.get("x-next-cursor");
    expect(cursor).toBeTruthy();
    const second = await fetch(`${server.url}/export.csv`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, after: cursor }),
    });
    const records = parseCsv(await second.text(), { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(20);
    expect(second.headers.get("x-next-cursor")).toBeNull();
  });

  it("pages analytics(query) by row offset: the cursor is the next offset, in a literal query or a variable", async () => {
    const literal = `{ analytics(query: { measures: [POST_COUNT], dimensions: [CATEGORY], time: { granularity: YEAR, from: "2020-01-01", to: "2025-01-01" }, limit: 20 }) { totalRows rows { period { label } keys { value } measures { value } } } }`;
    const all = await server.gql(
      `{ analytics(query: { measures: [POST_COUNT], dimensions: [CATEGORY], time: { granularity: YEAR, from: "2020-01-01", to: "2025-01-01" } }) { totalRows } }`,
    );
    const total = (all.data as { analytics: { totalRows: number } }).analytics.totalRows;
    expect(total).toBeGreaterThan(40);
    const read = async (url: string) => {
      const res = await fetch(url);
      expect(res.status).toBe(200);
      return {
        rows: parseCsv(await res.text(), { columns: true }) as Record<string, string>[],
        cursor: res.headers.get("x-next-cursor"),
        link: res.headers.get("link"),
      };
    };
    const seen: string[] = [];
    let url: string | null = exportUrl(server.url, literal);
    const cursors: (string | null)[] = [];
    while (url) {
      const page = await read(url);
      seen.push(...page.rows.map((r) => `${r.period_label}|${r.category}`));
      cursors.push(page.cursor);
      url = page.link ? new URL(/^<([^>]+)>/.exec(page.link)![1]!, server.url).toString() : null;
    }
    expect(cursors.slice(0, 2)).toEqual(["20", "40"]);
    expect(cursors[cursors.length - 1]).toBeNull();
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    // The same page when the query comes in a variable.
    const byVariable = await read(
      exportUrl(
        server.url,
        `query($q: AnalyticsQuery!) { analytics(query: $q) { rows { period { label } keys { value } measures { value } } } }`,
        {
          q: {
            measures: ["POST_COUNT"],
            dimensions: ["CATEGORY"],
            time: { granularity: "YEAR", from: "2020-01-01", to: "2025-01-01" },
            limit: 20,
          },
        },
        { after: "20" },
      ),
    );
    expect(byVariable.rows.map((r) => `${r.period_label}|${r.category}`)).toEqual(seen.slice(20, 40));
    expect(byVariable.cursor).toBe("40");
    const bad = await fetch(exportUrl(server.url, literal, undefined, { after: "abc" }));
    expect(bad.status).toBe(400);
    expectUserError((await bad.json()) as ErrorsBody, { code: "BAD_USER_INPUT", field: "after" });
  });

  it("refuses after for a list that does not page, naming the parameter", async () => {
    const res = await fetch(exportUrl(server.url, "{ categories { id } }", undefined, { after: "abc" }));
    expect(res.status).toBe(400);
    expectUserError((await res.json()) as ErrorsBody, { code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("GET /export.csv when reads need a key", () => {
  let server: TestServer;
  let key: string;
  beforeAll(async () => {
    const db = await fixtureDb(fixtureRows(10));
    key = createApiKey(db, "viewer").key;
    server = await startTestServer(db, {
      reads: "key",
      services: FIXTURE_SERVICES,
    });
  });
  afterAll(() => server.close());

  it("answers 401 without a key, and the CSV with a Bearer header or an api_key parameter", async () => {
    const url = exportUrl(server.url, "{ categories { id } }");
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expectUserError((await anonymous.json()) as ErrorsBody, { code: "UNAUTHENTICATED" });
    const withHeader = await fetch(url, { headers: { authorization: `Bearer ${key}` } });
    expect(withHeader.status).toBe(200);
    const withParam = await fetch(
      exportUrl(server.url, "{ categories { id } }", undefined, { api_key: key }),
    );
    expect(withParam.status).toBe(200);
    expect((await withParam.text()).startsWith("id\r\n")).toBe(true);
    const wrong = await fetch(exportUrl(server.url, "{ categories { id } }", undefined, { api_key: "nope" }));
    expect(wrong.status).toBe(401);
  });
});
