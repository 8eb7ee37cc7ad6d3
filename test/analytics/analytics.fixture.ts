// A small taxonomy and a seeded set of posts for the analytics tests, imported through the real
// pipeline (hand-label columns decide each post's technologies), plus helpers to build them.
import type { Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import type { RawPostRow } from "../../src/posts/post.row";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { freshDb } from "../helpers/db";
import { postRow } from "../helpers/rows";
import { mulberry32 } from "../../src/shared/random";

const term = (t: string) => ({ term: t, caseSensitive: false });

export const ANALYTICS_TAXONOMY: Taxonomy = {
  categories: [
    {
      id: "data-science-analytics",
      name: "Data Science & Analytics",
      technical: true,
      subcategories: ["Machine Learning"],
    },
    {
      id: "web-mobile-software-dev",
      name: "Web, Mobile & Software Dev",
      technical: true,
      subcategories: ["Web Development"],
    },
    { id: "translation", name: "Translation", technical: false, subcategories: ["Language Tutoring"] },
    { id: "writing", name: "Writing", technical: false, subcategories: ["Content Writing"] },
    { id: "legal", name: "Legal", technical: false, subcategories: ["Contract Law"] },
  ],
  technologies: [
    { id: "ai", name: "Artificial intelligence", include: [term("machine learning")], exclude: [] },
    { id: "cloud", name: "Cloud computing", include: [term("aws")], exclude: [] },
    { id: "rpa", name: "Robotic process automation", include: [term("uipath")], exclude: [] },
  ],
  projectedValue: { hoursPerWeek: { "30+ hrs/week": 35 }, weeks: { "1 to 3 months": 8 } },
  buckets: [
    {
      id: "nlp",
      name: "Natural Language Processing",
      skills: [
        { id: "sentiment-analysis", name: "Sentiment Analysis", tags: ["sentiment analysis"], phrases: [] },
        {
          id: "text-summarization",
          name: "Text Summarization",
          tags: ["summarization"],
          phrases: ["text summarization"],
        },
      ],
    },
    {
      id: "conversational-ai",
      name: "Conversational AI",
      skills: [
        {
          id: "chatbot-development",
          name: "Chatbot Development",
          tags: ["chatbot"],
          phrases: ["chatbot development"],
        },
      ],
    },
    {
      id: "empty-bucket",
      name: "Empty Bucket",
      skills: [{ id: "quantum", name: "Quantum", tags: ["quantum"], phrases: [] }],
    },
  ],
};

export const CATEGORY_NAMES = ANALYTICS_TAXONOMY.categories.map((c) => c.name);
const SKILLS = ["sentiment analysis", "summarization", "chatbot", "python", "excel", ""];
const COUNTRIES = ["United States", "India", "Germany", ""];
const LEVELS = ["Entry level", "Intermediate", "Expert", ""];

/**
 * `n` posts from 2021-01 to 2024-06 (a few undated, some without a category, value unknown
 * for some), each with hand labels for ai, cloud and rpa.
 */
export function fixtureRows(n = 600, seed = 7): RawPostRow[] {
  const r = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const rows: RawPostRow[] = [];
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2024, 6, 1) - start;
  for (let i = 0; i < n; i++) {
    const undated = r() < 0.03;
    const posted = undated ? "" : new Date(start + Math.floor(r() * span)).toISOString().slice(0, 19) + "Z";
    const category = r() < 0.08 ? "" : pick(CATEGORY_NAMES.slice(0, 4));
    const contract = pick(["fixed", "hourly", "none"] as const);
    const value = r();
    const fixed = contract === "fixed" && value < 0.85 ? String(Math.round(50 + r() * 3000)) : "";
    const hourly = contract === "hourly" ? String(Math.round(10 + r() * 60)) : "";
    const ai = r() < (category === "Data Science & Analytics" ? 0.5 : 0.2);
    const skills = [pick(SKILLS), pick(SKILLS)].filter(Boolean).join(";");
    rows.push({
      id: `p${i}`,
      source: i % 5 === 0 ? "other-source" : "fixture",
      title: ai ? `Machine learning job ${i}` : `Ordinary job ${i}`,
      description:
        r() < 0.1 ? "We need text summarization for our app" : r() < 0.1 ? "chatbot development wanted" : "",
      category,
      subcategory: "",
      posted_at: posted,
      contract_type: contract,
      fixed_budget: fixed,
      hourly_min: hourly,
      hourly_max: hourly,
      projected_value: contract === "none" && value < 0.5 ? String(Math.round(r() * 2500)) : "",
      duration: contract === "hourly" && value < 0.7 ? "1 to 3 months" : "",
      workload: contract === "hourly" && value < 0.7 ? "30+ hrs/week" : "",
      skills,
      country: pick(COUNTRIES),
      experience_level: pick(LEVELS),
      ai: ai ? "1" : "0",
      cloud: r() < 0.15 ? "1" : "0",
      rpa: r() < 0.05 ? "1" : "0",
    });
  }
  return rows;
}

export async function importRows(db: Db, rows: RawPostRow[], taxonomy: Taxonomy = ANALYTICS_TAXONOMY) {
  return importSource(db, rowsSource(rows), {
    taxonomy,
    classify: { technologies: taxonomy.technologies, mode: "candidates" },
  });
}

/** A fresh database with the fixture taxonomy synced and `rows` imported. */
export async function analyticsDb(rows: RawPostRow[] = fixtureRows()): Promise<Db> {
  const db = freshDb();
  syncTaxonomy(db, ANALYTICS_TAXONOMY);
  await importRows(db, rows);
  return db;
}

/** One hand-written post: a fixed-price Translation post of March 2023, labeled negative for every technology. */
export function post(id: string, fields: Partial<RawPostRow> = {}): RawPostRow {
  return postRow({
    id,
    source: "hand",
    category: "Translation",
    posted_at: "2023-03-15T12:00:00Z",
    contract_type: "fixed",
    fixed_budget: "500",
    ai: "0",
    cloud: "0",
    rpa: "0",
    ...fields,
  });
}
