// Ad-hoc generic analytics(query) shapes for the analytics benchmark: questions nobody
// pre-aggregated for. Together they use every dimension and measure, time by month, quarter,
// year and named (overlapping) periods, a nested AND / OR `where`, a text filter, and a
// technology set and unset. Each has the DuckDB SQL that computes the same answer over the
// copied raw tables (posts, classifications, the skill tables), with the columns in Frontier's
// order: period label, the keys, the measures. The text filter is FTS5 words in Frontier and
// ILIKE substrings in DuckDB: close, not identical.

import { parseValue, valueFromASTUntyped } from "graphql";

export interface AdHocShape {
  name: string;
  /** The AnalyticsQuery literal. */
  query: string;
  duck: string;
  /** The DuckDB answer is not expected to be identical (text search semantics). */
  approximate?: boolean;
}

/** (post_id, skill, bucket) of the live dictionary, by tag or phrase (LIVE_MEMBERSHIP, skill-membership.ts). */
const SKILL_MEMBERS = `skill_m AS (
  SELECT ps.post_id, s.id AS skill, s.bucket_id AS bucket FROM post_skills ps
    JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
  UNION SELECT ph.post_id, s.id, s.bucket_id FROM phrase_hits ph
    JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id)`;
const BUCKET_MEMBERS = `${SKILL_MEMBERS}, bucket_m AS (SELECT DISTINCT post_id, bucket FROM skill_m)`;
const QUARTER = "strftime(p.posted_at, '%Y') || '-Q' || quarter(p.posted_at)";

