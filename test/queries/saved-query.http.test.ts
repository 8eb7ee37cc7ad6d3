// Saved queries through the real HTTP app: editors save, readers list and fetch
// /export/NAME.csv (the very CSV of /export.csv) and /export/NAME.json with variables from the
// URL; broken queries are refused when saved; overwrites and deletes need the current version;
// /export.csv also takes saved=NAME and the hash of an automatic persisted query (APQ).
import { createHash } from "node:crypto";
import { parse as parseCsv } from "csv-parse/sync";
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { FIXTURE_SERVICES, fixtureDb, fixtureRows } from "../analytics/report.fixture";
import { graphql } from "../gql";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";

const SaveQuery = graphql(`
  mutation SaveQuery(
    $name: String!
    $query: String!
    $variables: JSON
    $operationName: String
    $description: String
    $expectedVersion: Int
  ) {
    saveQuery(
      name: $name
      query: $query
      variables: $variables
      operationName: $operationName
      description: $description
      expectedVersion: $expectedVersion
    ) {
      name
      query
      variables
      version
      createdBy
      updatedBy
      csvPath
      jsonPath
    }
  }
`);

const ListSavedQueries = graphql(`
  query ListSavedQueries {
    savedQueries {
      name
      description
      version
      variables
    }
  }
`);

const OneSavedQuery = graphql(`
  query OneSavedQuery($name: String!) {
    savedQuery(name: $name) {
      name
      version
      parameters {
        name
        type
        value
        required
      }
    }
  }
`);

const DeleteSavedQuery = graphql(`
  mutation DeleteSavedQuery($name: String!, $expectedVersion: Int!) {
    deleteSavedQuery(name: $name, expectedVersion: $expectedVersion) {
      name
      version
    }
  }
`);

/** The query saved in these tests: its text as an editor would paste it. */
const RecentPosts = graphql(`
  query RecentPosts($from: Date, $first: Int, $technical: Boolean) {
    posts(filter: { from: $from, technical: $technical }, first: $first) {
      edges {
        node {
          id
          postedAt
          category {
            name
            technical
          }
        }
      }
    }
  }
`);
const RECENT = print(RecentPosts);

