// Version views over GraphQL: the log pages, taxonomy(version) and bucketDemand as of a version.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { graphql } from "../gql";
import type { HistoryBucketDemandQuery } from "../gql/graphql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { smallDb } from "./edit-fixture";

const MoveChatbotsToMl = graphql(`
  mutation HistoryMoveChatbotsToMl {
    moveSkill(skillId: "chatbots", bucketId: "ml", expectedVersion: 1) {
      version
    }
  }
`);

const CreateAgentsBucket = graphql(`
  mutation HistoryCreateAgentsBucket {
    createBucket(name: "Agents", expectedVersion: 2) {
      version
    }
  }
`);

let db: Db;
let server: TestServer;
let editor: string;

beforeAll(async () => {
  db = await smallDb();
  server = await startTestServer(db);
  editor = createApiKey(db, "editor").key;
  // Version 2: chatbots move to Machine Learning. Version 3: a new bucket.
  const moved = await server.gql(MoveChatbotsToMl, {}, editor);
  expect(moved.errors).toBeUndefined();
  expect(moved.data?.moveSkill.version).toBe(2);
  const created = await server.gql(CreateAgentsBucket, {}, editor);
  expect(created.errors).toBeUndefined();
  expect(created.data?.createBucket.version).toBe(3);
});
afterAll(async () => {
  await server.close();
});

const ChangesPage = graphql(`
  query HistoryChangesPage($after: String, $since: Int) {
    taxonomyChanges(first: 2, after: $after, since: $since) {
      totalCount
      edges {
        cursor
        node {
          version
          operation
          actor
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const ChangesSince = graphql(`
  query HistoryChangesSince {
    taxonomyChanges(since: 2) {
      totalCount
      edges {
        node {
          version
        }
      }
    }
  }
`);

const Versions = graphql(`
  query HistoryVersions {
    v1: taxonomy(version: 1) {
      version
      buckets {
        id
        skills {
          id
          aliases {
            alias
            kind
          }
        }
      }
    }
    v2: taxonomy(version: 2) {
      buckets {
        id
        skills {
          id
        }
      }
    }
  }
`);

const FutureVersion = graphql(`
  query HistoryFutureVersion {
    taxonomy(version: 99) {
      version
    }
  }
`);

const BucketDemand = graphql(`
  query HistoryBucketDemand($v: Int) {
    bucketDemand(period: { label: "2023", from: "2023-01-01", to: "2024-01-01" }, taxonomyVersion: $v) {
      bucket {
        id
      }
      posts
    }
  }
`);
const byBucket = (d: HistoryBucketDemandQuery | undefined) =>
  Object.fromEntries((d?.bucketDemand ?? []).map((r) => [r.bucket.id, r.posts]));

describe("taxonomy versions over GraphQL", () => {
  it("pages the change log with cursors and a total", async () => {
    const p1 = await server.gql(ChangesPage);
    expect(p1.data?.taxonomyChanges.totalCount).toBe(3);
    expect(p1.data?.taxonomyChanges.edges.map((e) => e.node.operation)).toEqual(["loadFiles", "moveSkill"]);
    expect(JSON.parse(p1.data!.taxonomyChanges.edges[1]!.node.after!)).toMatchObject({
      skill: { id: "chatbots", bucketId: "ml" },
    });
    expect(p1.data?.taxonomyChanges.edges[1]?.node.actor).toMatch(/\(editor\)$/);
    expect(p1.data?.taxonomyChanges.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: p1.data?.taxonomyChanges.edges[0]?.cursor,
      endCursor: p1.data?.taxonomyChanges.edges[1]?.cursor,
    });
    const p2 = await server.gql(ChangesPage, { after: p1.data!.taxonomyChanges.pageInfo.endCursor });
    expect(p2.data?.taxonomyChanges.edges.map((e) => e.node.version)).toEqual([3]);
    expect(p2.data?.taxonomyChanges.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: p2.data?.taxonomyChanges.edges[0]?.cursor,
      endCursor: p2.data?.taxonomyChanges.edges[0]?.cursor,
    });
    // After version 1 but since version 2: nothing of that log comes before the page.
    const firstCursor = p1.data!.taxonomyChanges.pageInfo.startCursor;
    const sinceTwo = await server.gql(ChangesPage, { after: firstCursor, since: 2 });
    expect(sinceTwo.data?.taxonomyChanges.edges.map((e) => e.node.version)).toEqual([3]);
    expect(sinceTwo.data?.taxonomyChanges.pageInfo.hasPreviousPage).toBe(false);
    const since = await server.gql(ChangesSince);
    expect(since.data?.taxonomyChanges.totalCount).toBe(1);
  });

  it("shows the dictionary of any version, and NOT_FOUND for a future one", async () => {
    const res = await server.gql(Versions);
    expect(res.errors).toBeUndefined();
    expect(res.data?.v1.buckets.map((b) => b.id)).toEqual(["conversational-ai", "nlp", "ml"]);
    expect(res.data?.v1.buckets[0]?.skills[0]?.aliases).toEqual([
      { alias: "chatbots", kind: "TAG" },
      { alias: "chatbot development", kind: "TAG" },
      { alias: "chatbot", kind: "TAG" },
      { alias: "chatbot", kind: "PHRASE" },
    ]);
    expect(res.data?.v2.buckets.find((b) => b.id === "ml")?.skills.map((s) => s.id)).toEqual([
      "machine-learning",
      "chatbots",
    ]);
    const future = await server.gql(FutureVersion);
    expectUserError(future, { code: "NOT_FOUND", extensions: { currentVersion: 3 } });
  });

  it("answers bucketDemand as of a past version, and as of now by default", async () => {
    const now = await server.gql(BucketDemand);
    const v1 = await server.gql(BucketDemand, { v: 1 });
    expect(now.errors, JSON.stringify(now.errors)).toBeUndefined();
    expect(v1.errors, JSON.stringify(v1.errors)).toBeUndefined();
    expect(byBucket(v1.data)).toMatchObject({ "conversational-ai": 2, nlp: 2, ml: 1 });
    expect(byBucket(now.data)).toMatchObject({ "conversational-ai": 0, nlp: 2, ml: 3 });
    const bad = await server.gql(BucketDemand, { v: 42 });
    expectUserError(bad, { code: "NOT_FOUND" });
  });
});
