// schema.graphql is committed for clients and codegen; this fails when it no longer matches
// the resolver classes.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildAppSchema, printAppSchema } from "../../src/server/schema";

const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "schema.graphql");

describe("schema.graphql", () => {
  it("matches the schema the resolvers build (run `npm run schema` and commit the file when this fails)", async () => {
    expect(fs.existsSync(SCHEMA_FILE), "schema.graphql is missing: run `npm run schema`").toBe(true);
    const committed = fs.readFileSync(SCHEMA_FILE, "utf8");
    const built = printAppSchema(await buildAppSchema());
    expect(built, "schema.graphql is stale: run `npm run schema` (then `npm run codegen`)").toBe(committed);
  });
});
