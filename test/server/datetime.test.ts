// Timestamps are DateTime (graphql-scalars' RFC 3339 scalar): answered as one text form, UTC with
// milliseconds, whatever form the value was stored or given in; calendar days stay Date.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DateTimeScalar } from "../../src/shared/scalars";
import { createApiKey } from "../../src/server/api-key.service";
import { graphql } from "../gql";
import { startTestServer, type TestServer } from "../helpers/http";
import { testRuntime } from "../helpers/runtime";

const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/u;

const ImportDated = graphql(`
  mutation ImportDated($rows: [PostInput!]!) {
    importPosts(rows: $rows) {
      id
      startedAt
      finishedAt
    }
  }
`);

const DatedPosts = graphql(`
  query DatedPosts {
    posts(first: 10, filter: { sources: ["dated"] }) {
      edges {
        node {
          externalId
          postedAt
          batch {
            startedAt
          }
        }
      }
    }
  }
`);

describe("DateTime", () => {
  it("writes stored text, Date objects and instants with an offset as UTC with milliseconds", () => {
    expect(DateTimeScalar.serialize("2021-04-13T09:12:09Z")).toBe("2021-04-13T09:12:09.000Z");
    expect(DateTimeScalar.serialize("2021-04-13T11:12:09.5+02:00")).toBe("2021-04-13T09:12:09.500Z");
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 7)))).toBe(
      "2024-02-29T23:59:59.007Z",
    );
  });

  it("refuses what is not an instant", () => {
    for (const bad of ["2021-04-13", "yesterday", "2021-02-30T00:00:00Z", true])
      expect(() => DateTimeScalar.serialize(bad)).toThrow(/DateTime/u);
  });

  describe("over GraphQL", () => {
    let server: TestServer;
    let editor: string;

    beforeAll(async () => {
      const rt = testRuntime();
      server = await startTestServer(rt.db, { services: rt.services, jobs: false });
      editor = createApiKey(rt.db, "editor").key;
    });
    afterAll(() => server.close());

    it("answers postedAt and the import's times as DateTime, a day as midnight UTC", async () => {
      const imported = await server.gql(
        ImportDated,
        {
          rows: [
            { id: "d1", source: "dated", title: "A day", postedAt: "2024-02-01" },
            { id: "d2", source: "dated", title: "With an offset", postedAt: "2024-02-01T10:30:00+02:00" },
            { id: "d3", source: "dated", title: "No date" },
          ],
        },
        editor,
      );
      expect(imported.errors).toBeUndefined();
      const batch = imported.data!.importPosts;
      expect(batch.startedAt).toMatch(ISO_UTC_MS);
      expect(batch.finishedAt).toMatch(ISO_UTC_MS);

      const res = await server.gql(DatedPosts);
      expect(res.errors).toBeUndefined();
      const byId = Object.fromEntries(res.data!.posts.edges.map((e) => [e.node.externalId, e.node]));
      expect(byId["d1"]!.postedAt).toBe("2024-02-01T00:00:00.000Z");
      expect(byId["d2"]!.postedAt).toBe("2024-02-01T08:30:00.000Z");
      expect(byId["d3"]!.postedAt).toBeNull();
      expect(byId["d1"]!.batch?.startedAt).toBe(batch.startedAt);
    });

    it("writes the same text into /export.csv", async () => {
      const query =
        '{ posts(first: 10, filter: { sources: ["dated"] }) { edges { node { externalId postedAt } } } }';
      const res = await fetch(`${server.url}/export.csv?${new URLSearchParams({ query }).toString()}`);
      expect(res.status).toBe(200);
      // Cells as plain text (not JSON of a Date object), whatever the columns are named.
      const cells = (await res.text()).split(/[,\r\n]+/u);
      expect(cells).toEqual(expect.arrayContaining(["2024-02-01T00:00:00.000Z", "2024-02-01T08:30:00.000Z"]));
    });
  });
});
