// GraphQL Code Generator: typed operations from the committed schema.graphql, for the tests
// (graphql() calls in test/, into test/gql/) and for the example client (the operations of
// examples/operations/*.graphql, into examples/gql/). Run `npm run codegen` after changing an
// operation or after `npm run schema`.
import type { CodegenConfig } from "@graphql-codegen/cli";

const clientOutput = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: {
    useTypeImports: true,
    enumsAsTypes: true,
    scalars: { Date: "string", DateTime: "string" },
  },
} as const;

const config: CodegenConfig = {
  schema: "schema.graphql",
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": { ...clientOutput, documents: ["test/**/*.ts", "!test/gql/**"] },
    "examples/gql/": { ...clientOutput, documents: ["examples/operations/*.graphql"] },
  },
};

export default config;
