// Error masking: user-facing codes reach the client as thrown; anything else is logged with its
// stack and reaches the client only as "Internal server error", with no SQL text or stack. A bad
// argument value is BAD_USER_INPUT naming its field, written in the query or sent as a variable.
import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb } from "../helpers/db";
import { expectUserError, type ErrorsBody } from "../helpers/errors";
import { PingQuery, startTestServer, type TestServer } from "../helpers/http";
import { testRuntime } from "../helpers/runtime";
import { createApiKey } from "../../src/server/api-key.service";
import { MASKED_ERROR, fieldOfVariableError, makeFormatError } from "../../src/server/errors";
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from "../../src/shared/errors";
import { buildHttpTestSchema } from "./test-schema";

function recordingLogger() {
  return { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

describe("internal errors", () => {
  it("from SQL inside a resolver are masked for the client and logged with their stack", async () => {
    const logger = recordingLogger();
    const server = await startTestServer(freshDb(), { schema: await buildHttpTestSchema(), logger });
    try {
      const res = await server.gql("{ brokenCount }");
      expect(res.errors).toEqual([
        { ...MASKED_ERROR, locations: [{ line: 1, column: 3 }], path: ["brokenCount"] },
      ]);
      const body = JSON.stringify(res);
      expect(body).not.toMatch(/table_that_is_missing|secret_column|SELECT|stack|\.ts:/);

      const logged = logger.error.mock.calls.map((c) => c.join(" ")).join("\n");
      // SQLite: no such table: x; PostgreSQL: relation "x" does not exist.
      expect(logged).toMatch(/no such table: table_that_is_missing|"table_that_is_missing" does not exist/);
      expect(logged).toMatch(/at brokenCount/);
      expect(logged).toMatch(/\n\s+at /); // the stack
    } finally {
      await server.close();
    }
  });

  it("while the request context is built (the key lookup fails in the database) are masked too", async () => {
    const db = freshDb();
    const { key } = createApiKey(db, "viewer");
    const logger = recordingLogger();
    const server = await startTestServer(db, { logger });
    try {
      db.$client.exec("DROP TABLE api_keys");
      const res = await server.gql(PingQuery, {}, key);
      expect(res.status).toBe(500);
      expect(res.errors).toEqual([MASKED_ERROR]);
      expect(JSON.stringify(res)).not.toMatch(/api_keys|SELECT|no such table|does not exist/);
      expect(logger.error.mock.calls.map((c) => c.join(" ")).join("\n")).toMatch(
        /no such table: api_keys|"api_keys" does not exist/,
      );
    } finally {
      await server.close();
    }
  });
});

describe("formatError", () => {
  const format = (error: GraphQLError, logger = recordingLogger()) =>
    makeFormatError(logger)({ message: error.message, extensions: { ...error.extensions } }, error);

  it.each([
    ["BAD_USER_INPUT", new BadUserInputError("bad date", "from")],
    ["NOT_FOUND", new NotFoundError("no post")],
    ["CONFLICT", new ConflictError("version moved", { currentVersion: 3 })],
    ["FORBIDDEN", new ForbiddenError("editors only")],
    [
      "PERSISTED_QUERY_NOT_FOUND",
      new GraphQLError("x", { extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }),
    ],
  ])("passes a user-facing error (%s) through unchanged and logs nothing", (_code, error) => {
    const logger = recordingLogger();
    expect(format(error, logger)).toEqual({ message: error.message, extensions: error.extensions });
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("masks an error with an unknown code", () => {
    expect(
      format(new GraphQLError("SQLITE_BUSY: database is locked", { extensions: { code: "SQLITE_BUSY" } })),
    ).toEqual(MASKED_ERROR);
  });

  it.each([
    ["SQLite's SQLITE_BUSY", "SQLITE_BUSY", "database is locked"],
    ["PostgreSQL's lock_not_available", "55P03", "canceling statement due to lock timeout"],
  ])("tells a write that timed out waiting for the lock (%s) as BUSY", (_name, code, message) => {
    const logger = recordingLogger();
    const original = Object.assign(new Error(message), { code });
    const formatted = format(
      new GraphQLError(message, { originalError: original, path: ["editSkill"] }),
      logger,
    );
    expect(formatted.extensions).toEqual({ code: "BUSY" });
    expect(formatted.message).toMatch(/busy with another write.*nothing was changed/);
    expect(logger.error).not.toHaveBeenCalled();
  });

  it("names the field of a variable coercion error", () => {
    expect(
      fieldOfVariableError(
        'Variable "$first" got invalid value "x"; Int cannot represent non-integer value: "x"',
      ),
    ).toBe("first");
    expect(
      fieldOfVariableError(
        'Variable "$filter" got invalid value "soon" at "filter.from"; Expected type "Date".',
      ),
    ).toBe("filter.from");
    expect(
      fieldOfVariableError(
        'Variable "$rows" got invalid value {} at "rows[0]"; Field "title" of required type "String!" was not provided.',
      ),
    ).toBe("rows[0].title");
    expect(fieldOfVariableError('Variable "$id" of required type "ID!" was not provided.')).toBe("id");
    expect(fieldOfVariableError("Something else")).toBeNull();

    const coerced = new GraphQLError(
      'Variable "$n" got invalid value "many"; Int cannot represent non-integer value',
      {
        extensions: { code: "BAD_USER_INPUT" },
      },
    );
    expect(format(coerced).extensions).toEqual({ code: "BAD_USER_INPUT", field: "n" });
  });
});

describe("a bad argument value written in the query", () => {
  let server: TestServer;
  const rt = testRuntime();
  beforeAll(async () => {
    server = await startTestServer(rt.db, { services: rt.services });
  });
  afterAll(() => server.close());

  /** The same argument as a literal and as a variable named like the argument. */
  const cases = [
    {
      what: "a date that does not exist",
      literal: '{ posts(filter: { from: "2023-13-45" }) { totalCount } }',
      variable: "query($filter: PostFilter) { posts(filter: $filter) { totalCount } }",
      variables: { filter: { from: "2023-13-45" } },
      field: "filter.from",
    },
    {
      what: "an unknown enum value in a list",
      literal: "{ analytics(query: { measures: [POST_COUNT, NOPE] }) { totalRows } }",
      variable: "query($query: AnalyticsQuery!) { analytics(query: $query) { totalRows } }",
      variables: { query: { measures: ["POST_COUNT", "NOPE"] } },
      field: "query.measures[1]",
    },
    {
      what: "a bad date in a nested input object",
      literal:
        '{ categoryShare(technology: "ai", periods: [{ label: "a", from: "2020-01-01", to: "2020-02-30" }]) { posts } }',
      variable:
        'query($periods: [PeriodInput!]!) { categoryShare(technology: "ai", periods: $periods) { posts } }',
      variables: { periods: [{ label: "a", from: "2020-01-01", to: "2020-02-30" }] },
      field: "periods[0].to",
    },
    {
      what: "a required input field left out",
      literal:
        '{ categoryShare(technology: "ai", periods: [{ from: "2020-01-01", to: "2021-01-01" }]) { posts } }',
      variable:
        'query($periods: [PeriodInput!]!) { categoryShare(technology: "ai", periods: $periods) { posts } }',
      variables: { periods: [{ from: "2020-01-01", to: "2021-01-01" }] },
      field: "periods[0].label",
    },
    {
      what: "an input field the type does not have",
      literal:
        '{ analytics(query: { measures: [POST_COUNT], where: { conditions: [{ field: TEXT, txt: "x" }] } }) { totalRows } }',
      variable: "query($query: AnalyticsQuery!) { analytics(query: $query) { totalRows } }",
      variables: {
        query: { measures: ["POST_COUNT"], where: { conditions: [{ field: "TEXT", txt: "x" }] } },
      },
      field: "query.where.conditions[0].txt",
    },
  ];

  it.each(cases)(
    "answers $what with BAD_USER_INPUT naming $field, as the same value in a variable",
    async (c) => {
      const literal = await server.gql(c.literal);
      const variable = await server.gql(c.variable, c.variables);
      for (const res of [literal, variable]) {
        expect(res.status).toBe(400);
        expect(res.errors).toHaveLength(1);
        expectUserError(res, { code: "BAD_USER_INPUT", field: c.field, exact: true });
      }
    },
  );

  it.each(cases)("names the argument path in GET /export.csv too: $what, $field", async (c) => {
    const res = await fetch(
      `${server.url}/export.csv?${new URLSearchParams({ query: c.literal }).toString()}`,
    );
    expect(res.status).toBe(400);
    expectUserError((await res.json()) as ErrorsBody, {
      code: "BAD_USER_INPUT",
      field: c.field,
      exact: true,
    });
  });

  it.each([
    ["an unknown field", "{ posts { nope } }"],
    ["an unknown argument", "{ posts(nope: 1) { totalCount } }"],
    ["a required argument left out", "{ categoryShare { posts } }"],
  ])("keeps GRAPHQL_VALIDATION_FAILED for what does not fit the schema: %s", async (_what, query) => {
    const res = await server.gql(query);
    expectUserError(res, { code: "GRAPHQL_VALIDATION_FAILED", exact: true });
  });
});
