// Every measure of the study's queries and of analytics(query), checked against plain SQL over
// the raw tables (posts, classifications) or plain JS over the fixture rows: never the same path.
import { beforeAll, describe, expect, it } from "vitest";
import {
  bucketDemand,
  categoryShare,
  concentration,
  growth,
  highValueShare,
  runAnalytics,
  trend,
} from "../../src/analytics/analytics.service";
import { buildAnalyticsSql } from "../../src/analytics/analytics.sql";
import { checkAnalyticsQuery } from "../../src/analytics/analytics.validate";
import type { Db } from "../../src/db/client";
import type { RawPostRow } from "../../src/posts/post.row";
import type { BucketDef } from "../../src/taxonomy/taxonomy.model";
import { ANALYTICS_TAXONOMY, analyticsDb, fixtureRows, post } from "./analytics.fixture";

const P2021_22 = { label: "2021-22", from: "2021-01-01", to: "2023-01-01" };
const P2022 = { label: "2022", from: "2022-01-01", to: "2023-01-01" };
const P2023 = { label: "2023", from: "2023-01-01", to: "2024-01-01" };
const EMPTY = { label: "2030", from: "2030-01-01", to: "2031-01-01" };
/** Starts and ends inside a month: read partly by day, partly by month. */
const ODD = { label: "odd", from: "2021-03-17", to: "2022-08-09" };
const ts = (day: string) => `${day}T00:00:00Z`;

const ROWS = fixtureRows();
let db: Db;
beforeAll(async () => {
  db = await analyticsDb(ROWS);
});

function all<T>(sql: string, ...params: unknown[]): T[] {
  return db.$client.prepare(sql).all(...params) as T[];
}

/** Posts of technology `tech` in [from, to) by category, from the raw tables. */
function techByCategory(tech: string, from: string, to: string, extra = ""): Map<string | null, number> {
  const rows = all<{ cat: string | null; n: number }>(
    `SELECT p.category_id AS cat, COUNT(*) AS n FROM posts p
     JOIN classifications c ON c.post_id = p.id AND c.technology_id = ? AND c.label = 1
     WHERE p.posted_at >= ? AND p.posted_at < ? ${extra} GROUP BY p.category_id`,
    tech,
    ts(from),
    ts(to),
  );
  return new Map(rows.map((r) => [r.cat, r.n]));
}

function allByCategory(from: string, to: string, extra = ""): Map<string | null, number> {
  const rows = all<{ cat: string | null; n: number }>(
    `SELECT p.category_id AS cat, COUNT(*) AS n FROM posts p WHERE p.posted_at >= ? AND p.posted_at < ? ${extra} GROUP BY p.category_id`,
    ts(from),
    ts(to),
  );
  return new Map(rows.map((r) => [r.cat, r.n]));
}

