// The taxonomy the analytics benchmark runs with: the project's taxonomy/ files when they load,
// else a stand-in with the study's 12 categories, the classifier tests' keyword rules and the
// demo generator's gen-AI buckets, so that the benchmark can run before taxonomy/ exists.
import { CATEGORY_KEYS, CATEGORY_NAMES, TECHNICAL_KEYS } from "../src/posts/demo/demo.plan";
import { normalizeTag, slugify } from "../src/taxonomy/normalize";
import type { Taxonomy } from "../src/taxonomy/taxonomy.model";
import { FIXTURE_TECHNOLOGIES } from "../test/classify/keyword-rules.fixture";

const BUCKETS: [name: string, skills: string[]][] = [
  ["Machine Learning", ["Machine Learning Model", "Predictive Modeling"]],
  ["Natural Language Processing", ["Sentiment Analysis", "Text Summarization"]],
  ["Computer Vision", ["Image Recognition", "Object Detection"]],
  ["AI Model Development & Deployment", ["Model Deployment", "Model Fine-Tuning"]],
  ["AI Models & Architectures", ["Transformer Models", "Neural Network Architecture"]],
  ["Data Labeling & Annotation", ["Data Labeling", "Image Annotation"]],
  ["Conversational AI", ["Chatbot Development", "ChatGPT Integration"]],
  ["AI Tools & Services", ["Microsoft 365 Copilot", "AI Tool Integration"]],
  ["AI Agents & Automation", ["AI Agent Development", "Workflow Automation With AI"]],
  ["Prompt Engineering", ["Prompt Engineering", "Prompt Writing"]],
  ["AI Content Creation", ["AI Image Generation", "AI Video Generation"]],
  ["AI Photo & Video Editing", ["AI Photo Editing", "AI Video Editing"]],
  ["AI Translation", ["Machine Translation Post-Editing", "AI Translation Review"]],
  ["AI Writing & Editing", ["AI Content Editing", "AI-Generated Content Review"]],
];

export function standInTaxonomy(): Taxonomy {
  return {
    categories: CATEGORY_KEYS.map((k) => ({
      id: slugify(CATEGORY_NAMES[k]),
      name: CATEGORY_NAMES[k],
      technical: TECHNICAL_KEYS.has(k),
      subcategories: [],
    })),
    technologies: FIXTURE_TECHNOLOGIES,
    projectedValue: {
      hoursPerWeek: { "Less than 30 hrs/week": 15, "More than 30 hrs/week": 35, "I'm not sure": null },
      weeks: { "Less than 1 month": 2, "1 to 3 months": 8, "3 to 6 months": 18, "More than 6 months": 36 },
    },
    buckets: BUCKETS.map(([name, skills]) => ({
      id: slugify(name),
      name,
      skills: skills.map((s) => ({
        id: slugify(s),
        name: s,
        tags: [normalizeTag(s)],
        phrases: [normalizeTag(s)],
      })),
    })),
  };
}

/** The project's taxonomy if taxonomy/ loads, else the stand-in (said so on stderr). */
export async function benchTaxonomy(): Promise<{ taxonomy: Taxonomy; standIn: boolean }> {
  try {
    const loader = (await import("../src/taxonomy/taxonomy.files" as string)) as {
      DEFAULT_TAXONOMY_DIR: string;
      loadTaxonomy(dir: string): Taxonomy;
    };
    return {
      taxonomy: loader.loadTaxonomy(process.env.FRONTIER_TAXONOMY_DIR ?? loader.DEFAULT_TAXONOMY_DIR),
      standIn: false,
    };
  } catch (e) {
    console.error(
      `note: the project taxonomy did not load (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); using the benchmark's stand-in taxonomy`,
    );
    return { taxonomy: standInTaxonomy(), standIn: true };
  }
}
