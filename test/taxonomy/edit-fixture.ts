// A small dictionary and corpus for the taxonomy editing tests, imported through the real
// pipeline, plus a dump of every table an edit may touch (to prove a failed edit changed nothing).
import type { Db } from "../../src/db/client";
import { importSource } from "../../src/posts/import/import.service";
import { rowsSource } from "../../src/posts/import/sources";
import type { RawPostRow } from "../../src/posts/post.row";
import { withNameTags } from "../../src/taxonomy/skill-name-tag";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { freshDb } from "../helpers/db";
import { postRow } from "../helpers/rows";

const term = (t: string) => ({ term: t, caseSensitive: false });

export function smallTaxonomy(): Taxonomy {
  return {
    categories: [
      {
        id: "data-science-analytics",
        name: "Data Science & Analytics",
        technical: true,
        subcategories: ["AI & Machine Learning"],
      },
      { id: "writing", name: "Writing", technical: false, subcategories: ["Content Writing"] },
    ],
    technologies: [
      {
        id: "ai",
        name: "Artificial intelligence",
        include: [
          term("AI"),
          term("chatbot"),
          term("machine learning"),
          term("GPT"),
          term("LLM"),
          term("sentiment analysis"),
        ],
        exclude: [],
      },
    ],
    projectedValue: { hoursPerWeek: {}, weeks: {} },
    // As the loader gives it: every skill's name is also its first tag (skill-name-tag.ts).
    buckets: withNameTags([
      {
        id: "conversational-ai",
        name: "Conversational AI",
        skills: [
          {
            id: "chatbots",
            name: "Chatbots",
            tags: ["chatbot development", "chatbot"],
            phrases: ["chatbot"],
          },
        ],
      },
      {
        id: "nlp",
        name: "Natural Language Processing",
        skills: [
          { id: "sentiment-analysis", name: "Sentiment Analysis", tags: ["sentiment analysis"], phrases: [] },
          { id: "text-summarization", name: "Text Summarization", tags: ["text summarization"], phrases: [] },
        ],
      },
      {
        id: "ml",
        name: "Machine Learning",
        skills: [
          { id: "machine-learning", name: "Machine Learning", tags: ["machine learning"], phrases: [] },
        ],
      },
    ]),
  };
}

function row(
  id: string,
  title: string,
  skills: string,
  posted: string,
  extra: Partial<RawPostRow> = {},
): RawPostRow {
  return postRow({
    id,
    title,
    category: "Data Science & Analytics",
    posted_at: posted,
    contract_type: "fixed",
    fixed_budget: "500",
    skills,
    ...extra,
  });
}

/** Ten posts: 2023 and 2024, tags and text chosen so that each edit moves a known set. */
export const SMALL_POSTS: RawPostRow[] = [
  row("p1", "Build a chatbot for our shop", "Chatbot Development;Python", "2023-03-01T00:00:00Z"),
  row("p2", "Customer support bot", "chatbot development", "2023-05-01T00:00:00Z"),
  row("p3", "Sentiment analysis of reviews", "Sentiment Analysis", "2023-06-01T00:00:00Z"),
  row("p4", "Summarize legal documents with GPT", "Text Summarization;OpenAI API", "2023-07-01T00:00:00Z"),
  row("p5", "Machine learning model for churn", "Machine Learning", "2023-08-01T00:00:00Z"),
  row("p6", "LLM fine-tuning for support answers", "OpenAI API;Prompt Engineering", "2024-01-10T00:00:00Z", {
    description: "We need prompt engineering and a retrieval augmented generation pipeline.",
  }),
  row(
    "p7",
    "Prompt engineering for marketing copy with AI",
    "Prompt Engineering;Copywriting",
    "2024-02-01T00:00:00Z",
    {
      category: "Writing",
    },
  ),
  row("p8", "Retrieval augmented generation over PDFs with AI", "OpenAI API", "2024-03-01T00:00:00Z"),
  row("p9", "Write blog posts about travel", "Copywriting", "2024-04-01T00:00:00Z", { category: "Writing" }),
  row("p10", "AI chatbot with OpenAI API", "OpenAI API;Chatbot", "2024-05-01T00:00:00Z"),
];

/** A fresh database with the small dictionary synced (version 1) and SMALL_POSTS imported. */
export async function smallDb(): Promise<Db> {
  const db = freshDb();
  const taxonomy = smallTaxonomy();
  syncTaxonomy(db, taxonomy);
  await importSource(db, rowsSource(SMALL_POSTS), {
    taxonomy,
    classify: { technologies: taxonomy.technologies, mode: "candidates" },
  });
  return db;
}

/** Every row of the dictionary tables, the change log, the phrase index and app_meta, in a stable order. */
export function dumpTaxonomyTables(db: Db): Record<string, unknown[]> {
  const all = (sql: string) => db.$client.prepare(sql).all();
  return {
    buckets: all("SELECT * FROM buckets ORDER BY id"),
    skills: all("SELECT * FROM skills ORDER BY id"),
    aliases: all("SELECT * FROM skill_aliases ORDER BY id"),
    changes: all("SELECT * FROM taxonomy_changes ORDER BY version"),
    phraseHits: all("SELECT * FROM phrase_hits ORDER BY phrase, post_id"),
    meta: all("SELECT * FROM app_meta ORDER BY key"),
  };
}

/** The external ids of posts counted in each bucket, computed the plain way, in JS. */
export function bucketMembersByHand(db: Db, from?: string, to?: string): Map<string, string[]> {
  const posts = db.$client
    .prepare("SELECT id, external_id AS ext, title, description, posted_at AS postedAt FROM posts")
    .all() as { id: number; ext: string; title: string; description: string; postedAt: string | null }[];
  const tags = db.$client.prepare("SELECT post_id AS postId, tag FROM post_skills").all() as {
    postId: number;
    tag: string;
  }[];
  const aliases = db.$client
    .prepare(
      "SELECT s.bucket_id AS bucketId, a.kind, a.alias FROM skill_aliases a JOIN skills s ON s.id = a.skill_id",
    )
    .all() as { bucketId: string; kind: string; alias: string }[];
  const bucketIds = (db.$client.prepare("SELECT id FROM buckets").all() as { id: string }[]).map((b) => b.id);
  const out = new Map<string, string[]>(bucketIds.map((id) => [id, []]));
  for (const p of posts) {
    if (from && !(p.postedAt && p.postedAt >= `${from}T00:00:00Z`)) continue;
    if (to && !(p.postedAt && p.postedAt < `${to}T00:00:00Z`)) continue;
    const postTags = new Set(tags.filter((t) => t.postId === p.id).map((t) => t.tag));
    const words = ` ${`${p.title} ${p.description}`.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ")} `;
    for (const id of bucketIds) {
      const hit = aliases.some(
        (a) =>
          a.bucketId === id &&
          (a.kind === "tag"
            ? postTags.has(a.alias)
            : words.includes(` ${a.alias.replace(/[^\p{L}\p{N}]+/gu, " ")} `)),
      );
      if (hit) out.get(id)!.push(p.ext);
    }
  }
  return out;
}
