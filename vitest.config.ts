import { defineConfig } from "vitest/config";

export default defineConfig({
  // Apollo and type-graphql load graphql's CommonJS build; without this alias vitest would load
  // the ESM build for our files too, and two copies of graphql refuse each other's types.
  resolve: { alias: [{ find: /^graphql$/u, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
