// The query workers' compiled execution (graphql-jit) answers exactly what graphql-js answers:
// the same data and the same errors, as JSON, for queries of every kind the API serves, written
// with variables or without; and it leaves mutations, refused variables and missing or null
// variables inside input values to graphql-js.
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

const PERIODS = [
  { label: "2022", from: "2022-01-01", to: "2023-01-01" },
  { label: "2023", from: "2023-01-01", to: "2024-01-01" },
];

/**
 * Operations with variables, as clients and saved queries send them, and their values;
 * `compiled` says whether they run compiled with those values.
 */
const WITH_VARIABLES: Record<
  string,
  { query: string; variables: Record<string, unknown>; compiled: boolean }
> = {
  "a whole query object, with a recursive where (FilterGroupInput), enums and dates": {
    query: `query A($q: AnalyticsQuery!) { analytics(query: $q) { ${ROWS} } }`,
    variables: {
      q: {
        technology: "ai",
        measures: ["POST_COUNT", "GROWTH", "MEDIAN_VALUE"],
        dimensions: ["CATEGORY"],
        time: { periods: [{ label: "2023", from: "2023-01-01", to: "2024-01-01" }] },
        compareTo: { label: "2022", from: "2022-01-01", to: "2023-01-01" },
        where: {
          op: "OR",
          groups: [
            { conditions: [{ field: "CATEGORY_GROUP", in: ["technical"] }] },
            { groups: [{ conditions: [{ field: "CONTRACT_TYPE", in: ["hourly"] }] }] },
          ],
        },
      },
    },
    compiled: true,
  },
  "the study's questions with variables, one left to its default": {
    query: `query S($tech: ID! = "ai", $periods: [PeriodInput!]!, $all: PeriodInput!, $by: Dimension) {
      categoryShare(technology: $tech, periods: $periods) { period category { id } posts share penetration }
      highValueShare(technology: $tech, period: $all, by: $by) { key label share } }`,
    variables: { periods: PERIODS, all: { label: "all", from: "2020-01-01", to: "2026-01-01" }, by: null },
    compiled: true,
  },
  "variables inside an input object and a list": {
    query: `query T($g: Granularity, $from: Date, $to: Date, $m: Measure!) { analytics(query: {
      measures: [$m, AVG_VALUE], dimensions: [SUBCATEGORY], time: { granularity: $g, from: $from, to: $to } }) { ${ROWS} } }`,
    variables: { g: "QUARTER", from: "2021-01-01", to: "2025-01-01", m: "HIGH_VALUE_SHARE" },
    compiled: true,
  },
  "a variable inside an input object left out (graphql-js applies the field's default)": {
    query: `query O($field: PostOrderField, $n: Int = 3) {
      posts(first: $n, orderBy: { field: $field }) { totalCount edges { node { id } } } }`,
    variables: {},
    compiled: false,
  },
  "a variable inside an input object given null (graphql-js refuses the argument)": {
    query: `query N($to: Date) { analytics(query: { measures: [POST_COUNT],
      time: { periods: [{ label: "x", from: "2022-01-01", to: $to }] } }) { totalRows } }`,
    variables: { to: null },
    compiled: false,
  },
  "an input object from a variable, its fields' defaults left out": {
    query: `query P($order: PostOrder, $first: Int) { posts(first: $first, orderBy: $order) { ...page } }
      fragment page on PostConnection { totalCount edges { cursor node { id title } } }`,
    variables: { order: { direction: "DESC" }, first: 4 },
    compiled: true,
  },
  "directives by variables, and a nullable argument given null": {
    query: `query D($with: Boolean!, $without: Boolean = true, $after: String) {
      posts(first: 2, after: $after) @include(if: $with) { totalCount }
      categories @skip(if: $without) { id } technologies @include(if: $with) { id } }`,
    variables: { with: true, after: null },
    compiled: true,
  },
  "a refused value in a variable": {
    query: `query R($q: AnalyticsQuery!) { analytics(query: $q) { totalRows } }`,
    variables: { q: { measures: ["POST_COUNT"], technology: "nope" } },
    compiled: true,
  },
  "variables graphql-js refuses: a wrong type and a missing required one": {
    query: `query W($n: Int, $periods: [PeriodInput!]!) { posts(first: $n) { totalCount }
      categoryShare(technology: "ai", periods: $periods) { posts } }`,
    variables: { n: "three" },
    compiled: false,
  },
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

  async function both(schemaQuery: string, schema = buildAppSchema(), variables?: Record<string, unknown>) {
    const s = await schema;
    const compiled = new CompiledQueries(s);
    const document = parse(schemaQuery);
    const operation = getOperationAST(document)!;
    const reference = await execute({
      schema: s,
      document,
      variableValues: variables,
      contextValue: requestContext(db, SERVICES, null),
    });
    const answer = await compiled.execute({
      document,
      operation,
      request: { variables },
      context: requestContext(db, SERVICES, null),
    });
    return {
      compiled: compiled.isCompiled(document, operation, variables),
      reference,
      answer,
      queries: compiled,
    };
  }

  it.each(Object.entries(QUERIES))("answers %s exactly as graphql-js does", async (_name, query) => {
    const { compiled, reference, answer } = await both(query);
    expect(compiled).toBe(true);
    expect(json(answer)).toBe(json(reference));
  });

  it.each(Object.entries(WITH_VARIABLES))(
    "answers %s exactly as graphql-js does",
    async (_name, { query, variables, compiled: runsCompiled }) => {
      const { compiled, reference, answer } = await both(query, buildAppSchema(), variables);
      expect(compiled).toBe(runsCompiled);
      expect(json(answer)).toBe(json(reference));
    },
  );

  it("has answers with variables to compare: rows, defaults applied, refusals", async () => {
    const answer = async (name: string) => {
      const { query, variables } = WITH_VARIABLES[name]!;
      return (await both(query, buildAppSchema(), variables)).answer;
    };
    const whole = await answer(
      "a whole query object, with a recursive where (FilterGroupInput), enums and dates",
    );
    expect((whole.data as { analytics: { totalRows: number } }).analytics.totalRows).toBeGreaterThan(1);
    const nested = await answer("variables inside an input object and a list");
    expect((nested.data as { analytics: { totalRows: number } }).analytics.totalRows).toBeGreaterThan(10);
    const ordered = await answer("an input object from a variable, its fields' defaults left out");
    const ids = (ordered.data as { posts: { edges: { node: { id: string } }[] } }).posts.edges.map(
      (e) => e.node.id,
    );
    expect(ids).toHaveLength(4);
    expect(ids).not.toEqual([...ids].sort()); // DESC by the default field, ID
    const defaulted = await answer(
      "a variable inside an input object left out (graphql-js applies the field's default)",
    );
    expect((defaulted.data as { posts: { edges: unknown[] } }).posts.edges).toHaveLength(3);
    const refused = await answer("a refused value in a variable");
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "query.technology",
    });
    const wrong = await answer("variables graphql-js refuses: a wrong type and a missing required one");
    expect(wrong.errors?.map((e) => e.message)).toEqual([
      expect.stringContaining('Variable "$n" got invalid value "three"'),
      expect.stringContaining('Variable "$periods" of required type "[PeriodInput!]!" was not provided.'),
    ]);
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

  it("leaves mutations to graphql-js", async () => {
    const compiled = new CompiledQueries(await buildAppSchema());
    const kinds = {
      mutation: 'mutation { createBucket(expectedVersion: 1, name: "X") { __typename } }',
      plain: "{ posts(first: 1) { totalCount } }",
      variables: "query V($n: Int) { posts(first: $n) { totalCount } }",
    };
    const isCompiled = (text: string) => {
      const document = parse(text);
      return compiled.isCompiled(document, getOperationAST(document)!, { n: 1 });
    };
    expect(isCompiled(kinds.mutation)).toBe(false);
    expect(isCompiled(kinds.plain)).toBe(true);
    expect(isCompiled(kinds.variables)).toBe(true);
  });
});
