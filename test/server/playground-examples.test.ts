// The example queries the playground opens with stay valid as the schema changes.
import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { PLAYGROUND_EXAMPLES } from "../../src/server/playground";
import { buildAppSchema } from "../../src/server/schema";

describe("the playground's example queries", () => {
  it("are all valid against the application's schema", async () => {
    const schema = await buildAppSchema();
    for (const tab of PLAYGROUND_EXAMPLES) {
      expect(
        validate(schema, parse(tab.query)).map((e) => e.message),
        tab.query.split("\n")[0],
      ).toEqual([]);
    }
  });
});
