// The SQL behind estimates (estimate.sql.ts): what it reads and what it binds.
import { describe, expect, it } from "vitest";
import { buildCellsSql } from "../../src/analytics/estimate/estimate.sql";
import { sql } from "../../src/db/sql-fragment";

describe("the cells SQL of estimates", () => {
  it("counts every post of the scope with its label source for the technology, bound as parameters", () => {
    const q = buildCellsSql({ technology: "ai", periods: null, dimensions: [], threshold: 2500 });
    expect(q.text).toContain("FROM post_facts f");
    expect(q.text).toContain(
      "LEFT JOIN classifications cl ON cl.technology_id = ? AND cl.post_id = f.post_id",
    );
    expect(q.text).toContain(
      "CASE WHEN cl.label_source = 'hand' THEN 'h' WHEN cl.label_source = 'model' AND cl.keyword_hit = 1 THEN 'c' ELSE 'o' END AS src",
    );
    expect(q.text).not.toContain("JOIN posts p");
    expect(q.params).toEqual(["ai", 2500, 2500, 2500, 2500, 2500, 2500]);
    for (const column of [
      "hand_positive",
      "candidates",
      "candidate_positive",
      "others",
      "observed",
      "everyone",
    ])
      for (const prefix of ["", "known_", "high_"]) expect(q.text).toContain(`AS ${prefix}${column}`);
  });

  it("groups by period and dimension values, and reads posts only for a post filter", () => {
    const q = buildCellsSql({
      technology: "rpa",
      periods: [{ d0: 19000, d1: 19365 }],
      dimensions: ["CATEGORY", "BUCKET"],
      postFilter: [sql`p.subcategory = ${"Scripting"}`],
      threshold: 1000,
    });
    expect(q.text).toContain("FROM periods t JOIN post_facts f ON f.day >= t.d0 AND f.day < t.d1");
    expect(q.text).toContain("JOIN posts p ON p.id = f.post_id");
    expect(q.text).toContain("JOIN mem1 ON mem1.post_id = s.post_id");
    expect(q.text).toContain("GROUP BY period, k0, k1 ORDER BY period, k0, k1");
    expect(q.params.slice(0, 3)).toEqual(["[[19000,19365]]", "rpa", "Scripting"]);
  });
});
