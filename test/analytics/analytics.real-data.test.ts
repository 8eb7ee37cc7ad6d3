// The study's queries on the real posts (../shared/data/posts.csv, imported once), checked
// against plain SQL over the raw tables. Skipped with a message when the data is not there.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { bucketDemand, categoryShare, highValueShare, trend } from "../../src/analytics/analytics.service";
import type { Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import type { PostFilter } from "../../src/posts/post.args";
import { ContractTypeEnum } from "../../src/posts/post.type";
import { fileBytes } from "../../src/posts/import/byte-source";
import { csvSource, openFileSource } from "../../src/posts/import/sources";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { CategoryDef, Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { FIXTURE_TECHNOLOGIES } from "../classify/keyword-rules.fixture";
import { freshDb } from "../helpers/db";
import { ANALYTICS_TAXONOMY } from "./analytics.fixture";
import { bothWays } from "./both-ways";
import { slugify } from "../../src/taxonomy/normalize";

const POSTS = path.resolve("..", "shared", "data", "posts.csv");
const present = fs.existsSync(POSTS);
if (!present) console.warn(`Skipping the real-data analytics tests: ${POSTS} is not there.`);

const TECHNICAL = new Set([
  "Data Science & Analytics",
  "Web, Mobile & Software Dev",
  "IT & Networking",
  "Engineering & Architecture",
]);

/** Categories and subcategories as the file names them (independent of taxonomy/ files). */
async function categoriesOfFile(file: string): Promise<CategoryDef[]> {
  const byName = new Map<string, Set<string>>();
  const seenSub = new Set<string>();
  for await (const item of csvSource(fileBytes(file)).items) {
    if (!("row" in item)) continue;
    const cat = item.row.category?.trim();
    if (!cat) continue;
    const subs = byName.get(cat) ?? new Set<string>();
    byName.set(cat, subs);
    const sub = item.row.subcategory?.trim();
    if (sub && !seenSub.has(sub.toLowerCase())) {
      seenSub.add(sub.toLowerCase());
      subs.add(sub);
    }
  }
  return [...byName]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, subs]) => ({
      id: slugify(name),
      name,
      technical: TECHNICAL.has(name),
      subcategories: [...subs],
    }));
}

