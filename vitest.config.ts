import fs from "node:fs";
import { configDefaults, defineConfig } from "vitest/config";

/** Test files that npm run test:postgres does not run yet, each with its reason. */
const POSTGRES_PENDING = JSON.parse(fs.readFileSync("test/postgres-pending.json", "utf8")) as Record<
  string,
  string
>;

export default defineConfig({
  // Apollo and type-graphql load graphql's CommonJS build; without this alias vitest would load
  // the ESM build for our files too, and two copies of graphql refuse each other's types.
  resolve: { alias: [{ find: /^graphql$/u, replacement: "graphql/index.js" }] },
  test: {
    include: ["test/**/*.test.ts"],
    // npm run test:postgres leaves out the files that do not run on PostgreSQL yet
    // (FRONTIER_TEST_PENDING=1 runs them too, to work on them).
    exclude:
      process.env.FRONTIER_TEST_DATABASE_URL && !process.env.FRONTIER_TEST_PENDING
        ? [...configDefaults.exclude, ...Object.keys(POSTGRES_PENDING)]
        : configDefaults.exclude,
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