export const ADHOC_SHAPES: AdHocShape[] = [
  {
    name: "median value by experience x contract",
    query: "{ measures: [POST_COUNT, MEDIAN_VALUE], dimensions: [EXPERIENCE_LEVEL, CONTRACT_TYPE] }",
    duck: `SELECT NULL AS period, p.experience_level, p.contract_type, COUNT(*) AS n, median(p.projected_value)
      FROM posts p GROUP BY ALL ORDER BY 2 NULLS LAST, 3 NULLS LAST`,
  },
  {
    name: "share by technology x group, quarterly 2022-23",
    query: `{ measures: [POST_COUNT, SHARE_OF_TOTAL], dimensions: [TECHNOLOGY, CATEGORY_GROUP],
      time: { granularity: QUARTER, from: "2022-01-01", to: "2024-01-01" } }`,
    duck: `WITH scope AS (SELECT p.id, ${QUARTER} AS period, p.category_id FROM posts p
        WHERE p.posted_at >= '2022-01-01' AND p.posted_at < '2024-01-01'),
      totals AS (SELECT period, COUNT(*) AS n FROM scope GROUP BY period)
      SELECT s.period, c.technology_id, CASE g.technical WHEN 1 THEN 'technical' WHEN 0 THEN 'non-technical' END AS grp,
        COUNT(*) AS n, COUNT(*) / ANY_VALUE(t.n)
      FROM scope s JOIN classifications c ON c.post_id = s.id AND c.label = 1
        LEFT JOIN categories g ON g.id = s.category_id JOIN totals t ON t.period = s.period
      GROUP BY s.period, c.technology_id, grp ORDER BY 1, 2 NULLS LAST, 3 NULLS LAST`,
  },
  {
    name: "AI posts by bucket, yearly 2021-24",
    query: `{ technology: "ai", measures: [POST_COUNT], dimensions: [BUCKET],
      time: { granularity: YEAR, from: "2021-01-01", to: "2025-01-01" } }`,
    duck: `WITH ${BUCKET_MEMBERS}
      SELECT strftime(p.posted_at, '%Y') AS period, m.bucket, COUNT(*)
      FROM posts p JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai' AND c.label = 1
        JOIN bucket_m m ON m.post_id = p.id
      WHERE p.posted_at >= '2021-01-01' AND p.posted_at < '2025-01-01' GROUP BY ALL ORDER BY 1, 2`,
  },
  {
    name: "posts by skill",
    query: "{ measures: [POST_COUNT], dimensions: [SKILL] }",
    duck: `WITH ${SKILL_MEMBERS}
      SELECT NULL AS period, skill, COUNT(DISTINCT post_id) FROM skill_m GROUP BY skill ORDER BY 2`,
  },
  {
    name: "AI penetration and growth by country, 2023 vs 2022",
    query: `{ technology: "ai", measures: [POST_COUNT, PENETRATION, GROWTH], dimensions: [COUNTRY],
      time: { periods: [{ label: "2023", from: "2023-01-01", to: "2024-01-01" }] },
      compareTo: { label: "2022", from: "2022-01-01", to: "2023-01-01" } }`,
    duck: `WITH g AS (SELECT (p.posted_at >= '2023-01-01') AS cur, p.country, COUNT(*) AS everyone, COUNT(c.post_id) AS n
        FROM posts p LEFT JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai' AND c.label = 1
        WHERE p.posted_at >= '2022-01-01' AND p.posted_at < '2024-01-01' GROUP BY ALL)
      SELECT '2023' AS period, a.country, a.n, a.n / a.everyone, (a.n - b.n) / NULLIF(b.n, 0)
      FROM g a LEFT JOIN g b ON NOT b.cur AND b.country IS NOT DISTINCT FROM a.country
      WHERE a.cur AND a.n > 0 ORDER BY 2 NULLS LAST`,
  },
  {
    name: "mean value and high-value share by subcategory, monthly 2023",
    query: `{ measures: [AVG_VALUE, HIGH_VALUE_SHARE], dimensions: [SUBCATEGORY],
      time: { granularity: MONTH, from: "2023-01-01", to: "2024-01-01" }, limit: 5000 }`,
    duck: `SELECT strftime(p.posted_at, '%Y-%m') AS period, p.subcategory, AVG(p.projected_value),
        COUNT(*) FILTER (WHERE p.projected_value > 1000) / NULLIF(COUNT(p.projected_value), 0)
      FROM posts p WHERE p.posted_at >= '2023-01-01' AND p.posted_at < '2024-01-01'
      GROUP BY ALL ORDER BY 1, 2 NULLS LAST`,
  },
  {
    name: "cloud by category, three overlapping named periods",
    query: `{ technology: "cloud", measures: [POST_COUNT, SHARE_OF_TOTAL, MEDIAN_VALUE], dimensions: [CATEGORY],
      time: { periods: [{ label: "2020-21", from: "2020-01-01", to: "2022-01-01" },
        { label: "2021-22", from: "2021-01-01", to: "2023-01-01" }, { label: "2022-23", from: "2022-01-01", to: "2024-01-01" }] } }`,
    duck: `WITH periods(pos, label, d0, d1) AS (VALUES
        (0, '2020-21', TIMESTAMP '2020-01-01', TIMESTAMP '2022-01-01'),
        (1, '2021-22', TIMESTAMP '2021-01-01', TIMESTAMP '2023-01-01'),
        (2, '2022-23', TIMESTAMP '2022-01-01', TIMESTAMP '2024-01-01')),
      scope AS (SELECT t.pos, t.label, p.category_id, p.projected_value FROM periods t
        JOIN posts p ON p.posted_at >= t.d0 AND p.posted_at < t.d1
        JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'cloud' AND c.label = 1),
      totals AS (SELECT pos, COUNT(*) AS n FROM scope GROUP BY pos)
      SELECT s.label, s.category_id, COUNT(*), COUNT(*) / ANY_VALUE(t.n), median(s.projected_value)
      FROM scope s JOIN totals t ON t.pos = s.pos GROUP BY s.pos, s.label, s.category_id
      ORDER BY s.pos, 2 NULLS LAST`,
  },
  {
    name: "nested AND / OR where, by category",
    query: `{ measures: [POST_COUNT, AVG_VALUE], dimensions: [CATEGORY], where: { op: AND,
      conditions: [{ field: CONTRACT_TYPE, in: ["fixed"] }],
      groups: [{ op: OR, conditions: [{ field: CATEGORY_GROUP, in: ["technical"] }, { field: VALUE, gt: 5000 }] },
        { op: OR, conditions: [{ field: EXPERIENCE_LEVEL, in: ["Expert"] }, { field: COUNTRY, notIn: ["United States"] }] }] } }`,
    duck: `SELECT NULL AS period, p.category_id, COUNT(*), AVG(p.projected_value)
      FROM posts p LEFT JOIN categories g ON g.id = p.category_id
      WHERE p.contract_type = 'fixed' AND (g.technical = 1 OR p.projected_value > 5000)
        AND (p.experience_level = 'Expert' OR p.country IS NULL OR p.country <> 'United States')
      GROUP BY ALL ORDER BY 2 NULLS LAST`,
  },
  {
    name: "text 'chatbot': buckets per year",
    query: `{ measures: [POST_COUNT], dimensions: [BUCKET], where: { conditions: [{ field: TEXT, text: "chatbot" }] },
      time: { granularity: YEAR, from: "2020-01-01", to: "2025-01-01" } }`,
    duck: `WITH ${BUCKET_MEMBERS},
      hits AS (SELECT id, posted_at FROM posts WHERE title ILIKE '%chatbot%' OR description ILIKE '%chatbot%')
      SELECT strftime(h.posted_at, '%Y') AS period, m.bucket, COUNT(*) FROM hits h JOIN bucket_m m ON m.post_id = h.id
      WHERE h.posted_at >= '2020-01-01' AND h.posted_at < '2025-01-01' GROUP BY ALL ORDER BY 1, 2`,
    approximate: true,
  },
  {
    name: "RPA by technology x experience, 2024 vs 2023",
    query: `{ technology: "rpa", measures: [POST_COUNT, GROWTH], dimensions: [TECHNOLOGY, EXPERIENCE_LEVEL],
      time: { periods: [{ label: "2024", from: "2024-01-01", to: "2025-01-01" }] },
      compareTo: { label: "2023", from: "2023-01-01", to: "2024-01-01" } }`,
    duck: `WITH r AS (SELECT p.id, (p.posted_at >= '2024-01-01') AS cur, p.experience_level FROM posts p
        JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'rpa' AND c.label = 1
        WHERE p.posted_at >= '2023-01-01' AND p.posted_at < '2025-01-01'),
      g AS (SELECT r.cur, t.technology_id AS tech, r.experience_level AS lvl, COUNT(*) AS n
        FROM r JOIN classifications t ON t.post_id = r.id AND t.label = 1 GROUP BY ALL)
      SELECT '2024' AS period, a.tech, a.lvl, a.n, (a.n - b.n) / NULLIF(b.n, 0)
      FROM g a LEFT JOIN g b ON NOT b.cur AND b.tech = a.tech AND b.lvl IS NOT DISTINCT FROM a.lvl
      WHERE a.cur ORDER BY 2, 3 NULLS LAST`,
  },
  {
    name: "top 20 contract x country x experience",
    query: `{ measures: [POST_COUNT, SHARE_OF_TOTAL], dimensions: [CONTRACT_TYPE, COUNTRY, EXPERIENCE_LEVEL],
      order: [{ by: "POST_COUNT", direction: DESC }], limit: 20 }`,
    duck: `SELECT NULL AS period, p.contract_type, p.country, p.experience_level, COUNT(*) AS n,
        COUNT(*) / (SELECT COUNT(*) FROM posts)
      FROM posts p GROUP BY ALL ORDER BY n DESC, 2 NULLS LAST, 3 NULLS LAST, 4 NULLS LAST LIMIT 20`,
  },
  {
    name: "AI skill penetration in Data Science, monthly 2024",
    query: `{ technology: "ai", measures: [POST_COUNT, PENETRATION], dimensions: [SKILL],
      time: { granularity: MONTH, from: "2024-01-01", to: "2025-01-01" },
      where: { conditions: [{ field: CATEGORY, in: ["data-science-analytics"] }] } }`,
    duck: `WITH ${SKILL_MEMBERS},
      s AS (SELECT strftime(p.posted_at, '%Y-%m') AS period, p.id, c.post_id IS NOT NULL AS t FROM posts p
        LEFT JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai' AND c.label = 1
        WHERE p.category_id = 'data-science-analytics' AND p.posted_at >= '2024-01-01' AND p.posted_at < '2025-01-01')
      SELECT s.period, m.skill, COUNT(*) FILTER (WHERE s.t) AS n, COUNT(*) FILTER (WHERE s.t) / COUNT(*)
      FROM s JOIN (SELECT DISTINCT post_id, skill FROM skill_m) m ON m.post_id = s.id
      GROUP BY ALL HAVING COUNT(*) FILTER (WHERE s.t) > 0 ORDER BY 1, 2`,
  },
  {
    name: "value above $5,000 by contract, since 2022, one source",
    query: `{ measures: [HIGH_VALUE_SHARE, MEDIAN_VALUE, AVG_VALUE], dimensions: [CONTRACT_TYPE], threshold: 5000,
      where: { conditions: [{ field: POSTED_AT, from: "2022-01-01" }, { field: SOURCE, in: ["demo-synthetic"] }] } }`,
    duck: `SELECT NULL AS period, p.contract_type,
        COUNT(*) FILTER (WHERE p.projected_value > 5000) / NULLIF(COUNT(p.projected_value), 0),
        median(p.projected_value), AVG(p.projected_value)
      FROM posts p WHERE p.posted_at >= '2022-01-01' AND p.source IN ('demo-synthetic')
      GROUP BY ALL ORDER BY 2 NULLS LAST`,
  },
];