describe.skipIf(!present)("analytics on the real posts", () => {
  let db: Db;
  const ts = (d: string) => `${d}T00:00:00Z`;
  beforeAll(async () => {
    const taxonomy: Taxonomy = {
      ...ANALYTICS_TAXONOMY,
      categories: await categoriesOfFile(POSTS),
      technologies: FIXTURE_TECHNOLOGIES,
      projectedValue: {
        hoursPerWeek: { "Less than 30 hrs/week": 20, "More than 30 hrs/week": 35, "30+ hrs/week": 35 },
        weeks: { "Less than 1 month": 2, "1 to 3 months": 8, "3 to 6 months": 18 },
      },
    };
    db = freshDb();
    syncTaxonomy(db, taxonomy);
    await importSource(db, openFileSource(POSTS), {
      taxonomy,
      classify: { technologies: taxonomy.technologies, mode: "candidates" },
    });
  });

  it("imported the file's posts, every one with facts", () => {
    const { posts, facts } = db.$client
      .prepare("SELECT (SELECT COUNT(*) FROM posts) AS posts, (SELECT COUNT(*) FROM post_facts) AS facts")
      .get() as { posts: number; facts: number };
    expect(posts).toBeGreaterThan(40_000);
    expect(facts).toBe(posts);
  });

  it("gives a monthly trend of AI posts equal to counting the raw tables month by month", () => {
    const points = trend(db, {
      technology: "ai",
      granularity: "MONTH",
      from: "2021-01-01",
      to: "2025-07-01",
    });
    expect(points).toHaveLength(54);
    const count = db.$client.prepare(
      `SELECT COUNT(*) AS everyone, COALESCE(SUM(c.label), 0) AS ai FROM posts p
       JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai'
       WHERE p.posted_at >= ? AND p.posted_at < ?`,
    );
    for (const p of points) {
      const e = count.get(ts(p.from), ts(p.to)) as { everyone: number; ai: number };
      expect([p.period, p.posts, p.total]).toEqual([p.period, e.ai, e.everyone]);
    }
    expect(points.reduce((a, p) => a + p.posts, 0)).toBeGreaterThan(0);
  });

  const SHARE_PERIODS = [
    { label: "2022-23", from: "2022-01-01", to: "2024-01-01" },
    { label: "2024-25", from: "2024-01-01", to: "2026-01-01" },
  ];

  /**
   * Requires categoryShare's counts for AI under `filter` to equal plain SQL's under `sqlFilter`
   * (conditions on posts `p`), every category without posts at zero; returns its rows.
   */
  function expectSharesAsSql(filter: PostFilter | null, sqlFilter: string) {
    const rows = categoryShare(db, { technology: "ai", periods: SHARE_PERIODS, filter });
    const count = db.$client.prepare(
      `SELECT p.category_id AS cat, COUNT(*) AS everyone, SUM(c.label) AS ai FROM posts p
       JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai'
       WHERE p.posted_at >= ? AND p.posted_at < ? ${sqlFilter} GROUP BY p.category_id`,
    );
    for (const p of SHARE_PERIODS) {
      const expected = count.all(ts(p.from), ts(p.to)) as {
        cat: string | null;
        everyone: number;
        ai: number;
      }[];
      const mine = rows.filter((r) => r.period === p.label);
      for (const e of expected) {
        const r = mine.find((x) => (x.category?.id ?? null) === e.cat)!;
        expect([r.posts, r.categoryPosts]).toEqual([e.ai, e.everyone]);
      }
      const counted = new Set(expected.map((e) => e.cat));
      for (const r of mine) if (!counted.has(r.category?.id ?? null)) expect(r.categoryPosts).toBe(0);
    }
    return rows;
  }

  it("gives category shares of AI posts per period equal to plain SQL, the shares summing to 1", () => {
    const rows = expectSharesAsSql(null, "");
    for (const p of SHARE_PERIODS) {
      const mine = rows.filter((r) => r.period === p.label && r.category !== null);
      expect(mine.reduce((a, r) => a + (r.share ?? 0), 0)).toBeCloseTo(1, 9);
    }
  });

  it("gives category shares under a filter the rollups do not keep (contract type, value) as plain SQL does", () => {
    // Answered by the in-memory snapshot, no longer by the fact tables.
    const filter = { contractTypes: [ContractTypeEnum.HOURLY], minValue: 200 };
    const rows = expectSharesAsSql(filter, "AND p.contract_type = 'hourly' AND p.projected_value >= 200");
    expect(rows.reduce((a, r) => a + r.posts, 0)).toBeGreaterThan(0);
  });

  it("gives bucket demand under a filter from the snapshot as from the fact tables", () => {
    const asks = [
      () => bucketDemand(db, { period: null, filter: { contractTypes: [ContractTypeEnum.HOURLY] } }),
      () =>
        bucketDemand(db, {
          period: { label: "2024", from: "2024-01-01", to: "2025-01-01" },
          technology: "ai",
          filter: { minValue: 200, text: "data" },
        }),
    ];
    const mine = asks.map((ask) => ask());
    vi.stubEnv("FRONTIER_ANALYTICS_SNAPSHOT", "0");
    try {
      asks.forEach((ask, i) => expect(mine[i]).toEqual(ask()));
    } finally {
      vi.unstubAllEnvs();
    }
    for (const rows of mine) expect(rows.reduce((t, r) => t + r.posts, 0)).toBeGreaterThan(0);
  });

  it("answers generic queries from the in-memory snapshot exactly as the SQL facts path, on real values", () => {
    let rows = 0;
    // Real countries, subcategories and experience levels (accents, ampersands, order by text).
    rows += bothWays(db, {
      measures: ["POST_COUNT", "MEDIAN_VALUE", "AVG_VALUE"],
      dimensions: ["COUNTRY", "EXPERIENCE_LEVEL"],
      order: [{ by: "COUNTRY", direction: "DESC" }],
      limit: 5000,
    });
    rows += bothWays(db, {
      technology: "ai",
      measures: ["POST_COUNT", "PENETRATION", "SHARE_OF_TOTAL", "GROWTH"],
      dimensions: ["SUBCATEGORY"],
      time: { granularity: "QUARTER", from: "2023-01-01", to: "2025-07-01" },
      compareTo: { label: "2022", from: "2022-01-01", to: "2023-01-01" },
      limit: 5000,
    });
    rows += bothWays(db, {
      measures: ["POST_COUNT", "HIGH_VALUE_SHARE"],
      dimensions: ["SKILL", "CONTRACT_TYPE"],
    });
    rows += bothWays(db, {
      measures: ["POST_COUNT"],
      dimensions: ["TECHNOLOGY", "BUCKET"],
      where: {
        op: "OR",
        conditions: [
          { field: "TEXT", text: "machine learning" },
          { field: "COUNTRY", notIn: ["United States", "India"] },
        ],
      },
    });
    expect(rows).toBeGreaterThan(300);
  });

  it("gives the high-value share of AI posts, unknown values apart, as plain SQL does", () => {
    const [all] = highValueShare(db, {
      technology: "ai",
      period: { label: "all", from: "2000-01-01", to: "2030-01-01" },
    });
    const e = db.$client
      .prepare(
        `SELECT COUNT(*) AS posts, COUNT(p.projected_value) AS known, COUNT(CASE WHEN p.projected_value > 1000 THEN 1 END) AS high FROM posts p
         JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai' AND c.label = 1 WHERE p.posted_at IS NOT NULL`,
      )
      .get() as { posts: number; known: number; high: number };
    expect(all).toMatchObject({
      posts: e.posts,
      known: e.known,
      highValue: e.high,
      unknown: e.posts - e.known,
    });
  });
});
