// URL parameters read as the saved query's variables, by each variable's declared type.
import { getOperationAST, parse, type GraphQLSchema, type OperationDefinitionNode } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { checkVariables, overrideVariables } from "../../src/queries/variable-overrides";
import { buildAppSchema } from "../../src/server/schema";
import { expectError, type ErrorLike } from "../helpers/errors";

const TEXT = `
  query Typed(
    $technology: ID!
    $from: Date = "2022-01-01"
    $first: Int
    $threshold: Float
    $technical: Boolean
    $by: Dimension
    $categories: [ID!]
    $filter: PostFilter
    $text: String
  ) {
    trend(technology: $technology, granularity: YEAR, from: $from, to: "2024-01-01", by: $by, filter: $filter) { period }
    posts(first: $first, filter: { categories: $categories, technical: $technical, text: $text }) { totalCount }
    highValueShare(technology: $technology, threshold: $threshold, period: { label: "p", from: "2022-01-01", to: "2023-01-01" }) { key }
    unmappedSkills(first: $first) { tag }
    n: unmappedSkills(minPosts: 1) { tag }
    c: categoryShare(technology: "ai", periods: []) { posts }
  }
`;

let schema: GraphQLSchema;
let operation: OperationDefinitionNode;
beforeAll(async () => {
  schema = await buildAppSchema();
  operation = getOperationAST(parse(TEXT))!;
});

function override(params: Record<string, string>, saved: Record<string, unknown> = { technology: "ai" }) {
  return overrideVariables(schema, operation, saved, params);
}

function thrown(fn: () => unknown): ErrorLike {
  try {
    fn();
  } catch (e) {
    return e as ErrorLike;
  }
  throw new Error("expected an error");
}

describe("overriding a saved query's variables from the URL", () => {
  it("reads each text by the variable's declared type: Int, Float, Boolean, enum, custom scalar", () => {
    expect(
      override({ first: "20", threshold: "2500.5", technical: "false", by: "COUNTRY", from: "2023-01-01" }),
    ).toEqual({
      technology: "ai",
      first: 20,
      threshold: 2500.5,
      technical: false,
      by: "COUNTRY",
      from: "2023-01-01",
    });
    expect(override({ technical: "1" }).technical).toBe(true);
  });

  it("lays the URL's values over the saved ones and keeps the others", () => {
    expect(override({ technology: "cloud" }, { technology: "ai", first: 5 })).toEqual({
      technology: "cloud",
      first: 5,
    });
  });

  it("reads a list comma-separated or as JSON, and an input object as JSON", () => {
    expect(override({ categories: "legal, translation" }).categories).toEqual(["legal", "translation"]);
    expect(override({ categories: '["legal","writing"]' }).categories).toEqual(["legal", "writing"]);
    expect(override({ filter: '{"from":"2023-01-01","technical":true}' }).filter).toEqual({
      from: "2023-01-01",
      technical: true,
    });
  });

  it("reads an empty value as null, except for a String", () => {
    expect(override({ first: "", text: "" })).toMatchObject({ first: null, text: "" });
  });

  it.each([
    ["first", "many", /\$first.*Int.*not a whole number/],
    ["first", "2.5", /not a whole number/],
    ["threshold", "lots", /\$threshold.*Float.*not a number/],
    ["technical", "maybe", /\$technical.*Boolean.*true or false/],
    ["filter", "from=2023", /\$filter.*PostFilter.*JSON object/],
    ["categories", "[legal", /\$categories.*not a JSON list/],
  ])("refuses %s=%s with BAD_USER_INPUT naming the variable", (name, text, message) => {
    expectError(
      thrown(() => override({ [name]: text })),
      { code: "BAD_USER_INPUT", field: name, message },
    );
  });

  it("refuses a parameter that names no variable of the query, listing those it has", () => {
    expectError(
      thrown(() => override({ frm: "2023-01-01" })),
      {
        code: "BAD_USER_INPUT",
        field: "frm",
        message: /no variable "\$frm".*technology, from, first/,
      },
    );
  });

  it("then checks the values against the schema: an enum value that does not exist names its variable", () => {
    const variables = override({ by: "PLANET" });
    expectError(
      thrown(() => checkVariables(schema, operation, variables)),
      {
        code: "BAD_USER_INPUT",
        field: "by",
        message: /"\$by".*PLANET/,
      },
    );
    expectError(
      thrown(() => checkVariables(schema, operation, override({ from: "2023-02-30" }))),
      {
        code: "BAD_USER_INPUT",
        field: "from",
      },
    );
  });

  it("says a required variable is missing and how to give it", () => {
    expectError(
      thrown(() => checkVariables(schema, operation, {})),
      {
        code: "BAD_USER_INPUT",
        field: "technology",
        message: /\$technology.*was not provided.*\?technology=/,
      },
    );
    expect(() => checkVariables(schema, operation, {}, { partial: true })).not.toThrow();
  });
});
