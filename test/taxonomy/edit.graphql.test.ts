// Dictionary editing over HTTP with real API keys: who may do what, the two-editor conflict,
// the TaxonomyEdit answer, previews, and that every read sees an edit at once.
import { print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/client";
import { createApiKey } from "../../src/server/api-key.service";
import { graphql } from "../gql";
import type { EditAnswerFragment } from "../gql/graphql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { dumpTaxonomyTables, smallDb } from "./edit-fixture";

const TaxonomyVersion = graphql(`
  query EditTaxonomyVersion {
    taxonomyVersion
  }
`);

const VersionLogAndDictionary = graphql(`
  query EditVersionLogAndDictionary {
    taxonomyVersion
    taxonomyChanges {
      totalCount
      edges {
        node {
          operation
          actor
        }
      }
    }
    taxonomy {
      version
      buckets {
        id
      }
    }
  }
`);

const BucketSkills = graphql(`
  query EditBucketSkills {
    buckets {
      id
      skills {
        id
      }
    }
  }
`);

const NlpPosts = graphql(`
  query EditNlpPosts {
    posts(filter: { bucket: "nlp" }) {
      totalCount
    }
  }
`);

const PreviewMove = graphql(`
  query EditPreviewMove {
    previewTaxonomyChange(
      change: { moveSkill: { skillId: "sentiment-analysis", bucketId: "ml" } }
      period: { label: "2023", from: "2023-01-01", to: "2024-01-01" }
    ) {
      bucket {
        id
      }
      before
      after
      delta
    }
  }
`);

const FirstAndCurrentDictionary = graphql(`
  query EditFirstAndCurrentDictionary {
    a: taxonomy(version: 1) {
      ...EditDictionaryBuckets
    }
    b: taxonomy {
      ...EditDictionaryBuckets
    }
  }

  fragment EditDictionaryBuckets on TaxonomySnapshot {
    buckets {
      id
      name
      skills {
        id
        name
        aliases {
          alias
          kind
        }
      }
    }
  }
`);

let db: Db;
let server: TestServer;
let viewer: string;
let editor: string;
let editor2: string;
let admin: string;

beforeAll(async () => {
  db = await smallDb();
  server = await startTestServer(db);
  viewer = createApiKey(db, "viewer").key;
  editor = createApiKey(db, "editor", "alice").key;
  editor2 = createApiKey(db, "editor", "bob").key;
  admin = createApiKey(db, "admin").key;
});
afterAll(async () => {
  await server.close();
});

/** The answer of every edit mutation, typed by codegen; `mutate` asks it of any of them. */
const EditAnswer = graphql(`
  fragment EditAnswer on TaxonomyEdit {
    version
    operation
    actor
    bucket {
      id
      name
      skills {
        id
      }
    }
    skill {
      id
      name
      bucket {
        id
      }
      aliases {
        alias
        kind
      }
    }
    alias {
      alias
      kind
    }
    deletedSkillIds
  }
`);

const version = async () => (await server.gql(TaxonomyVersion)).data!.taxonomyVersion;

async function mutate(
  field: string,
  args: string,
  key: string | undefined,
  vars: Record<string, unknown> = {},
) {
  const res = await server.gql<{ r: EditAnswerFragment }>(
    `mutation { r: ${field}(${args}) { ...EditAnswer } } ${print(EditAnswer)}`,
    vars,
    key,
  );
  return { data: res.data?.r, errors: res.errors };
}

describe("taxonomy editing over GraphQL", () => {
  it("lets anyone who may read see the version, the log and the dictionary", async () => {
    for (const key of [undefined, viewer]) {
      const res = await server.gql(VersionLogAndDictionary, {}, key);
      expect(res.errors).toBeUndefined();
      expect(res.data?.taxonomyChanges.edges[0]?.node).toEqual({ operation: "loadFiles", actor: "files" });
      expect(res.data?.taxonomy.version).toBe(res.data?.taxonomyVersion);
    }
  });

  it("refuses edits without a key (UNAUTHENTICATED) and from viewers (FORBIDDEN)", async () => {
    const v = await version();
    const anon = await mutate("createBucket", `name: "X", expectedVersion: ${v}`, undefined);
    expectUserError(anon, { code: "UNAUTHENTICATED" });
    const byViewer = await mutate("createBucket", `name: "X", expectedVersion: ${v}`, viewer);
    expectUserError(byViewer, { code: "FORBIDDEN" });
    expect(await version()).toBe(v);
  });

  it("lets an editor move a skill and answers with the new version, the skill and its new bucket", async () => {
    const v = await version();
    const r = await mutate(
      "moveSkill",
      `skillId: "chatbots", bucketId: "nlp", expectedVersion: ${v}`,
      editor,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data).toMatchObject({
      version: v + 1,
      operation: "moveSkill",
      actor: expect.stringMatching(/\(editor\)$/),
      bucket: { id: "nlp", skills: expect.arrayContaining([{ id: "chatbots" }]) },
      skill: { id: "chatbots", bucket: { id: "nlp" } },
    });
    const buckets = await server.gql(BucketSkills);
    expect(buckets.data?.buckets.find((b) => b.id === "conversational-ai")?.skills).toEqual([]);
    const posts = await server.gql(NlpPosts);
    expect(posts.errors).toBeUndefined();
    expect(posts.data?.posts.totalCount).toBe(5);
  });

  it("with two editors on the same version, the first edit wins and the second gets CONFLICT with the current version", async () => {
    const v = await version();
    const first = await mutate("createBucket", `name: "Agents", expectedVersion: ${v}`, editor);
    expect(first.data?.version).toBe(v + 1);
    const dump = dumpTaxonomyTables(db);
    const second = await mutate("createBucket", `name: "Agentic AI", expectedVersion: ${v}`, editor2);
    expect(second.data).toBeUndefined();
    expectUserError(second, { code: "CONFLICT", extensions: { currentVersion: v + 1 } });
    expect(dumpTaxonomyTables(db)).toEqual(dump);
  });

  it("adds and removes an alias (TAG by default, PHRASE when asked), normalized", async () => {
    let v = await version();
    const add = await mutate(
      "addAlias",
      `skillId: "machine-learning", alias: "  Deep  Learning", expectedVersion: ${v}`,
      editor,
    );
    expect(add.data?.alias).toEqual({ alias: "deep learning", kind: "TAG" });
    expect(add.data?.skill?.aliases).toContainEqual({ alias: "deep learning", kind: "TAG" });
    v = add.data!.version;
    const phrase = await mutate(
      "addAlias",
      `skillId: "machine-learning", alias: "churn", kind: PHRASE, expectedVersion: ${v}`,
      editor,
    );
    expect(phrase.data?.alias).toEqual({ alias: "churn", kind: "PHRASE" });
    v = phrase.data!.version;
    const remove = await mutate(
      "removeAlias",
      `skillId: "machine-learning", alias: "Deep Learning", expectedVersion: ${v}`,
      editor,
    );
    expect(remove.data?.skill?.aliases).not.toContainEqual({ alias: "deep learning", kind: "TAG" });
  });

  it("runs every other edit through its mutation", async () => {
    let v = await version();
    const step = async (field: string, args: string) => {
      const r = await mutate(field, `${args}, expectedVersion: ${v}`, editor);
      expect(r.errors).toBeUndefined();
      v = r.data!.version;
      return r.data!;
    };
    expect((await step("createBucket", 'name: "Vision"')).bucket?.id).toBe("vision");
    expect((await step("renameBucket", 'bucketId: "vision", name: "Computer Vision"')).bucket?.name).toBe(
      "Computer Vision",
    );
    expect((await step("createSkill", 'bucketId: "vision", name: "Image Recognition"')).skill?.id).toBe(
      "image-recognition",
    );
    expect(
      (await step("renameSkill", 'skillId: "image-recognition", name: "Image Classification"')).skill?.name,
    ).toBe("Image Classification");
    expect((await step("createSkill", 'bucketId: "vision", name: "OCR"')).skill?.id).toBe("ocr");
    expect(
      (await step("mergeSkills", 'sourceId: "ocr", targetId: "image-recognition"')).deletedSkillIds,
    ).toEqual(["ocr"]);
    expect((await step("deleteSkill", 'skillId: "image-recognition"')).deletedSkillIds).toEqual([
      "image-recognition",
    ]);
    expect((await step("deleteBucket", 'bucketId: "vision"')).bucket).toBeNull();
  });

  it("reports a validation error with its code and field", async () => {
    const v = await version();
    const r = await mutate("createSkill", `bucketId: "nlp", name: "  ", expectedVersion: ${v}`, editor);
    expectUserError(r, { code: "BAD_USER_INPUT", field: "name" });
    const nf = await mutate("deleteSkill", `skillId: "ghost", expectedVersion: ${v}`, editor);
    expectUserError(nf, { code: "NOT_FOUND" });
  });

  it("previews a change without writing it", async () => {
    const v = await version();
    const res = await server.gql(PreviewMove, {}, viewer);
    expect(res.errors).toBeUndefined();
    expect(res.data?.previewTaxonomyChange.find((i) => i.bucket.id === "ml")).toEqual({
      bucket: { id: "ml" },
      before: 1,
      after: 2,
      delta: 1,
    });
    expect(await version()).toBe(v);
  });

  it.each([
    ["no edit", "{}"],
    ["two edits", '{ createBucket: { name: "A" }, deleteSkill: { skillId: "chatbots" } }'],
  ])("refuses to preview a change with %s, naming change", async (_what, change) => {
    const bad = await server.gql(`{ previewTaxonomyChange(change: ${change}) { delta } }`);
    expectUserError(bad, { code: "BAD_USER_INPUT", field: "change" });
  });

  it("lets only admins revert", async () => {
    const v = await version();
    const byEditor = await mutate("revertTaxonomy", `toVersion: 1, expectedVersion: ${v}`, editor);
    expectUserError(byEditor, { code: "FORBIDDEN" });
    const byAdmin = await mutate("revertTaxonomy", `toVersion: 1, expectedVersion: ${v}`, admin);
    expect(byAdmin.errors).toBeUndefined();
    expect(byAdmin.data).toMatchObject({
      version: v + 1,
      operation: "revertTaxonomy",
      actor: expect.stringMatching(/\(admin\)$/),
    });
    const now = await server.gql(FirstAndCurrentDictionary);
    expect(now.errors).toBeUndefined();
    expect(now.data?.b.buckets).toEqual(now.data?.a.buckets);
  });
});