const ShareByCategory = graphql(`
  query ShareByCategory($technology: ID!, $periods: [PeriodInput!]!) {
    categoryShare(technology: $technology, periods: $periods) {
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
const SHARE = print(ShareByCategory);

/** A saved query whose variable is a whole analytics question (and is named like /export.csv's query parameter). */
const AnyQuestion = graphql(`
  query AnyQuestion($query: AnalyticsQuery!) {
    analytics(query: $query) {
      totalRows
      rows {
        keys {
          value
        }
        measures {
          value
        }
      }
    }
  }
`);
const PERIODS = [
  { label: "2020-21", from: "2020-01-01", to: "2022-01-01" },
  { label: "2022-23", from: "2022-01-01", to: "2024-01-01" },
];

function exportCsvUrl(base: string, params: Record<string, string>): string {
  return `${base}/export.csv?${new URLSearchParams(params).toString()}`;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function apq(hash: string): string {
  return JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
}

type Records = Record<string, string>[];

describe("saved queries over HTTP", () => {
  let db: Db;
  let server: TestServer;
  let editor: string;
  let viewer: string;
  beforeAll(async () => {
    db = await fixtureDb(fixtureRows(150));
    editor = createApiKey(db, "editor").key;
    viewer = createApiKey(db, "viewer").key;
    server = await startTestServer(db, { services: FIXTURE_SERVICES });
    const saved = await server.gql(
      SaveQuery,
      { name: "recent-posts", query: RECENT, variables: { from: "2022-01-01", first: 20 } },
      editor,
    );
    expect(saved.errors).toBeUndefined();
    const share = await server.gql(
      SaveQuery,
      {
        name: "ai_share",
        query: SHARE,
        variables: { technology: "ai", periods: PERIODS },
        description: "Share of AI posts per category",
      },
      editor,
    );
    expect(share.errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it("saves a query for an editor at version 1, with its paths, and lists it to anyone who may read", async () => {
    const saved = await server.gql(
      SaveQuery,
      { name: "categories-list", query: "{ categories { id name } }" },
      editor,
    );
    expect(saved.data?.saveQuery).toMatchObject({
      name: "categories-list",
      version: 1,
      variables: {},
      csvPath: "/export/categories-list.csv",
      jsonPath: "/export/categories-list.json",
      createdBy: expect.stringMatching(/\(editor\)$/),
    });
    const listed = await server.gql(ListSavedQueries);
    expect(listed.data?.savedQueries.map((q) => q.name)).toEqual([
      "ai_share",
      "categories-list",
      "recent-posts",
    ]);
    expect(listed.data?.savedQueries[0]).toMatchObject({
      description: "Share of AI posts per category",
      variables: { technology: "ai", periods: PERIODS },
    });
  });

  it("lists a saved query's variables as the URL parameters that set them, with their types and values", async () => {
    const saved = await server.gql(
      SaveQuery,
      {
        name: "with-params",
        query:
          'query($technology: ID!, $by: Dimension, $first: Int = 10) { categories { id } technologies { id } posts(first: $first) { totalCount } growth(technology: $technology, by: $by, from: { label: "a", from: "2022-01-01", to: "2023-01-01" }, to: { label: "b", from: "2023-01-01", to: "2024-01-01" }) { key } }',
        variables: { by: "COUNTRY" },
      },
      editor,
    );
    expect(saved.errors).toBeUndefined();
    const one = await server.gql(OneSavedQuery, { name: "with-params" });
    expect(one.data?.savedQuery?.parameters).toEqual([
      { name: "technology", type: "ID!", value: null, required: true },
      { name: "by", type: "Dimension", value: "COUNTRY", required: false },
      { name: "first", type: "Int", value: 10, required: false },
    ]);
    // The required one must come with every request.
    const missing = await fetch(`${server.url}/export/with-params.json`);
    expect(missing.status).toBe(400);
    expectUserError((await missing.json()) as ErrorsBody, {
      code: "BAD_USER_INPUT",
      field: "technology",
      message: /\$technology.*not provided.*\?technology=/,
    });
    const given = await fetch(`${server.url}/export/with-params.json?technology=ai`);
    expect(given.status).toBe(200);
  });

  it("lets only editors save or delete: anonymous is UNAUTHENTICATED, a viewer FORBIDDEN, and nothing changes", async () => {
    const anonymous = await server.gql(SaveQuery, { name: "mine", query: "{ categories { id } }" });
    expectUserError(anonymous, { code: "UNAUTHENTICATED" });
    const asViewer = await server.gql(SaveQuery, { name: "mine", query: "{ categories { id } }" }, viewer);
    expectUserError(asViewer, { code: "FORBIDDEN" });
    const deleted = await server.gql(DeleteSavedQuery, { name: "recent-posts", expectedVersion: 1 }, viewer);
    expectUserError(deleted, { code: "FORBIDDEN" });
    expect((await server.gql(OneSavedQuery, { name: "mine" })).data?.savedQuery).toBeNull();
    expect((await server.gql(OneSavedQuery, { name: "recent-posts" })).data?.savedQuery?.version).toBe(1);
  });

  it("answers GET /export/NAME.csv with exactly the CSV /export.csv gives for the same query and variables", async () => {
    const direct = await fetch(
      exportCsvUrl(server.url, {
        query: SHARE,
        variables: JSON.stringify({ technology: "ai", periods: PERIODS }),
      }),
    );
    const named = await fetch(`${server.url}/export/ai_share.csv`);
    expect(named.status).toBe(200);
    expect(named.headers.get("content-type")).toBe(direct.headers.get("content-type"));
    expect(named.headers.get("content-disposition")).toBe('attachment; filename="ai_share.csv"');
    const text = await named.text();
    expect(text).toBe(await direct.text());
    const records = parseCsv(text, { columns: true }) as Records;
    expect(records.length).toBeGreaterThan(2);
    expect(new Set(records.map((r) => r.period_label))).toEqual(new Set(["2020-21", "2022-23"]));
    // The same saved query through /export.csv?saved=NAME, and with a byte order mark on request.
    expect(await (await fetch(exportCsvUrl(server.url, { saved: "ai_share" }))).text()).toBe(text);
    const bom = new Uint8Array(await (await fetch(`${server.url}/export/ai_share.csv?bom=1`)).arrayBuffer());
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("lays URL parameters over the saved variables, each read by its declared type", async () => {
    const named = await fetch(`${server.url}/export/recent-posts.csv?from=2023-06-01&first=7&technical=true`);
    expect(named.status).toBe(200);
    const text = await named.text();
    const direct = await fetch(
      exportCsvUrl(server.url, {
        query: RECENT,
        variables: JSON.stringify({ from: "2023-06-01", first: 7, technical: true }),
      }),
    );
    expect(text).toBe(await direct.text());
    const records = parseCsv(text, { columns: true }) as Records;
    expect(records).toHaveLength(7);
    for (const r of records) {
      expect(r.posted_at! >= "2023-06-01").toBe(true);
      expect(r.category_technical).toBe("true");
    }
    // Without overrides the saved variables apply: 20 posts from 2022.
    const saved = parseCsv(await (await fetch(`${server.url}/export/recent-posts.csv`)).text(), {
      columns: true,
    }) as Records;
    expect(saved).toHaveLength(20);
    expect(saved.some((r) => r.posted_at! < "2023-06-01")).toBe(true);
    // A list variable from the URL, comma-separated, and a whole variable as JSON in `variables`.
    const periods = encodeURIComponent(JSON.stringify([PERIODS[1]]));
    const one = parseCsv(
      await (await fetch(`${server.url}/export/ai_share.csv?technology=cloud&periods=${periods}`)).text(),
      {
        columns: true,
      },
    ) as Records;
    expect(new Set(one.map((r) => r.period_label))).toEqual(new Set(["2022-23"]));
    const viaJson = await fetch(
      `${server.url}/export/ai_share.csv?variables=${encodeURIComponent(JSON.stringify({ technology: "cloud", periods: [PERIODS[1]] }))}`,
    );
    expect(parseCsv(await viaJson.text(), { columns: true }) as Records).toEqual(one);
  });

  it("answers /export.csv?saved=NAME with the variables parameter over the saved ones, by GET or POST", async () => {
    const variables = JSON.stringify({ from: "2023-06-01", first: 4 });
    const named = await (await fetch(`${server.url}/export/recent-posts.csv?from=2023-06-01&first=4`)).text();
    const viaGet = await fetch(exportCsvUrl(server.url, { saved: "recent-posts", variables }));
    expect(viaGet.status).toBe(200);
    expect(await viaGet.text()).toBe(named);
    const viaPost = await fetch(`${server.url}/export.csv`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ saved: "recent-posts", variables: { from: "2023-06-01", first: 4 } }),
    });
    expect(await viaPost.text()).toBe(named);
    const wrong = await fetch(
      exportCsvUrl(server.url, { saved: "recent-posts", variables: '{"first":"four"}' }),
    );
    expect(wrong.status).toBe(400);
    expectUserError((await wrong.json()) as ErrorsBody, { code: "BAD_USER_INPUT", field: "first" });
  });

  it("answers GET /export/NAME.json with the GraphQL data of the saved query and its overrides", async () => {
    const res = await fetch(`${server.url}/export/recent-posts.json?first=3`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await res.json()) as { data?: unknown; errors?: unknown };
    const gql = await server.gql(RecentPosts, { from: "2022-01-01", first: 3 });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(gql.data);
  });

  it.each([
    ["recent-posts.csv", "first=many", "first", /"\$first" \(Int\).*"many".*not a whole number/],
    ["recent-posts.json", "technical=perhaps", "technical", /"\$technical" \(Boolean\).*true or false/],
    ["recent-posts.csv", "from=2023-02-30", "from", /"\$from".*2023-02-30 does not exist/],
    ["ai_share.json", "periods=2022", "periods", /"\$periods".*PeriodInput/],
    [
      "recent-posts.csv",
      "form=2023-01-01",
      "form",
      /no variable "\$form"; its variables are from, first, technical/,
    ],
  ])("answers %s?%s with 400 BAD_USER_INPUT naming the variable", async (file, params, field, message) => {
    const res = await fetch(`${server.url}/export/${file}?${params}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    expectUserError((await res.json()) as ErrorsBody, { code: "BAD_USER_INPUT", field, message });
  });

  it("answers an unknown name with 404 and a message that says where the names are", async () => {
    for (const url of [
      `${server.url}/export/nope.csv`,
      `${server.url}/export/nope.json?first=1`,
      exportCsvUrl(server.url, { saved: "nope" }),
    ]) {
      const res = await fetch(url);
      expect(res.status, url).toBe(404);
      expectUserError((await res.json()) as ErrorsBody, {
        code: "NOT_FOUND",
        message: 'No query is saved as "nope". The query savedQueries { name } lists the saved queries.',
      });
    }
    const noFormat = await fetch(`${server.url}/export/recent-posts.xlsx`);
    expect(noFormat.status).toBe(404);
    expectUserError((await noFormat.json()) as ErrorsBody, {
      code: "NOT_FOUND",
      message: /NAME\.csv or \/export\/NAME\.json/,
    });
  });

  const TOO_COSTLY = `{
    a: analytics(query: { measures: [POST_COUNT], dimensions: [SKILL] }) { totalRows }
    b: analytics(query: { measures: [POST_COUNT], dimensions: [BUCKET] }) { totalRows }
  }`;

  it.each([
    [
      "a field the schema does not have",
      { query: "{ categories { nope } }" },
      "query",
      /does not fit the schema.*nope/,
    ],
    ["text that does not parse", { query: "{ categories { id }" }, "query", /Syntax Error/],
    [
      "a mutation",
      { query: 'mutation { labelPost(postId: "fixture:f0001", technology: "ai", label: true) { label } }' },
      "query",
      /Only queries can be saved/,
    ],
    ["a query over the cost limit", { query: TOO_COSTLY }, "query", /costs \d+; the maximum is 100000/],
    [
      "two operations and no operationName",
      { query: "query A { categories { id } } query B { technologies { id } }" },
      "operationName",
      /several operations/,
    ],
    [
      "a variable the query does not declare",
      { query: RECENT, variables: { to: "2024-01-01" } },
      "variables.to",
      /\$to/,
    ],
    [
      "a variable of the wrong type",
      { query: RECENT, variables: { first: "ten" } },
      "variables.first",
      /\$first.*"ten"/,
    ],
    ["variables that are not an object", { query: RECENT, variables: [1, 2] }, "variables", /JSON object/],
  ])("refuses to save %s with BAD_USER_INPUT naming the field", async (_what, input, field, message) => {
    const res = await server.gql(SaveQuery, { name: "broken", ...input }, editor);
    expectUserError(res, { code: "BAD_USER_INPUT", field, message });
    expect((await server.gql(OneSavedQuery, { name: "broken" })).data?.savedQuery).toBeNull();
  });

  it.each(["Has-Capitals", "with.dot", "-leading", "a/b", "x".repeat(65), ""])(
    "refuses the name %j: lower-case letters, digits, - and _ only",
    async (name) => {
      const res = await server.gql(SaveQuery, { name, query: "{ categories { id } }" }, editor);
      expectUserError(res, { code: "BAD_USER_INPUT", field: "name", message: /lower-case letters, digits/ });
    },
  );

  it("overwrites a name only at its current version: none or a stale one is CONFLICT", async () => {
    await server.gql(SaveQuery, { name: "cats", query: "{ categories { id } }" }, editor);
    const again = await server.gql(SaveQuery, { name: "cats", query: "{ categories { name } }" }, editor);
    expectUserError(again, {
      code: "CONFLICT",
      field: "expectedVersion",
      extensions: { currentVersion: 1 },
      message: /already saved as "cats" \(version 1\).*expectedVersion: 1/,
    });
    const v2 = await server.gql(
      SaveQuery,
      { name: "cats", query: "{ categories { name } }", expectedVersion: 1 },
      editor,
    );
    expect(v2.data?.saveQuery.version).toBe(2);
    const stale = await server.gql(
      SaveQuery,
      { name: "cats", query: "{ categories { technical } }", expectedVersion: 1 },
      editor,
    );
    expectUserError(stale, { code: "CONFLICT", extensions: { currentVersion: 2, expectedVersion: 1 } });
    const csv = await (await fetch(`${server.url}/export/cats.csv`)).text();
    expect(csv.split("\r\n")[0]).toBe("name");
    const missing = await server.gql(
      SaveQuery,
      { name: "never-saved", query: "{ categories { id } }", expectedVersion: 3 },
      editor,
    );
    expectUserError(missing, { code: "CONFLICT", message: /save it without expectedVersion to create it/ });
  });

  it("deletes a name at its current version; then its URLs answer 404", async () => {
    await server.gql(SaveQuery, { name: "short-lived", query: "{ categories { id } }" }, editor);
    const stale = await server.gql(DeleteSavedQuery, { name: "short-lived", expectedVersion: 2 }, editor);
    expectUserError(stale, { code: "CONFLICT", extensions: { currentVersion: 1 } });
    const deleted = await server.gql(DeleteSavedQuery, { name: "short-lived", expectedVersion: 1 }, editor);
    expect(deleted.data?.deleteSavedQuery).toEqual({ name: "short-lived", version: 1 });
    expect((await fetch(`${server.url}/export/short-lived.csv`)).status).toBe(404);
    const again = await server.gql(DeleteSavedQuery, { name: "short-lived", expectedVersion: 1 }, editor);
    expectUserError(again, { code: "NOT_FOUND", field: "name" });
  });

  it("checks the cost with the URL's variables: an analytics question over the limit is refused before it runs", async () => {
    const saved = await server.gql(
      SaveQuery,
      {
        name: "any-question",
        query: print(AnyQuestion),
        variables: { query: { measures: ["POST_COUNT"], dimensions: ["CATEGORY"] } },
      },
      editor,
    );
    expect(saved.errors).toBeUndefined();
    const costly = encodeURIComponent(
      JSON.stringify({ measures: ["POST_COUNT"], dimensions: ["SKILL", "BUCKET"] }),
    );
    for (const file of ["any-question.json", "any-question.csv"]) {
      const res = await fetch(`${server.url}/export/${file}?query=${costly}`);
      expect(res.status, file).toBe(400);
      expectUserError((await res.json()) as ErrorsBody, {
        code: "COST_LIMIT_EXCEEDED",
        extensions: { maxCost: 100_000 },
      });
    }
    const cheap = await fetch(`${server.url}/export/any-question.json`);
    expect(cheap.status).toBe(200);
    expect(
      ((await cheap.json()) as { data: { analytics: { totalRows: number } } }).data.analytics.totalRows,
    ).toBeGreaterThan(1);
  });
});

