// Limits: page size, query depth, query cost, nesting of the query text and of the variables,
// and BAD_USER_INPUT for bad arguments.
import { parse, type GraphQLFormattedError, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { testRuntime } from "../helpers/runtime";
import { COUNT } from "../../src/server/cost.table";
import {
  DEFAULT_PAGE_SIZE,
  MAX_COST,
  MAX_DEPTH,
  MAX_NESTING,
  MAX_PAGE_SIZE,
  UNPAGED_LIST_FACTOR,
  checkPageSize,
  documentNesting,
  operationCost,
  valueNesting,
} from "../../src/server/limits";
import { buildAppSchema } from "../../src/server/schema";
import { buildHttpTestSchema } from "./test-schema";

/** `{ tree { child { child ... { level } } } }` with `levels` fields in the deepest path. */
function nested(levels: number): string {
  return "{ tree { " + "child { ".repeat(levels - 2) + "level" + " }".repeat(levels - 2) + " } }";
}

describe("checkPageSize", () => {
  it("defaults to 50 and accepts 0 to the maximum", () => {
    expect(checkPageSize(undefined)).toBe(DEFAULT_PAGE_SIZE);
    expect(checkPageSize(null)).toBe(50);
    expect(checkPageSize(0)).toBe(0);
    expect(checkPageSize(MAX_PAGE_SIZE)).toBe(500);
  });

  it.each([501, -1, 2.5])("refuses %s with BAD_USER_INPUT naming the argument", (bad) => {
    expect(() => checkPageSize(bad, "first")).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "first" } }),
    );
  });

  it("names the argument and the maximum in the message", () => {
    expect(() => checkPageSize(1000, "pageSize")).toThrow(/pageSize .*500/);
  });
});

