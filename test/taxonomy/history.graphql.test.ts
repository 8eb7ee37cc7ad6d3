// Version views over GraphQL: the log pages, taxonomy(version) and bucketDemand as of a version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { smallDb } from "./edit-fixture";

let db: Db;
let server: TestServer;
let editor: string;

beforeAll(async () => {
  db = await smallDb();
  server = await startTestServer(db);
  editor = createApiKey(db, "editor").key;
  // Version 2: chatbots move to Machine Learning. Version 3: a new bucket.
  for (const m of [
    'moveSkill(skillId: "chatbots", bucketId: "ml", expectedVersion: 1) { version }',
    'createBucket(name: "Agents", expectedVersion: 2) { version }',
  ]) {
    const res = await server.gql(`mutation { ${m} }`, {}, editor);
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await server.close();
});

type Demand = { bucketDemand: { bucket: { id: string }; posts: number }[] };
const DEMAND = `query ($v: Int) { bucketDemand(period: { label: "2023", from: "2023-01-01", to: "2024-01-01" }, taxonomyVersion: $v) { bucket { id } posts } }`;
const byBucket = (d: Demand | undefined) =>
  Object.fromEntries((d?.bucketDemand ?? []).map((r) => [r.bucket.id, r.posts]));

describe("taxonomy versions over GraphQL", () => {
  it("pages the change log with cursors and a total", async () => {
    type Page = {
      taxonomyChanges: {
        totalCount: number;
        edges: {
          cursor: string;
          node: {
            version: number;
            operation: string;
            actor: string;
            before: string | null;
            after: string | null;
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const q = `query ($after: String) { taxonomyChanges(first: 2, after: $after) { totalCount edges { cursor node { version operation actor before after } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = await server.gql<Page>(q);
    expect(p1.data?.taxonomyChanges.totalCount).toBe(3);
    expect(p1.data?.taxonomyChanges.edges.map((e) => e.node.operation)).toEqual(["loadFiles", "moveSkill"]);
    expect(JSON.parse(p1.data!.taxonomyChanges.edges[1]!.node.after!)).toMatchObject({
      skill: { id: "chatbots", bucketId: "ml" },
    });
    expect(p1.data?.taxonomyChanges.edges[1]?.node.actor).toMatch(/\(editor\)$/);
    expect(p1.data?.taxonomyChanges.pageInfo.hasNextPage).toBe(true);
    const p2 = await server.gql<Page>(q, { after: p1.data!.taxonomyChanges.pageInfo.endCursor });
    expect(p2.data?.taxonomyChanges.edges.map((e) => e.node.version)).toEqual([3]);
    expect(p2.data?.taxonomyChanges.pageInfo).toEqual({
      hasNextPage: false,
      endCursor: p2.data?.taxonomyChanges.edges[0]?.cursor,
    });
    const since = await server.gql<Page>(
      "{ taxonomyChanges(since: 2) { totalCount edges { node { version } } } }",
    );
    expect(since.data?.taxonomyChanges.totalCount).toBe(1);
  });

  it("shows the dictionary of any version, and NOT_FOUND for a future one", async () => {
    const res = await server.gql<{
      v1: {
        version: number;
        buckets: { id: string; skills: { id: string; aliases: { alias: string; kind: string }[] }[] }[];
      };
      v2: { buckets: { id: string; skills: { id: string }[] }[] };
    }>(
      "{ v1: taxonomy(version: 1) { version buckets { id skills { id aliases { alias kind } } } } v2: taxonomy(version: 2) { buckets { id skills { id } } } }",
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.v1.buckets.map((b) => b.id)).toEqual(["conversational-ai", "nlp", "ml"]);
    expect(res.data?.v1.buckets[0]?.skills[0]?.aliases).toEqual([
      { alias: "chatbot development", kind: "TAG" },
      { alias: "chatbot", kind: "TAG" },
      { alias: "chatbot", kind: "PHRASE" },
    ]);
    expect(res.data?.v2.buckets.find((b) => b.id === "ml")?.skills.map((s) => s.id)).toEqual([
      "machine-learning",
      "chatbots",
    ]);
    const future = await server.gql("{ taxonomy(version: 99) { version } }");
    expectUserError(future, { code: "NOT_FOUND", extensions: { currentVersion: 3 } });
  });

  it("answers bucketDemand as of a past version, and as of now by default", async () => {
    const now = await server.gql<Demand>(DEMAND);
    const v1 = await server.gql<Demand>(DEMAND, { v: 1 });
    expect(now.errors, JSON.stringify(now.errors)).toBeUndefined();
    expect(v1.errors, JSON.stringify(v1.errors)).toBeUndefined();
    expect(byBucket(v1.data)).toMatchObject({ "conversational-ai": 2, nlp: 2, ml: 1 });
    expect(byBucket(now.data)).toMatchObject({ "conversational-ai": 0, nlp: 2, ml: 3 });
    const bad = await server.gql<Demand>(DEMAND, { v: 42 });
    expectUserError(bad, { code: "NOT_FOUND" });
  });
});
