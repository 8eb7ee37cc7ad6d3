// The example queries the playground opens with stay valid as the schema changes, and run
// without an error with the variables their tab carries.
import { Kind, parse, print, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiKey } from "../../src/server/api-key.service";
import { PLAYGROUND_EXAMPLES } from "../../src/server/playground";
import { buildAppSchema } from "../../src/server/schema";
import { startTestServer, type TestServer } from "../helpers/http";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const title = (query: string) => query.split("\n")[0]!;

describe("the playground's example queries", () => {
  it("are all valid against the application's schema", async () => {
    const schema = await buildAppSchema();
    for (const tab of PLAYGROUND_EXAMPLES) {
      expect(
        validate(schema, parse(tab.query)).map((e) => e.message),
        title(tab.query),
      ).toEqual([]);
    }
  });

  it("cover growth, trend, the generic analytics and a dictionary edit with its preview", () => {
    const fields = PLAYGROUND_EXAMPLES.map((tab) => tab.query).join("\n");
    for (const field of ["growth(", "trend(", "analytics(", "previewTaxonomyChange(", "moveSkill("])
      expect(fields).toContain(field);
  });

  it("give variables as a JSON object to every tab whose operations declare some", () => {
    for (const tab of PLAYGROUND_EXAMPLES) {
      const declares = parse(tab.query).definitions.some(
        (d) => d.kind === Kind.OPERATION_DEFINITION && (d.variableDefinitions?.length ?? 0) > 0,
      );
      expect(tab.variables !== undefined, title(tab.query)).toBe(declares);
      if (tab.variables) expect(JSON.parse(tab.variables)).toBeTypeOf("object");
    }
  });

  describe("on a database with the project's dictionary", () => {
    let rt: TestRuntime;
    let server: TestServer;
    let editorKey: string;
    beforeAll(async () => {
      rt = testRuntime();
      server = await startTestServer(rt.db, { services: rt.services, jobs: false });
      editorKey = createApiKey(rt.db, "editor").key;
    });
    afterAll(async () => {
      await server?.close();
      rt?.db.$client.close();
    });

    it.each(PLAYGROUND_EXAMPLES.map((tab) => [title(tab.query), tab] as const))(
      "%s runs every operation without an error (with an editor key)",
      async (_title, tab) => {
        const variables = tab.variables ? (JSON.parse(tab.variables) as Record<string, unknown>) : undefined;
        for (const operation of parse(tab.query).definitions) {
          if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
          const result = await server.gql(
            print({ kind: Kind.DOCUMENT, definitions: [operation] }),
            variables,
            editorKey,
          );
          expect(result.errors, operation.name?.value).toBeUndefined();
          expect(result.data).toBeTruthy();
        }
      },
    );
  });
});
