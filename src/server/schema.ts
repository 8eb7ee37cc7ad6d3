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
  built ??= buildSchema({ resolvers: RESOLVERS, authChecker, validate: false, emitSchemaFile: false }).catch(
    (error: unknown) => {
      built = undefined;
      throw error;
    },
  );
  return built;
}

/** The SDL of a schema, sorted so that the file does not change with import order. */
export function printAppSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
