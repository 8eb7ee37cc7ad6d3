// GraphQL Code Generator: typed operations for the tests, from the committed schema.graphql.
// Run `npm run codegen` after changing an operation in test/ or after `npm run schema`.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["test/**/*.ts", "!test/gql/**"],
  ignoreNoDocuments: true,
  generates: {
    "test/gql/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: "string", DateTime: "string" },
      },
    },
  },
};

export default config;
