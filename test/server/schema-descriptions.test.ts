// Issue 13: the schema documents itself. Every type, field, argument, input field and enum value
// a client can see carries a description; this lists every one that does not.
import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  buildSchema,
  isSpecifiedScalarType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/server/schema";

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

function documented(description: string | null | undefined): boolean {
  return typeof description === "string" && description.trim().length > 0;
}

/** Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) without a description. */
function undocumented(s: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!documented(description)) missing.push(coordinate);
  };
  const types: GraphQLNamedType[] = Object.values(s.getTypeMap()).filter(
    (t) => !t.name.startsWith("__") && !(t instanceof GraphQLScalarType && isSpecifiedScalarType(t)),
  );
  for (const type of types) {
    check(type.name, type.description);
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) check(`${type.name}.${field.name}(${arg.name}:)`, arg.description);
      }
    } else if (type instanceof GraphQLInputObjectType) {
      for (const field of Object.values(type.getFields()))
        check(`${type.name}.${field.name}`, field.description);
    } else if (type instanceof GraphQLEnumType) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing.sort();
}

describe("the schema documents itself", () => {
  it("gives every type, field, argument, input field and enum value a description", () => {
    const missing = undocumented(schema);
    expect(missing, `${missing.length} schema elements have no description:\n${missing.join("\n")}`).toEqual(
      [],
    );
  });

  it("finds an element without a description (the check itself can fail)", () => {
    const bare = buildSchema(`"""Root""" type Query { """A field""" ok(x: Int): Int, bare: String }`);
    expect(undocumented(bare)).toEqual(["Query.bare", "Query.ok(x:)"]);
  });
});
