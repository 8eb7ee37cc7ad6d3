// Triage: the tags and title phrases of AI posts that the dictionary does not map yet.
import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { applyEdit } from "../../src/taxonomy/taxonomy-edit.service";
import { currentVersion } from "../../src/taxonomy/taxonomy.repository";
import { titleBigrams, unmappedSkills } from "../../src/taxonomy/unmapped-skills";
import { graphql } from "../gql";
import { expectUserError } from "../helpers/errors";
import { startTestServer } from "../helpers/http";
import { smallDb } from "./edit-fixture";

let db: Db;
beforeEach(async () => {
  db = await smallDb();
});

const TopUnmappedSkill = graphql(`
  query UnmappedTopSkill {
    unmappedSkills(period: { label: "2024", from: "2024-01-01", to: "2025-01-01" }, minPosts: 2, first: 1) {
      tag
      kind
      posts
      exampleTitles
    }
  }
`);

describe("unmappedSkills", () => {
  it("lists the most frequent tags of AI posts that map to no skill, with example titles", () => {
    const tags = unmappedSkills(db, { scope: {}, minPosts: 2, first: 50 }).filter((r) => r.kind === "tag");
    expect(tags).toEqual([
      {
        tag: "openai api",
        kind: "tag",
        posts: 4,
        exampleTitles: [
          "Summarize legal documents with GPT",
          "LLM fine-tuning for support answers",
          "Retrieval augmented generation over PDFs with AI",
        ],
      },
      {
        tag: "prompt engineering",
        kind: "tag",
        posts: 2,
        exampleTitles: [
          "LLM fine-tuning for support answers",
          "Prompt engineering for marketing copy with AI",
        ],
      },
    ]);
  });

  it("counts only AI posts (not 'Write blog posts about travel') and only the period asked for", () => {
    const all = unmappedSkills(db, { scope: {}, minPosts: 1, first: 50 });
    expect(all.find((r) => r.tag === "copywriting")?.posts).toBe(1);
    const y2023 = unmappedSkills(db, {
      scope: { from: "2023-01-01", to: "2024-01-01" },
      minPosts: 1,
      first: 50,
    });
    expect(y2023.find((r) => r.tag === "openai api")?.posts).toBe(1);
    expect(y2023.find((r) => r.tag === "prompt engineering")).toBeUndefined();
  });

  it("drops a tag from the list once an alias maps it", () => {
    applyEdit(db, "t", currentVersion(db), {
      op: "addAlias",
      skillId: "text-summarization",
      alias: "OpenAI API",
      kind: "tag",
    });
    expect(unmappedSkills(db, { scope: {}, minPosts: 2, first: 50 }).map((r) => r.tag)).not.toContain(
      "openai api",
    );
  });

  it("also lists two-word title phrases that no alias covers", () => {
    const phrases = unmappedSkills(db, { scope: {}, minPosts: 1, first: 500 }).filter(
      (r) => r.kind === "phrase",
    );
    expect(phrases.map((p) => p.tag)).toContain("augmented generation");
    expect(phrases.map((p) => p.tag)).not.toContain("for our"); // stop words are not phrases
    applyEdit(db, "t", currentVersion(db), {
      op: "addAlias",
      skillId: "text-summarization",
      alias: "augmented generation",
      kind: "phrase",
    });
    expect(unmappedSkills(db, { scope: {}, minPosts: 1, first: 500 }).map((p) => p.tag)).not.toContain(
      "augmented generation",
    );
  });

  it("splits titles into meaningful word pairs, never across punctuation", () => {
    expect([...titleBigrams("Looking for an AI Chatbot developer - Node.js & GPT-4 API")]).toEqual([
      "ai chatbot",
      "gpt-4 api",
    ]);
  });

  it("answers over GraphQL, sorted by posts, limited by first", async () => {
    const server = await startTestServer(db);
    try {
      const res = await server.gql(TopUnmappedSkill);
      expect(res.errors).toBeUndefined();
      expect(res.data?.unmappedSkills).toEqual([
        {
          tag: "openai api",
          kind: "TAG",
          posts: 3,
          exampleTitles: [
            "LLM fine-tuning for support answers",
            "Retrieval augmented generation over PDFs with AI",
            "AI chatbot with OpenAI API",
          ],
        },
      ]);
      const bad = await server.gql("{ unmappedSkills(minPosts: 0) { tag } }");
      expectUserError(bad, { code: "BAD_USER_INPUT", field: "minPosts" });
    } finally {
      await server.close();
    }
  });
});
