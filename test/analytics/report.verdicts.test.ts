// The report's honesty rules on claim inputs built by hand: intervals against values computed by
// hand (Wilson, Newcombe's published example, the log-ratio interval), the minimum sample rule
// on tiny and empty scopes, date coverage, verdicts judged on the interval, differences of shown
// values, and the published values marked on the figures.
import { describe, expect, it } from "vitest";
import { computeClaims, computeFigures, type ClaimInputs } from "../../src/analytics/report/report.claims";
import {
  differenceInterval,
  growthInterval,
  shareInterval,
} from "../../src/analytics/report/report.intervals";
import type { Claim, PeriodCoverage, ShareRow } from "../../src/analytics/report/report.model";
import { renderMarkdown } from "../../src/analytics/report/report.render";
import { renderChart } from "../../src/analytics/report/report.charts";

const CATEGORIES = [
  { id: "ds", name: "Data Science & Analytics", technical: true },
  { id: "wmsd", name: "Web, Mobile & Software Dev", technical: true },
  { id: "tr", name: "Translation", technical: false },
  { id: "wr", name: "Writing", technical: false },
];

const FULL: PeriodCoverage[] = ["2020-21", "2022-23", "2022", "2023", "since 2024-01"].map((period) => ({
  period,
  first: "2020-01-01",
  last: "2025-12-31",
  fraction: 1,
}));

/** Share rows of one period from posts per category id. */
function rows(period: string, posts: Record<string, number>): ShareRow[] {
  const total = Object.values(posts).reduce((a, b) => a + b, 0);
  return Object.entries(posts).map(([id, n]) => ({
    period,
    categoryId: id,
    categoryName: CATEGORIES.find((c) => c.id === id)!.name,
    posts: n,
    share: total === 0 ? null : n / total,
  }));
}

function inputs(overrides: Partial<ClaimInputs> = {}): ClaimInputs {
  return {
    categories: CATEGORIES,
    shares: {
      ai: [
        ...rows("2020-21", { ds: 500, wmsd: 221, tr: 10, wr: 269 }),
        ...rows("2022-23", { ds: 300, wmsd: 256, tr: 80, wr: 364 }),
      ],
    },
    aiGrowthByGroup: [{ key: "non-technical", fromCount: 100, toCount: 368, growth: 2.68 }],
    aiHighValue: [],
    dsBuckets: [],
    dsScopePosts: 0,
    modelDevBucketId: null,
    coverage: FULL,
    ...overrides,
  };
}

const PROVENANCE = { data: "test data", models: () => "hand labels/keywords" };

function claimOf(claims: Claim[], id: string): Claim {
  const c = claims.find((x) => x.id === id);
  if (!c) throw new Error(`no claim ${id}`);
  return c;
}

describe("the report's 95% intervals", () => {
  it("gives Wilson's interval of a share (7 of 10: 39.7% to 89.2%)", () => {
    const i = shareInterval(7, 10)!;
    expect(i.low).toBeCloseTo(39.678, 2);
    expect(i.high).toBeCloseTo(89.221, 2);
    expect(shareInterval(0, 0)).toBeNull();
    expect(shareInterval(0, 20)!.low).toBe(0);
  });

  it("gives Newcombe's interval of a difference of shares (his example: 56/70 - 48/80 = 0.2, 0.0524 to 0.3339)", () => {
    const i = differenceInterval(56, 70, 48, 80)!;
    expect(i.low).toBeCloseTo(5.243, 2);
    expect(i.high).toBeCloseTo(33.387, 2);
  });

  it("gives the log-ratio interval of a growth (100 -> 200: 57.3% to 154.3%)", () => {
    const i = growthInterval(100, 200)!;
    expect(i.low).toBeCloseTo(57.318, 2);
    expect(i.high).toBeCloseTo(154.261, 2);
    expect(growthInterval(0, 5)).toBeNull();
  });
});

