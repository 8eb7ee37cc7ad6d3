// Cost counts work: the weights of the cost table grow with what a field really does (SKILL and
// BUCKET dimensions, periods, full-text terms), every alias counts, introspection counts, and an
// operation over the budget is refused with COST_LIMIT_EXCEEDED before anything runs, on
// /graphql and on /export.csv alike.
import {
  __Schema,
  getIntrospectionQuery,
  getOperationAST,
  isObjectType,
  Kind,
  parse,
  type GraphQLSchema,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FIELD_WEIGHTS, MEMBERSHIP_SCAN } from "../../src/server/cost.table";
import { HEAVY_COST, MAX_COST, MAX_TOKENS, checkCost, isHeavy, operationCost } from "../../src/server/limits";
import { PLAYGROUND_EXAMPLES } from "../../src/server/playground";
import { buildAppSchema } from "../../src/server/schema";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { testRuntime, type TestRuntime } from "../helpers/runtime";
import { countStatements, type StatementCounter } from "../helpers/statements";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query);
  return operationCost(schema, doc, getOperationAST(doc)!, variables);
}

function analytics(query: string): string {
  return `{ analytics(query: ${query}) { totalRows rows { keys { value } measures { value } } } }`;
}

const PERIOD = '{ label: "2023", from: "2023-01-01", to: "2024-01-01" }';

/** The GraphiQL schema query (the playground's own, @graphiql/react's options). */
const GRAPHIQL_INTROSPECTION = getIntrospectionQuery({
  inputValueDeprecation: true,
  schemaDescription: true,
});

