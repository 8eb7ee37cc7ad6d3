// previewTaxonomyChange scoped like bucketDemand (period, category, technology, filter): the
// preview's figures equal what bucketDemand answers before and after the edit is applied, so an
// editor sees exactly what Figure 3 will show.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bucketDemand } from "../../src/analytics/analytics.service";
import { previewBucketDemand } from "../../src/analytics/taxonomy-preview.service";
import type { Db } from "../../src/db/client";
import type { PostFilter } from "../../src/posts/post.args";
import { createApiKey } from "../../src/server/api-key.service";
import { applyEdit, type TaxonomyOp } from "../../src/taxonomy/taxonomy-edit.service";
import { currentVersion } from "../../src/taxonomy/taxonomy.repository";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { dumpTaxonomyTables, smallDb } from "../taxonomy/edit-fixture";

const PERIOD = { label: "2023-24", from: "2023-01-01", to: "2025-01-01" };

interface Scope {
  period: typeof PERIOD | null;
  category: string | null;
  technology: string | null;
  filter: PostFilter | null;
}

const AI: Scope = { period: PERIOD, category: null, technology: "ai", filter: null };
const AI_DS_FIXED: Scope = {
  period: null,
  category: "data-science-analytics",
  technology: "ai",
  filter: { contractTypes: ["fixed"] as PostFilter["contractTypes"], minValue: 100 },
};

/** bucket id -> [posts, share] as bucketDemand answers for the scope, and the scope's posts. */
function demand(
  db: Db,
  scope: Scope,
): { buckets: Record<string, [number, number | null]>; scopePosts: number } {
  const rows = bucketDemand(db, scope);
  return {
    buckets: Object.fromEntries(rows.map((r) => [r.bucket.id, [r.posts, r.share]])),
    scopePosts: rows[0]?.scopePosts ?? 0,
  };
}

describe("previewTaxonomyChange scoped as bucketDemand", () => {
  let db: Db;
  beforeEach(async () => {
    db = await smallDb();
  });

  const cases: [string, TaxonomyOp, Scope][] = [
    ["moveSkill, ai", { op: "moveSkill", skillId: "chatbots", bucketId: "ml" }, AI],
    [
      "addAlias tag, ai",
      { op: "addAlias", skillId: "machine-learning", alias: "Copywriting", kind: "tag" },
      AI,
    ],
    [
      "addAlias phrase, ai in a category with a filter",
      {
        op: "addAlias",
        skillId: "sentiment-analysis",
        alias: "retrieval augmented generation",
        kind: "phrase",
      },
      AI_DS_FIXED,
    ],
    ["createSkill (its name is a tag), ai", { op: "createSkill", bucketId: "ml", name: "OpenAI API" }, AI],
    ["deleteBucket, ai with a filter", { op: "deleteBucket", bucketId: "nlp", cascade: true }, AI_DS_FIXED],
    ["createBucket, no technology", { op: "createBucket", name: "Agents" }, { ...AI, technology: null }],
  ];

  it.each(cases)(
    "%s: the preview equals bucketDemand before and after the applied edit",
    (_name, op, scope) => {
      const dump = dumpTaxonomyTables(db);
      const preview = previewBucketDemand(db, op, scope);
      expect(dumpTaxonomyTables(db)).toEqual(dump);

      const before = demand(db, scope);
      applyEdit(db, "test", currentVersion(db), op);
      const after = demand(db, scope);
      expect(preview.some((p) => p.delta !== 0) || op.op === "createBucket").toBe(true);
      expect(before.scopePosts).toBeGreaterThan(0);
      const ids = new Set([...Object.keys(before.buckets), ...Object.keys(after.buckets)]);
      // A bucket the edit creates was 0 before; one it deletes is 0 after.
      const zero = (scopePosts: number): [number, number | null] => [0, scopePosts > 0 ? 0 : null];
      expect(Object.fromEntries(preview.map((p) => [p.bucket.id, p]))).toEqual(
        Object.fromEntries(
          [...ids].map((id) => {
            const [b, beforeShare] = before.buckets[id] ?? zero(before.scopePosts);
            const [a, afterShare] = after.buckets[id] ?? zero(after.scopePosts);
            const bucket = expect.objectContaining({ id });
            return [id, { bucket, before: b, after: a, delta: a - b, beforeShare, afterShare }];
          }),
        ),
      );
    },
  );

  it("counts only the technology's posts when given one, as bucketDemand does", () => {
    // p7 (AI copywriting) and p9 (travel blog, not AI) carry the tag Copywriting.
    const op: TaxonomyOp = { op: "addAlias", skillId: "machine-learning", alias: "Copywriting", kind: "tag" };
    const everyone = previewBucketDemand(db, op, { ...AI, technology: null }).find(
      (p) => p.bucket.id === "ml",
    );
    const ai = previewBucketDemand(db, op, AI).find((p) => p.bucket.id === "ml");
    expect(everyone?.delta).toBe(2);
    expect(ai?.delta).toBe(1);
  });

  it("refuses an unknown technology as bucketDemand does, naming technology, and writes nothing", () => {
    const dump = dumpTaxonomyTables(db);
    expect(() =>
      previewBucketDemand(db, { op: "createBucket", name: "X" }, { ...AI, technology: "blockchain" }),
    ).toThrow(/unknown technology 'blockchain'/);
    expect(dumpTaxonomyTables(db)).toEqual(dump);
  });
});

