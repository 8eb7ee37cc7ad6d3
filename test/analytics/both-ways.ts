// Compares the in-memory snapshot's answer to a generic query with the SQL facts path's, record
// by record and through the service: the check every engine test is made of.
import { expect } from "vitest";
import {
  analyticsQueryPath,
  runAnalyticsQuery,
  type AnalyticsRunOptions,
} from "../../src/analytics/analytics.repository";
import { runAnalytics, type AnalyticsInput } from "../../src/analytics/analytics.service";
import { checkAnalyticsQuery } from "../../src/analytics/analytics.validate";
import type { Db } from "../../src/db/client";
import { resolvePostFilter } from "../../src/posts/post.service";

function close(x: unknown, y: unknown): boolean {
  if (typeof x !== "number" || typeof y !== "number") return x === y;
  return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
}

/**
 * Runs `input` through the snapshot and through the SQL facts path on `db` and requires the
 * same records: exact, except the mean and median, equal within 1e-9 (sums in another order).
 * Returns how many rows were compared.
 */
export function bothWays(
  db: Db,
  input: AnalyticsInput,
  expected: "snapshot" | "rollup" = "snapshot",
): number {
  const q = checkAnalyticsQuery(input);
  const filter = input.filter ? resolvePostFilter(db, input.filter, "query.filter") : null;
  expect(analyticsQueryPath(q, filter)).toBe(expected);
  const sql: AnalyticsRunOptions = { engine: "sql" };
  const reference = runAnalyticsQuery(db, q, filter, sql);
  const engine = runAnalyticsQuery(db, q, filter);
  const approx = new Set(
    q.measures.flatMap((m, i) => (m === "AVG_VALUE" || m === "MEDIAN_VALUE" ? [`m${i}`] : [])),
  );
  const context = JSON.stringify(input);
  expect(engine.length, context).toBe(reference.length);
  reference.forEach((ref, i) => {
    const got = engine[i]!;
    expect(Object.keys(got).sort(), context).toEqual(Object.keys(ref).sort());
    for (const [col, want] of Object.entries(ref)) {
      if (approx.has(col)) {
        if (!close(got[col], want)) expect(got[col], `${context} row ${i} ${col}`).toBe(want);
      } else expect(got[col], `${context} row ${i} ${col}`).toBe(want);
    }
  });
  // The service's answer too (labels, periods, and the flat filter split onto the columns).
  const viaService = runAnalytics(db, input);
  const referenceService = runAnalytics(db, input, sql);
  expect(viaService.totalRows, context).toBe(referenceService.totalRows);
  expect(viaService.rows.length, context).toBe(referenceService.rows.length);
  referenceService.rows.forEach((ref, i) => {
    const got = viaService.rows[i]!;
    expect({ ...got, measures: [] }, context).toEqual({ ...ref, measures: [] });
    ref.measures.forEach((m, j) => {
      const value = got.measures[j]!.value;
      if (!(approx.has(`m${j}`) && close(value, m.value))) expect(value, `${context} row ${i}`).toBe(m.value);
    });
  });
  return reference.length;
}