describe("the cost of an operation", () => {
  it("weighs analytics by what it reads: SKILL and BUCKET dimensions cost the membership of every post", () => {
    const byCategory = cost(analytics("{ measures: [POST_COUNT], dimensions: [CATEGORY] }"));
    const bySkill = cost(analytics("{ measures: [POST_COUNT], dimensions: [SKILL] }"));
    const byBucket = cost(analytics("{ measures: [POST_COUNT], dimensions: [BUCKET] }"));
    expect(bySkill - byCategory).toBe(MEMBERSHIP_SCAN);
    expect(byBucket).toBe(bySkill);
    expect(isHeavy(bySkill)).toBe(true);
    expect(isHeavy(byCategory)).toBe(false);
  });

  it("counts a pass over the posts for each named period, since named periods may overlap", () => {
    const periods = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ label: `p${i}`, from: "2000-01-01", to: "2030-01-01" }));
    const query = `query($p: [PeriodInput!]) {
      analytics(query: { measures: [POST_COUNT], dimensions: [COUNTRY], time: { periods: $p } }) { totalRows } }`;
    const one = cost(query, { p: periods(1) });
    const ten = cost(query, { p: periods(10) });
    expect(ten).toBeGreaterThan(one * 5);
    // What a user sent: 2,000 overlapping periods by COUNTRY (59 s).
    expect(cost(query, { p: periods(2000) })).toBeGreaterThan(MAX_COST);
  });

  it("counts calendar periods of a granularity by the length of the range", () => {
    const monthly = (to: string) =>
      cost(
        analytics(
          `{ measures: [POST_COUNT], time: { granularity: MONTH, from: "2020-01-01", to: "${to}" } }`,
        ),
      );
    expect(monthly("2030-01-01")).toBeGreaterThan(monthly("2021-01-01"));
    const trend = (granularity: string) =>
      cost(`{ trend(granularity: ${granularity}, from: "2000-01-01", to: "2030-01-01") { period posts } }`);
    expect(trend("MONTH")).toBeGreaterThan(trend("YEAR"));
  });

  it("counts the terms of full-text filters, in filter.text and in every TEXT condition of where", () => {
    const plain = cost(analytics("{ measures: [POST_COUNT] }"));
    const text = cost(analytics('{ measures: [POST_COUNT], filter: { text: "data science" } }'));
    const where = cost(
      analytics(`{ measures: [POST_COUNT], where: { op: OR, groups: [
        { conditions: [{ field: TEXT, text: "data science" }] },
        { conditions: [{ field: TEXT, text: "machine learning python" }] } ] } }`),
    );
    expect(text).toBeGreaterThan(plain);
    expect(where - plain).toBeGreaterThan(text - plain);
    const posts = (filter: string) => cost(`{ posts(filter: ${filter}) { totalCount } }`);
    expect(posts('{ text: "llm chatbot agent" }')).toBeGreaterThan(posts('{ text: "llm" }'));
  });

  it("counts every alias: four copies of a heavy analytics query are over the budget", () => {
    const one = analytics("{ measures: [POST_COUNT], dimensions: [SKILL] }").slice(1, -1);
    expect(cost(`{ ${one} }`)).toBeLessThanOrEqual(MAX_COST);
    const four = `{ ${["a", "b", "c", "d"].map((alias) => `${alias}: ${one}`).join(" ")} }`;
    expect(cost(four)).toBe(4 * cost(`{ ${one} }`));
    expect(cost(four)).toBeGreaterThan(MAX_COST);
  });

  it("weighs the study questions by their periods, filters and per-technology work", () => {
    const share = (periods: number, filter = "") =>
      cost(
        `{ categoryShare(technology: "ai", periods: [${Array(periods).fill(PERIOD).join(", ")}]${filter}) { posts } }`,
      );
    expect(share(4)).toBeGreaterThan(share(2));
    // A filter the daily rollups cannot answer reads the post facts.
    expect(share(2, ', filter: { sources: ["upwork"] }')).toBeGreaterThan(share(2));
    const concentration = (technologies: string) =>
      cost(`{ concentration(technologies: ${technologies}, period: ${PERIOD}) { hhi } }`);
    expect(concentration('["ai", "cloud", "rpa"]')).toBeGreaterThan(concentration('["ai"]'));
    const classify = (technologies: string) =>
      cost(`{ classify(text: "Fine-tune an LLM", technologies: ${technologies}) { label } }`);
    expect(classify('["ai", "cloud"]')).toBeGreaterThan(classify('["ai"]'));
    const growth = (by: string) =>
      cost(`{ growth(technology: "ai", from: ${PERIOD}, to: ${PERIOD}, by: ${by}) { growth } }`);
    expect(growth("BUCKET")).toBeGreaterThan(growth("CATEGORY"));
  });

  it("weighs posts ordered by projected value (no index: every matching post is sorted) above the indexed orders", () => {
    const page = (orderBy: string) => cost(`{ posts(first: 50${orderBy}) { edges { node { id } } } }`);
    expect(page(", orderBy: { field: POSTED_AT, direction: DESC }")).toBe(page(""));
    expect(page(", orderBy: { field: PROJECTED_VALUE }")).toBe(page("") + 400);
    expect(
      cost(`query($o: PostOrder) { posts(orderBy: $o) { edges { node { id } } } }`, {
        o: { field: "PROJECTED_VALUE" },
      }),
    ).toBe(page("") + 400);
  });

  it("counts introspection about as the schema is large, without making it heavy", () => {
    const whole = cost(GRAPHIQL_INTROSPECTION);
    const typeCount = Object.keys(schema.getTypeMap()).length;
    expect(whole).toBeGreaterThan(typeCount * 10);
    expect(isHeavy(whole)).toBe(false);
    expect(cost("{ __schema { queryType { name } } }")).toBeLessThan(10);
  });

  it.each(PLAYGROUND_EXAMPLES.map((tab) => [tab.query.split("\n")[0], tab.query] as const))(
    "does not count the playground's own query as heavy: %s",
    (_firstLine, query) => {
      // A tab may hold several operations (a preview, then the edit): each is sent on its own.
      const doc = parse(query);
      for (const def of doc.definitions) {
        if (def.kind !== Kind.OPERATION_DEFINITION) continue;
        expect(isHeavy(operationCost(schema, doc, def, {})), def.name?.value ?? query).toBe(false);
      }
    },
  );

  it("has a weight only for fields the schema has", () => {
    const fields = new Set<string>();
    for (const type of Object.values(schema.getTypeMap())) {
      if (isObjectType(type))
        for (const name of Object.keys(type.getFields())) fields.add(`${type.name}.${name}`);
    }
    expect(Object.keys(FIELD_WEIGHTS).filter((key) => !fields.has(key))).toEqual([]);
  });
});

describe("checkCost", () => {
  it("returns the cost within the budget and refuses over it with COST_LIMIT_EXCEEDED naming both", () => {
    const doc = parse(analytics("{ measures: [POST_COUNT], dimensions: [SKILL] }"));
    const op = getOperationAST(doc)!;
    const within = checkCost(schema, doc, op);
    expect(within).toBe(operationCost(schema, doc, op));
    expect(HEAVY_COST).toBeLessThan(within);
    expect(() => checkCost(schema, doc, op, {}, within - 1)).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(
          new RegExp(`^The query costs ${within}; the maximum is ${within - 1}\\.`),
        ),
        extensions: expect.objectContaining({
          code: "COST_LIMIT_EXCEEDED",
          cost: within,
          maxCost: within - 1,
        }),
      }),
    );
  });
});

