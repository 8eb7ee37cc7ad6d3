// The study report on a small fixture: every computed claim and figure checked against plain SQL
// written here over the raw tables (posts, classifications, categories, post_skills, skills),
// and the report's files (Markdown, CSV, SVG) as a reader gets them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { renderChart } from "../../src/analytics/report/report.charts";
import { writeReportFiles } from "../../src/analytics/report/report.files";
import type { Claim, StudyReport } from "../../src/analytics/report/report.model";
import { buildStudyReport } from "../../src/analytics/report/report.service";
import type { Db } from "../../src/db/client";
import { fixtureDb } from "./report.fixture";

const DS = "data-science-analytics";
const WMSD = "web-mobile-software-dev";
const IT = "it-networking";
const TR = "translation";

/** Posts of a technology with a category, per category, in [from, to): plain SQL. */
function countsByCategory(db: Db, tech: string, from: string, to: string): Map<string, number> {
  const rows = db.$client
    .prepare(
      `SELECT p.category_id AS id, COUNT(*) AS n
       FROM posts p JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = ? AND cl.label = 1
       JOIN categories c ON c.id = p.category_id
       WHERE p.posted_at >= ? AND p.posted_at < ?
       GROUP BY p.category_id`,
    )
    .all(tech, from, to) as { id: string; n: number }[];
  return new Map(rows.map((r) => [r.id, r.n]));
}

function sharePct(counts: Map<string, number>, ids: string[]): number {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return (100 * ids.reduce((a, id) => a + (counts.get(id) ?? 0), 0)) / total;
}

function claim(report: StudyReport, id: string): Claim {
  const c = report.claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
}

/** The report rounds to one decimal. */
function expectNear(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.051);
}

