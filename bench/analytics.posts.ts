// Lists of posts for the analytics benchmark: a page of `posts` (20, with totalCount) under a
// filter and an order, as a user browsing the playground asks it. Each has DuckDB's SQL for the
// same page and count over the copied tables, and the check that both give the same posts in the
// same order and the same count. DuckDB has no full-text index, so no shape filters by text.

export interface PostShape {
  name: string;
  graphql: string;
  /** DuckDB: the page's external ids, in order. */
  duckPage: string;
  /** DuckDB: how many posts match. */
  duckCount: string;
}

interface PostsData {
  posts: { totalCount: number; edges: { node: { externalId: string } }[] };
}

/** What a page shows of its posts: the count and the external ids in order. */
export function frontierPage(data: unknown): { total: number; ids: string[] } {
  const p = (data as PostsData).posts;
  return { total: p.totalCount, ids: p.edges.map((e) => e.node.externalId) };
}

export function duckPageOf(pageRows: unknown[][], countRows: unknown[][]): { total: number; ids: string[] } {
  return { total: Number(countRows[0]![0]), ids: pageRows.map((r) => String(r[0])) };
}

const ORDER_SQL = {
  PROJECTED_VALUE: "p.projected_value",
  POSTED_AT: "p.posted_at",
  ID: "p.id",
} as const;

function shape(
  name: string,
  filter: string,
  order: { field: keyof typeof ORDER_SQL; direction: "ASC" | "DESC" },
  where: string,
): PostShape {
  const dir = order.direction;
  const nulls = dir === "ASC" ? "NULLS FIRST" : "NULLS LAST";
  const orderBy =
    order.field === "ID" ? `p.id ${dir}` : `${ORDER_SQL[order.field]} ${dir} ${nulls}, p.id ${dir}`;
  const whereSql = where ? `WHERE ${where}` : "";
  return {
    name,
    graphql: `{ posts(filter: ${filter}, first: 20, orderBy: { field: ${order.field}, direction: ${dir} }) {
      totalCount edges { node { externalId } } } }`,
    duckPage: `SELECT p.external_id FROM posts p ${whereSql} ORDER BY ${orderBy} LIMIT 20`,
    duckCount: `SELECT COUNT(*) FROM posts p ${whereSql}`,
  };
}

const labelled = (technology: string) =>
  `p.id IN (SELECT post_id FROM classifications WHERE technology_id = '${technology}' AND label = 1)`;

export const POST_SHAPES: PostShape[] = [
  shape("every post, highest value first", "{}", { field: "PROJECTED_VALUE", direction: "DESC" }, ""),
  shape(
    "AI posts, highest value first",
    `{ technology: "ai" }`,
    { field: "PROJECTED_VALUE", direction: "DESC" },
    labelled("ai"),
  ),
  shape(
    "AI posts of 2024, newest first",
    `{ technology: "ai", from: "2024-01-01", to: "2025-01-01" }`,
    { field: "POSTED_AT", direction: "DESC" },
    `${labelled("ai")} AND p.posted_at >= '2024-01-01' AND p.posted_at < '2025-01-01'`,
  ),
  shape(
    "cloud posts worth $21 or more, cheapest first",
    `{ technology: "cloud", minValue: 21 }`,
    { field: "PROJECTED_VALUE", direction: "ASC" },
    `${labelled("cloud")} AND p.projected_value >= 21`,
  ),
  shape(
    "posts tagged python, newest first",
    `{ skill: "python" }`,
    { field: "POSTED_AT", direction: "DESC" },
    "p.id IN (SELECT post_id FROM post_skills WHERE tag = 'python')",
  ),
  shape(
    "fixed-price posts of 2023, in import order",
    `{ contractTypes: [FIXED], from: "2023-01-01", to: "2024-01-01" }`,
    { field: "ID", direction: "ASC" },
    "p.contract_type = 'fixed' AND p.posted_at >= '2023-01-01' AND p.posted_at < '2024-01-01'",
  ),
  shape(
    "Data Science posts worth $5,000 or more, newest first",
    `{ categories: ["data-science-analytics"], minValue: 5000 }`,
    { field: "POSTED_AT", direction: "DESC" },
    "p.category_id = 'data-science-analytics' AND p.projected_value >= 5000",
  ),
];
