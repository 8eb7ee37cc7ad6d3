// The model's name lists are the one declaration of measures, dimensions and filter fields: the
// schema's enums are built from them, so a name added to the model reaches clients with its
// description, in the model's order.
import { GraphQLEnumType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DIMENSION_NAMES,
  DIMENSIONS,
  FILTER_FIELD_DEFS,
  FILTER_FIELDS,
  GRANULARITIES,
  GRANULARITY,
  MEASURE_NAMES,
  MEASURES,
} from "../../src/analytics/analytics.model";
import { buildAppSchema } from "../../src/server/schema";

let schema: GraphQLSchema;

beforeAll(async () => {
  schema = await buildAppSchema();
});

function enumValues(name: string): { name: string; description: string | null | undefined }[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((v) => ({ name: v.name, description: v.description }));
}

describe("the schema's analytics enums", () => {
  it("lists every measure of the model, in its order, with the model's description", () => {
    expect(enumValues("Measure")).toEqual(
      MEASURE_NAMES.map((m) => ({ name: m, description: MEASURES[m].description })),
    );
  });

  it("lists every dimension of the model, in its order, with the model's description", () => {
    expect(enumValues("Dimension")).toEqual(
      DIMENSION_NAMES.map((d) => ({ name: d, description: DIMENSIONS[d].description })),
    );
  });

  it("lists every filter field of the model, in its order, with the model's description", () => {
    expect(enumValues("FilterField")).toEqual(
      FILTER_FIELDS.map((f) => ({ name: f, description: FILTER_FIELD_DEFS[f].description })),
    );
  });

  it("lists every granularity of the model, in its order, with the model's description", () => {
    expect(enumValues("Granularity")).toEqual(
      GRANULARITIES.map((g) => ({ name: g, description: GRANULARITY[g].description })),
    );
  });
});