describe("categoryShare", () => {
  it.each([P2021_22, P2022, ODD])(
    "gives each category's share of the technology's categorized posts and its penetration, in period $label of three",
    (p) => {
      const rows = categoryShare(db, { technology: "ai", periods: [P2021_22, P2022, ODD] });
      const tech = techByCategory("ai", p.from, p.to);
      const everyone = allByCategory(p.from, p.to);
      const categorized = [...tech].filter(([k]) => k !== null).reduce((a, [, n]) => a + n, 0);
      const mine = rows.filter((r) => r.period === p.label);
      expect(mine).toHaveLength(ANALYTICS_TAXONOMY.categories.length + 1);
      for (const r of mine.filter((x) => x.category !== null)) {
        const n = tech.get(r.category!.id) ?? 0;
        const all = everyone.get(r.category!.id) ?? 0;
        expect(r.posts).toBe(n);
        expect(r.technologyPosts).toBe(categorized);
        expect(r.share).toBeCloseTo(n / categorized, 12);
        expect(r.categoryPosts).toBe(all);
        if (all === 0) expect(r.penetration).toBeNull();
        else expect(r.penetration).toBeCloseTo(n / all, 12);
      }
      const shares = mine.filter((x) => x.category !== null).reduce((a, r) => a + (r.share ?? 0), 0);
      expect(shares).toBeCloseTo(1, 12);
    },
  );

  it("reports the technology's posts without a category apart, outside every share's denominator", () => {
    const rows = categoryShare(db, { technology: "ai", periods: [P2022] });
    const none = rows.find((r) => r.category === null)!;
    expect(none.posts).toBe(techByCategory("ai", P2022.from, P2022.to).get(null) ?? 0);
    expect(none.posts).toBeGreaterThan(0);
    expect(none.share).toBeNull();
  });

  it("lists a category with no posts at all with zero posts and no penetration", () => {
    const legal = categoryShare(db, { technology: "ai", periods: [P2022] }).find(
      (r) => r.category?.id === "legal",
    )!;
    expect(legal).toMatchObject({ posts: 0, share: 0, penetration: null, categoryPosts: 0 });
  });

  it("answers an empty period with zeros and null ratios", () => {
    const rows = categoryShare(db, { technology: "ai", periods: [EMPTY] });
    expect(rows.every((r) => r.posts === 0 && r.share === null && r.penetration === null)).toBe(true);
  });

  it("applies a filter the fact tables must answer (source) the same way plain SQL does", () => {
    const rows = categoryShare(db, {
      technology: "cloud",
      periods: [P2023],
      filter: { sources: ["fixture"] },
    });
    const tech = techByCategory("cloud", P2023.from, P2023.to, "AND p.source = 'fixture'");
    const everyone = allByCategory(P2023.from, P2023.to, "AND p.source = 'fixture'");
    for (const r of rows.filter((x) => x.category !== null)) {
      expect(r.posts).toBe(tech.get(r.category!.id) ?? 0);
      expect(r.categoryPosts).toBe(everyone.get(r.category!.id) ?? 0);
    }
  });

  it("applies a filter the rollup answers (technical categories, dates) the same way plain SQL does", () => {
    const rows = categoryShare(db, {
      technology: "ai",
      periods: [P2021_22],
      filter: { technical: true, from: "2022-03-01" },
    });
    const tech = techByCategory("ai", "2022-03-01", P2021_22.to);
    expect(rows.find((r) => r.category?.id === "data-science-analytics")!.posts).toBe(
      tech.get("data-science-analytics"),
    );
    expect(rows.find((r) => r.category?.id === "writing")!.posts).toBe(0);
    expect(rows.find((r) => r.category === null)!.posts).toBe(0);
  });

  it("answers a filter that matches nothing with zeros", () => {
    const rows = categoryShare(db, {
      technology: "ai",
      periods: [P2022],
      filter: { externalIds: ["no-such-id"] },
    });
    expect(rows.every((r) => r.posts === 0 && r.categoryPosts === 0)).toBe(true);
  });
});

