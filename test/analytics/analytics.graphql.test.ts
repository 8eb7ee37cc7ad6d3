// The analytics queries through the real HTTP + GraphQL path: answers equal the service's, and
// invalid questions come back as BAD_USER_INPUT naming the field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { categoryShare } from "../../src/analytics/analytics.service";
import type { Db } from "../../src/db/client";
import { graphql } from "../gql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { ANALYTICS_TAXONOMY, analyticsDb } from "./analytics.fixture";

const P2022 = { label: "2022", from: "2022-01-01", to: "2023-01-01" };
const P2023 = { label: "2023", from: "2023-01-01", to: "2024-01-01" };

const CategoryShare = graphql(`
  query AnalyticsCategoryShare($periods: [PeriodInput!]!) {
    categoryShare(technology: "ai", periods: $periods) {
      period
      category {
        id
        name
        technical
      }
      posts
      share
      penetration
    }
  }
`);

const EveryStudyQuery = graphql(`
  query AnalyticsEveryStudyQuery($p: PeriodInput!, $q: PeriodInput!) {
    growth(technology: "ai", from: $p, to: $q, by: CATEGORY_GROUP) {
      key
      label
      fromCount
      toCount
      growth
    }
    highValueShare(technology: "ai", period: $q) {
      key
      posts
      known
      unknown
      highValue
      share
    }
    concentration(technologies: ["ai", "cloud"], period: $q) {
      technology {
        id
      }
      posts
      topShare
      topCategories {
        id
      }
      hhi
      entropy
      categoriesOver1Pct
    }
    bucketDemand(period: $q, technology: "ai") {
      bucket {
        id
        name
      }
      posts
      share
      scopePosts
    }
    trend(technology: "ai", granularity: QUARTER, from: "2023-01-01", to: "2024-01-01") {
      period
      from
      to
      key
      posts
      total
      share
    }
    analytics(
      query: {
        measures: [POST_COUNT, HIGH_VALUE_SHARE]
        dimensions: [CATEGORY]
        technology: "ai"
        time: { periods: [$q] }
      }
    ) {
      totalRows
      rows {
        period {
          label
        }
        keys {
          dimension
          value
          label
        }
        measures {
          measure
          value
        }
      }
    }
  }
`);

let db: Db;
let server: TestServer;
beforeAll(async () => {
  db = await analyticsDb();
  server = await startTestServer(db, {
    services: { taxonomy: ANALYTICS_TAXONOMY, classifyMode: "candidates" },
  });
});
afterAll(() => server.close());

async function badInput(query: string, variables: Record<string, unknown>) {
  const res = await server.gql<unknown>(query, variables);
  const error = expectUserError(res, { code: "BAD_USER_INPUT" });
  return { message: error.message, field: error.extensions?.field };
}

describe("analytics over GraphQL", () => {
  it("answers categoryShare with the service's numbers, the no-category row last", async () => {
    const res = await server.gql(CategoryShare, { periods: [P2022, P2023] });
    expect(res.errors).toBeUndefined();
    const expected = categoryShare(db, { technology: "ai", periods: [P2022, P2023] });
    expect(
      res.data!.categoryShare.map((r) => [r.period, r.category?.id ?? null, r.posts, r.share, r.penetration]),
    ).toEqual(expected.map((r) => [r.period, r.category?.id ?? null, r.posts, r.share, r.penetration]));
  });

  it("answers every study query and a generic query in one request", async () => {
    const res = await server.gql(EveryStudyQuery, { p: P2022, q: P2023 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.growth.length).toBe(4);
    expect(res.data!.highValueShare).toHaveLength(1);
    expect(res.data!.concentration).toHaveLength(2);
    expect(res.data!.bucketDemand).toHaveLength(3);
    expect(res.data!.trend).toHaveLength(4);
  });

  it("refuses an unknown technology, naming the argument", async () => {
    const e = await badInput(
      `query($p: [PeriodInput!]!) { categoryShare(technology: "blockchain", periods: $p) { posts } }`,
      {
        p: [P2022],
      },
    );
    expect(e.field).toBe("technology");
    expect(e.message).toContain("blockchain");
  });

  it("refuses an empty list of periods and a period that ends before it starts", async () => {
    expect(
      (await badInput(`query { categoryShare(technology: "ai", periods: []) { posts } }`, {})).field,
    ).toBe("periods");
    const e = await badInput(
      `query($p: [PeriodInput!]!) { categoryShare(technology: "ai", periods: $p) { posts } }`,
      {
        p: [{ label: "x", from: "2023-05-01", to: "2023-01-01" }],
      },
    );
    expect(e.field).toBe("periods[0].to");
  });

  it("refuses a top-k below 1 and an unknown category", async () => {
    expect(
      (
        await badInput(
          `query($p: PeriodInput!) { concentration(technologies: ["ai"], period: $p, topK: 0) { hhi } }`,
          { p: P2022 },
        )
      ).field,
    ).toBe("topK");
    expect(
      (
        await badInput(
          `query($p: PeriodInput!) { bucketDemand(period: $p, category: "plumbing") { posts } }`,
          { p: P2022 },
        )
      ).field,
    ).toBe("category");
  });

  it("refuses GROWTH without a comparison period and PENETRATION without a technology", async () => {
    const q = `query($q: AnalyticsQuery!) { analytics(query: $q) { totalRows } }`;
    const growth = await badInput(q, { q: { measures: ["GROWTH"], time: { periods: [P2023] } } });
    expect(growth.field).toBe("query.compareTo");
    expect(growth.message).toContain("GROWTH");
    const penetration = await badInput(q, { q: { measures: ["PENETRATION"], dimensions: ["CATEGORY"] } });
    expect(penetration.field).toBe("query.technology");
  });

  it("refuses a trend whose range is empty", async () => {
    const e = await badInput(
      `query { trend(granularity: MONTH, from: "2023-02-01", to: "2023-01-01") { posts } }`,
      {},
    );
    expect(e.field).toBe("to");
  });
});
