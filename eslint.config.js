import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "migrations/", "test/gql/", "data/", "bench/out/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            "Use writeTransaction() from src/db/client.ts: every write transaction must begin IMMEDIATE so that concurrent writers wait instead of failing.",
        },
      ],
    },
  },
  {
    files: ["src/db/client.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        { selector: "ExportDefaultDeclaration", message: "Use named exports." },
      ],
    },
  },
  {
    files: ["*.config.ts", "*.config.js", "codegen.ts", "drizzle.config.ts"],
    rules: { "no-restricted-syntax": "off" },
  },
);