describe("the report's verdicts", () => {
  it("judges a claim on its interval and shows it", () => {
    const claims = computeClaims(inputs(), PROVENANCE);
    const over70 = claimOf(claims, "ai-ds-wmsd-2020-21");
    // 721 of 1000 = 72.1%, Wilson 69.2-74.8: straddles 70, so "over 70%" is not borne out.
    expect(over70.computed).toBe(72.1);
    expect([over70.low, over70.high]).toEqual([69.2, 74.8]);
    expect(over70.verdict).toBe("INCONCLUSIVE");
    expect(over70.agrees).toBeNull();
    // 556 of 1000 = 55.6%, "about 55%": 55 lies inside the interval.
    const about55 = claimOf(claims, "ai-ds-wmsd-2022-23");
    expect(about55.verdict).toBe("AGREES");
    expect(about55.tolerance).toBe(3);
    // 8% of AI posts in Translation in 2022-23, interval 6.5-9.8: over 7% is inconclusive.
    expect(claimOf(claims, "ai-translation-2022-23").verdict).toBe("INCONCLUSIVE");
  });

  it("computes a difference from the shown values (72.1 - 55.6 = 16.5, never 16.6)", () => {
    // 72.14% and 55.56%: unrounded, the drop is 16.58 and would show as 16.6.
    const claims = computeClaims(
      inputs({
        shares: {
          ai: [
            ...rows("2020-21", { ds: 5000, wmsd: 2214, wr: 2786 }),
            ...rows("2022-23", { ds: 3000, wmsd: 2556, wr: 4444 }),
          ],
        },
      }),
      PROVENANCE,
    );
    expect(claimOf(claims, "ai-ds-wmsd-2020-21").computed).toBe(72.1);
    expect(claimOf(claims, "ai-ds-wmsd-2022-23").computed).toBe(55.6);
    const drop = claimOf(claims, "ai-ds-wmsd-drop");
    expect(drop.computed).toBe(16.5);
    expect(drop.basis).toContain("72.1% in 2020-21 minus 55.6% in 2022-23");
    expect(drop.difference).toBe(1.5);
  });

  it('says "not enough data" with the n shown below the minimum sample, instead of "no" on 0 of 1 post', () => {
    const claims = computeClaims(
      inputs({ shares: { ai: [...rows("2020-21", { wr: 1 }), ...rows("2022-23", { ds: 3, tr: 2 })] } }),
      PROVENANCE,
    );
    const c = claimOf(claims, "ai-ds-wmsd-2020-21");
    expect(c.computed).toBe(0);
    expect(c.verdict).toBe("NOT_ENOUGH_DATA");
    expect(c.agrees).toBeNull();
    expect(c.sampleSize).toBe(1);
    expect(c.basis).toMatch(/^not enough data: n = 1 posts, fewer than 30/);
    expect(claimOf(claims, "ai-ds-wmsd-drop").verdict).toBe("NOT_ENOUGH_DATA");
    expect(claimOf(claims, "ai-translation-2022-23").sampleSize).toBe(5);
  });

  it('says "not computable" for an empty scope', () => {
    const claims = computeClaims(inputs({ shares: {}, aiGrowthByGroup: [] }), PROVENANCE);
    for (const id of [
      "ai-ds-wmsd-2020-21",
      "ai-ds-wmsd-drop",
      "ai-nontech-growth-2023",
      "rpa-wmsd-increase",
    ]) {
      const c = claimOf(claims, id);
      expect(c.computed).toBeNull();
      expect(c.verdict).toBe("NOT_COMPUTABLE");
      expect([c.low, c.high]).toEqual([null, null]);
    }
  });

  it("refuses a growth from a few posts on a year that is one day", () => {
    const oneDay: PeriodCoverage[] = FULL.map((c) =>
      c.period === "2022"
        ? { period: "2022", first: "2022-12-31", last: "2022-12-31", fraction: 1 / 365 }
        : c,
    );
    const tiny = computeClaims(
      inputs({ aiGrowthByGroup: [{ key: "non-technical", fromCount: 5, toCount: 40, growth: 7 }] }),
      PROVENANCE,
    );
    expect(claimOf(tiny, "ai-nontech-growth-2023").computed).toBe(700);
    expect(claimOf(tiny, "ai-nontech-growth-2023").verdict).toBe("NOT_ENOUGH_DATA");
    expect(claimOf(tiny, "ai-nontech-growth-2023").basis).toContain("n = 5 posts");
    const thin = computeClaims(inputs({ coverage: oneDay }), PROVENANCE);
    const growth = claimOf(thin, "ai-nontech-growth-2023");
    expect(growth.verdict).toBe("NOT_ENOUGH_DATA");
    expect(growth.basis).toContain("2022 has posts from 2022-12-31 to 2022-12-31 only (0% of its days");
    // Claims on other periods are unaffected.
    expect(claimOf(thin, "ai-ds-wmsd-2022-23").verdict).toBe("AGREES");
  });

  it("widens an about-claim's interval by its stated tolerance (268% growth, ±26.8)", () => {
    // 100 -> 280 is 180%, interval 122.9-251.8%: 268 lies outside it but within 26.8 of it.
    const near = computeClaims(
      inputs({ aiGrowthByGroup: [{ key: "non-technical", fromCount: 100, toCount: 280, growth: 1.8 }] }),
      PROVENANCE,
    );
    const c = claimOf(near, "ai-nontech-growth-2023");
    expect(c.tolerance).toBe(26.8);
    expect(c.high!).toBeLessThan(268);
    expect(c.high! + 26.8).toBeGreaterThanOrEqual(268);
    expect(c.verdict).toBe("AGREES");
    const far = computeClaims(
      inputs({ aiGrowthByGroup: [{ key: "non-technical", fromCount: 1000, toCount: 2000, growth: 1 }] }),
      PROVENANCE,
    );
    expect(claimOf(far, "ai-nontech-growth-2023").verdict).toBe("DISAGREES");
  });
});

describe("the report's figures", () => {
  it("marks the published values of single bars and draws them on the chart", async () => {
    const figures = computeFigures(inputs());
    const fig1 = figures.find((f) => f.id === "figure-1")!;
    expect(fig1.published).toEqual([
      {
        claimId: "ai-translation-2020-21",
        period: "2020-21",
        key: "tr",
        label: "Translation",
        value: 1,
        text: "about 1%",
      },
      {
        claimId: "ai-translation-2022-23",
        period: "2022-23",
        key: "tr",
        label: "Translation",
        value: 7,
        text: "over 7%",
      },
    ]);
    const chart = await renderChart(fig1);
    expect(chart.svg).toContain(">published 2020-21: about 1%; 2022-23: over 7%</text>");
    const md = renderMarkdown({
      generatedAt: "2025-01-01T00:00:00Z",
      title: "t",
      synthetic: false,
      totalPosts: 2000,
      datasets: [],
      coverage: FULL,
      models: [],
      dataSummary: "",
      modelSummary: "",
      claims: computeClaims(inputs(), PROVENANCE),
      figures,
    });
    expect(md).toContain(
      "Published values (marked on the chart): Translation 2020-21: about 1%; Translation 2022-23: over 7%.",
    );
    expect(md).toContain("| 72.1% | 69.2 – 74.8% | +2.1 pts | inconclusive (n = 1000) |");
  });
});