describe("cost and introspection limits over HTTP", () => {
  let rt: TestRuntime;
  let server: TestServer;
  let statements: StatementCounter;

  beforeAll(async () => {
    rt = testRuntime();
    statements = countStatements(rt.db);
    server = await startTestServer(rt.db, { services: rt.services, jobs: false });
  });
  afterAll(() => server.close());

  const heavy = analytics("{ measures: [POST_COUNT], dimensions: [SKILL] }").slice(1, -1);
  const overBudget = `{ a: ${heavy} b: ${heavy} c: ${heavy} d: ${heavy} }`;

  it("refuses an operation over the budget with COST_LIMIT_EXCEEDED (400), before any SQL runs", async () => {
    statements.reset();
    const res = await server.gql(overBudget);
    const expected = cost(overBudget);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expectUserError(res, {
      code: "COST_LIMIT_EXCEEDED",
      extensions: { cost: expected, maxCost: MAX_COST },
      exact: true,
      message: new RegExp(`^The query costs ${expected}; the maximum is ${MAX_COST}\\.`),
    });
    expect(statements.count).toBe(0);
  });

  it("runs one heavy query within the budget", async () => {
    const res = await server.gql(`{ ${heavy} }`);
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ["the standard introspection query", getIntrospectionQuery()],
    ["GraphiQL's introspection query", GRAPHIQL_INTROSPECTION],
  ])("answers %s", async (_name, query) => {
    const res = await server.gql<{ __schema: { types: unknown[] } }>(query);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.types.length).toBe(Object.keys(schema.getTypeMap()).length);
  });

  it("refuses aliases of __schema before any introspection resolver runs: 15,000 when parsing, 1,000 at validation", async () => {
    const typesResolver = vi.spyOn(__Schema.getFields().types!, "resolve");
    const bomb = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `s${i}: __schema { types { name fields { name args { name } } } }`).join(" ")} }`;
    try {
      const huge = await server.gql(bomb(15_000)); // 979 KB, 255,000 tokens
      expect(huge.status).toBe(400);
      expect(huge.data).toBeUndefined();
      expect(huge.errors).toHaveLength(1);
      expectUserError(huge, {
        code: "GRAPHQL_PARSE_FAILED",
        message: new RegExp(`more th.. ${MAX_TOKENS} tokens`),
      });

      const many = await server.gql(bomb(1_000));
      expect(many.status).toBe(400);
      expect(many.data).toBeUndefined();
      expect(many.errors).toHaveLength(1);
      expectUserError(many, {
        code: "GRAPHQL_VALIDATION_FAILED",
        message: /introspection \(__schema or __type\) 1000 times; at most 1/,
      });
      expect(typesResolver).not.toHaveBeenCalled();

      const one = await server.gql("{ __schema { types { name } } }");
      expect(one.errors).toBeUndefined();
      expect(typesResolver).toHaveBeenCalledTimes(1);
    } finally {
      typesResolver.mockRestore();
    }
  });

  it("refuses two introspection fields, __type and __schema alike, and takes one", async () => {
    const two = await server.gql('{ __type(name: "Post") { name } __schema { queryType { name } } }');
    expect(two.errors?.[0]?.message).toMatch(/2 times; at most 1 per request/);
    const aliased = await server.gql(
      '{ a: __type(name: "Post") { name } b: __type(name: "Query") { name } }',
    );
    expectUserError(aliased, { code: "GRAPHQL_VALIDATION_FAILED" });
    const one = await server.gql('{ __type(name: "Post") { name } __typename }');
    expect(one.errors).toBeUndefined();
  });

  it("applies the same cost and introspection limits to GET /export.csv", async () => {
    const get = async (query: string) => {
      const res = await fetch(`${server.url}/export.csv?${new URLSearchParams({ query }).toString()}`);
      return {
        status: res.status,
        body: (await res.json()) as ErrorsBody,
      };
    };
    statements.reset();
    const costly = await get(overBudget);
    expect(costly.status).toBe(400);
    expectUserError(costly.body, {
      code: "COST_LIMIT_EXCEEDED",
      extensions: { cost: cost(overBudget), maxCost: MAX_COST },
      exact: true,
    });
    expect(statements.count).toBe(0);
    const introspection = await get("{ a: __schema { types { name } } b: __schema { types { name } } }");
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.message).toMatch(/at most 1 per request/);
  });
});
