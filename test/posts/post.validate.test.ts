import { describe, expect, it } from "vitest";
import { parsePostedAt, projectValue, validateRow, validationContext } from "../../src/posts/post.validate";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";

const taxonomy: Taxonomy = {
  categories: [
    {
      id: "translation",
      name: "Translation",
      technical: false,
      subcategories: ["General Translation Services"],
    },
    { id: "admin-support", name: "Admin Support", technical: false, subcategories: ["Ecommerce Management"] },
  ],
  technologies: [{ id: "ai", name: "AI", include: [], exclude: [] }],
  projectedValue: {
    hoursPerWeek: { "Less than 30 hrs/week": 15, "Hours to be determined": null },
    weeks: { "1 to 3 months": 8 },
  },
  buckets: [],
};
const ctx = validationContext(taxonomy);
const base = { id: "a1", source: "s", title: "Translate a manual" };

describe("row validation", () => {
  it("accepts a minimal row and normalizes its fields", () => {
    const r = validateRow(
      { ...base, skills: " Machine  Learning ;AI; ai ", experience_level: "Entry Level" },
      ctx,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.post.skills).toEqual([
      { tag: "machine learning", label: "Machine Learning" },
      { tag: "ai", label: "AI" },
    ]);
    expect(r.post.experienceLevel).toBe("Entry level");
    expect(r.post.contractType).toBe("none");
  });

  it.each([
    [{ title: "  " }, "missing title"],
    [{ posted_at: "last tuesday" }, "unparseable date 'last tuesday' in posted_at"],
    [{ posted_at: "2023-02-30" }, "unparseable date '2023-02-30' in posted_at"],
    [{ fixed_budget: "-5" }, "negative fixed_budget -5"],
    [{ hourly_min: "ten" }, "hourly_min 'ten' is not a number"],
    [{ category: "Cooking" }, "unknown category 'Cooking' (not in taxonomy/categories.yaml)"],
    [{ contract_type: "barter" }, "unknown contract_type 'barter' (expected fixed, hourly or none)"],
    [{ ai: "maybe" }, "label column ai must be 1, 0 or empty, got 'maybe'"],
  ])("refuses %o with a reason", (patch, reason) => {
    expect(validateRow({ ...base, ...patch }, ctx)).toEqual({ ok: false, reason });
  });

  it("gives a post that has only a subcategory its category", () => {
    const r = validateRow({ ...base, subcategory: "ecommerce management" }, ctx);
    expect(r.ok && r.post.categoryId).toBe("admin-support");
  });

  it("reads hand labels from technology columns", () => {
    const r = validateRow({ ...base, ai: "1" }, ctx);
    expect(r.ok && r.labels).toEqual({ ai: true });
  });

  it("parses ISO dates to UTC seconds", () => {
    expect(parsePostedAt("2023-01-05")).toBe("2023-01-05T00:00:00Z");
    expect(parsePostedAt("2023-01-05T10:00:00+02:00")).toBe("2023-01-05T08:00:00Z");
    expect(parsePostedAt("2023-01-05T10:00:00.123Z")).toBe("2023-01-05T10:00:00Z");
  });
});

describe("projected value", () => {
  const p = {
    projectedValueInput: null,
    contractType: "hourly" as const,
    fixedBudget: null,
    hourlyMin: 10,
    hourlyMax: 30,
    duration: "1 to 3 months",
    workload: "Less than 30 hrs/week",
  };
  it("is the midpoint rate times expected hours for an hourly post", () => {
    expect(projectValue(p, taxonomy.projectedValue)).toBe(20 * 15 * 8);
  });
  it("is unknown when the workload has no expected hours", () => {
    expect(projectValue({ ...p, workload: "Hours to be determined" }, taxonomy.projectedValue)).toBeNull();
  });
  it("prefers an explicit value, then the fixed budget", () => {
    expect(projectValue({ ...p, projectedValueInput: 99 }, taxonomy.projectedValue)).toBe(99);
    expect(projectValue({ ...p, contractType: "fixed", fixedBudget: 500 }, taxonomy.projectedValue)).toBe(
      500,
    );
    expect(projectValue({ ...p, contractType: "fixed", fixedBudget: 0 }, taxonomy.projectedValue)).toBeNull();
  });
});
