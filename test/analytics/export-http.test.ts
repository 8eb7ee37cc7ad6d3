// GET /export.csv through the real HTTP app: a posts connection and a plain list as CSV, the
// headers a BI tool needs, errors as JSON with a status, and the same auth rules as /graphql.
import { parse as parseCsv } from "csv-parse/sync";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { graphql } from "../gql";
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
