// Plain fields are read straight from their objects. type-graphql otherwise gives every @Field a
// resolver that runs its middlewares and auth check, even where there are none, and GraphQL then
// calls it, with an info object, for every field of every row: a third of a large analytics
// answer's time in a worker. Every @ObjectType says `simpleResolvers: true`; a field with
// @Authorized or @UseMiddleware would then be skipped silently, so there must be none.
import { GraphQLObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAppSchema } from "../../src/server/schema";

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

describe("object types' fields", () => {
  it("have a resolver only where a @FieldResolver computes them", () => {
    const storage = getMetadataStorage();
    const typeName = new Map(storage.objectTypes.map((t) => [t.target, t.name]));
    const computed = new Set(
      storage.fieldResolvers.map((r) => `${typeName.get(r.getObjectType!())}.${r.schemaName}`),
    );
    const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
    const resolved: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__") || roots.has(type)) continue;
      for (const field of Object.values(type.getFields()))
        if (field.resolve) resolved.push(`${type.name}.${field.name}`);
    }
    expect(computed.size).toBeGreaterThan(10);
    expect(
      resolved.filter((f) => !computed.has(f)),
      "these fields get type-graphql's resolver: give their @ObjectType `simpleResolvers: true`",
    ).toEqual([]);
    expect(resolved.sort()).toEqual([...computed].sort());
  });

  it("carry no @Authorized or middleware, which simple resolvers would skip", () => {
    const guarded = getMetadataStorage()
      .fields.filter((f) => (f.roles?.length ?? 0) > 0 || (f.middlewares?.length ?? 0) > 0)
      .map((f) => `${f.target.name}.${f.name}`);
    expect(guarded).toEqual([]);
  });
});