const ADHOC_ROWS = "totalRows rows { period { label } keys { value } measures { value } }";

/** The GraphQL operation of a shape, its query written into the text. */
export function adhocGraphql(shape: AdHocShape): string {
  return `query Q { analytics(query: ${shape.query}) { ${ADHOC_ROWS} } }`;
}

/** The same operation with the query as a variable, as a client that builds variables sends it. */
export function adhocWithVariables(shape: AdHocShape): {
  graphql: string;
  variables: Record<string, unknown>;
} {
  return {
    graphql: `query Q($q: AnalyticsQuery!) { analytics(query: $q) { ${ADHOC_ROWS} } }`,
    variables: { q: valueFromASTUntyped(parseValue(shape.query)) },
  };
}

type Cell = string | number | null;

/** Frontier's answer as rows of cells: period label, keys, measures. */
export function frontierCells(data: unknown): Cell[][] {
  const rows = (
    data as {
      analytics: {
        rows: {
          period: { label: string } | null;
          keys: { value: string | null }[];
          measures: { value: number | null }[];
        }[];
      };
    }
  ).analytics.rows;
  return rows.map((r) => [
    r.period?.label ?? null,
    ...r.keys.map((k) => k.value),
    ...r.measures.map((m) => m.value),
  ]);
}

/** DuckDB's answer as the same cells (BIGINT counts become numbers). */
export function duckCells(rows: unknown[][]): Cell[][] {
  return rows.map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : (v as Cell))));
}

/** Same rows in the same order: text exactly, numbers within 1e-9 (sums in another order). */
export function sameAnswer(a: Cell[][], b: Cell[][]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i]!;
    if (row.length !== other.length) return false;
    return row.every((x, j) => {
      const y = other[j];
      if (typeof x === "number" && typeof y === "number")
        return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
      return x === y;
    });
  });
}
