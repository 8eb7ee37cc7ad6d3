// Posts over GraphQL: filters, paging, nested fields through DataLoaders (no N+1), importPosts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warmAnalytics } from "../../src/analytics/analytics.service";
import type { RawPostRow } from "../../src/posts/post.row";
import { createApiKey } from "../../src/server/api-key.service";
import { graphql } from "../gql";
import type { PostsPageQuery, PostsPageQueryVariables } from "../gql/graphql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { postRows } from "../helpers/rows";
import { testRuntime, type TestRuntime } from "../helpers/runtime";
import { countStatements, type StatementCounter } from "../helpers/statements";

const PostsPage = graphql(`
  query PostsPage($filter: PostFilter, $first: Int, $after: String) {
    posts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          postedAt
          projectedValue
          category {
            name
            technical
          }
          skills {
            tag
            skill {
              name
              bucket {
                name
              }
            }
          }
          technologies {
            technology {
              id
            }
            keywordHit
            label
            labelSource
            model {
              id
            }
          }
          batch {
            id
          }
        }
      }
    }
  }
`);

const ImportPosts = graphql(`
  mutation ImportPosts($rows: [PostInput!]!) {
    importPosts(rows: $rows) {
      id
      inserted
      rejected
      rejects {
        line
        reason
      }
    }
  }
`);

const CATEGORIES = ["Data Science & Analytics", "Translation", "Design & Creative", ""];

function fixtureRows(n: number): RawPostRow[] {
  return postRows(n, (i) => ({
    id: `p${String(i).padStart(3, "0")}`,
    source: i % 2 === 0 ? "fixture-a" : "fixture-b",
    title: i % 3 === 0 ? `Build a chatbot with machine learning #${i}` : `Translate a brochure #${i}`,
    description: i % 5 === 0 ? "We want sentiment analysis of reviews." : "Plain work.",
    category: CATEGORIES[i % CATEGORIES.length],
    posted_at: `2023-${String((i % 12) + 1).padStart(2, "0")}-15T10:00:00Z`,
    contract_type: "fixed",
    fixed_budget: String(100 * (i + 1)),
    skills: i % 3 === 0 ? "Chatbot Development;Python" : "Translation",
    ai: i % 7 === 0 ? "1" : "",
  }));
}