describe("the study report on a fixture database", () => {
  let db: Db;
  let report: StudyReport;
  beforeAll(async () => {
    db = await fixtureDb();
    report = buildStudyReport(db, { generatedAt: "2025-01-01T00:00:00.000Z" });
  });

  it("computes the DS + WMSD share of AI posts in both periods and its drop as plain SQL does", () => {
    const early = countsByCategory(db, "ai", "2020-01-01", "2022-01-01");
    const late = countsByCategory(db, "ai", "2022-01-01", "2024-01-01");
    const a = sharePct(early, [DS, WMSD]);
    const b = sharePct(late, [DS, WMSD]);
    expectNear(claim(report, "ai-ds-wmsd-2020-21").computed, a);
    expectNear(claim(report, "ai-ds-wmsd-2022-23").computed, b);
    expect(Math.abs(claim(report, "ai-ds-wmsd-drop").computed! - (a - b))).toBeLessThanOrEqual(0.11);
    expect(claim(report, "ai-ds-wmsd-2020-21").published).toBe(70);
    const c = claim(report, "ai-ds-wmsd-2020-21");
    const n = [...early.values()].reduce((x, y) => x + y, 0);
    // Wilson's interval of the plain-SQL count, written out here.
    const x = (early.get(DS) ?? 0) + (early.get(WMSD) ?? 0);
    const z = 1.959963984540054;
    const p = x / n;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
    expectNear(c.low, (centre - half) * 100);
    expectNear(c.high, (centre + half) * 100);
    // "over 70%": agrees only when the whole interval lies above 70.
    expect(c.verdict).toBe(c.low! > 70 ? "AGREES" : c.high! <= 70 ? "DISAGREES" : "INCONCLUSIVE");
    expect(c.agrees).toBe(c.verdict === "AGREES" ? true : c.verdict === "DISAGREES" ? false : null);
    expect(claim(report, "ai-ds-wmsd-2020-21").posts).toBe([...early.values()].reduce((x, y) => x + y, 0));
  });

  it("lists the categories other than DS and WMSD above 1% of AI posts in 2020-21", () => {
    const early = countsByCategory(db, "ai", "2020-01-01", "2022-01-01");
    const total = [...early.values()].reduce((a, b) => a + b, 0);
    const over = [...early.entries()].filter(([id, n]) => id !== DS && id !== WMSD && n / total > 0.01);
    expect(claim(report, "ai-categories-over-1pct-2020-21").computed).toBe(over.length);
  });

  it("computes the Translation share of AI posts before and after 2022 as plain SQL does", () => {
    expectNear(
      claim(report, "ai-translation-2020-21").computed,
      sharePct(countsByCategory(db, "ai", "2020-01-01", "2022-01-01"), [TR]),
    );
    expectNear(
      claim(report, "ai-translation-2022-23").computed,
      sharePct(countsByCategory(db, "ai", "2022-01-01", "2024-01-01"), [TR]),
    );
  });

  it("computes the growth of AI posts in non-technical categories from 2022 to 2023 as plain SQL does", () => {
    const count = (from: string, to: string) =>
      (
        db.$client
          .prepare(
            `SELECT COUNT(*) AS n FROM posts p
             JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai' AND cl.label = 1
             JOIN categories c ON c.id = p.category_id AND c.technical = 0
             WHERE p.posted_at >= ? AND p.posted_at < ?`,
          )
          .get(from, to) as { n: number }
      ).n;
    const a = count("2022-01-01", "2023-01-01");
    const b = count("2023-01-01", "2024-01-01");
    expect(a).toBeGreaterThan(0);
    expectNear(claim(report, "ai-nontech-growth-2023").computed, (100 * (b - a)) / a);
    expect(claim(report, "ai-nontech-growth-2023").basis).toContain(`${a} in 2022, ${b} in 2023`);
  });

  it("computes the high-value share of AI posts in 2022-23, overall and in Translation, over posts of known value", () => {
    const share = (category: string | null) => {
      const r = db.$client
        .prepare(
          `SELECT COUNT(CASE WHEN p.projected_value > 1000 THEN 1 END) AS high, COUNT(p.projected_value) AS known
           FROM posts p JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai' AND cl.label = 1
           WHERE p.posted_at >= '2022-01-01' AND p.posted_at < '2024-01-01'
             AND (CAST(? AS TEXT) IS NULL OR p.category_id = ?)`,
        )
        .get(category, category) as { high: number; known: number };
      return (100 * r.high) / r.known;
    };
    expectNear(claim(report, "ai-high-value-2022-23").computed, share(null));
    expectNear(claim(report, "ai-high-value-translation-2022-23").computed, share(TR));
  });

  it("computes the cloud share in IT & Networking + WMSD and the RPA share in WMSD as plain SQL does", () => {
    expectNear(
      claim(report, "cloud-it-wmsd-2020-21").computed,
      sharePct(countsByCategory(db, "cloud", "2020-01-01", "2022-01-01"), [IT, WMSD]),
    );
    expectNear(
      claim(report, "cloud-it-wmsd-2022-23").computed,
      sharePct(countsByCategory(db, "cloud", "2022-01-01", "2024-01-01"), [IT, WMSD]),
    );
    const r1 = sharePct(countsByCategory(db, "rpa", "2020-01-01", "2022-01-01"), [WMSD]);
    const r2 = sharePct(countsByCategory(db, "rpa", "2022-01-01", "2024-01-01"), [WMSD]);
    expectNear(claim(report, "rpa-wmsd-2020-21").computed, r1);
    expect(Math.abs(claim(report, "rpa-wmsd-increase").computed! - (r2 - r1))).toBeLessThanOrEqual(0.11);
    const increase = claim(report, "rpa-wmsd-increase");
    expect(increase.low! <= increase.computed! && increase.computed! <= increase.high!).toBe(true);
    // The fixture has few RPA posts: below 30 in a period, the minimum sample rule decides.
    expect(increase.verdict).toBe(
      increase.sampleSize < 30
        ? "NOT_ENOUGH_DATA"
        : increase.low! > 0
          ? "AGREES"
          : increase.high! <= 0
            ? "DISAGREES"
            : "INCONCLUSIVE",
    );
  });

  it("measures how much the cloud distribution moved between the periods (total variation distance)", () => {
    const a = countsByCategory(db, "cloud", "2020-01-01", "2022-01-01");
    const b = countsByCategory(db, "cloud", "2022-01-01", "2024-01-01");
    const ta = [...a.values()].reduce((x, y) => x + y, 0);
    const tb = [...b.values()].reduce((x, y) => x + y, 0);
    const ids = new Set([...a.keys(), ...b.keys()]);
    let sum = 0;
    for (const id of ids) sum += Math.abs((a.get(id) ?? 0) / ta - (b.get(id) ?? 0) / tb);
    expectNear(claim(report, "cloud-stable").computed, (sum / 2) * 100);
    expect(claim(report, "cloud-stable").published).toBeNull();
  });

  it("computes the share of DS AI posts since 2024 with an AI Model Development & Deployment skill as plain SQL does", () => {
    const scope = `SELECT p.id FROM posts p
      JOIN classifications cl ON cl.post_id = p.id AND cl.technology_id = 'ai' AND cl.label = 1
      WHERE p.category_id = '${DS}' AND p.posted_at >= '2024-01-01'`;
    const total = (db.$client.prepare(`SELECT COUNT(*) AS n FROM (${scope}) s`).get() as { n: number }).n;
    const withBucket = (
      db.$client
        .prepare(
          `SELECT COUNT(DISTINCT ps.post_id) AS n FROM post_skills ps
           JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag
           JOIN skills s ON s.id = a.skill_id AND s.bucket_id = 'ai-model-development-deployment'
           WHERE ps.post_id IN (${scope})`,
        )
        .get() as { n: number }
    ).n;
    expect(total).toBeGreaterThan(0);
    expectNear(claim(report, "ds-genai-model-dev-2024").computed, (100 * withBucket) / total);
    const fig3 = report.figures.find((f) => f.id === "figure-3")!;
    expect(fig3.rows.find((r) => r.key === "ai-model-development-deployment")?.posts).toBe(withBucket);
  });

  it.each([
    ["figure-1", "ai"],
    ["figure-2a", "cloud"],
    ["figure-2b", "rpa"],
  ] as const)("gives %s the category shares of %s posts per period", (figure, tech) => {
    const rows = report.figures.find((f) => f.id === figure)!.rows;
    for (const [label, from, to] of [
      ["2020-21", "2020-01-01", "2022-01-01"],
      ["2022-23", "2022-01-01", "2024-01-01"],
    ] as const) {
      const counts = countsByCategory(db, tech, from, to);
      const inPeriod = rows.filter((r) => r.period === label);
      expect(inPeriod).toHaveLength(12);
      for (const r of inPeriod) expect(r.posts).toBe(counts.get(r.key) ?? 0);
      expect(inPeriod.reduce((a, r) => a + (r.share ?? 0), 0)).toBeCloseTo(1, 9);
    }
  });

  it("says which data and which models produced the figures", () => {
    expect(report.synthetic).toBe(false);
    expect(report.totalPosts).toBe(600);
    const span = db.$client
      .prepare(
        "SELECT substr(MIN(posted_at), 1, 10) AS first, substr(MAX(posted_at), 1, 10) AS last FROM posts",
      )
      .get() as { first: string; last: string };
    expect(report.datasets).toEqual([
      {
        id: "fixture",
        synthetic: false,
        posts: 600,
        description: null,
        firstPostedAt: span.first,
        lastPostedAt: span.last,
      },
    ]);
    expect(report.dataSummary).toBe("600 posts from fixture (real, 600 posts)");
    // Every label of the fixture is a hand label: no model produced any figure.
    expect(report.models.map((m) => [m.technology, m.activeModelId, m.summary])).toEqual([
      ["ai", null, "hand labels/keywords"],
      ["cloud", null, "hand labels/keywords"],
      ["rpa", null, "hand labels/keywords"],
    ]);
    expect(claim(report, "cloud-it-wmsd-2020-21").models).toBe("cloud: hand labels/keywords");
    expect(claim(report, "ai-ds-wmsd-2020-21").data).toBe(report.dataSummary);
  });

  it("writes Markdown, CSV and one SVG chart per figure", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-report-"));
    try {
      const files = (await writeReportFiles(report, dir)).map((f) => path.basename(f)).sort();
      expect(files).toEqual([
        "figure-1.svg",
        "figure-2a.svg",
        "figure-2b.svg",
        "figure-3.svg",
        "study-figures.csv",
        "study-report.csv",
        "study-report.md",
      ]);
      const md = fs.readFileSync(path.join(dir, "study-report.md"), "utf8");
      for (const c of report.claims) expect(md).toContain(c.id);
      expect(md).toContain("![Figure 1");
      const claims = parseCsv(fs.readFileSync(path.join(dir, "study-report.csv"), "utf8"), {
        columns: true,
      }) as Record<string, string>[];
      expect(claims.map((c) => c.id)).toEqual(report.claims.map((c) => c.id));
      expect(Number(claims[0]!.computed)).toBe(report.claims[0]!.computed);
      const svg = fs.readFileSync(path.join(dir, "figure-1.svg"), "utf8");
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toContain("Data Science &amp; Analytics");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("marks a report on synthetic data as synthetic", async () => {
    const synthetic = await fixtureDb();
    synthetic.$client.prepare("UPDATE sources SET synthetic = 1").run();
    const r = buildStudyReport(synthetic);
    expect(r.synthetic).toBe(true);
    expect(r.dataSummary).toContain("SYNTHETIC");
  });

  it("draws a chart of two periods with one caption per category, and vega-lite warns of nothing", async () => {
    const rows = ["Translation", "Writing"].flatMap((label, i) =>
      ["2020-21", "2022-23"].map((period, j) => ({
        series: "ai",
        period,
        key: label.toLowerCase(),
        label,
        posts: 10,
        share: 0.01 * (1 + i + 6 * j),
      })),
    );
    const mark = (period: string, value: number, text: string) => ({
      claimId: "c",
      period,
      key: "translation",
      label: "Translation",
      value,
      text,
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const chart = await renderChart({
        id: "fig",
        title: "Two periods",
        note: "",
        rows,
        published: [mark("2020-21", 1, "about 1%"), mark("2022-23", 7, "over 7%")],
      });
      expect(warn).not.toHaveBeenCalled();
      expect(chart.svg).toContain("published 2020-21: about 1%; 2022-23: over 7%");
      expect(chart.svg.match(/>published /g)).toHaveLength(1); // the captions drawn, not their aria-labels
    } finally {
      warn.mockRestore();
    }
  });

  it("renders a chart even for a figure whose scope has no posts", async () => {
    const chart = await renderChart({ id: "empty", title: "Nothing", note: "", rows: [], published: [] });
    expect(chart.svg).toContain("<svg");
  });
});
