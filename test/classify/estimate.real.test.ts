// Estimates corrected for classifier error on real labels the model never saw: 30% of
// labeled.csv is imported without its labels, models are trained on the rest (20 trees, to stay
// quick; scripts/estimate-validation.ts runs the same with 100), and the estimate over the
// held-back posts is compared with their true labels. Each estimate, counted on the in-memory
// snapshot, must also be the one the SQL over the classifications gives.
import { describe, expect, it, vi } from "vitest";
import { HELD_OUT_SOURCE, runEstimateValidation, validationTable } from "../../scripts/estimate-validation";
import { estimateTechnology } from "../../src/analytics/estimate/estimate.service";
import { hasRealData, SHARED_DATA } from "../helpers/real-data";

/** A correction that moves the count by less than this share of it is within noise: not judged. */
const MEANINGFUL_CORRECTION = 0.05;

describe.skipIf(!hasRealData)(`estimates on held-back real labels (needs ${SHARED_DATA})`, () => {
  it("cover the true count with their 95% interval, and where they correct the raw count materially they land closer to the truth", async () => {
    let compared = 0;
    const result = await runEstimateValidation({
      share: 0.3,
      trees: 20,
      seed: 1,
      onEstimate: (db, technology, estimate) => {
        vi.stubEnv("FRONTIER_ANALYTICS_SNAPSHOT", "0");
        try {
          const filter = { sources: [HELD_OUT_SOURCE] };
          expect(estimateTechnology(db, { technology, filter }), technology).toEqual(estimate);
          compared++;
        } finally {
          vi.unstubAllEnvs();
        }
      },
    });
    expect(compared).toBe(3);
    console.log(`held out ${result.heldOut}, trained on ${result.trained}\n${validationTable(result)}`);
    expect(result.rows.map((r) => r.technology)).toEqual(["ai", "cloud", "rpa"]);
    let judged = 0;
    for (const { technology, truth, estimate: e } of result.rows) {
      expect(e.estimated, `${technology}: ${e.method}`).not.toBeNull();
      expect(e.low!, technology).toBeLessThanOrEqual(truth);
      expect(e.high!, technology).toBeGreaterThanOrEqual(truth);
      if (Math.abs(e.estimated! - e.observed) < MEANINGFUL_CORRECTION * e.observed) continue;
      judged++;
      expect(Math.abs(e.estimated! - truth), technology).toBeLessThan(Math.abs(e.observed - truth));
    }
    // rpa's model says yes to far fewer posts than are rpa: its correction is always material.
    expect(judged).toBeGreaterThanOrEqual(1);
  }, 600_000);
});

if (!hasRealData) console.warn(`estimate.real.test.ts: skipped, no real data at ${SHARED_DATA}`);
