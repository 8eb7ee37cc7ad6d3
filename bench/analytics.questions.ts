// The study's five questions of the analytics benchmark, and three of them with a filter the
// rollups do not keep, as GraphQL and as plain SQL over the raw tables, shared by analytics.bench.ts
// (SQLite, DuckDB) and analytics.postgres.bench.ts (PostgreSQL).

export const P2020_21 = { label: "2020-21", from: "2020-01-01", to: "2022-01-01" };
export const P2022_23 = { label: "2022-23", from: "2022-01-01", to: "2024-01-01" };
export const Y2024 = { label: "2024", from: "2024-01-01", to: "2025-01-01" };

// ---------------------------------------------------------------------------------------------
// The questions, as GraphQL and as plain SQL over the raw tables.

export interface Question {
  name: string;
  graphql: string;
  variables: Record<string, unknown>;
  /** Plain SQL over posts, classifications, categories (and the skill tables for buckets). */
  sql: string;
  /** The same for DuckDB, where posted_at is a TIMESTAMP (only where the SQL differs). */
  duckSql?: string;
}

/** categoryShare's counts: the technology's posts and every post per category and period. */
function categoryShareSql(filter: string): string {
  return `SELECT x.period, c.id, c.name, COUNT(*) AS everyone, SUM(x.label) AS posts FROM (
      SELECT CASE WHEN p.posted_at < '${P2020_21.to}' THEN '${P2020_21.label}' ELSE '${P2022_23.label}' END AS period,
             p.category_id, COALESCE(cl.label, 0) AS label
      FROM posts p LEFT JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai'
      WHERE p.posted_at >= '${P2020_21.from}' AND p.posted_at < '${P2022_23.to}' ${filter}) x
    LEFT JOIN categories c ON c.id = x.category_id
    GROUP BY x.period, c.id, c.name ORDER BY x.period, c.id`;
}

/** The monthly trend's counts, 2020-24 (DuckDB's posted_at is a TIMESTAMP). */
function trendSql(filter: string): Pick<Question, "sql" | "duckSql"> {
  const of = (
    month: string,
  ) => `SELECT ${month} AS month, COUNT(*) AS total, SUM(COALESCE(cl.label, 0)) AS posts
    FROM posts p LEFT JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai'
    WHERE p.posted_at >= '2020-01-01' AND p.posted_at < '2025-01-01' ${filter}
    GROUP BY month ORDER BY month`;
  return { sql: of("substr(p.posted_at, 1, 7)"), duckSql: of("strftime(p.posted_at, '%Y-%m')") };
}

/** Bucket demand's counts over the posts `scope` selects (its ids): the posts with a skill of each bucket. */
function bucketDemandSql(scope: string): string {
  return `WITH scope AS (${scope}),
    members AS (
      SELECT s.bucket_id, ps.post_id FROM scope JOIN post_skills ps ON ps.post_id = scope.id
        JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
      UNION
      SELECT s.bucket_id, ph.post_id FROM scope JOIN phrase_hits ph ON ph.post_id = scope.id
        JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id)
    SELECT b.id, b.name, COUNT(m.post_id) AS posts, (SELECT COUNT(*) FROM scope) AS scope_posts
    FROM buckets b LEFT JOIN members m ON m.bucket_id = b.id GROUP BY b.id, b.name ORDER BY b.id`;
}

