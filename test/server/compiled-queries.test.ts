// The query workers' compiled execution (graphql-jit) answers exactly what graphql-js answers:
// the same data and the same errors, as JSON, for queries of every kind the API serves; and it
// leaves operations with variables and mutations to graphql-js.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execute, getOperationAST, parse, type ExecutionResult } from "graphql";
import type { Db } from "../../src/db/client";
import { responseJson } from "../../src/server/apollo";
import { CompiledQueries } from "../../src/server/compiled-queries";
import { requestContext } from "../../src/server/context";
import { buildAppSchema } from "../../src/server/schema";
import { buildHttpTestSchema } from "./test-schema";
import { ANALYTICS_TAXONOMY, analyticsDb } from "../analytics/analytics.fixture";

const SERVICES = { taxonomy: ANALYTICS_TAXONOMY, classifyMode: "candidates" as const };

const ROWS =
  "totalRows rows { period { label from to } keys { dimension value label } measures { measure value } }";

/** Queries written without variables, as a BI tool or the playground sends them. */
const QUERIES: Record<string, string> = {
  "monthly means by subcategory": `{ analytics(query: { measures: [AVG_VALUE, HIGH_VALUE_SHARE, MEDIAN_VALUE],
    dimensions: [SUBCATEGORY], time: { granularity: MONTH, from: "2021-01-01", to: "2025-01-01" }, limit: 5000 }) { ${ROWS} } }`,
  "buckets x skills, rows without dates (written by the query's serializer)": `{ analytics(query: {
    measures: [POST_COUNT, SHARE_OF_TOTAL, MEDIAN_VALUE], dimensions: [BUCKET, SKILL] }) {
    totalRows rows { period { label } keys { dimension value label } measures { measure value } } } }`,
  "technology x group, quarterly, with shares": `{ analytics(query: { measures: [POST_COUNT, SHARE_OF_TOTAL],
    dimensions: [TECHNOLOGY, CATEGORY_GROUP], time: { granularity: QUARTER, from: "2022-01-01", to: "2024-01-01" } }) { ${ROWS} } }`,
  "skills and buckets of AI posts, yearly": `{ analytics(query: { technology: "ai", measures: [POST_COUNT, PENETRATION],
    dimensions: [BUCKET, SKILL], time: { granularity: YEAR, from: "2021-01-01", to: "2025-01-01" } }) { ${ROWS} } }`,
  "growth against a named period, nested where": `{ analytics(query: { technology: "ai", measures: [POST_COUNT, GROWTH],
    dimensions: [CATEGORY], time: { periods: [{ label: "2023", from: "2023-01-01", to: "2024-01-01" }] },
    compareTo: { label: "2022", from: "2022-01-01", to: "2023-01-01" },
    where: { op: OR, groups: [{ conditions: [{ field: CATEGORY_GROUP, in: ["technical"] }] },
      { op: AND, conditions: [{ field: CONTRACT_TYPE, in: ["hourly"] }, { field: POSTED_AT, from: "2022-06-01" }] }] } }) { ${ROWS} } }`,
  "the study's questions, defaults left out": `{
    categoryShare(technology: "ai", periods: [{ label: "2022", from: "2022-01-01", to: "2023-01-01" }]) {
      period category { id name technical } posts share penetration }
    highValueShare(technology: "ai", period: { label: "all", from: "2020-01-01", to: "2026-01-01" }) { key label share }
    concentration(technologies: ["ai", "cloud"], period: { label: "all", from: "2020-01-01", to: "2026-01-01" }) {
      technology { id } topShare hhi entropy } }`,
  "posts with an input object of defaults, aliases, fragments and directives": `{
    first: posts(first: 3, orderBy: {}) { ...page }
    byTitle: posts(first: 2, orderBy: { field: POSTED_AT, direction: DESC }) @include(if: true) { ...page }
    skipped: categories @skip(if: true) { id }
    __typename }
    fragment page on PostConnection { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id title } } }`,
  "a refused argument": `{ analytics(query: { measures: [POST_COUNT], technology: "nope" }) { totalRows } }`,
  "a refused argument beside an answer": `{ categories { id }
    analytics(query: { measures: [POST_COUNT], time: { granularity: MONTH, from: "2024-01-01", to: "2023-01-01" } }) { totalRows } }`,
};

function json(result: ExecutionResult): string {
  return JSON.stringify({ errors: result.errors, data: result.data });
}