describe("previewTaxonomyChange over GraphQL", () => {
  let db: Db;
  let server: TestServer;
  let editor: string;
  beforeAll(async () => {
    db = await smallDb();
    server = await startTestServer(db);
    editor = createApiKey(db, "editor").key;
  });
  afterAll(async () => {
    await server.close();
  });

  const SCOPE = `period: { label: "2023-24", from: "2023-01-01", to: "2025-01-01" }, technology: "ai",
    filter: { categories: ["data-science-analytics"] }`;
  const CHANGE = `{ addAlias: { skillId: "chatbots", alias: "OpenAI API", kind: TAG } }`;

  interface Impact {
    bucket: { id: string };
    before: number;
    after: number;
    delta: number;
    beforeShare: number | null;
    afterShare: number | null;
  }
  interface Demand {
    bucket: { id: string };
    posts: number;
    share: number | null;
  }

  const figure3 = async (): Promise<Demand[]> => {
    const res = await server.gql<{ bucketDemand: Demand[] }>(
      `{ bucketDemand(${SCOPE}) { bucket { id } posts share } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.bucketDemand;
  };

  it("shows, for a technology and a filter, exactly the change of bucketDemand the edit then makes", async () => {
    const preview = await server.gql<{ previewTaxonomyChange: Impact[] }>(
      `{ previewTaxonomyChange(change: ${CHANGE}, ${SCOPE}) { bucket { id } before after delta beforeShare afterShare } }`,
    );
    expect(preview.errors).toBeUndefined();
    const before = await figure3();
    const version = currentVersion(db);
    const applied = await server.gql(
      `mutation { addAlias(skillId: "chatbots", alias: "OpenAI API", kind: TAG, expectedVersion: ${version}) { version } }`,
      {},
      editor,
    );
    expect(applied.errors).toBeUndefined();
    const after = await figure3();

    const impacts = preview.data!.previewTaxonomyChange;
    expect(impacts.map((i) => i.bucket.id)).toEqual(after.map((d) => d.bucket.id));
    impacts.forEach((impact, i) => {
      expect(impact).toEqual({
        bucket: { id: after[i]!.bucket.id },
        before: before[i]!.posts,
        after: after[i]!.posts,
        delta: after[i]!.posts - before[i]!.posts,
        beforeShare: before[i]!.share,
        afterShare: after[i]!.share,
      });
    });
    expect(impacts.find((i) => i.bucket.id === "conversational-ai")?.delta).toBeGreaterThan(0);
  });

  it("answers BAD_USER_INPUT naming technology for an unknown one", async () => {
    const res = await server.gql(
      `{ previewTaxonomyChange(change: ${CHANGE}, technology: "nope") { delta } }`,
    );
    expectUserError(res, { code: "BAD_USER_INPUT", field: "technology" });
  });
});
