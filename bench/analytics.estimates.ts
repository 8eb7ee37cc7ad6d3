// Questions with estimates corrected for classifier error, for the analytics benchmark: each
// needs, besides its counts, every post of its scope split by where its label comes from (hand,
// the model on a keyword candidate, other), grouped as the answer is. Each has the DuckDB SQL of
// those cells over the copied raw tables, and a check that Frontier's estimates are the ones the
// delta method (src/classify/estimate.ts) gives from DuckDB's cells and the model's rates.
import { estimateCount, type Rates, type ScopeCell } from "../src/classify/estimate";

export interface EstimateShape {
  name: string;
  /** The technology whose counts are corrected. */
  technology: string;
  graphql: string;
  /** Rows of [key, everyone, observed, hand_positive, candidates, candidate_positive, others]. */
  duck: string;
  /** Frontier's answer per key (as DuckDB's): scope size where it shows, observed count, estimate. */
  estimates(data: unknown): { key: string; everyone: number | null; observed: number; estimate: number }[];
}

/** The label source of a post for one technology, as estimate.sql.ts defines it. */
const CELLS = `COUNT(*) AS everyone, COUNT(*) FILTER (WHERE label = 1) AS observed,
  COUNT(*) FILTER (WHERE src = 'h' AND label = 1) AS hand_positive,
  COUNT(*) FILTER (WHERE src = 'c') AS candidates,
  COUNT(*) FILTER (WHERE src = 'c' AND label = 1) AS candidate_positive,
  COUNT(*) FILTER (WHERE src = 'o') AS others`;
const SCOPE = (technology: string, where: string, extra = "") => `SELECT p.id${extra},
    CASE WHEN c.label_source = 'hand' THEN 'h' WHEN c.label_source = 'model' AND c.keyword_hit = 1 THEN 'c' ELSE 'o' END AS src,
    COALESCE(c.label, 0) AS label
  FROM posts p LEFT JOIN classifications c ON c.post_id = p.id AND c.technology_id = '${technology}' ${where}`;
const BUCKET_MEMBERS = `bucket_m AS (
  SELECT ps.post_id, s.bucket_id AS bucket FROM post_skills ps
    JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
  UNION SELECT ph.post_id, s.bucket_id FROM phrase_hits ph
    JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id)`;

interface EstimateData {
  estimate: { posts: number; observed: number; estimated: number };
}
interface AnalyticsData {
  analytics: {
    rows: {
      period: { label: string };
      keys: { value: string | null }[];
      measures: { value: number; estimate: number }[];
    }[];
  };
}
interface BucketData {
  bucketDemand: { bucket: { id: string }; posts: number; postsEstimate: { value: number } }[];
}

function estimateOf(technology: string, filter: string, where: string): EstimateShape {
  return {
    name: `estimate(${technology}${filter ? `, ${filter}` : ""})`,
    technology,
    graphql: `{ estimate(technology: "${technology}"${filter ? `, filter: ${filter}` : ""}) { posts observed estimated } }`,
    duck: `SELECT 'all' AS key, ${CELLS} FROM (${SCOPE(technology, where)})`,
    estimates: (data) => {
      const e = (data as EstimateData).estimate;
      return [{ key: "all", everyone: e.posts, observed: e.observed, estimate: e.estimated }];
    },
  };
}

export const ESTIMATE_SHAPES: EstimateShape[] = [
  estimateOf("ai", "", ""),
  estimateOf(
    "cloud",
    `{ from: "2023-01-01", to: "2024-01-01" }`,
    "WHERE p.posted_at >= '2023-01-01' AND p.posted_at < '2024-01-01'",
  ),
  {
    name: "AI posts and penetration by category x year, with estimates",
    technology: "ai",
    graphql: `{ analytics(query: { technology: "ai", measures: [POST_COUNT, PENETRATION], dimensions: [CATEGORY],
      time: { granularity: YEAR, from: "2021-01-01", to: "2025-01-01" } }) {
        rows { period { label } keys { value } measures { value estimate } } } }`,
    duck: `SELECT strftime(posted_at, '%Y') || '/' || COALESCE(category_id, '') AS key, ${CELLS}
      FROM (${SCOPE("ai", "WHERE p.posted_at >= '2021-01-01' AND p.posted_at < '2025-01-01'", ", p.posted_at, p.category_id")})
      GROUP BY key HAVING COUNT(*) FILTER (WHERE label = 1) > 0`,
    estimates: (data) =>
      (data as AnalyticsData).analytics.rows.map((r) => ({
        key: `${r.period.label}/${r.keys[0]!.value ?? ""}`,
        everyone: r.measures[1]!.value === 0 ? null : r.measures[0]!.value / r.measures[1]!.value,
        observed: r.measures[0]!.value,
        estimate: r.measures[0]!.estimate,
      })),
  },
  {
    name: "AI bucket demand 2024, with estimates",
    technology: "ai",
    graphql: `{ bucketDemand(technology: "ai", period: { label: "2024", from: "2024-01-01", to: "2025-01-01" }) {
      bucket { id } posts postsEstimate { value } } }`,
    duck: `WITH ${BUCKET_MEMBERS}
      SELECT m.bucket AS key, ${CELLS}
      FROM (${SCOPE("ai", "WHERE p.posted_at >= '2024-01-01' AND p.posted_at < '2025-01-01'")}) s
        JOIN bucket_m m ON m.post_id = s.id
      GROUP BY key HAVING COUNT(*) FILTER (WHERE label = 1) > 0`,
    estimates: (data) =>
      (data as BucketData).bucketDemand
        .filter((b) => b.posts > 0)
        .map((b) => ({
          key: b.bucket.id,
          everyone: null,
          observed: b.posts,
          estimate: b.postsEstimate.value,
        })),
  },
];

/** A row of an estimate shape's DuckDB SQL. */
type DuckCells = [
  key: string,
  everyone: number,
  observed: number,
  handPositive: number,
  candidates: number,
  candidatePositive: number,
  others: number,
];

/**
 * Whether Frontier's estimates are what the model's rates give from DuckDB's cells: the same keys,
 * the same observed counts (and scope sizes where the answer shows them), estimates within 1e-9.
 */
export function sameEstimates(
  shape: EstimateShape,
  data: unknown,
  duckRows: unknown[][],
  rates: Rates,
): boolean {
  const byKey = <T>(rows: T[], key: (r: T) => string) =>
    rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const mine = byKey(shape.estimates(data), (m) => m.key);
  const theirs = byKey(
    duckRows.map((r) => r.map((v) => (typeof v === "bigint" ? Number(v) : v)) as DuckCells),
    (r) => r[0],
  );
  if (mine.length !== theirs.length) return false;
  const close = (x: number, y: number) =>
    x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  return mine.every((m, i) => {
    const [key, everyone, observed, handPositive, candidates, candidatePositive, others] = theirs[i]!;
    const cell: ScopeCell = { handPositive, candidates, candidatePositive, others };
    return (
      m.key === key &&
      m.observed === observed &&
      (m.everyone === null || close(m.everyone, everyone)) &&
      close(m.estimate, estimateCount(rates, cell).value)
    );
  });
}
