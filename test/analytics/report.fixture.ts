// A small, seeded fixture for the report and export tests: a taxonomy of the study's 12
// categories, three technologies and two skill buckets, and a few hundred posts across
// 2020-2024 whose technology labels are all hand labels (so the answers do not depend on a model).
import type { Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import type { RawPostRow } from "../../src/posts/post.row";
import type { AppServices } from "../../src/shared/context";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { freshDb } from "../helpers/db";
import { mulberry32 } from "../../src/shared/random";

const CATS: [id: string, name: string, technical: boolean][] = [
  ["accounting-consulting", "Accounting & Consulting", false],
  ["admin-support", "Admin Support", false],
  ["customer-service", "Customer Service", false],
  ["data-science-analytics", "Data Science & Analytics", true],
  ["design-creative", "Design & Creative", false],
  ["engineering-architecture", "Engineering & Architecture", true],
  ["it-networking", "IT & Networking", true],
  ["legal", "Legal", false],
  ["sales-marketing", "Sales & Marketing", false],
  ["translation", "Translation", false],
  ["web-mobile-software-dev", "Web, Mobile & Software Dev", true],
  ["writing", "Writing", false],
];

export const FIXTURE_TAXONOMY: Taxonomy = {
  categories: CATS.map(([id, name, technical]) => ({ id, name, technical, subcategories: [] })),
  technologies: [
    { id: "ai", name: "AI", include: [{ term: "machine learning", caseSensitive: false }], exclude: [] },
    { id: "cloud", name: "Cloud computing", include: [{ term: "aws", caseSensitive: false }], exclude: [] },
    { id: "rpa", name: "RPA", include: [{ term: "uipath", caseSensitive: false }], exclude: [] },
  ],
  projectedValue: { hoursPerWeek: {}, weeks: {} },
  buckets: [
    {
      id: "ai-model-development-deployment",
      name: "AI Model Development & Deployment",
      skills: [{ id: "model-deployment", name: "Model Deployment", tags: ["model deployment"], phrases: [] }],
    },
    {
      id: "conversational-ai",
      name: "Conversational AI",
      skills: [
        {
          id: "chatbot-development",
          name: "Chatbot Development",
          tags: ["chatbot development"],
          phrases: [],
        },
      ],
    },
  ],
};

export const FIXTURE_SERVICES: AppServices = { taxonomy: FIXTURE_TAXONOMY, classifyMode: "candidates" };

/** Category mixes (weights by category index) that differ by technology and era. */
const AI_EARLY = [1, 4, 1, 30, 6, 1, 1, 0, 1, 1, 26, 8];
const AI_LATE = [2, 5, 2, 22, 9, 4, 2, 1, 6, 8, 24, 10];
const CLOUD = [1, 1, 0, 4, 0, 2, 45, 0, 1, 0, 40, 1];
const RPA_EARLY = [2, 3, 1, 12, 0, 1, 4, 0, 1, 0, 70, 0];
const RPA_LATE = [1, 2, 0, 10, 0, 1, 3, 0, 1, 0, 80, 0];
const PLAIN = [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8];

function pickIndex(r: () => number, weights: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] ?? 0;
    if (x < 0) return i;
  }
  return weights.length - 1;
}

export function fixtureRows(n = 600, seed = 7): RawPostRow[] {
  const r = mulberry32(seed);
  const rows: RawPostRow[] = [];
  for (let i = 0; i < n; i++) {
    const year = 2020 + Math.floor(r() * 5);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const kindRoll = r();
    const kind = kindRoll < 0.4 ? "ai" : kindRoll < 0.55 ? "cloud" : kindRoll < 0.67 ? "rpa" : "plain";
    const late = year >= 2022;
    const mix =
      kind === "ai"
        ? late
          ? AI_LATE
          : AI_EARLY
        : kind === "cloud"
          ? CLOUD
          : kind === "rpa"
            ? late
              ? RPA_LATE
              : RPA_EARLY
            : PLAIN;
    const noCategory = r() < 0.04;
    const cat = CATS[pickIndex(r, mix)]!;
    const contract = r() < 0.1 ? "none" : "fixed";
    const budget = Math.round(100 + r() * 2900);
    const skills: string[] = ["Python"];
    if (kind === "ai") {
      const b = r();
      if (b < 0.3) skills.push("Model Deployment");
      else if (b < 0.7) skills.push("Chatbot Development");
      if (r() < 0.2) skills.push("Model Deployment");
    }
    rows.push({
      id: `f${String(i).padStart(4, "0")}`,
      source: "fixture",
      title: kind === "plain" ? `Everyday work #${i}` : `Project with ${kind} #${i}`,
      description: `A fixture post, = formula-like text #${i}.`,
      category: noCategory ? "" : cat[1],
      posted_at: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T12:00:00Z`,
      contract_type: contract,
      fixed_budget: contract === "fixed" ? String(budget) : "",
      skills: [...new Set(skills)].join(";"),
      ai: kind === "ai" ? "1" : "0",
      cloud: kind === "cloud" ? "1" : "0",
      rpa: kind === "rpa" ? "1" : "0",
    });
  }
  return rows;
}

/** A fresh migrated database with the fixture taxonomy and posts. */
export async function fixtureDb(rows: RawPostRow[] = fixtureRows()): Promise<Db> {
  const db = freshDb();
  syncTaxonomy(db, FIXTURE_TAXONOMY);
  const summary = await importSource(db, rowsSource(rows), {
    taxonomy: FIXTURE_TAXONOMY,
    classify: { technologies: FIXTURE_TAXONOMY.technologies, mode: "candidates" },
    file: "fixture",
  });
  if (summary.rejected > 0) throw new Error(`the fixture has ${summary.rejected} rejected rows`);
  return db;
}
