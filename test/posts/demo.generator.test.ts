// The synthetic demo corpus: deterministic, well-formed rows that reproduce the study's figures.

import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { RawPostRow } from "../../src/posts/post.row";
import { DEMO_SOURCE, generateDemoCorpus, generateDemoPosts } from "../../src/posts/demo/demo.generator";
import type { DemoPost } from "../../src/posts/demo/demo.generator";
import { normalizeTag } from "../../src/taxonomy/normalize";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";

const CATEGORIES: [string, boolean, string[]][] = [
  [
    "Accounting & Consulting",
    false,
    ["Bookkeeping", "Accounting", "Tax Preparation", "Financial Analysis & Modeling"],
  ],
  ["Admin Support", false, ["Data Entry", "General Virtual Assistance", "Transcription", "Market Research"]],
  ["Customer Service", false, ["Email, Phone & Chat Support", "Tech Support", "Community Management"]],
  [
    "Data Science & Analytics",
    true,
    ["Data Analytics", "Data Visualization", "Machine Learning", "Deep Learning"],
  ],
  [
    "Design & Creative",
    false,
    ["Graphic Design", "Logo Design", "Video Editing", "Illustration", "Image Editing"],
  ],
  ["Engineering & Architecture", true, ["3D Modeling & Rendering", "CAD", "Architectural Design"]],
  ["IT & Networking", true, ["Cloud Engineering", "DevOps Engineering", "Systems Administration"]],
  ["Legal", false, ["Business & Corporate Law", "Intellectual Property Law", "Paralegal Services"]],
  ["Sales & Marketing", false, ["SEO", "Social Media Marketing", "Lead Generation", "Email Marketing"]],
  ["Translation", false, ["General Translation Services", "Language Localization", "Language Tutoring"]],
  [
    "Web, Mobile & Software Dev",
    true,
    ["Full Stack Development", "Front-End Development", "Mobile App Development", "Scripting & Automation"],
  ],
  ["Writing", false, ["Article & Blog Writing", "Copywriting", "Technical Writing", "AI Content Writing"]],
];

const BUCKETS: [string, [string, string[], string[]][]][] = [
  ["Conversational AI", [["Chatbot Development", ["chatbot development", "ai chatbot"], ["chatbot"]]]],
  ["Natural Language Processing", [["Sentiment Analysis", ["sentiment analysis"], ["sentiment analysis"]]]],
  ["AI Tools & Services", [["Microsoft Copilot", ["microsoft 365 copilot", "copilot"], ["copilot"]]]],
  [
    "AI Model Development & Deployment",
    [
      ["LLM Fine-Tuning", ["llm fine-tuning", "fine-tuning"], ["fine-tune"]],
      ["Model Deployment", ["ai model deployment"], ["model deployment"]],
    ],
  ],
  ["AI Models & Architectures", [["Transformers", ["transformer models"], ["transformer"]]]],
  ["Computer Vision", [["Object Detection", ["object detection", "computer vision"], ["object detection"]]]],
  ["Machine Learning", [["Predictive Modeling", ["predictive modeling"], ["predictive model"]]]],
  ["AI Content Creation", [["AI Image Generation", ["ai-generated art", "midjourney"], ["ai images"]]]],
  ["AI Photo & Video Editing", [["AI Video Editing", ["ai video editing"], ["ai video"]]]],
  ["Data Labeling & Annotation", [["Data Annotation", ["data annotation", "data labeling"], ["annotation"]]]],
  ["Prompt Engineering", [["Prompt Engineering", ["prompt engineering"], ["prompt engineering"]]]],
  ["AI Writing & Editing", [["AI Content Editing", ["ai content editing"], ["ai-generated content"]]]],
  [
    "AI Translation",
    [["AI Translation", ["ai translation", "machine translation post-editing"], ["ai translation"]]],
  ],
  ["AI Agents & Automation", [["AI Agent Development", ["ai agent development"], ["ai agent"]]]],
];

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/gu, "-");