describe("automatic persisted queries (APQ) at /graphql and /export.csv", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(await fixtureDb(fixtureRows(40)), { services: FIXTURE_SERVICES });
  });
  afterAll(() => server.close());

  const QUERY = "{ categories { id name technical } }";

  it("answers by hash at /graphql once the text was sent with it, and exports that hash at /export.csv", async () => {
    const hash = sha256(QUERY);
    const unknown = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ extensions: JSON.parse(apq(hash)) as unknown }),
    });
    expectUserError((await unknown.json()) as ErrorsBody, { code: "PERSISTED_QUERY_NOT_FOUND" });
    const notYet = await fetch(exportCsvUrl(server.url, { extensions: apq(hash) }));
    expect(notYet.status).toBe(404);
    expectUserError((await notYet.json()) as ErrorsBody, {
      code: "PERSISTED_QUERY_NOT_FOUND",
      message: /saved=NAME/,
    });

    const register = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: QUERY, extensions: JSON.parse(apq(hash)) as unknown }),
    });
    const registered = (await register.json()) as { data?: { categories: unknown[] } };
    expect(registered.data?.categories).toHaveLength(12);

    // The hash alone now runs the query, through the executor, over POST and over GET.
    const byHash = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ extensions: JSON.parse(apq(hash)) as unknown }),
    });
    expect(await byHash.json()).toEqual(registered);
    const viaGet = await fetch(
      `${server.url}/graphql?${new URLSearchParams({ extensions: apq(hash) }).toString()}`,
      {
        headers: { "apollo-require-preflight": "true" },
      },
    );
    expect(await viaGet.json()).toEqual(registered);

    const csv = await fetch(exportCsvUrl(server.url, { extensions: apq(hash) }));
    expect(csv.status).toBe(200);
    expect(await csv.text()).toBe(await (await fetch(exportCsvUrl(server.url, { query: QUERY }))).text());
  });

  it("registers a hash sent with its text at /export.csv, and refuses a hash that is not the text's", async () => {
    const query = "{ categories { id } }";
    const wrong = await fetch(exportCsvUrl(server.url, { query, extensions: apq(sha256("something else")) }));
    expect(wrong.status).toBe(400);
    expectUserError((await wrong.json()) as ErrorsBody, { code: "BAD_REQUEST", message: /SHA-256 hash is/ });
    const first = await fetch(exportCsvUrl(server.url, { query, extensions: apq(sha256(query)) }));
    expect(first.status).toBe(200);
    const later = await fetch(exportCsvUrl(server.url, { extensions: apq(sha256(query)) }));
    expect(await later.text()).toBe(await first.text());
    const malformed = await fetch(
      exportCsvUrl(server.url, { extensions: '{"persistedQuery":{"version":1}}' }),
    );
    expect(malformed.status).toBe(400);
    const both = await fetch(exportCsvUrl(server.url, { saved: "x", query }));
    expectUserError((await both.json()) as ErrorsBody, { code: "BAD_REQUEST", message: /one way/ });
  });
});

