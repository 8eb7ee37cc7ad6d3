import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "migrations/", "test/gql/", "examples/gql/", "data/", "bench/out/"] },
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
  // Layers: db and shared at the bottom, the domains above them, server and cli on top. An import
  // may only go down, so that a low layer never depends on what is built on it (and no cycle forms).
  {
    files: ["src/db/**/*.ts", "src/shared/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(posts|classify|taxonomy|analytics|server|cli)(/|$)",
              message:
                "src/db and src/shared are below the domains, the server and the CLI: do not import them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      "src/posts/**/*.ts",
      "src/classify/**/*.ts",
      "src/taxonomy/**/*.ts",
      "src/analytics/**/*.ts",
      "src/queries/**/*.ts",
    ],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(server|cli)(/|$)",
              message: "The domains are below the server and the CLI: do not import them.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/server/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+cli(/|$)",
              message: "The server does not import the CLI (the CLI starts the server).",
            },
          ],
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
