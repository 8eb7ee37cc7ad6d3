// The example client (examples/client.ts) against a real server: each study question answers,
// through the typed documents of examples/gql/, what the analytics service computes on the same
// database; the API key goes in the header; errors come back as FrontierError with their code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bucketDemand,
  categoryShare,
  concentration,
  growth,
  highValueShare,
  runAnalytics,
  trend,
} from "../../src/analytics/analytics.service";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { createClient, FrontierError, studyQuestions } from "../../examples/client";
import { ANALYTICS_TAXONOMY, analyticsDb } from "../analytics/analytics.fixture";
import { startTestServer, type TestServer } from "../helpers/http";

const P2022 = { label: "2022", from: "2022-01-01", to: "2023-01-01" };
const P2023 = { label: "2023", from: "2023-01-01", to: "2024-01-01" };
const services = { taxonomy: ANALYTICS_TAXONOMY, classifyMode: "candidates" as const };

let db: Db;
let open: TestServer;
let closed: TestServer;
let ask: ReturnType<typeof studyQuestions>;
beforeAll(async () => {
  db = await analyticsDb();
  open = await startTestServer(db, { services });
  closed = await startTestServer(db, { services, reads: "key" });
  ask = studyQuestions(createClient({ url: `${open.url}/graphql` }));
});
afterAll(async () => {
  await open.close();
  await closed.close();
});

/** The rejection of a promise, which must be a FrontierError. */
async function frontierError(p: Promise<unknown>): Promise<FrontierError> {
  const e: unknown = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FrontierError);
  return e as FrontierError;
}

describe("the example client", () => {
  it("answers categoryShare with the service's rows, typed", async () => {
    const rows = await ask.categoryShare({ technology: "ai", periods: [P2022, P2023] });
    const expected = categoryShare(db, { technology: "ai", periods: [P2022, P2023] });
    expect(rows.length).toBeGreaterThan(2);
    expect(
      rows.map((r) => ({
        period: r.period,
        category: r.category?.id ?? null,
        posts: r.posts,
        technologyPosts: r.technologyPosts,
        categoryPosts: r.categoryPosts,
        share: r.share,
        penetration: r.penetration,
      })),
    ).toEqual(
      expected.map((r) => ({
        period: r.period,
        category: r.category?.id ?? null,
        posts: r.posts,
        technologyPosts: r.technologyPosts,
        categoryPosts: r.categoryPosts,
        share: r.share,
        penetration: r.penetration,
      })),
    );
  });

  it("answers growth and trend as the service does", async () => {
    const g = await ask.growth({ technology: "ai", from: P2022, to: P2023, by: "CATEGORY_GROUP" });
    expect(g).toEqual(growth(db, { technology: "ai", from: P2022, to: P2023, by: "CATEGORY_GROUP" }));
    expect(g[0]?.key).toBe("ALL");

    const t = await ask.trend({
      technology: "ai",
      granularity: "QUARTER",
      from: "2022-01-01",
      to: "2024-01-01",
    });
    expect(t.map((p) => p.period)).toEqual([
      "2022-Q1",
      "2022-Q2",
      "2022-Q3",
      "2022-Q4",
      "2023-Q1",
      "2023-Q2",
      "2023-Q3",
      "2023-Q4",
    ]);
    expect(t).toEqual(
      trend(db, { technology: "ai", granularity: "QUARTER", from: "2022-01-01", to: "2024-01-01" }),
    );
  });

  it("answers highValueShare with the default threshold of 1000 and with another one", async () => {
    const byDefault = await ask.highValueShare({ technology: "ai", period: P2023 });
    expect(byDefault).toEqual(highValueShare(db, { technology: "ai", period: P2023 }));
    const [all] = await ask.highValueShare({ technology: "ai", period: P2023, threshold: 0 });
    expect(all).toEqual(highValueShare(db, { technology: "ai", period: P2023, threshold: 0 })[0]);
    expect(all!.highValue).toBe(all!.known);
  });

  it("answers concentration per technology, top-2 by default", async () => {
    const rows = await ask.concentration({ technologies: ["ai", "cloud"], period: P2023 });
    const expected = concentration(db, { technologies: ["ai", "cloud"], period: P2023, topK: 2 });
    expect(rows.map((r) => r.technology.id)).toEqual(["ai", "cloud"]);
    expect(rows.every((r) => r.topCategories.length <= 2)).toBe(true);
    expect(rows).toEqual(
      expected.map((r) => ({
        ...r,
        technology: { id: r.technology.id, name: r.technology.name },
        topCategories: r.topCategories.map((c) => ({ id: c.id, name: c.name })),
      })),
    );
  });

  it("answers bucketDemand in a category and for a technology", async () => {
    const scope = { period: P2023, category: "data-science-analytics", technology: "ai" };
    const rows = await ask.bucketDemand(scope);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows).toEqual(
      bucketDemand(db, scope).map((r) => ({ ...r, bucket: { id: r.bucket.id, name: r.bucket.name } })),
    );
  });

  it("answers a generic analytics query with its measures by its dimensions", async () => {
    const query = {
      measures: ["POST_COUNT" as const, "HIGH_VALUE_SHARE" as const],
      dimensions: ["CATEGORY" as const],
      technology: "ai",
      time: { periods: [P2023] },
    };
    const answer = await ask.analytics({ query });
    const expected = runAnalytics(db, query);
    expect(answer.totalRows).toBe(expected.totalRows);
    expect(
      answer.rows.map((r) => [r.period?.label, r.keys.map((k) => k.value), r.measures.map((m) => m.value)]),
    ).toEqual(
      expected.rows.map((r) => [r.period?.label, r.keys.map((k) => k.value), r.measures.map((m) => m.value)]),
    );
  });

  it("surfaces a refused argument as a FrontierError with its code and field", async () => {
    const e = await frontierError(ask.categoryShare({ technology: "blockchain", periods: [P2023] }));
    expect(e).toMatchObject({ code: "BAD_USER_INPUT", field: "technology", status: 200 });
    expect(e.message).toContain("blockchain");
    const range = await frontierError(
      ask.growth({ technology: "ai", from: P2023, to: { label: "x", from: "2023-05-01", to: "2023-01-01" } }),
    );
    expect(range).toMatchObject({ code: "BAD_USER_INPUT", field: "to.to" });
  });

  it("sends its API key as a bearer token: refused without one when reads need a key", async () => {
    const url = `${closed.url}/graphql`;
    const anonymous = studyQuestions(createClient({ url }));
    const e = await frontierError(anonymous.growth({ technology: "ai", from: P2022, to: P2023 }));
    expect(e.code).toBe("UNAUTHENTICATED");

    const viewer = studyQuestions(createClient({ url, apiKey: createApiKey(db, "viewer").key }));
    const rows = await viewer.growth({ technology: "ai", from: P2022, to: P2023 });
    expect(rows).toEqual(growth(db, { technology: "ai", from: P2022, to: P2023 }));
  });
});
