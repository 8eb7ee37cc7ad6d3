// labelingQueue end to end: a model trained on a few hand-labeled posts ranks the unlabeled ones;
// the queue lists only scored posts without a hand label, in the order of the queue's rule, with
// `first` bounded and clear errors for an unknown technology or one without an active model.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { selectForLabeling, type QueueCandidate } from "../../src/classify/labeling-queue";
import { trainTechnology } from "../../src/classify/model.service";
import { createApiKey } from "../../src/server/api-key.service";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { postRow } from "../helpers/rows";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const CATEGORIES = ["Data Science & Analytics", "Web, Mobile & Software Dev", "Design & Creative", "Writing"];
const AI_WORK = [
  "machine learning model",
  "AI chatbot",
  "LLM fine-tuning",
  "computer vision model",
  "GPT agent",
];
const OTHER_WORK = ["logo design", "WordPress site", "blog articles", "Excel cleanup", "product photos"];

/** Hand-labeled posts: AI work is ai, the rest is not; spread over categories. */
const labeled = Array.from({ length: 40 }, (_, i) => {
  const ai = i % 2 === 0;
  const work = (ai ? AI_WORK : OTHER_WORK)[i % 5]!;
  return postRow({
    id: `l${i}`,
    source: "labeled",
    title: `${work} for project ${i}`,
    description: ai ? `We need ${work} with AI, Python and machine learning.` : `We need ${work} done well.`,
    category: CATEGORIES[i % CATEGORIES.length]!,
    ai: ai ? "1" : "0",
  });
});

/** Unlabeled posts: keyword candidates that mix AI words with other work, and non-candidates. */
const unlabeled = Array.from({ length: 36 }, (_, i) => {
  const candidate = i < 30;
  const title = candidate
    ? `${AI_WORK[i % 5]} and ${OTHER_WORK[(i * 3) % 5]} ${i}`
    : `${OTHER_WORK[i % 5]} only ${i}`;
  return postRow({
    id: `u${i}`,
    source: "unlabeled",
    title,
    description: candidate && i % 3 === 0 ? "Some AI help with the copy." : "Details in chat.",
    category: i % 7 === 6 ? "" : CATEGORIES[(i * 5) % CATEGORIES.length]!,
  });
});

interface Entry {
  post: { id: string; category: { id: string } | null };
  probability: number;
  threshold: number;
}
const QUEUE = `query Q($t: ID!, $first: Int) {
  labelingQueue(technology: $t, first: $first) { post { id category { id } } probability threshold }
}`;

describe("labelingQueue", () => {
  let rt: TestRuntime;
  let server: TestServer;
  let editor: string;

  beforeAll(async () => {
    rt = testRuntime();
    await rt.importRows(labeled);
    await rt.importRows(unlabeled);
    await trainTechnology(rt.db, "ai", { taxonomy: rt.taxonomy, mode: "candidates", activate: true });
    server = await startTestServer(rt.db, { services: rt.services });
    editor = createApiKey(rt.db, "editor").key;
  });
  afterAll(() => server.close());

  const queue = async (first?: number, technology = "ai") => {
    const res = await server.gql<{ labelingQueue: Entry[] }>(QUEUE, { t: technology, first });
    return res;
  };
  const entries = async (first?: number) => {
    const res = await queue(first);
    expect(res.errors).toBeUndefined();
    return res.data!.labelingQueue;
  };

  /** Every scored, unlabeled ai post, straight from the tables, in the rule's order. */
  function expectedOrder(): string[] {
    const rows = rt.db.$client
      .prepare(
        `SELECT c.post_id AS postId, c.probability, p.category_id AS category, p.source || ':' || p.external_id AS apiId
         FROM classifications c JOIN posts p ON p.id = c.post_id
         WHERE c.technology_id = 'ai' AND c.probability IS NOT NULL
           AND c.post_id NOT IN (SELECT post_id FROM labels WHERE technology_id = 'ai')`,
      )
      .all() as (QueueCandidate & { apiId: string })[];
    const threshold = (
      rt.db.$client
        .prepare("SELECT threshold FROM models WHERE technology_id = 'ai' AND active = 1")
        .get() as {
        threshold: number;
      }
    ).threshold;
    return selectForLabeling(rows, threshold, rows.length).map((r) => r.apiId);
  }

  it("lists only unlabeled posts the model scored, in the queue's order", async () => {
    const all = await entries(200);
    const ids = all.map((e) => e.post.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.every((id) => id.startsWith("unlabeled:"))).toBe(true);
    expect(ids).toEqual(expectedOrder());
    // Posts that are no keyword candidate have no probability in the study's mode: never listed.
    expect(ids.filter((id) => Number(id.split(":u")[1]) >= 30)).toEqual([]);
    for (const e of all) {
      expect(e.probability).toBeGreaterThanOrEqual(0);
      expect(e.probability).toBeLessThanOrEqual(1);
    }
  });

  it("gives every category its turn before any gets a second, closest to the threshold first within one", async () => {
    const all = await entries(200);
    const category = (e: Entry) => e.post.category?.id ?? null;
    const groups = new Set(all.map(category));
    expect(groups.size).toBeGreaterThan(2);
    const firstRound = all.slice(0, groups.size).map(category);
    expect(new Set(firstRound).size).toBe(groups.size);
    for (const g of groups) {
      const distances = all
        .filter((e) => category(e) === g)
        .map((e) => Math.abs(e.probability - e.threshold));
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
    }
  });

  it("returns 20 posts by default and at most `first`", async () => {
    const all = await entries(200);
    expect(await entries()).toHaveLength(Math.min(20, all.length));
    const three = await entries(3);
    expect(three.map((e) => e.post.id)).toEqual(all.slice(0, 3).map((e) => e.post.id));
  });

  it.each([0, -1, 201])("refuses first: %i with BAD_USER_INPUT naming first", async (first) => {
    expectUserError(await queue(first), {
      code: "BAD_USER_INPUT",
      field: "first",
      message: /between 1 and 200/,
    });
  });

  it("refuses an unknown technology with BAD_USER_INPUT naming technology", async () => {
    expectUserError(await queue(5, "blockchain"), {
      code: "BAD_USER_INPUT",
      field: "technology",
      message: /unknown technology 'blockchain'/,
    });
  });

  it("says when the technology has no active model", async () => {
    expectUserError(await queue(5, "cloud"), {
      code: "BAD_USER_INPUT",
      field: "technology",
      extensions: { reason: "NO_ACTIVE_MODEL" },
      message: /no active model.*trainModel/,
    });
  });

  it("drops a post from the queue once an editor labels it", async () => {
    const [top] = await entries(1);
    const res = await server.gql(
      `mutation L($id: ID!) { labelPost(postId: $id, technology: "ai", label: true) { label } }`,
      { id: top!.post.id },
      editor,
    );
    expect(res.errors).toBeUndefined();
    const after = (await entries(200)).map((e) => e.post.id);
    expect(after).not.toContain(top!.post.id);
    expect(after).toEqual(expectedOrder());
  });
});