export function questions(dsCategory: string): Question[] {
  const techJoin =
    "JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai' AND cl.label = 1";
  return [
    {
      name: "categoryShare (2 periods)",
      graphql: `query Q($periods: [PeriodInput!]!) {
        categoryShare(technology: "ai", periods: $periods) { period category { id name } posts share penetration }
      }`,
      variables: { periods: [P2020_21, P2022_23] },
      sql: categoryShareSql(""),
    },
    {
      name: "trend (monthly, 5 years)",
      graphql: `query Q { trend(technology: "ai", granularity: MONTH, from: "2020-01-01", to: "2025-01-01") { period posts total share } }`,
      variables: {},
      ...trendSql(""),
    },
    {
      name: "highValueShare (2022-23, by category)",
      graphql: `query Q($period: PeriodInput!) {
        highValueShare(technology: "ai", period: $period, by: CATEGORY) { key posts known highValue share }
      }`,
      variables: { period: P2022_23 },
      sql: `SELECT c.id, COUNT(*) AS posts, COUNT(p.projected_value) AS known,
               SUM(CASE WHEN p.projected_value > 1000 THEN 1 ELSE 0 END) AS high
        FROM posts p ${techJoin} LEFT JOIN categories c ON c.id = p.category_id
        WHERE p.posted_at >= '${P2022_23.from}' AND p.posted_at < '${P2022_23.to}'
        GROUP BY c.id ORDER BY c.id`,
    },
    {
      name: "analytics(query) (AI penetration by category, yearly 2021-24)",
      graphql: `query Q {
        analytics(query: { measures: [POST_COUNT, PENETRATION], technology: "ai", dimensions: [CATEGORY],
          time: { granularity: YEAR, from: "2021-01-01", to: "2025-01-01" } }) {
          totalRows rows { period { label } keys { value } measures { measure value } }
        }
      }`,
      variables: {},
      sql: `SELECT substr(p.posted_at, 1, 4) AS year, p.category_id, COUNT(*) AS everyone, SUM(COALESCE(cl.label, 0)) AS posts
        FROM posts p LEFT JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai'
        WHERE p.posted_at >= '2021-01-01' AND p.posted_at < '2025-01-01'
        GROUP BY year, p.category_id ORDER BY year, p.category_id`,
      duckSql: `SELECT strftime(p.posted_at, '%Y') AS year, p.category_id, COUNT(*) AS everyone, SUM(COALESCE(cl.label, 0)) AS posts
        FROM posts p LEFT JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai'
        WHERE p.posted_at >= '2021-01-01' AND p.posted_at < '2025-01-01'
        GROUP BY year, p.category_id ORDER BY year, p.category_id`,
    },
    {
      name: "bucketDemand (DS, AI, 2024)",
      graphql: `query Q($period: PeriodInput!, $category: ID) {
        bucketDemand(period: $period, category: $category, technology: "ai") { bucket { id name } posts share }
      }`,
      variables: { period: Y2024, category: dsCategory },
      sql: bucketDemandSql(
        `SELECT p.id FROM posts p ${techJoin}
          WHERE p.category_id = '${dsCategory}' AND p.posted_at >= '${Y2024.from}' AND p.posted_at < '${Y2024.to}'`,
      ),
    },
    // A technology's posts that are many: the snapshot answers, not SQL's index range per post.
    {
      name: "bucketDemand (AI, 2024)",
      graphql: `query Q($period: PeriodInput!) {
        bucketDemand(period: $period, technology: "ai") { bucket { id name } posts share }
      }`,
      variables: { period: Y2024 },
      sql: bucketDemandSql(
        `SELECT p.id FROM posts p ${techJoin} WHERE p.posted_at >= '${Y2024.from}' AND p.posted_at < '${Y2024.to}'`,
      ),
    },
    // Filters the rollups do not keep: the in-memory snapshot answers (docs/analytics.md).
    {
      name: "categoryShare, hourly contracts (2 periods)",
      graphql: `query Q($periods: [PeriodInput!]!) {
        categoryShare(technology: "ai", periods: $periods, filter: { contractTypes: [HOURLY] }) {
          period category { id name } posts share penetration
        }
      }`,
      variables: { periods: [P2020_21, P2022_23] },
      sql: categoryShareSql("AND p.contract_type = 'hourly'"),
    },
    {
      name: "bucketDemand, every post of 2024 on hourly contracts",
      graphql: `query Q($period: PeriodInput!) {
        bucketDemand(period: $period, filter: { contractTypes: [HOURLY] }) { bucket { id name } posts share }
      }`,
      variables: { period: Y2024 },
      sql: bucketDemandSql(
        `SELECT p.id FROM posts p
          WHERE p.contract_type = 'hourly' AND p.posted_at >= '${Y2024.from}' AND p.posted_at < '${Y2024.to}'`,
      ),
    },
    {
      name: "trend, posts of $1,000 or more (monthly, 5 years)",
      graphql: `query Q { trend(technology: "ai", granularity: MONTH, from: "2020-01-01", to: "2025-01-01", filter: { minValue: 1000 }) { period posts total share } }`,
      variables: {},
      ...trendSql("AND p.projected_value >= 1000"),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Frontier over HTTP.

export async function postGraphql(url: string, q: Pick<Question, "graphql" | "variables">): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: q.graphql, variables: q.variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data;
}