describe("limits over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(freshDb(), { schema: await buildHttpTestSchema() });
  });
  afterAll(() => server.close());

  it(`accepts a query ${MAX_DEPTH} levels deep and refuses one level more`, async () => {
    const ok = await server.gql(nested(MAX_DEPTH));
    expect(ok.errors).toBeUndefined();
    const tooDeep = await server.gql(nested(MAX_DEPTH + 1));
    expect(tooDeep.status).toBe(400);
    expectUserError(tooDeep, {
      code: "GRAPHQL_VALIDATION_FAILED",
      message: `The query is ${MAX_DEPTH + 1} levels deep; the maximum is ${MAX_DEPTH}. Split it into smaller queries.`,
    });
  });

  it("counts depth through fragments", async () => {
    const frag =
      "fragment Deep on TreeNode { " + "child { ".repeat(MAX_DEPTH) + "level" + " }".repeat(MAX_DEPTH) + " }";
    const res = await server.gql(`{ tree { ...Deep } } ${frag}`);
    expect(res.errors?.[0]?.message).toMatch(/levels deep/);
  });

  it("measures a query whose fragments each spread the next one twice, 30 deep, and refuses it for its cost", async () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Query { tree { level } ...F${i + 1} ...F${i + 1} }`,
    );
    const res = await server.gql(`{ ...F0 } ${fragments.join(" ")} fragment F30 on Query { tree { level } }`);
    expect(res.status).toBe(400);
    expectUserError(res, { code: "COST_LIMIT_EXCEEDED" });
  });

  it("does not count introspection toward the depth (GraphiQL's schema query must pass)", async () => {
    const { getIntrospectionQuery } = await import("graphql");
    const res = await server.gql(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
  });

  it("refuses a query whose nested lists multiply past the cost limit, with the cost in the message", async () => {
    const query =
      "query($n: Int) { nodes(first: $n) { children(first: $n) { children(first: $n) { level } } } }";
    const cheap = await server.gql(query, { n: 10 });
    expect(cheap.errors).toBeUndefined();

    const res = await server.gql(query, { n: 100 });
    expect(res.status).toBe(400);
    expectUserError(res, {
      code: "COST_LIMIT_EXCEEDED",
      extensions: { cost: 1_010_101, maxCost: MAX_COST },
      exact: true,
      message: /^The query costs 1010101; the maximum is 100000\./,
    });
  });

  it("answers first over the maximum page size with BAD_USER_INPUT naming first", async () => {
    const res = await server.gql("{ nodes(first: 501) { level } }");
    expectUserError(res, { code: "BAD_USER_INPUT", field: "first", exact: true, message: /500/ });
  });

  it("answers a variable of the wrong type with BAD_USER_INPUT naming the variable", async () => {
    const res = await server.gql("query($n: Int) { nodes(first: $n) { level } }", { n: "many" });
    expect(res.status).toBe(400);
    expectUserError(res, { code: "BAD_USER_INPUT", field: "n", message: /Int cannot represent/ });
  });
});

describe("operationCost", () => {
  it("costs 1 per field and multiplies below a list by its first, or by the unpaged factor", async () => {
    const schema = await buildHttpTestSchema();
    const cost = (q: string, vars?: Record<string, unknown>): number => {
      const doc = parse(q);
      return operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode, vars);
    };
    expect(cost("{ tree { level } }")).toBe(2);
    expect(cost("{ nodes(first: 4) { level child { level } } }")).toBe(1 + 4 * 3);
    expect(cost("{ nodes { level } }")).toBe(1 + DEFAULT_PAGE_SIZE);
    expect(cost("query($n: Int) { nodes(first: $n) { level } }", { n: 7 })).toBe(8);
    expect(cost("{ nodes(first: 2) { ...F } } fragment F on TreeNode { level __typename }")).toBe(3);
    expect(UNPAGED_LIST_FACTOR).toBeGreaterThan(1);
  });
});

describe("the cost of a posts page", () => {
  it("is the example docs/api.md gives: 402 for 100 posts with id and title", async () => {
    const schema = await buildAppSchema();
    const doc = parse("{ posts(first: 100) { totalCount edges { node { id title } } } }");
    // posts, totalCount (a COUNT of the matching posts), edges, then node, id and title per post.
    expect(COUNT).toBe(100);
    expect(operationCost(schema, doc, doc.definitions[0] as OperationDefinitionNode)).toBe(402);
  });
});

describe("documentNesting", () => {
  it("counts {, [ and ( open at once, outside strings, block strings and comments", () => {
    expect(documentNesting("{ a { b(x: [[1]]) } }")).toBe(5);
    expect(documentNesting('{ a(s: "{{{[[[(((") }')).toBe(2);
    expect(documentNesting('{ a(s: """ {{{ \\""" ((( """) }')).toBe(2);
    expect(documentNesting('{ a(s: "\\" {{{") }')).toBe(2);
    expect(documentNesting("{ a # {{{ [[[\n b }")).toBe(1);
    expect(documentNesting("}}} {")).toBe(1);
  });

  it("stops counting past the bound, so any text is measured in one pass", () => {
    expect(documentNesting("{".repeat(100_000), MAX_NESTING)).toBe(MAX_NESTING + 1);
  });
});

describe("valueNesting", () => {
  it("counts objects and lists inside one another and stops past the bound", () => {
    expect(valueNesting(1)).toBe(0);
    expect(valueNesting({ a: [1, { b: [] }] })).toBe(4);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(valueNesting(deep, MAX_NESTING)).toBe(MAX_NESTING + 1);
  });
});

/** `{ a { a { ... } } }` with `levels` braces. */
function nestedSelections(levels: number): string {
  return "{ a ".repeat(levels - 1) + "{ a" + " }".repeat(levels);
}

/** `{ nodes(first: [[...1...]]) { level } }` with `levels` of {, ( and [ in all. */
function nestedArgument(levels: number): string {
  return `{ nodes(first: ${"[".repeat(levels - 2)}1${"]".repeat(levels - 2)}) { level } }`;
}

/** POSTs a JSON body as written (JSON.stringify cannot write values nested thousands deep). */
async function postRaw(
  url: string,
  body: string,
): Promise<{ status: number; errors?: GraphQLFormattedError[] }> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  const json = (await res.json()) as { errors?: GraphQLFormattedError[] };
  return { status: res.status, errors: json.errors };
}

describe("nesting limits over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(freshDb(), { schema: await buildHttpTestSchema() });
  });
  afterAll(() => server.close());

  it(`refuses a query nested 4,000 levels deep with GRAPHQL_PARSE_FAILED, over POST and GET`, async () => {
    const post = await server.gql(nestedSelections(4000));
    expect(post.status).toBe(400);
    expect(post.errors).toEqual([
      {
        message: `The query nests {, [ and ( more than ${MAX_NESTING} levels deep; the maximum is ${MAX_NESTING}.`,
        extensions: { code: "GRAPHQL_PARSE_FAILED", maxNesting: MAX_NESTING },
      },
    ]);
    const params = new URLSearchParams({ query: nestedSelections(1000) }); // a URL holds less
    const get = await fetch(`${server.url}/graphql?${params.toString()}`, {
      headers: { "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(400);
    expectUserError((await get.json()) as ErrorsBody, { code: "GRAPHQL_PARSE_FAILED" });
  });

  it(`refuses lists nested in an argument past ${MAX_NESTING} levels and parses them up to it`, async () => {
    const deep = await server.gql(nestedArgument(MAX_NESTING + 1));
    expectUserError(deep, { code: "GRAPHQL_PARSE_FAILED" });
    // At the bound the query is parsed and validated: a list is no Int.
    const atBound = await server.gql(nestedArgument(MAX_NESTING));
    expect(atBound.errors?.[0]?.message).toMatch(/Int cannot represent/);
    expect(deep.errors?.[0]?.message).not.toMatch(/call stack/);
  });

  it("refuses variables nested 10,000 deep with BAD_USER_INPUT naming the variable, and keeps serving", async () => {
    const deep = "[".repeat(10_000) + "1" + "]".repeat(10_000);
    const res = await postRaw(
      server.url,
      `{"query": "query($n: Int) { nodes(first: $n) { level } }", "variables": {"n": ${deep}}}`,
    );
    expect(res.status).toBe(400);
    expectUserError(res, {
      code: "BAD_USER_INPUT",
      field: "n",
      extensions: { maxNesting: MAX_NESTING },
      exact: true,
      message: /nests objects and lists more than 64 levels deep/,
    });
    const after = await server.gql("{ tree { level } }");
    expect(after.errors).toBeUndefined();
  });
});

describe("nesting limits with the application's schema", () => {
  let server: TestServer;
  const rt = testRuntime();
  beforeAll(async () => {
    server = await startTestServer(rt.db, { services: rt.services });
  });
  afterAll(() => server.close());

  /** The JSON of analytics variables whose `where` groups nest `levels` deep (two JSON levels each). */
  function deepWhere(levels: number): string {
    const group = '{"conditions": [{"field": "TEXT", "text": "data"}]}';
    const where = '{"groups": ['.repeat(levels) + group + "]}".repeat(levels);
    return `{"q": {"measures": ["POST_COUNT"], "where": ${where}}}`;
  }
  const ANALYTICS = "query($q: AnalyticsQuery!) { analytics(query: $q) { totalRows } }";

  it("refuses a recursive input variable nested 10,000 deep with BAD_USER_INPUT, not a crash", async () => {
    const res = await postRaw(server.url, `{"query": "${ANALYTICS}", "variables": ${deepWhere(5_000)}}`);
    expect(res.status).toBe(400);
    expectUserError(res, { code: "BAD_USER_INPUT", field: "q" });
    // Within the bound the analytics rules answer: groups nest at most 6 deep.
    const nested = await postRaw(server.url, `{"query": "${ANALYTICS}", "variables": ${deepWhere(20)}}`);
    expectUserError(nested, { code: "BAD_USER_INPUT", message: /nest at most 6 deep/ });
  });

  it("applies the same nesting limits to GET /export.csv", async () => {
    // A URL holds a few kilobytes: nested hundreds of levels, not thousands.
    const get = async (query: string, variables?: string) => {
      const params = new URLSearchParams({ query, ...(variables ? { variables } : {}) });
      const res = await fetch(`${server.url}/export.csv?${params.toString()}`);
      return { status: res.status, body: (await res.json()) as ErrorsBody };
    };
    const deepQuery = await get(`{ categories { id } ${nestedSelections(300)} }`);
    expect(deepQuery.status).toBe(400);
    expectUserError(deepQuery.body, {
      code: "GRAPHQL_PARSE_FAILED",
      extensions: { maxNesting: MAX_NESTING },
      exact: true,
    });
    const deepVariables = await get(ANALYTICS, deepWhere(100));
    expect(deepVariables.status).toBe(400);
    expectUserError(deepVariables.body, {
      code: "BAD_USER_INPUT",
      field: "q",
      extensions: { maxNesting: MAX_NESTING },
      exact: true,
    });
  });
});
