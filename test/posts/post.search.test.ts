// Full-text search limits: a search text has at most 200 characters and 16 terms (a "quoted
// phrase" is one term), in posts' filter, in every filter: argument of the study questions and
// in the TEXT conditions of analytics, each refused with BAD_USER_INPUT naming its argument.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MAX_SEARCH_CHARS,
  MAX_SEARCH_TERMS,
  checkSearchText,
  searchTerms,
} from "../../src/posts/post.search";
import { graphql } from "../gql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { testRuntime } from "../helpers/runtime";

const SearchWithinLimits = graphql(`
  query SearchWithinLimits {
    posts(
      filter: {
        text: """
        "customer support" chatbot
        """
      }
    ) {
      totalCount
    }
  }
`);

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(" ");

describe("searchTerms", () => {
  it("takes each word, and each quoted phrase as one term", () => {
    expect(searchTerms('chatbot "customer support" LLM-ops')).toEqual([
      "chatbot",
      "customer support",
      "LLM",
      "ops",
    ]);
    expect(searchTerms(' "" !! ')).toEqual([]);
  });
});

describe("checkSearchText", () => {
  it(`accepts ${MAX_SEARCH_TERMS} terms in ${MAX_SEARCH_CHARS} characters and refuses more, naming the field`, () => {
    expect(() => checkSearchText(words(MAX_SEARCH_TERMS), "filter.text")).not.toThrow();
    expect(() => checkSearchText("a".repeat(MAX_SEARCH_CHARS), "filter.text")).not.toThrow();
    expect(() => checkSearchText(words(MAX_SEARCH_TERMS + 1), "filter.text")).toThrow(
      expect.objectContaining({
        message: `filter.text has 17 search terms; at most 16 (a "quoted phrase" counts as one)`,
        extensions: { code: "BAD_USER_INPUT", field: "filter.text" },
      }),
    );
    expect(() => checkSearchText("a".repeat(MAX_SEARCH_CHARS + 1), "q.text")).toThrow(
      expect.objectContaining({
        message: "q.text is 201 characters long; a search text takes at most 200",
        extensions: { code: "BAD_USER_INPUT", field: "q.text" },
      }),
    );
    expect(() => checkSearchText("!!", "filter.text")).toThrow(/has no words to search for/);
  });
});

describe("search text limits over GraphQL", () => {
  let server: TestServer;
  beforeAll(async () => {
    const rt = testRuntime();
    server = await startTestServer(rt.db, {
      services: rt.services,
    });
  });
  afterAll(() => server.close());

  const PERIOD = { label: "2023", from: "2023-01-01", to: "2024-01-01" };

  it("refuses a posts filter of 20,000 words with BAD_USER_INPUT naming filter.text", async () => {
    const res = await server.gql("query($f: PostFilter) { posts(filter: $f) { totalCount } }", {
      f: { text: "data ".repeat(20_000) },
    });
    expectUserError(res, { code: "BAD_USER_INPUT", field: "filter.text", exact: true });
  });

  it("refuses too many terms in the filter of a study question and of analytics", async () => {
    const share = await server.gql(
      'query($p: [PeriodInput!]!, $f: PostFilter) { categoryShare(technology: "ai", periods: $p, filter: $f) { posts } }',
      { p: [PERIOD], f: { text: words(17) } },
    );
    expectUserError(share, { code: "BAD_USER_INPUT", field: "filter.text", exact: true });
    const analytics = await server.gql("query($q: AnalyticsQuery!) { analytics(query: $q) { totalRows } }", {
      q: { measures: ["POST_COUNT"], filter: { text: words(17) } },
    });
    expectUserError(analytics, { code: "BAD_USER_INPUT", field: "query.filter.text", exact: true });
  });

  it("refuses a long TEXT condition of analytics, naming its place in where", async () => {
    const res = await server.gql("query($q: AnalyticsQuery!) { analytics(query: $q) { totalRows } }", {
      q: {
        measures: ["POST_COUNT"],
        where: {
          groups: [
            {
              conditions: [
                { field: "TEXT", text: "chatbot" },
                { field: "TEXT", text: "x".repeat(201) },
              ],
            },
          ],
        },
      },
    });
    expectUserError(res, {
      code: "BAD_USER_INPUT",
      field: "query.where.groups[0].conditions[1].text",
      exact: true,
    });
  });

  it("answers a search within the limits", async () => {
    const res = await server.gql(SearchWithinLimits);
    expect(res.errors).toBeUndefined();
    expect(res.data?.posts.totalCount).toBe(0);
  });
});
