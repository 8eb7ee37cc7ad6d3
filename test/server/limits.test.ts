// Limits: page size, query depth, query cost, and BAD_USER_INPUT for bad arguments.
import { parse, type OperationDefinitionNode } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../helpers/db";
import { startTestServer, type TestServer } from "../helpers/http";
import { COUNT } from "../../src/server/cost.table";
import {
  DEFAULT_PAGE_SIZE,
  MAX_COST,
  MAX_DEPTH,
  MAX_PAGE_SIZE,
  UNPAGED_LIST_FACTOR,
  checkPageSize,
  operationCost,
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

  it("refuses more than 500, negative or fractional sizes with BAD_USER_INPUT naming the argument", () => {
    for (const bad of [501, -1, 2.5]) {
      expect(() => checkPageSize(bad, "first")).toThrow(
        expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "first" } }),
      );
    }
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
    expect(tooDeep.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(tooDeep.errors?.[0]?.message).toBe(
      `The query is ${MAX_DEPTH + 1} levels deep; the maximum is ${MAX_DEPTH}. Split it into smaller queries.`,
    );
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
    expect(res.errors?.[0]?.extensions?.code).toBe("COST_LIMIT_EXCEEDED");
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
    expect(res.errors?.[0]?.extensions).toEqual({
      code: "COST_LIMIT_EXCEEDED",
      cost: 1_010_101,
      maxCost: MAX_COST,
    });
    expect(res.errors?.[0]?.message).toMatch(/^The query costs 1010101; the maximum is 100000\./);
  });

  it("answers first over the maximum page size with BAD_USER_INPUT naming first", async () => {
    const res = await server.gql("{ nodes(first: 501) { level } }");
    expect(res.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "first" });
    expect(res.errors?.[0]?.message).toMatch(/500/);
  });

  it("answers a variable of the wrong type with BAD_USER_INPUT naming the variable", async () => {
    const res = await server.gql("query($n: Int) { nodes(first: $n) { level } }", { n: "many" });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "n" });
    expect(res.errors?.[0]?.message).toMatch(/Int cannot represent/);
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
