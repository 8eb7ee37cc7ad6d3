// The pure SQL builder behind estimates corrected for classifier error: per group (period and
// dimension values), a technology's posts split by where their label comes from (hand, model on
// a keyword candidate, anything else), for every post, the posts of known value and the posts
// above the value threshold. Read from post_facts and classifications post by post, so it runs
// only when a client asks for an estimate; the answers without estimates keep their paths.
import { join, raw, sql, type Sql } from "../../db/sql-fragment";
import type { PostFilterSql } from "../../posts/post.repository";
import { DIMENSIONS, type DimensionName } from "../analytics.model";
import type { DayRange } from "../analytics.periods";
import {
  dimensionMembersSql,
  filterGroupSql,
  periodsCte,
  whereLines,
  type FilterGroup,
  type SnapshotFilter,
} from "../analytics.sql";

export interface CellsQuery {
  technology: string;
  /** Output `period` is the index in this list; null: every post, dated or not (period 0). */
  periods: DayRange[] | null;
  dimensions: DimensionName[];
  /** Conditions over posts `p` (a resolved PostFilter). */
  postFilter?: PostFilterSql | null;
  /** The same filter as the snapshot evaluates it (splitPostFilter); without it, postFilter's ids. */
  snapshotFilter?: SnapshotFilter | null;
  /** A generic analytics `where` over post_facts `f`. */
  where?: FilterGroup | null;
  /** Only these categories. */
  categories?: string[] | null;
  /** Only technical (true) / non-technical (false) categories. */
  technical?: boolean | null;
  /** Value above which a post is high-value. */
  threshold: number;
}

/** The three subsets counted per group, by column prefix. */
const SUBSETS = ["", "known_", "high_"] as const;

/**
 * Per group: period, k0..kN, and for every subset (all, known_, high_): hand_positive,
 * candidates, candidate_positive, others, observed (final label yes), everyone (every post).
 * Membership dimensions (TECHNOLOGY, BUCKET, SKILL) count a post once per value.
 */
export function buildCellsSql(q: CellsQuery): Sql {
  const dims = q.dimensions.map((d) => DIMENSIONS[d]);
  const keys = dims.map((_d, i) => `k${i}`);
  const s: Sql[] = [raw("WITH")];
  if (q.periods) s.push(sql`${periodsCte(q.periods)},`);
  const columnKeys = dims.map((d, i) => (d.kind === "column" ? `, ${d.expr} AS k${i}` : "")).join("");
  s.push(
    raw(
      `scope AS (SELECT ${q.periods ? "t.pos" : "0"} AS period, f.post_id, f.value,
    CASE WHEN cl.label_source = 'hand' THEN 'h' WHEN cl.label_source = 'model' AND cl.keyword_hit = 1 THEN 'c' ELSE 'o' END AS src,
    COALESCE(cl.label, 0) AS label${columnKeys}`,
    ),
    raw(
      q.periods
        ? "  FROM periods t JOIN post_facts f ON f.day >= t.d0 AND f.day < t.d1"
        : "  FROM post_facts f",
    ),
    sql`  LEFT JOIN classifications cl ON cl.technology_id = ${q.technology} AND cl.post_id = f.post_id`,
  );
  if (dims.some((d) => d.needsCategories)) s.push(raw("  LEFT JOIN categories c ON c.id = f.category_id"));
  const filter = q.postFilter ?? [];
  if (filter.length > 0) s.push(raw("  JOIN posts p ON p.id = f.post_id"));
  const where: Sql[] = [...filter];
  if (q.categories)
    where.push(sql`f.category_id IN (SELECT value FROM json_each(${JSON.stringify(q.categories)}))`);
  if (q.technical !== undefined && q.technical !== null)
    where.push(sql`f.category_id IN (SELECT id FROM categories WHERE technical = ${q.technical ? 1 : 0})`);
  if (q.where) where.push(filterGroupSql(q.where));
  s.push(...whereLines(where, "  "), raw("),"));
  dims.forEach((d, i) => {
    if (d.kind !== "membership") return;
    s.push(
      sql`mem${raw(String(i))} AS (SELECT post_id, key FROM (${dimensionMembersSql(d.membership!)}) AS members WHERE post_id IN (SELECT post_id FROM scope)),`,
    );
  });
  const baseKeys = dims
    .map((d, i) => (d.kind === "column" ? `, s.k${i}` : `, mem${i}.key AS k${i}`))
    .join("");
  s.push(raw(`base AS (SELECT s.period, s.value, s.src, s.label${baseKeys} FROM scope s`));
  dims.forEach((d, i) => {
    if (d.kind === "membership") s.push(raw(`  JOIN mem${i} ON mem${i}.post_id = s.post_id`));
  });
  s.push(raw(")"));
  const groupCols = ["period", ...keys].join(", ");
  const columns: Sql[] = [];
  for (const prefix of SUBSETS) {
    const subset =
      prefix === ""
        ? raw("1 = 1")
        : prefix === "known_"
          ? raw("value IS NOT NULL")
          : sql`value > ${q.threshold}`;
    const cond = (extra: string): Sql => sql`COUNT(CASE WHEN ${subset}${raw(extra)} THEN 1 END)`;
    columns.push(
      sql`${cond(" AND src = 'h' AND label = 1")} AS ${raw(`${prefix}hand_positive`)}`,
      sql`${cond(" AND src = 'c'")} AS ${raw(`${prefix}candidates`)}`,
      sql`${cond(" AND src = 'c' AND label = 1")} AS ${raw(`${prefix}candidate_positive`)}`,
      sql`${cond(" AND src = 'o'")} AS ${raw(`${prefix}others`)}`,
      sql`${cond(" AND label = 1")} AS ${raw(`${prefix}observed`)}`,
      sql`${cond("")} AS ${raw(`${prefix}everyone`)}`,
    );
  }
  s.push(
    sql`SELECT ${raw(groupCols)}, ${join(columns, ",\n  ")}`,
    raw(`FROM base GROUP BY ${groupCols} ORDER BY ${groupCols}`),
  );
  return join(s, "\n");
}