function fixture(categories = CATEGORIES, buckets = BUCKETS): Taxonomy {
  return {
    categories: categories.map(([name, technical, subcategories]) => ({
      id: slug(name),
      name,
      technical,
      subcategories,
    })),
    technologies: [
      { id: "ai", name: "AI", include: [{ term: "AI", caseSensitive: true }], exclude: [] },
      { id: "cloud", name: "Cloud", include: [{ term: "cloud", caseSensitive: false }], exclude: [] },
      { id: "rpa", name: "RPA", include: [{ term: "automation", caseSensitive: false }], exclude: [] },
    ],
    projectedValue: {
      hoursPerWeek: {
        "Less than 30 hrs/week": 15,
        "30+ hrs/week": 35,
        "Hours to be determined": null,
        not_sure: null,
      },
      weeks: { "Less than 1 month": 2, "1 to 3 months": 8, "3 to 6 months": 18, "More than 6 months": 36 },
    },
    buckets: buckets.map(([name, skills]) => ({
      id: slug(name),
      name,
      skills: skills.map(([skill, tags, phrases]) => ({ id: slug(skill), name: skill, tags, phrases })),
    })),
  };
}

const DS = "Data Science & Analytics";
const WMSD = "Web, Mobile & Software Dev";
const NON_TECHNICAL = new Set(CATEGORIES.filter(([, t]) => !t).map(([n]) => n));

const year = (p: DemoPost) => Number(p.row.posted_at?.slice(0, 4));
const inPeriod = (p: DemoPost, from: number, to: number) => year(p) >= from && year(p) <= to;

/** Category share of a kind of post within [from, to] years (inclusive). */
function shares(posts: DemoPost[], kind: string, from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  let total = 0;
  for (const p of posts) {
    if (p.kind !== kind || !inPeriod(p, from, to)) continue;
    counts.set(p.row.category ?? "", (counts.get(p.row.category ?? "") ?? 0) + 1);
    total++;
  }
  return new Map([...counts].map(([k, v]) => [k, v / total]));
}
const share = (m: Map<string, number>, ...cats: string[]) => cats.reduce((s, c) => s + (m.get(c) ?? 0), 0);

/** Projected value by DESIGN.md; for hourly posts with both rates taken, so either choice agrees. */
function values(row: RawPostRow, t: Taxonomy): [number, number] | null {
  if (row.contract_type === "fixed") {
    const v = Number(row.fixed_budget);
    return [v, v];
  }
  if (row.contract_type !== "hourly") return null;
  const h = t.projectedValue.hoursPerWeek[row.workload ?? ""];
  const w = t.projectedValue.weeks[row.duration ?? ""];
  if (h == null || w == null) return null;
  return [Number(row.hourly_min) * h * w, Number(row.hourly_max) * h * w];
}

function highShare(posts: DemoPost[], t: Taxonomy, filter: (p: DemoPost) => boolean): number {
  let known = 0;
  let high = 0;
  for (const p of posts) {
    if (p.kind !== "ai" || !filter(p)) continue;
    const v = values(p.row, t);
    if (!v) continue;
    expect(v[0] > 1000).toBe(v[1] > 1000);
    known++;
    if (v[0] > 1000) high++;
  }
  return high / known;
}

/** Share of posts (in scope) carrying at least one tag of the bucket. */
function bucketShare(posts: DemoPost[], t: Taxonomy, bucket: string): number {
  const b = t.buckets.find((x) => x.name === bucket);
  const tags = new Set(b?.skills.flatMap((s) => s.tags) ?? []);
  const hit = posts.filter((p) => (p.row.skills ?? "").split(";").some((tag) => tags.has(normalizeTag(tag))));
  return posts.length === 0 ? 0 : hit.length / posts.length;
}

