// Ordering and paging of `posts`: every order returns every matching post exactly once, in its
// order, page after page (keyset cursors that carry the sort key); PageInfo tells both ways.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import type { OrderedPostsQuery, PostOrderField, SortDirection } from "../gql/graphql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type GqlResult, type TestServer } from "../helpers/http";
import { postRows } from "../helpers/rows";
import { testRuntime } from "../helpers/runtime";

const OrderedPosts = graphql(`
  query OrderedPosts($filter: PostFilter, $first: Int, $after: String, $orderBy: PostOrder) {
    posts(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          source
          postedAt
          projectedValue
        }
      }
    }
  }
`);

interface Node {
  id: string;
  source: string;
  postedAt: string | null;
  projectedValue: number | null;
}

// 41 posts with many ties on the date and the value, and some of each missing.
const ROWS = postRows(41, (i) => ({
  id: `o${String(i).padStart(2, "0")}`,
  source: i % 3 === 0 ? "order-a" : "order-b",
  posted_at: i % 6 === 0 ? "" : `2023-0${(i % 4) + 1}-0${(i % 2) + 1}T12:00:00Z`,
  contract_type: "fixed",
  fixed_budget: i % 5 === 0 ? "" : String(100 * (i % 7)),
}));

const ORDERS: { field: PostOrderField; direction: SortDirection }[] = (
  ["ID", "POSTED_AT", "PROJECTED_VALUE"] as const
).flatMap((field) => (["ASC", "DESC"] as const).map((direction) => ({ field, direction })));

/** The expected order: missing values smallest, ties by import order in the same direction. */
function sorted(imported: Node[], order: { field: PostOrderField; direction: SortDirection }): string[] {
  const rank = new Map(imported.map((n, i) => [n.id, i]));
  const key = (n: Node): string | number | null =>
    order.field === "ID" ? rank.get(n.id)! : order.field === "POSTED_AT" ? n.postedAt : n.projectedValue;
  const cmp = (a: Node, b: Node): number => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === null) return -1;
      if (kb === null) return 1;
      return ka < kb ? -1 : 1;
    }
    return rank.get(a.id)! - rank.get(b.id)!;
  };
  const asc = [...imported].sort(cmp);
  return (order.direction === "ASC" ? asc : asc.reverse()).map((n) => n.id);
}