describe("compiled queries", () => {
  let db: Db;
  beforeAll(async () => {
    db = await analyticsDb();
  });
  afterAll(() => db.$client.close());

  async function both(schemaQuery: string, schema = buildAppSchema()) {
    const s = await schema;
    const compiled = new CompiledQueries(s);
    const document = parse(schemaQuery);
    const operation = getOperationAST(document)!;
    const reference = await execute({
      schema: s,
      document,
      contextValue: requestContext(db, SERVICES, null),
    });
    const answer = await compiled.execute({
      document,
      operation,
      request: {},
      context: requestContext(db, SERVICES, null),
    });
    return { compiled: compiled.isCompiled(document, operation), reference, answer, queries: compiled };
  }

  it.each(Object.entries(QUERIES))("answers %s exactly as graphql-js does", async (_name, query) => {
    const { compiled, reference, answer } = await both(query);
    expect(compiled).toBe(true);
    expect(json(answer)).toBe(json(reference));
  });

  const ANSWERED = Object.entries(QUERIES).filter(([name]) => !name.startsWith("a refused"));

  it.each(ANSWERED)("writes the answer to %s as the same JSON text as graphql-js's", async (_name, query) => {
    const { reference, answer, queries } = await both(query);
    expect(answer.errors).toBeUndefined();
    expect(queries.responseJson({ data: answer.data })).toBe(responseJson({ data: reference.data }));
  });

  it("writes by the query's serializer (from its types), and the rest by JSON.stringify", async () => {
    // The bench's rows, without the periods' dates: graphql-jit makes no serializer for a query
    // with a field of a custom scalar (Date), as ROWS has.
    const { compiled, reference, answer, queries } = await both(`{ analytics(query: { measures: [AVG_VALUE],
      dimensions: [SUBCATEGORY], time: { granularity: MONTH, from: "2021-01-01", to: "2025-01-01" } }) {
      totalRows rows { period { label } keys { value } measures { value } } } }`);
    expect(compiled).toBe(true);
    expect(queries.responseJson({ data: answer.data })).toBe(responseJson({ data: reference.data }));
    const data = answer.data as { analytics: Record<string, unknown> };
    data.analytics.notInTheQuery = 1; // the serializer writes only the query's fields
    expect(queries.responseJson({ data })).not.toContain("notInTheQuery");
    expect(queries.responseJson({ data: { ...data } })).toContain("notInTheQuery");
    // With dates: compiled all the same, and written by JSON.stringify.
    const dated = await both(QUERIES["monthly means by subcategory"]!);
    expect(dated.compiled).toBe(true);
    const datedData = dated.answer.data as { analytics: Record<string, unknown> };
    datedData.analytics.notInTheQuery = 1;
    expect(dated.queries.responseJson({ data: datedData })).toContain("notInTheQuery");
  });

  it("has answers to compare: the analytics shapes return rows, the refused ones errors", async () => {
    const rows = await both(QUERIES["monthly means by subcategory"]!);
    const data = rows.answer.data as { analytics: { totalRows: number } };
    expect(data.analytics.totalRows).toBeGreaterThan(10);
    const refused = await both(QUERIES["a refused argument"]!);
    expect(refused.answer.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "query.technology",
    });
  });

  it("gives an error a resolver throws graphql-js's form: extensions, locations and path", async () => {
    const { compiled, reference, answer } = await both("{ brokenCount }", buildHttpTestSchema());
    expect(compiled).toBe(true);
    expect(answer.errors?.[0]?.extensions).toEqual({});
    expect(json(answer)).toBe(json(reference));
    expect(answer.errors?.[0]?.locations).toEqual([{ line: 1, column: 3 }]);
    expect(answer.errors?.[0]?.path).toEqual(["brokenCount"]);
  });

  it("leaves operations with variables and mutations to graphql-js", async () => {
    const compiled = new CompiledQueries(await buildAppSchema());
    const kinds = {
      variables: "query V($n: Int) { posts(first: $n) { totalCount } }",
      mutation: 'mutation { createBucket(expectedVersion: 1, name: "X") { __typename } }',
      plain: "{ posts(first: 1) { totalCount } }",
    };
    const isCompiled = (text: string) => {
      const document = parse(text);
      return compiled.isCompiled(document, getOperationAST(document)!);
    };
    expect(isCompiled(kinds.variables)).toBe(false);
    expect(isCompiled(kinds.mutation)).toBe(false);
    expect(isCompiled(kinds.plain)).toBe(true);
  });
});