describe("demo corpus generator", () => {
  const taxonomy = fixture();
  const posts = [...generateDemoPosts(taxonomy)];

  it("gives identical rows for the same seed and different rows for another seed", () => {
    const a = [...generateDemoCorpus(taxonomy, { seed: 7, size: 2000 })];
    const b = [...generateDemoCorpus(taxonomy, { seed: 7, size: 2000 })];
    const c = [...generateDemoCorpus(taxonomy, { seed: 8, size: 2000 })];
    expect(a).toEqual(b);
    expect(a.length).toBe(2000);
    expect(c).not.toEqual(a);
    expect(c.filter((row, i) => row.title === a[i]?.title).length).toBeLessThan(1000);
  });

  it("yields 50,000 posts from 2020 through 2024 by default, with unique ids and the demo source", () => {
    expect(posts.length).toBe(50_000);
    expect(new Set(posts.map((p) => p.row.id)).size).toBe(50_000);
    expect(posts.every((p) => p.row.source === DEMO_SOURCE && /^demo-\d{6}$/u.test(p.row.id ?? ""))).toBe(
      true,
    );
    const dates = posts.map((p) => p.row.posted_at ?? "");
    expect(dates.every((d) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/u.test(d))).toBe(true);
    expect(dates.every((d) => d >= "2020-01-01T00:00:00Z" && d <= "2024-12-31T23:59:59Z")).toBe(true);
  });

  it("writes every row with the fields an import needs, and they parse", () => {
    const categories = new Map(taxonomy.categories.map((c) => [c.name, new Set(c.subcategories)]));
    const levels = new Set(["Entry level", "Intermediate", "Expert"]);
    const contracts = new Map<string, number>();
    const problems: string[] = [];
    const check = (ok: boolean, row: RawPostRow, what: string) => {
      if (!ok && problems.length < 20) problems.push(`${row.id}: ${what}`);
    };
    for (const { row } of posts) {
      check((row.title ?? "").length > 5, row, "title");
      const sentences = (row.description ?? "").split(/(?<=\.)\s+/u).length;
      check(sentences >= 2 && sentences <= 5, row, `description has ${sentences} sentences`);
      check(
        categories.get(row.category ?? "")?.has(row.subcategory ?? "") === true,
        row,
        "category/subcategory",
      );
      check(!Number.isNaN(Date.parse(row.posted_at ?? "")), row, "posted_at");
      check(levels.has(row.experience_level ?? ""), row, "experience_level");
      check((row.country ?? "") !== "", row, "country");
      const tags = (row.skills ?? "").split(";");
      check(
        tags.length >= 2 && tags.length <= 6 && tags.every((t) => t.trim() === t && t !== ""),
        row,
        "skills",
      );
      contracts.set(row.contract_type ?? "", (contracts.get(row.contract_type ?? "") ?? 0) + 1);
      if (row.contract_type === "fixed") {
        check(
          Number(row.fixed_budget) > 0 && row.hourly_min === "" && row.hourly_max === "",
          row,
          "fixed budget",
        );
      } else if (row.contract_type === "hourly") {
        const min = Number(row.hourly_min);
        const max = Number(row.hourly_max);
        check(min > 0 && max >= min && row.fixed_budget === "", row, "hourly rates");
        check(row.duration! in taxonomy.projectedValue.weeks, row, "duration");
        check(row.workload! in taxonomy.projectedValue.hoursPerWeek, row, "workload");
      } else {
        check(row.contract_type === "none" && row.fixed_budget === "" && row.hourly_min === "", row, "none");
      }
    }
    expect(problems).toEqual([]);
    expect([...contracts.keys()].sort()).toEqual(["fixed", "hourly", "none"]);
    expect(contracts.get("none")! / posts.length).toBeLessThan(0.1);
  });

  it("grows overall, and AI grows strongly after late 2022 (+268% in non-technical categories 2022 -> 2023)", () => {
    const perYear = (f: (p: DemoPost) => boolean) =>
      [2020, 2021, 2022, 2023, 2024].map((y) => posts.filter((p) => year(p) === y && f(p)).length);
    const all = perYear(() => true);
    for (let i = 1; i < all.length; i++) expect(all[i]!).toBeGreaterThan(all[i - 1]!);
    const nonTech = perYear((p) => p.kind === "ai" && NON_TECHNICAL.has(p.row.category ?? ""));
    const growth = (nonTech[3]! - nonTech[2]!) / nonTech[2]!;
    expect(growth).toBeGreaterThan(2.58);
    expect(growth).toBeLessThan(2.78);
    const ai = perYear((p) => p.kind === "ai");
    expect(ai[3]! / ai[2]!).toBeGreaterThan(2);
  });

  it("puts over 70% of 2020-21 AI posts in DS + WMSD and about 55% in 2022-23, with Translation 1% -> over 7%", () => {
    const early = shares(posts, "ai", 2020, 2021);
    const late = shares(posts, "ai", 2022, 2023);
    expect(share(early, DS, WMSD)).toBeGreaterThan(0.7);
    expect(share(early, DS, WMSD)).toBeLessThan(0.75);
    const beyond1 = [...early].filter(([c, s]) => c !== DS && c !== WMSD && s > 0.01).map(([c]) => c);
    expect(beyond1.sort()).toEqual(["Admin Support", "Design & Creative", "Writing"]);
    expect(share(early, "Translation")).toBeGreaterThan(0.005);
    expect(share(late, DS, WMSD)).toBeGreaterThan(0.52);
    expect(share(late, DS, WMSD)).toBeLessThan(0.58);
    expect(share(late, "Translation")).toBeGreaterThan(0.07);
    for (const c of ["Engineering & Architecture", "Translation", "Design & Creative", "Sales & Marketing"]) {
      expect(share(late, c)).toBeGreaterThan(share(early, c));
    }
  });

  it("keeps over 80% of cloud posts in IT & Networking + WMSD in every period", () => {
    const early = share(shares(posts, "cloud", 2020, 2021), "IT & Networking", WMSD);
    const late = share(shares(posts, "cloud", 2022, 2023), "IT & Networking", WMSD);
    expect(early).toBeGreaterThan(0.8);
    expect(late).toBeGreaterThan(0.8);
    expect(Math.abs(early - late)).toBeLessThan(0.03);
  });

  it("puts just over 69% of 2020-21 RPA posts in WMSD, then DS, with WMSD rising from 2022 on", () => {
    const early = shares(posts, "rpa", 2020, 2021);
    expect(share(early, WMSD)).toBeGreaterThan(0.69);
    expect(share(early, WMSD)).toBeLessThan(0.72);
    const ranked = [...early].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(ranked.slice(0, 2)).toEqual([WMSD, DS]);
    expect(share(shares(posts, "rpa", 2022, 2023), WMSD)).toBeGreaterThan(share(early, WMSD));
    expect(share(shares(posts, "rpa", 2024, 2024), WMSD)).toBeGreaterThan(
      share(shares(posts, "rpa", 2022, 2023), WMSD),
    );
  });

  it("makes about 58% of 2022-23 AI posts high-value (over $1,000) and about 86% in Translation", () => {
    const all = highShare(posts, taxonomy, (p) => inPeriod(p, 2022, 2023));
    const tr = highShare(posts, taxonomy, (p) => inPeriod(p, 2022, 2023) && p.row.category === "Translation");
    expect(Math.abs(all - 0.58)).toBeLessThan(0.02);
    expect(Math.abs(tr - 0.86)).toBeLessThan(0.03);
    const unknown = posts.filter((p) => p.kind === "ai" && values(p.row, taxonomy) === null).length;
    expect(unknown).toBeGreaterThan(0);
  });

  it("spreads 2024 DS AI posts over the gen-AI buckets, and tags AI posts of other categories with their buckets", () => {
    const ds2024 = posts.filter((p) => p.kind === "ai" && year(p) === 2024 && p.row.category === DS);
    expect(bucketShare(ds2024, taxonomy, "AI Model Development & Deployment")).toBeGreaterThan(0.13);
    expect(bucketShare(ds2024, taxonomy, "AI Model Development & Deployment")).toBeLessThan(0.25);
    expect(bucketShare(ds2024, taxonomy, "Conversational AI")).toBeGreaterThan(0.2);
    expect(bucketShare(ds2024, taxonomy, "AI Tools & Services")).toBeGreaterThan(0.15);
    const used = taxonomy.buckets.filter((b) => bucketShare(ds2024, taxonomy, b.name) > 0.02);
    expect(used.length).toBeGreaterThanOrEqual(8);

    const aiIn = (c: string) =>
      posts.filter((p) => p.kind === "ai" && year(p) >= 2023 && p.row.category === c);
    const design = aiIn("Design & Creative");
    expect(
      bucketShare(design, taxonomy, "AI Content Creation") +
        bucketShare(design, taxonomy, "AI Photo & Video Editing"),
    ).toBeGreaterThan(0.9);
    expect(bucketShare(aiIn("Admin Support"), taxonomy, "Data Labeling & Annotation")).toBeGreaterThan(0.5);
    expect(bucketShare(aiIn("Translation"), taxonomy, "AI Translation")).toBeGreaterThan(0.8);

    // Tags come back to the taxonomy's form after normalization, and phrases appear in the text.
    const allTags = new Set(taxonomy.buckets.flatMap((b) => b.skills.flatMap((s) => s.tags)));
    const phrases = taxonomy.buckets.flatMap((b) => b.skills.flatMap((s) => s.phrases));
    const ai = posts.filter((p) => p.kind === "ai");
    expect(ai.every((p) => (p.row.skills ?? "").split(";").some((t) => allTags.has(normalizeTag(t))))).toBe(
      true,
    );
    expect(
      ai.every((p) =>
        (p.row.skills ?? "").split(";").every((t) => t !== t.toLowerCase() || /^[^a-z]*$/u.test(t)),
      ),
    ).toBe(true);
    const withPhrase = ai.filter((p) =>
      phrases.some((ph) => normalizeTag(`${p.row.description}`).includes(ph)),
    );
    expect(withPhrase.length / ai.length).toBeGreaterThan(0.95);
    // Ordinary work carries no gen-AI bucket tags.
    const plain = posts.filter((p) => p.kind === "plain");
    expect(plain.some((p) => (p.row.skills ?? "").split(";").some((t) => allTags.has(normalizeTag(t))))).toBe(
      false,
    );
  });

  it("hand-labels about labeledShare of the rows, with several hundred positives per technology and labeled false positives", () => {
    const labeled = posts.filter((p) => p.row.ai !== "");
    expect(Math.abs(labeled.length / posts.length - 0.06)).toBeLessThan(0.002);
    for (const p of posts) {
      const cols = [p.row.ai, p.row.cloud, p.row.rpa];
      expect(cols.every((c) => c === "") || cols.every((c) => c === "1" || c === "0")).toBe(true);
    }
    for (const tech of ["ai", "cloud", "rpa"] as const) {
      const positives = labeled.filter((p) => p.row[tech] === "1");
      expect(positives.length).toBeGreaterThan(250);
      // A positive is a post of the technology, or a keyword false positive the annotator
      // counted in (a judgement call); never ordinary work or another technology's post.
      expect(positives.every((p) => p.kind === tech || p.kind === "fp")).toBe(true);
      // Judgement calls: some of the technology's own posts are labeled 0, as on real labels.
      const own = labeled.filter((p) => p.kind === tech);
      const against = own.filter((p) => p.row[tech] === "0").length / own.length;
      expect(against).toBeGreaterThan(0.05);
      expect(against).toBeLessThan(0.35);
    }
    const fp = labeled.filter((p) => p.kind === "fp");
    expect(fp.length).toBeGreaterThan(300);
    // At most one technology per false positive: the one whose keyword rule it trips.
    expect(fp.every((p) => [p.row.ai, p.row.cloud, p.row.rpa].filter((v) => v === "1").length <= 1)).toBe(
      true,
    );
    const countedIn = fp.filter((p) => [p.row.ai, p.row.cloud, p.row.rpa].includes("1")).length / fp.length;
    expect(countedIn).toBeGreaterThan(0.1);
    expect(countedIn).toBeLessThan(0.5);
    const text = (p: DemoPost) => `${p.row.title} ${p.row.description}`;
    expect(fp.some((p) => /\bAI and EPS\b/u.test(text(p)))).toBe(true);
    expect(fp.some((p) => /word cloud/iu.test(text(p)))).toBe(true);
    expect(fp.some((p) => /email/iu.test(text(p)))).toBe(true);
    expect(fp.some((p) => /test automation/iu.test(text(p)))).toBe(true);
    const smaller = [...generateDemoCorpus(taxonomy, { size: 5000, labeledShare: 0.2 })];
    expect(smaller.filter((r) => r.ai !== "").length).toBe(1000);
  });

  it("uses only the categories, subcategories and buckets of a smaller taxonomy, and falls back when buckets are missing", () => {
    const small = fixture(
      CATEGORIES.filter(([n]) => [DS, "Design & Creative", "Legal"].includes(n)),
      BUCKETS.filter(([n]) => n === "Machine Learning"),
    );
    const rows = [...generateDemoPosts(small, { size: 3000 })];
    expect(rows.length).toBe(3000);
    const names = new Map(small.categories.map((c) => [c.name, new Set(c.subcategories)]));
    expect(rows.every((p) => names.get(p.row.category ?? "")?.has(p.row.subcategory ?? ""))).toBe(true);
    const ai = rows.filter((p) => p.kind === "ai");
    expect(ai.length).toBeGreaterThan(0);
    expect(ai.every((p) => normalizeTag(p.row.skills ?? "").includes("predictive modeling"))).toBe(true);

    const bare = {
      ...small,
      buckets: [],
      categories: [{ id: "x", name: "Other Work", technical: false, subcategories: [] }],
    };
    const other = [...generateDemoCorpus(bare, { size: 200 })];
    expect(other.every((r) => r.category === "Other Work" && r.subcategory === "" && r.title !== "")).toBe(
      true,
    );
  });

  const root = resolve(import.meta.dirname, "../..");
  const realReady =
    existsSync(resolve(root, "taxonomy/skills.yaml")) &&
    existsSync(resolve(root, "src/taxonomy/taxonomy.files.ts"));
  it.skipIf(!realReady)("reproduces the same figures with the project's real taxonomy", async () => {
    const loader = (await import(resolve(root, "src/taxonomy/taxonomy.files.ts"))) as {
      loadTaxonomy: (dir: string) => Taxonomy | Promise<Taxonomy>;
    };
    const real = await loader.loadTaxonomy(resolve(root, "taxonomy"));
    const rows = [...generateDemoPosts(real)];
    const categories = new Map(real.categories.map((c) => [c.name, new Set(c.subcategories)]));
    expect(rows.every((p) => categories.get(p.row.category ?? "")?.has(p.row.subcategory ?? ""))).toBe(true);
    const dsName =
      real.categories.find((c) => c.id === "data-science-analytics" || c.name === DS)?.name ?? DS;
    const wmsdName =
      real.categories.find((c) => c.name === WMSD || c.id.startsWith("web-mobile"))?.name ?? WMSD;
    expect(share(shares(rows, "ai", 2020, 2021), dsName, wmsdName)).toBeGreaterThan(0.7);
    expect(share(shares(rows, "ai", 2022, 2023), dsName, wmsdName)).toBeGreaterThan(0.52);
    expect(share(shares(rows, "ai", 2022, 2023), dsName, wmsdName)).toBeLessThan(0.58);
    expect(Math.abs(highShare(rows, real, (p) => inPeriod(p, 2022, 2023)) - 0.58)).toBeLessThan(0.03);
    const amdd = real.buckets.find(
      (b) => normalizeTag(b.name) === normalizeTag("AI Model Development & Deployment"),
    );
    if (amdd) {
      const ds2024 = rows.filter((p) => p.kind === "ai" && year(p) === 2024 && p.row.category === dsName);
      expect(bucketShare(ds2024, real, amdd.name)).toBeGreaterThan(0.13);
    }
    // Every AI post is a keyword candidate under the real include rules (word boundaries, case where set).
    const ai = real.technologies.find((t) => t.id === "ai");
    if (ai) {
      const terms = ai.include.map(
        (t) =>
          new RegExp(
            `(?<![\\p{L}\\p{N}])${t.term.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}\\p{N}])`,
            t.caseSensitive ? "u" : "iu",
          ),
      );
      const aiRows = rows.filter((p) => p.kind === "ai");
      const hits = aiRows.filter((p) => terms.some((re) => re.test(`${p.row.title}\n${p.row.description}`)));
      expect(hits.length / aiRows.length).toBeGreaterThan(0.95);
    }
  });
});