describe("posts in order, a page at a time", () => {
  let server: TestServer;
  let imported: Node[];

  beforeAll(async () => {
    const rt = testRuntime();
    await rt.importRows(ROWS);
    server = await startTestServer(rt.db, { services: rt.services, jobs: false });
    const all = await server.gql(OrderedPosts, { first: 500 });
    expect(all.errors).toBeUndefined();
    imported = all.data!.posts.edges.map((e) => e.node);
  });
  afterAll(() => server.close());

  it("the fixture has ties and missing values on both sort keys", () => {
    expect(imported).toHaveLength(41);
    expect(imported.map((n) => n.id)).toEqual(ROWS.map((r) => `${r.source}:${r.id}`));
    for (const k of ["postedAt", "projectedValue"] as const) {
      const values = imported.map((n) => n[k]);
      expect(values).toContain(null);
      expect(new Set(values.filter((v) => v !== null)).size).toBeLessThan(values.length / 3);
    }
  });

  async function pageThrough(
    orderBy: { field: PostOrderField; direction: SortDirection },
    first: number,
    filter?: Record<string, unknown>,
  ): Promise<{ ids: string[]; pages: number }> {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const res: GqlResult<OrderedPostsQuery> = await server.gql(OrderedPosts, {
        first,
        after,
        orderBy,
        filter,
      });
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data!.posts;
      pages++;
      expect(pageInfo.hasPreviousPage).toBe(after !== null);
      expect(pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
      expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
      ids.push(...edges.map((e) => e.node.id));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    return { ids, pages };
  }

  it.each(ORDERS)("by $field $direction returns every post exactly once, in order", async (orderBy) => {
    const { ids, pages } = await pageThrough(orderBy, 6);
    expect(pages).toBe(Math.ceil(41 / 6));
    expect(new Set(ids).size).toBe(41);
    expect(ids).toEqual(sorted(imported, orderBy));
  });

  it.each(ORDERS)(
    "by $field $direction with a filter pages through exactly the matching posts",
    async (orderBy) => {
      const { ids } = await pageThrough(orderBy, 4, { sources: ["order-a"] });
      expect(ids).toEqual(sorted(imported, orderBy).filter((id) => id.startsWith("order-a:")));
    },
  );

  it("orders by import order ascending when no orderBy is given, with cursors of that order", async () => {
    const plain = await server.gql(OrderedPosts, { first: 5 });
    const explicit = await server.gql(OrderedPosts, { first: 5, orderBy: { field: "ID", direction: "ASC" } });
    const defaults = await server.gql(OrderedPosts, { first: 5, orderBy: {} });
    expect(plain.data!.posts).toEqual(explicit.data!.posts);
    expect(defaults.data!.posts).toEqual(explicit.data!.posts);
    const next = await server.gql(OrderedPosts, { first: 5, after: plain.data!.posts.pageInfo.endCursor });
    expect(next.data!.posts.edges.map((e) => e.node.id)).toEqual(imported.slice(5, 10).map((n) => n.id));
  });

  it("says there is a previous page after the last post (an empty page), and none when no post precedes the cursor", async () => {
    const byValue = { field: "PROJECTED_VALUE", direction: "DESC" } as const;
    const all = await server.gql(OrderedPosts, { first: 500, orderBy: byValue });
    const last = all.data!.posts.edges.at(-1)!.cursor;
    const beyond = await server.gql(OrderedPosts, { first: 5, orderBy: byValue, after: last });
    expect(beyond.data!.posts.edges).toEqual([]);
    expect(beyond.data!.posts.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
    // The cursor of the first post overall, under a filter that leaves out that post and every
    // post before it: the filtered list has nothing before the cursor.
    const firstId = all.data!.posts.edges[0]!.node.id;
    const firstCursor = all.data!.posts.edges[0]!.cursor;
    const others = firstId.startsWith("order-a:") ? "order-b" : "order-a";
    const filtered = await server.gql(OrderedPosts, {
      first: 5,
      orderBy: byValue,
      after: firstCursor,
      filter: { sources: [others] },
    });
    expect(filtered.data!.posts.pageInfo.hasPreviousPage).toBe(false);
    const unfiltered = await server.gql(OrderedPosts, { first: 5, orderBy: byValue, after: firstCursor });
    expect(unfiltered.data!.posts.pageInfo.hasPreviousPage).toBe(true);
  });

  it("refuses a cursor of another order, or one it did not make, naming after", async () => {
    const byDate = await server.gql(OrderedPosts, {
      first: 3,
      orderBy: { field: "POSTED_AT", direction: "DESC" },
    });
    const cursor = byDate.data!.posts.pageInfo.endCursor;
    for (const orderBy of [
      undefined,
      { field: "POSTED_AT", direction: "ASC" },
      { field: "ID", direction: "DESC" },
    ] as const) {
      const res = await server.gql(OrderedPosts, { first: 3, after: cursor, orderBy });
      expectUserError(res, { code: "BAD_USER_INPUT", field: "after", message: /POSTED_AT_DESC/u });
    }
    const plain = (await server.gql(OrderedPosts, { first: 3 })).data!.posts.pageInfo.endCursor;
    const mixed = await server.gql(OrderedPosts, {
      first: 3,
      after: plain,
      orderBy: { field: "PROJECTED_VALUE", direction: "ASC" },
    });
    expectUserError(mixed, { code: "BAD_USER_INPUT", field: "after", message: /ID_ASC/u });
    const forged = Buffer.from('k:["POSTED_AT_DESC", 12, "x"]').toString("base64url");
    for (const after of ["not-a-cursor", forged]) {
      const res = await server.gql(OrderedPosts, {
        first: 3,
        after,
        orderBy: { field: "POSTED_AT", direction: "DESC" },
      });
      expectUserError(res, { code: "BAD_USER_INPUT", field: "after", message: /not a cursor/u });
    }
  });
});