describe("saved queries when reads need a key", () => {
  let server: TestServer;
  let viewer: string;
  beforeAll(async () => {
    const db = await fixtureDb(fixtureRows(20));
    const editor = createApiKey(db, "editor").key;
    viewer = createApiKey(db, "viewer").key;
    server = await startTestServer(db, { reads: "key", services: FIXTURE_SERVICES });
    const saved = await server.gql(SaveQuery, { name: "cats", query: "{ categories { id } }" }, editor);
    expect(saved.errors).toBeUndefined();
  });
  afterAll(() => server.close());

  it("answers 401 without a key, and the saved query with a viewer key as a header or api_key", async () => {
    for (const file of ["cats.csv", "cats.json", "nope.csv"]) {
      const anonymous = await fetch(`${server.url}/export/${file}`);
      expect(anonymous.status, file).toBe(401);
      expectUserError((await anonymous.json()) as ErrorsBody, { code: "UNAUTHENTICATED" });
    }
    const withHeader = await fetch(`${server.url}/export/cats.csv`, {
      headers: { authorization: `Bearer ${viewer}` },
    });
    expect(withHeader.status).toBe(200);
    expect((await withHeader.text()).startsWith("id\r\n")).toBe(true);
    const withParam = await fetch(`${server.url}/export/cats.json?api_key=${viewer}`);
    expect(withParam.status).toBe(200);
    expect(((await withParam.json()) as { data: { categories: unknown[] } }).data.categories).toHaveLength(
      12,
    );
    const wrong = await fetch(`${server.url}/export/cats.csv?api_key=nope`);
    expect(wrong.status).toBe(401);
    const list = await server.gql(ListSavedQueries, undefined, viewer);
    expect(list.data?.savedQueries.map((q) => q.name)).toEqual(["cats"]);
    const viewerSaves = await server.gql(SaveQuery, { name: "mine", query: "{ categories { id } }" }, viewer);
    expectUserError(viewerSaves, { code: "FORBIDDEN" });
  });
});