/** Posts of the fixture rows in [from, to) with hand label ai = 1, counted by a key function, in JS. */
function jsCount(rows: RawPostRow[], p: { from: string; to: string }, key: (r: RawPostRow) => string | null) {
  const out = new Map<string | null, number>();
  for (const r of rows) {
    if (r.ai !== "1" || !r.posted_at || r.posted_at < ts(p.from) || r.posted_at >= ts(p.to)) continue;
    const k = key(r);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

const technicalOf = (name: string | undefined) => {
  const c = ANALYTICS_TAXONOMY.categories.find((x) => x.name === name);
  return c ? (c.technical ? "technical" : "non-technical") : null;
};

describe("growth", () => {
  it("gives growth by category group with a total row, as counted in JS over the fixture rows", () => {
    const rows = growth(db, { technology: "ai", from: P2022, to: P2023, by: "CATEGORY_GROUP" });
    const a = jsCount(ROWS, P2022, (r) => technicalOf(r.category));
    const b = jsCount(ROWS, P2023, (r) => technicalOf(r.category));
    const total = (m: Map<string | null, number>) => [...m.values()].reduce((x, y) => x + y, 0);
    expect(rows.map((r) => r.key)).toEqual(["ALL", "technical", "non-technical", null]);
    expect(rows[0]).toMatchObject({ fromCount: total(a), toCount: total(b) });
    expect(rows[0]!.growth).toBeCloseTo((total(b) - total(a)) / total(a), 12);
    for (const r of rows.slice(1)) {
      const x = a.get(r.key) ?? 0;
      const y = b.get(r.key) ?? 0;
      expect([r.fromCount, r.toCount]).toEqual([x, y]);
      expect(r.growth).toBeCloseTo((y - x) / x, 12);
    }
  });

  it("has no growth (null) when the first period has no posts", () => {
    const [all] = growth(db, { technology: "ai", from: EMPTY, to: P2023 });
    expect(all!.fromCount).toBe(0);
    expect(all!.toCount).toBeGreaterThan(0);
    expect(all!.growth).toBeNull();
  });

  it("groups by a column the rollup does not hold (country), unknown values as key null", () => {
    const rows = growth(db, { technology: "ai", from: P2022, to: P2023, by: "COUNTRY" });
    const b = jsCount(ROWS, P2023, (r) => r.country || null);
    for (const r of rows.slice(1)) expect(r.toCount).toBe(b.get(r.key) ?? 0);
    expect(rows.at(-1)).toMatchObject({ key: null, label: "(unknown)" });
  });
});

describe("highValueShare", () => {
  function sqlValueShare(threshold: number, p: { from: string; to: string }) {
    return all<{ cat: string | null; posts: number; known: number; high: number }>(
      `SELECT p.category_id AS cat, COUNT(*) AS posts, COUNT(p.projected_value) AS known,
         SUM(CASE WHEN p.projected_value > ? THEN 1 ELSE 0 END) AS high
       FROM posts p JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai' AND c.label = 1
       WHERE p.posted_at >= ? AND p.posted_at < ? GROUP BY p.category_id`,
      threshold,
      ts(p.from),
      ts(p.to),
    );
  }

  it.each([1000, 500])(
    "counts posts above %i among those of known value, by category, with an ALL row",
    (threshold) => {
      const rows = highValueShare(db, { technology: "ai", period: P2021_22, threshold, by: "CATEGORY" });
      const expected = sqlValueShare(threshold, P2021_22);
      const sum = (f: (r: (typeof expected)[number]) => number) => expected.reduce((a, r) => a + f(r), 0);
      expect(rows[0]).toMatchObject({
        key: "ALL",
        posts: sum((r) => r.posts),
        known: sum((r) => r.known),
        unknown: sum((r) => r.posts - r.known),
        highValue: sum((r) => r.high),
      });
      expect(rows[0]!.share).toBeCloseTo(sum((r) => r.high) / sum((r) => r.known), 12);
      for (const e of expected) {
        const r = rows.find((x) => x.key === e.cat)!;
        expect(r).toMatchObject({ posts: e.posts, known: e.known, highValue: e.high });
        if (e.known === 0) expect(r.share).toBeNull();
        else expect(r.share).toBeCloseTo(e.high / e.known, 12);
      }
    },
  );

  it("has a null share when no post of the scope has a known value", () => {
    const rows = highValueShare(db, { technology: "ai", period: EMPTY });
    expect(rows).toEqual([
      { key: "ALL", label: "All posts", posts: 0, known: 0, unknown: 0, highValue: 0, share: null },
    ]);
  });
});

/** Top-k share, HHI, normalized entropy, categories >= 1%, computed here from category counts. */
function concentrationOf(counts: number[], k: number, categories: number) {
  const total = counts.reduce((a, b) => a + b, 0);
  const shares = counts.filter((n) => n > 0).map((n) => n / total);
  const sorted = [...shares].sort((a, b) => b - a);
  return {
    posts: total,
    topShare: sorted.slice(0, k).reduce((a, b) => a + b, 0),
    hhi: shares.reduce((a, s) => a + s ** 2, 0),
    entropy: -shares.reduce((a, s) => a + s * Math.log(s), 0) / Math.log(categories),
    over1: shares.filter((s) => s >= 0.01).length,
  };
}

describe("concentration", () => {
  it("gives top-k share, HHI, normalized entropy and categories over 1% per technology", () => {
    const rows = concentration(db, { technologies: ["ai", "cloud", "rpa"], period: P2021_22, topK: 2 });
    expect(rows.map((r) => r.technology.id)).toEqual(["ai", "cloud", "rpa"]);
    for (const r of rows) {
      const counts = techByCategory(r.technology.id, P2021_22.from, P2021_22.to);
      const expected = concentrationOf(
        [...counts].filter(([c]) => c !== null).map(([, n]) => n),
        2,
        ANALYTICS_TAXONOMY.categories.length,
      );
      expect(r.posts).toBe(expected.posts);
      expect(r.uncategorized).toBe(counts.get(null) ?? 0);
      expect(r.topShare).toBeCloseTo(expected.topShare, 12);
      expect(r.hhi).toBeCloseTo(expected.hhi, 12);
      expect(r.entropy).toBeCloseTo(expected.entropy, 12);
      expect(r.categoriesOver1Pct).toBe(expected.over1);
    }
  });

  it("breaks ties in the top k by the taxonomy's category order", async () => {
    const tied = await analyticsDb([
      post("w1", { category: "Writing", ai: "1" }),
      post("w2", { category: "Writing", ai: "1" }),
      post("t1", { category: "Translation", ai: "1" }),
      post("t2", { category: "Translation", ai: "1" }),
      post("d1", { category: "Data Science & Analytics", ai: "1" }),
    ]);
    const [one] = concentration(tied, { technologies: ["ai"], period: P2023, topK: 1 });
    expect(one!.topCategories.map((c) => c.id)).toEqual(["translation"]);
    expect(one!.topShare).toBeCloseTo(0.4, 12);
    const [two] = concentration(tied, { technologies: ["ai"], period: P2023, topK: 2 });
    expect(two!.topCategories.map((c) => c.id)).toEqual(["translation", "writing"]);
    expect(two!.topShare).toBeCloseTo(0.8, 12);
    const [many] = concentration(tied, { technologies: ["ai"], period: P2023, topK: 9 });
    expect(many!.topCategories.map((c) => c.id)).toEqual([
      "translation",
      "writing",
      "data-science-analytics",
    ]);
    expect(many!.topShare).toBeCloseTo(1, 12);
  });

  it("has null measures for a technology without posts in the period", () => {
    const [r] = concentration(db, { technologies: ["rpa"], period: EMPTY });
    expect(r).toMatchObject({
      posts: 0,
      topShare: null,
      hhi: null,
      entropy: null,
      categoriesOver1Pct: 0,
      topCategories: [],
    });
  });
});

/** Buckets of a fixture row under a dictionary, read from its skills and description in JS. */
function jsBuckets(r: RawPostRow, dictionary: BucketDef[]): Set<string> {
  const tags = (r.skills ?? "").split(";").map((t) => t.trim().toLowerCase());
  const text = `${r.title} ${r.description}`.toLowerCase();
  const out = new Set<string>();
  for (const b of dictionary)
    for (const s of b.skills)
      if (s.tags.some((t) => tags.includes(t)) || s.phrases.some((p) => text.includes(p))) out.add(b.id);
  return out;
}

describe("bucketDemand", () => {
  const scope = (r: RawPostRow) =>
    r.ai === "1" &&
    r.category === "Data Science & Analytics" &&
    !!r.posted_at &&
    r.posted_at >= ts(P2021_22.from) &&
    r.posted_at < ts(P2021_22.to);

  it("gives, per bucket, the share of the scope's posts with a skill of it, each post once", () => {
    const rows = bucketDemand(db, { period: P2021_22, category: "data-science-analytics", technology: "ai" });
    const inScope = ROWS.filter(scope);
    expect(rows.map((r) => r.bucket.id)).toEqual(["nlp", "conversational-ai", "empty-bucket"]);
    for (const r of rows) {
      const n = inScope.filter((p) => jsBuckets(p, ANALYTICS_TAXONOMY.buckets).has(r.bucket.id)).length;
      expect(r.scopePosts).toBe(inScope.length);
      expect(r.posts).toBe(n);
      expect(r.share).toBeCloseTo(n / inScope.length, 12);
    }
    expect(rows.find((r) => r.bucket.id === "nlp")!.posts).toBeGreaterThan(0);
  });

  it("answers under a given (past) dictionary instead of the live one", () => {
    const moved: BucketDef[] = [
      {
        id: "nlp",
        name: "Natural Language Processing",
        skills: [...ANALYTICS_TAXONOMY.buckets[0]!.skills, ...ANALYTICS_TAXONOMY.buckets[1]!.skills],
      },
      { id: "conversational-ai", name: "Conversational AI", skills: [] },
    ];
    const rows = bucketDemand(db, {
      period: P2021_22,
      category: "data-science-analytics",
      technology: "ai",
      dictionary: moved,
    });
    const inScope = ROWS.filter(scope);
    expect(rows.map((r) => r.bucket.id)).toEqual(["nlp", "conversational-ai"]);
    expect(rows[0]!.posts).toBe(inScope.filter((p) => jsBuckets(p, moved).has("nlp")).length);
    expect(rows[1]!.posts).toBe(0);
  });

  it("counts every post of a scope without technology or category, and null shares for an empty scope", () => {
    const rows = bucketDemand(db, { period: P2023 });
    const inScope = ROWS.filter(
      (r) => !!r.posted_at && r.posted_at >= ts(P2023.from) && r.posted_at < ts(P2023.to),
    );
    expect(rows[0]!.scopePosts).toBe(inScope.length);
    expect(bucketDemand(db, { period: EMPTY }).every((r) => r.scopePosts === 0 && r.share === null)).toBe(
      true,
    );
  });
});

describe("trend", () => {
  it("counts a technology's posts per month with the first and last month cut to from and to", () => {
    const points = trend(db, {
      technology: "ai",
      granularity: "MONTH",
      from: "2022-11-15",
      to: "2023-03-10",
    });
    expect(points.map((p) => [p.period, p.from, p.to])).toEqual([
      ["2022-11", "2022-11-15", "2022-12-01"],
      ["2022-12", "2022-12-01", "2023-01-01"],
      ["2023-01", "2023-01-01", "2023-02-01"],
      ["2023-02", "2023-02-01", "2023-03-01"],
      ["2023-03", "2023-03-01", "2023-03-10"],
    ]);
    for (const p of points) {
      const tech = [...techByCategory("ai", p.from, p.to).values()].reduce((a, b) => a + b, 0);
      const everyone = [...allByCategory(p.from, p.to).values()].reduce((a, b) => a + b, 0);
      expect([p.posts, p.total]).toEqual([tech, everyone]);
      expect(p.share).toBeCloseTo(tech / everyone, 12);
    }
  });

  it("lists empty periods as zeros", () => {
    const points = trend(db, {
      technology: "ai",
      granularity: "QUARTER",
      from: "2024-01-01",
      to: "2025-01-01",
    });
    expect(points.map((p) => p.period)).toEqual(["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]);
    expect(points.slice(2).every((p) => p.posts === 0 && p.total === 0 && p.share === null)).toBe(true);
  });

  it("splits by category, every category in every period, penetration as the share", () => {
    const points = trend(db, {
      technology: "ai",
      granularity: "YEAR",
      from: "2022-01-01",
      to: "2024-01-01",
      by: "CATEGORY",
    });
    expect(points).toHaveLength(2 * (ANALYTICS_TAXONOMY.categories.length + 1));
    for (const p of points.filter((x) => x.key !== null)) {
      expect(p.posts).toBe(techByCategory("ai", p.from, p.to).get(p.key) ?? 0);
      expect(p.total).toBe(allByCategory(p.from, p.to).get(p.key) ?? 0);
    }
  });

  it("without a technology counts every post, the share being of the period's posts", () => {
    const points = trend(db, {
      granularity: "YEAR",
      from: "2022-01-01",
      to: "2023-01-01",
      by: "CATEGORY_GROUP",
    });
    const everyone = allByCategory("2022-01-01", "2023-01-01");
    const total = [...everyone.values()].reduce((a, b) => a + b, 0);
    const technical =
      (everyone.get("data-science-analytics") ?? 0) + (everyone.get("web-mobile-software-dev") ?? 0);
    const tech = points.find((p) => p.key === "technical")!;
    expect([tech.posts, tech.total]).toEqual([technical, total]);
    expect(points.reduce((a, p) => a + p.posts, 0)).toBe(total);
  });
});

describe("analytics(query)", () => {
  it("counts, shares and penetrates by country for a technology, as plain SQL does", () => {
    const res = runAnalytics(db, {
      measures: ["POST_COUNT", "SHARE_OF_TOTAL", "PENETRATION"],
      technology: "ai",
      dimensions: ["COUNTRY"],
      time: { periods: [P2022] },
    });
    const expected = all<{ country: string | null; everyone: number; ai: number }>(
      `SELECT p.country, COUNT(*) AS everyone, SUM(c.label) AS ai FROM posts p
       JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'ai'
       WHERE p.posted_at >= ? AND p.posted_at < ? GROUP BY p.country`,
      ts(P2022.from),
      ts(P2022.to),
    ).filter((e) => e.ai > 0);
    const aiTotal = expected.reduce((a, e) => a + e.ai, 0);
    expect(res.totalRows).toBe(expected.length);
    for (const e of expected) {
      const row = res.rows.find((r) => r.keys[0]!.value === e.country)!;
      expect(row.period).toEqual(P2022);
      const [count, share, penetration] = row.measures.map((m) => m.value);
      expect(count).toBe(e.ai);
      expect(share).toBeCloseTo(e.ai / aiTotal, 12);
      expect(penetration).toBeCloseTo(e.ai / e.everyone, 12);
    }
  });

  it("gives mean and median value and high-value share per year, as computed in JS", () => {
    const res = runAnalytics(db, {
      measures: ["AVG_VALUE", "MEDIAN_VALUE", "HIGH_VALUE_SHARE"],
      technology: "cloud",
      time: { granularity: "YEAR", from: "2021-01-01", to: "2024-01-01" },
      threshold: 700,
    });
    for (const row of res.rows) {
      const values = all<{ v: number }>(
        `SELECT p.projected_value AS v FROM posts p JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'cloud' AND c.label = 1
         WHERE p.posted_at >= ? AND p.posted_at < ? AND p.projected_value IS NOT NULL ORDER BY v`,
        ts(row.period!.from),
        ts(row.period!.to),
      ).map((r) => r.v);
      const mid = values.length / 2;
      const median = values.length % 2 ? values[Math.floor(mid)]! : (values[mid - 1]! + values[mid]!) / 2;
      const [avg, med, high] = row.measures.map((m) => m.value);
      expect(avg).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
      expect(med).toBeCloseTo(median, 9);
      expect(high).toBeCloseTo(values.filter((v) => v > 700).length / values.length, 12);
    }
    expect(res.rows.map((r) => r.period!.label)).toEqual(["2021", "2022", "2023"]);
  });

  it("compares each group with the comparison period for GROWTH", () => {
    const res = runAnalytics(db, {
      measures: ["POST_COUNT", "GROWTH"],
      technology: "ai",
      dimensions: ["CATEGORY_GROUP"],
      time: { periods: [P2023] },
      compareTo: P2022,
    });
    const a = jsCount(ROWS, P2022, (r) => technicalOf(r.category));
    const b = jsCount(ROWS, P2023, (r) => technicalOf(r.category));
    for (const row of res.rows) {
      const key = row.keys[0]!.value;
      const [count, g] = row.measures.map((m) => m.value);
      expect(count).toBe(b.get(key));
      expect(g).toBeCloseTo((b.get(key)! - a.get(key)!) / a.get(key)!, 12);
    }
    expect(res.rows.map((r) => r.keys[0]!.value)).toEqual(["non-technical", "technical", null]);
  });

  it("applies nested AND / OR filters, in / not in, value ranges and text, as plain SQL does", () => {
    const res = runAnalytics(db, {
      measures: ["POST_COUNT"],
      where: {
        op: "AND",
        conditions: [{ field: "CONTRACT_TYPE", notIn: ["none"] }],
        groups: [
          {
            op: "OR",
            conditions: [
              { field: "VALUE", gt: 2000 },
              { field: "TECHNOLOGY", in: ["rpa"] },
              { field: "TEXT", text: '"text summarization"' },
            ],
          },
        ],
      },
    });
    const [expected] = all<{ n: number }>(
      `SELECT COUNT(*) AS n FROM posts p WHERE p.contract_type <> 'none' AND (p.projected_value > 2000
         OR EXISTS (SELECT 1 FROM classifications c WHERE c.post_id = p.id AND c.technology_id = 'rpa' AND c.label = 1)
         OR lower(p.description) LIKE '%text summarization%')`,
    );
    expect(res.rows[0]!.period).toBeNull();
    expect(res.rows[0]!.measures[0]!.value).toBe(expected!.n);
  });

  it("orders, limits and still reports the total number of rows", () => {
    const res = runAnalytics(db, {
      measures: ["POST_COUNT"],
      dimensions: ["COUNTRY", "EXPERIENCE_LEVEL"],
      order: [{ by: "POST_COUNT", direction: "DESC" }],
      limit: 3,
    });
    const expected = all<{ n: number }>(
      "SELECT COUNT(*) AS n FROM posts GROUP BY country, experience_level ORDER BY n DESC",
    );
    expect(res.totalRows).toBe(expected.length);
    expect(res.rows.map((r) => r.measures[0]!.value)).toEqual(expected.slice(0, 3).map((e) => e.n));
  });

  it("counts a post once per bucket it has a skill of, with BUCKET as a dimension", () => {
    const res = runAnalytics(db, { measures: ["POST_COUNT"], dimensions: ["BUCKET"] });
    for (const row of res.rows) {
      const id = row.keys[0]!.value!;
      expect(row.measures[0]!.value).toBe(
        ROWS.filter((r) => jsBuckets(r, ANALYTICS_TAXONOMY.buckets).has(id)).length,
      );
    }
    expect(res.rows.map((r) => r.keys[0]!.label)).toEqual([
      "Conversational AI",
      "Natural Language Processing",
    ]);
  });

  it("answers from the rollups exactly as from the fact tables", () => {
    // AVG_VALUE sends the same query to the fact tables; every other measure must agree.
    const technologies = [null, "ai", "cloud"];
    const dimensions = [[], ["CATEGORY"], ["CATEGORY_GROUP"]] as const;
    const times = [
      { periods: [P2021_22, P2022, ODD, EMPTY] },
      { granularity: "QUARTER" as const, from: "2021-02-10", to: "2023-11-20" },
    ];
    const wheres = [
      null,
      { conditions: [{ field: "CATEGORY" as const, in: ["data-science-analytics", "writing"] }] },
      { conditions: [{ field: "CATEGORY_GROUP" as const, in: ["technical"] }] },
    ];
    let compared = 0;
    for (const technology of technologies)
      for (const dims of dimensions)
        for (const time of times)
          for (const where of wheres) {
            const query = {
              measures: [
                "POST_COUNT",
                "SHARE_OF_TOTAL",
                "HIGH_VALUE_SHARE",
                "GROWTH",
                ...(technology ? ["PENETRATION" as const] : []),
              ] as ("POST_COUNT" | "SHARE_OF_TOTAL" | "HIGH_VALUE_SHARE" | "GROWTH" | "PENETRATION")[],
              technology,
              dimensions: [...dims],
              time,
              compareTo: P2022,
              where,
              order: [{ by: "POST_COUNT", direction: "DESC" as const }],
              limit: 7,
            };
            const factsQuery = { ...query, measures: [...query.measures, "AVG_VALUE" as const] };
            expect(buildAnalyticsSql(checkAnalyticsQuery(query)).strategy).toBe("rollup");
            expect(buildAnalyticsSql(checkAnalyticsQuery(factsQuery)).strategy).toBe("facts");
            const fromRollup = runAnalytics(db, query);
            const fromFacts = runAnalytics(db, factsQuery);
            expect({
              totalRows: fromFacts.totalRows,
              rows: fromFacts.rows.map((r) => ({ ...r, measures: r.measures.slice(0, -1) })),
            }).toEqual(fromRollup);
            compared += fromRollup.rows.length;
          }
    expect(compared).toBeGreaterThan(200);
  });

  it("returns no rows for a filter that matches nothing", () => {
    const res = runAnalytics(db, { measures: ["POST_COUNT"], filter: { externalIds: ["none-such"] } });
    expect(res).toEqual({ totalRows: 0, rows: [] });
  });
});

describe("invalid questions", () => {
  const bad = (f: () => unknown, field: string) => {
    try {
      f();
    } catch (e) {
      expect((e as { extensions: Record<string, unknown> }).extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field,
      });
      return;
    }
    throw new Error("expected BAD_USER_INPUT");
  };

  it("refuses unknown ids, empty or reversed periods, repeated labels and a top-k below 1", () => {
    bad(() => categoryShare(db, { technology: "blockchain", periods: [P2022] }), "technology");
    bad(() => categoryShare(db, { technology: "ai", periods: [] }), "periods");
    bad(
      () =>
        categoryShare(db, {
          technology: "ai",
          periods: [{ label: "x", from: "2023-01-01", to: "2022-01-01" }],
        }),
      "periods[0].to",
    );
    bad(
      () => categoryShare(db, { technology: "ai", periods: [P2022, { ...P2023, label: "2022" }] }),
      "periods[1].label",
    );
    bad(() => concentration(db, { technologies: ["ai"], period: P2022, topK: 0 }), "topK");
    bad(() => concentration(db, { technologies: [], period: P2022 }), "technologies");
    bad(() => bucketDemand(db, { period: P2022, category: "plumbing" }), "category");
    bad(() => trend(db, { granularity: "MONTH", from: "2023-01-01", to: "2023-01-01" }), "to");
    bad(() => growth(db, { technology: "ai", from: P2022, to: { ...P2023, from: "2023-02-30" } }), "to.from");
  });

  it("refuses measures without what they need", () => {
    bad(() => runAnalytics(db, { measures: ["GROWTH"], time: { periods: [P2023] } }), "query.compareTo");
    bad(() => runAnalytics(db, { measures: ["PENETRATION"] }), "query.technology");
    bad(() => runAnalytics(db, { measures: [] }), "query.measures");
    bad(() => runAnalytics(db, { measures: ["POST_COUNT"], order: [{ by: "GROWTH" }] }), "query.order[0].by");
    bad(
      () =>
        runAnalytics(db, {
          measures: ["POST_COUNT"],
          where: { conditions: [{ field: "CATEGORY", in: ["plumbing"] }] },
        }),
      "query.where.conditions[0].in",
    );
    bad(
      () =>
        runAnalytics(db, {
          measures: ["POST_COUNT"],
          where: { groups: [{ conditions: [{ field: "VALUE", in: ["1"] }] }] },
        }),
      "query.where.groups[0].conditions[0].in",
    );
  });
});