describe("posts over GraphQL", () => {
  let rt: TestRuntime;
  let server: TestServer;
  let statements: StatementCounter;

  beforeAll(async () => {
    rt = testRuntime();
    await rt.importRows(fixtureRows(60));
    // Pages are read from the in-memory snapshot, loaded once per process (as the server's
    // workers do at their start) and then kept in step.
    warmAnalytics(rt.db);
    // Count every statement the API runs, to catch N+1 queries.
    statements = countStatements(rt.db);
    server = await startTestServer(rt.db, { services: rt.services, jobs: false });
  });
  afterAll(() => server.close());

  it("runs the same number of statements for a nested page of 5 posts as for 50 (no N+1)", async () => {
    statements.reset();
    const small = await server.gql(PostsPage, { first: 5 });
    const smallCount = statements.count;
    statements.reset();
    const large = await server.gql(PostsPage, { first: 50 });
    expect(small.errors).toBeUndefined();
    expect(large.data?.posts.edges).toHaveLength(50);
    expect(statements.count).toBe(smallCount);
    expect(statements.count).toBeLessThan(15);
  });

  it("pages through all posts with cursors and reports the total", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof server.gql<PostsPageQuery, PostsPageQueryVariables>>> =
        await server.gql(PostsPage, { first: 25, after });
      const conn = page.data!.posts;
      expect(conn.totalCount).toBe(60);
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
  });

  it("filters by category, date range, value range, skill, source, text and technology", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await server.gql(PostsPage, { filter, first: 0 })).data!.posts.totalCount;
    const rows = fixtureRows(60);
    expect(await count({ categories: ["translation"] })).toBe(
      rows.filter((r) => r.category === "Translation").length,
    );
    expect(await count({ from: "2023-03-01", to: "2023-05-01" })).toBe(
      rows.filter((r) => r.posted_at! >= "2023-03" && r.posted_at! < "2023-05").length,
    );
    expect(await count({ minValue: 1000, maxValue: 2000 })).toBe(
      rows.filter((r) => Number(r.fixed_budget) >= 1000 && Number(r.fixed_budget) <= 2000).length,
    );
    expect(await count({ skill: "chatbot  DEVELOPMENT" })).toBe(
      rows.filter((r) => r.skills!.includes("Chatbot")).length,
    );
    expect(await count({ sources: ["fixture-b"] })).toBe(30);
    expect(await count({ text: "sentiment reviews" })).toBe(
      rows.filter((r) => r.description!.includes("sentiment")).length,
    );
    expect(await count({ text: '"translate a brochure"' })).toBe(
      rows.filter((r) => r.title!.startsWith("Translate")).length,
    );
    expect(await count({ technical: false, categories: ["translation"] })).toBe(
      rows.filter((r) => r.category === "Translation").length,
    );
    expect(await count({ externalIds: ["p001", "p002", "nope"] })).toBe(2);
  });

  it("shows each post's classification with its label source", async () => {
    const res = await server.gql(PostsPage, { filter: { externalIds: ["p007", "p003"] }, first: 10 });
    const byId = Object.fromEntries(res.data!.posts.edges.map((e) => [e.node.id, e.node]));
    const handAi = byId["fixture-b:p007"]!.technologies.find((t) => t.technology.id === "ai")!;
    expect(handAi).toMatchObject({ label: true, labelSource: "HAND" });
    const kwAi = byId["fixture-b:p003"]!.technologies.find((t) => t.technology.id === "ai")!;
    expect(kwAi).toMatchObject({ keywordHit: true, label: true, labelSource: "KEYWORD", model: null });
  });

  it("refuses a page size over the maximum and an invalid date, naming the argument", async () => {
    const big = await server.gql(PostsPage, { first: 501 });
    expectUserError(big, { code: "BAD_USER_INPUT", message: /first/u });
    const date = await server.gql(PostsPage, { filter: { from: "2023-02-30" } });
    expectUserError(date, { code: "BAD_USER_INPUT" });
    const order = await server.gql(PostsPage, { filter: { from: "2023-05-01", to: "2023-01-01" } });
    expectUserError(order, { code: "BAD_USER_INPUT", field: "filter.to" });
    const cat = await server.gql(PostsPage, { filter: { categories: ["cooking"] } });
    expectUserError(cat, { code: "BAD_USER_INPUT", field: "filter.categories" });
  });

  it("imports a small batch for an editor, refusing bad rows (a colon in the source too) with their position and reason", async () => {
    const anonymous = await server.gql(ImportPosts, { rows: [{ id: "x1", source: "api", title: "A post" }] });
    expectUserError(anonymous, { code: "UNAUTHENTICATED" });
    const { key } = createApiKey(rt.db, "editor");
    const res = await server.gql(
      ImportPosts,
      {
        rows: [
          {
            id: "x1",
            source: "api",
            title: "Fine-tune an LLM",
            postedAt: "2024-02-01",
            skills: ["Machine Learning"],
          },
          { id: "x2", source: "api", title: "", postedAt: "2024-02-01" },
          { id: "x3", source: "api", title: "Budget", fixedBudget: -5 },
          { id: "x4", source: "api:v2", title: "A source with a colon" },
        ],
      },
      key,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.importPosts).toMatchObject({
      inserted: 1,
      rejected: 3,
      rejects: [
        { line: 2, reason: "missing title" },
        { line: 3, reason: "negative fixed_budget -5" },
        { line: 4, reason: `source must not contain ':' (got 'api:v2'; a post's id is "<source>:<id>")` },
      ],
    });
  });
});
