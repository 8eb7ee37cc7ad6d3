// The analytics fact tables and rollup are kept in step with posts and classifications by
// triggers: after imports, relabels, re-imports, reclassification and deletes they must equal
// a recomputation (in JS) from the raw tables.
import { beforeAll, describe, expect, it } from "vitest";
import { categoryShare } from "../../src/analytics/analytics.service";
import type { Db } from "../../src/db/client";
import { analyticsDb, fixtureRows, importRows } from "./analytics.fixture";

interface RawPost {
  id: number;
  posted_at: string | null;
  category_id: string | null;
  subcategory: string | null;
  projected_value: number | null;
  contract_type: string;
  country: string | null;
  experience_level: string | null;
  source: string;
}

const dayOf = (postedAt: string | null) =>
  postedAt === null ? null : Math.floor(Date.parse(`${postedAt.slice(0, 10)}T00:00:00Z`) / 86_400_000);

/** What the fact tables should hold, computed in JS from posts and classifications. */
function expectedFacts(db: Db) {
  const posts = db.$client.prepare("SELECT * FROM posts ORDER BY id").all() as RawPost[];
  const positives = db.$client
    .prepare("SELECT technology_id AS tech, post_id AS postId FROM classifications WHERE label = 1")
    .all() as { tech: string; postId: number }[];
  const byId = new Map(posts.map((p) => [p.id, p]));
  const postFacts = posts.map((p) => ({
    post_id: p.id,
    day: dayOf(p.posted_at),
    category_id: p.category_id,
    subcategory: p.subcategory,
    value: p.projected_value,
    contract_type: p.contract_type,
    country: p.country,
    experience_level: p.experience_level,
    source: p.source,
  }));
  const techFacts = positives
    .map(({ tech, postId }) => {
      const p = byId.get(postId)!;
      return {
        technology_id: tech,
        post_id: postId,
        day: dayOf(p.posted_at),
        category_id: p.category_id,
        value: p.projected_value,
      };
    })
    .sort((a, b) => a.technology_id.localeCompare(b.technology_id) || a.post_id - b.post_id);
  const rollup = new Map<
    string,
    { technology_id: string; day: number; category_id: string; posts: number; known: number; high: number }
  >();
  const add = (tech: string, p: RawPost) => {
    const day = dayOf(p.posted_at);
    if (day === null) return;
    const key = `${tech}|${day}|${p.category_id ?? ""}`;
    const r = rollup.get(key) ?? {
      technology_id: tech,
      day,
      category_id: p.category_id ?? "",
      posts: 0,
      known: 0,
      high: 0,
    };
    r.posts += 1;
    if (p.projected_value !== null) r.known += 1;
    if (p.projected_value !== null && p.projected_value > 1000) r.high += 1;
    rollup.set(key, r);
  };
  for (const p of posts) add("", p);
  for (const { tech, postId } of positives) add(tech, byId.get(postId)!);
  const sortKey = (r: { technology_id: string; day: number; category_id: string }) =>
    `${r.technology_id}|${String(r.day).padStart(8, "0")}|${r.category_id}`;
  const months = new Map<
    string,
    { technology_id: string; month: number; category_id: string; posts: number; known: number; high: number }
  >();
  for (const r of rollup.values()) {
    const d = new Date(r.day * 86_400_000);
    const month = d.getUTCFullYear() * 12 + d.getUTCMonth();
    const key = `${r.technology_id}|${month}|${r.category_id}`;
    const m = months.get(key) ?? {
      technology_id: r.technology_id,
      month,
      category_id: r.category_id,
      posts: 0,
      known: 0,
      high: 0,
    };
    m.posts += r.posts;
    m.known += r.known;
    m.high += r.high;
    months.set(key, m);
  }
  const monthKey = (r: { technology_id: string; month: number; category_id: string }) =>
    `${r.technology_id}|${String(r.month).padStart(8, "0")}|${r.category_id}`;
  return {
    postFacts,
    techFacts,
    rollup: [...rollup.values()].sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
    monthRollup: [...months.values()].sort((a, b) => monthKey(a).localeCompare(monthKey(b))),
  };
}

function storedFacts(db: Db) {
  const c = db.$client;
  return {
    postFacts: c.prepare("SELECT * FROM post_facts ORDER BY post_id").all(),
    techFacts: c.prepare("SELECT * FROM tech_facts ORDER BY technology_id, post_id").all(),
    rollup: c.prepare("SELECT * FROM fact_rollup ORDER BY technology_id, day, category_id").all(),
    monthRollup: c
      .prepare("SELECT * FROM fact_rollup_month ORDER BY technology_id, month, category_id")
      .all(),
  };
}

describe("analytics facts", () => {
  const rows = fixtureRows(300, 11);
  let db: Db;
  beforeAll(async () => {
    db = await analyticsDb(rows);
  });

  it("equal a recomputation from the raw tables after an import", () => {
    const expected = expectedFacts(db);
    expect(expected.techFacts.length).toBeGreaterThan(0);
    expect(storedFacts(db)).toEqual(expected);
  });

  it("follow hand labels that change on a re-import", async () => {
    const relabeled = rows.slice(0, 60).map((r) => ({ ...r, ai: r.ai === "1" ? "0" : "1", cloud: "1" }));
    await importRows(db, relabeled);
    expect(storedFacts(db)).toEqual(expectedFacts(db));
  });

  it("follow posts whose date, category or value change on a re-import, including losing or gaining a date", async () => {
    const changed = rows.slice(50, 120).map((r, i) => ({
      ...r,
      posted_at:
        i % 7 === 0 ? "" : i % 5 === 0 ? "2020-02-29T10:00:00Z" : r.posted_at || "2022-06-01T00:00:00Z",
      category: i % 3 === 0 ? "Writing" : i % 4 === 0 ? "" : r.category,
      contract_type: "fixed",
      fixed_budget: i % 2 === 0 ? String(900 + i * 10) : "",
      projected_value: "",
    }));
    await importRows(db, changed);
    expect(storedFacts(db)).toEqual(expectedFacts(db));
  });

  it("follow a reclassification that rewrites final labels, and deleted posts", () => {
    db.$client.prepare("UPDATE classifications SET label = 1 - label WHERE post_id % 7 = 0").run();
    db.$client.prepare("DELETE FROM classifications WHERE post_id % 11 = 0 AND technology_id = 'rpa'").run();
    db.$client.prepare("DELETE FROM posts WHERE id % 13 = 0").run();
    expect(storedFacts(db)).toEqual(expectedFacts(db));
  });

  it("give the study's answers the current labels at once", async () => {
    const before = categoryShare(db, {
      technology: "rpa",
      periods: [{ label: "all", from: "2000-01-01", to: "2100-01-01" }],
    });
    const total = before.reduce((a, r) => a + r.posts, 0);
    const isNotRpa = db.$client.prepare(
      `SELECT 1 FROM posts p JOIN classifications c ON c.post_id = p.id AND c.technology_id = 'rpa'
       WHERE p.external_id = ? AND c.label = 0 AND p.posted_at IS NOT NULL`,
    );
    const target = rows.slice(120).find((r) => r.rpa === "0" && r.posted_at && isNotRpa.get(r.id))!;
    await importRows(db, [{ ...target, rpa: "1" }]);
    const after = categoryShare(db, {
      technology: "rpa",
      periods: [{ label: "all", from: "2000-01-01", to: "2100-01-01" }],
    });
    expect(after.reduce((a, r) => a + r.posts, 0)).toBe(total + 1);
  });
});
