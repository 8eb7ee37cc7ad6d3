// The study report over HTTP: the studyReport query, and GET /report as a web page in headless
// Chromium (tables, charts drawn as SVG, nothing requested from another host).
import { buildSchema } from "type-graphql";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium, warnIfNoChromium, watchedPage } from "../helpers/browser";
import { StudyReportResolver } from "../../src/analytics/report/report.resolver";
import type { Db } from "../../src/db/client";
import { authChecker } from "../../src/server/auth";
import { RESOLVERS } from "../../src/server/resolvers";
import { graphql } from "../gql";
import { startTestServer, type TestServer } from "../helpers/http";
import { FIXTURE_SERVICES, fixtureDb } from "./report.fixture";

warnIfNoChromium("the /report browser test");

const STUDY_REPORT = graphql(`
  query ReportHttpStudyReport {
    studyReport {
      synthetic
      totalPosts
      dataSummary
      models {
        technology
        activeModelId
        summary
      }
      claims {
        id
        claim
        publishedText
        published
        computed
        unit
        difference
        agrees
        posts
        data
        models
      }
      figures {
        id
        rows {
          series
          period
          key
          label
          posts
          share
        }
      }
    }
  }
`);

describe("the study report over HTTP", () => {
  let db: Db;
  let server: TestServer;
  beforeAll(async () => {
    db = await fixtureDb();
    // The application's schema plus the report's resolver (the server registers it the same way).
    const schema = await buildSchema({
      resolvers: [...RESOLVERS, StudyReportResolver],
      authChecker,
      validate: false,
    });
    server = await startTestServer(db, {
      schema,
      services: FIXTURE_SERVICES,
    });
  });
  afterAll(() => server?.close());

  it("answers studyReport with every claim, published beside computed, and the data and models behind it", async () => {
    const res = await server.gql(STUDY_REPORT);
    expect(res.errors).toBeUndefined();
    const r = res.data!.studyReport;
    expect(r.synthetic).toBe(false);
    expect(r.totalPosts).toBe(600);
    expect(r.claims.map((c) => c.id)).toContain("ai-nontech-growth-2023");
    expect(r.claims.find((c) => c.id === "ai-nontech-growth-2023")?.published).toBe(268);
    expect(r.claims.every((c) => c.data.includes("fixture (real, 600 posts)"))).toBe(true);
    expect(r.figures.map((f) => f.id)).toEqual(["figure-1", "figure-2a", "figure-2b", "figure-3"]);
  });

  it("exports the claims of studyReport as CSV", async () => {
    const query = "{ studyReport { claims { id published computed low high unit verdict } } }";
    const res = await fetch(`${server.url}/export.csv?query=${encodeURIComponent(query)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="studyReport-claims.csv"');
    const lines = (await res.text()).trim().split("\r\n");
    expect(lines[0]).toBe("id,published,computed,low,high,unit,verdict");
    // published is a Float: written 70.0, so the column is read as decimals.
    expect(lines[1]).toMatch(
      /^ai-ds-wmsd-2020-21,70\.0,[\d.]+,[\d.]+,[\d.]+,%,(AGREES|DISAGREES|INCONCLUSIVE)$/,
    );
  });

  describe.skipIf(!hasChromium)("GET /report in a browser", () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it("shows the claims and data tables and draws every figure as SVG, requesting nothing from another host", async () => {
      const { page, requests, problems } = await watchedPage(browser);

      const response = await page.goto(`${server.url}/report`);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.title()).toMatch(/Expanding the Frontier/);

      const claimRows = page.locator("#claims tbody tr");
      const expected = (await server.gql(STUDY_REPORT)).data!.studyReport.claims;
      expect(await claimRows.count()).toBe(expected.length);
      const growth = page.locator('#claims tr[data-claim="ai-nontech-growth-2023"]');
      expect(await growth.textContent()).toContain("268%");
      expect(await page.locator("#datasets tbody tr").first().textContent()).toContain("fixture");
      expect(await page.locator("#models tbody tr").count()).toBe(3);

      for (const id of ["figure-1", "figure-2a", "figure-2b", "figure-3"]) {
        const svg = page.locator(`figure[data-figure="${id}"] svg`);
        expect(await svg.count(), `${id} has an svg`).toBe(1);
        const box = await svg.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        expect(box?.height ?? 0).toBeGreaterThan(50);
        // Bars are drawn as paths inside the chart's mark group.
        expect(await svg.locator("path").count()).toBeGreaterThan(5);
        expect(await page.locator(`table[data-figure-table="${id}"] tbody tr`).count()).toBeGreaterThan(0);
      }

      const origin = new URL(server.url).origin;
      const foreign = requests.filter((url) => !url.startsWith("data:") && new URL(url).origin !== origin);
      expect(foreign, "requests to other hosts").toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  });
});
