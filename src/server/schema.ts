// Builds the executable GraphQL schema from the resolver classes (once per process), and prints
// it the same way for the committed schema.graphql and the test that keeps that file fresh.
import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { authChecker } from "./auth";
import { RESOLVERS } from "./resolvers";

export { authChecker };

let built: Promise<GraphQLSchema> | undefined;

export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({ resolvers: RESOLVERS, authChecker, validate: false, emitSchemaFile: false })
    .then(describeRoots)
    .catch((error: unknown) => {
      built = undefined;
      throw error;
    });
  return built;
}

/** type-graphql has no decorator for the root types: their descriptions are set here. */
function describeRoots(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query)
    query.description =
      "Reads: posts, the taxonomy and its history, models and classification, and the study's analytics. Open to anyone unless FRONTIER_READS=key.";
  const mutation = schema.getMutationType();
  if (mutation)
    mutation.description =
      "Writes: imports and hand labels, dictionary edits (editor key), training, activation and reverts (admin key).";
  return schema;
}

/** The SDL of a schema, sorted so that the file does not change with import order. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
