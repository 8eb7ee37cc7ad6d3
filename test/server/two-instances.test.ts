// Two API instances (two `npm start` processes, each with its own worker pool) on one database:
// what one of them writes, the other answers in its next request, whatever the backend. On
// SQLite the two share a file; under npm run test:postgres, one PostgreSQL database, as
// instances behind a load balancer would (docs/deployment.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../gql";
import { databaseEnv } from "../helpers/db";
import { createKey, startServerProcess, type ServerProcess } from "../helpers/processes";

const Import = graphql(`
  mutation TwoImport($rows: [PostInput!]!) {
    importPosts(rows: $rows) {
      inserted
      rejected
    }
  }
`);

const Seen = graphql(`
  query TwoSeen($id: ID!) {
    taxonomyVersion
    buckets {
      name
    }
    posts(first: 1, filter: { sources: ["two"] }) {
      totalCount
    }
    post(id: $id) {
      technologies {
        technology {
          id
        }
        label
        labelSource
      }
    }
    models(technology: "ai") {
      id
      active
    }
  }
`);

const CreateBucket = graphql(`
  mutation TwoCreateBucket($name: String!, $v: Int!) {
    createBucket(name: $name, expectedVersion: $v) {
      version
    }
  }
`);

const Label = graphql(`
  mutation TwoLabel($id: ID!) {
    labelPost(postId: $id, technology: "ai", label: true) {
      labelSource
    }
  }
`);

const Train = graphql(`
  mutation TwoTrain {
    trainModel(technology: "ai", activate: true) {
      id
    }
  }
`);

const Job = graphql(`
  query TwoJob($id: ID!) {
    trainingJob(id: $id) {
      status
      message
      model {
        id
        active
      }
    }
  }
`);

/** 12 posts about AI labeled yes, 12 about logo design labeled no: enough for 5-fold training. */
function rows() {
  return Array.from({ length: 24 }, (_, i) => {
    const ai = i % 2 === 0;
    return {
      source: "two",
      id: `p${i}`,
      title: ai ? `Machine learning model for churn ${i}` : `Logo design for a bakery ${i}`,
      description: ai
        ? "Train a neural network and deploy the AI model with Python and PyTorch."
        : "Create a friendly logo and business cards in Illustrator.",
      category: ai ? "Data Science & Analytics" : "Design & Creative",
      postedAt: `2024-0${1 + (i % 9)}-15`,
      skills: ai ? ["Machine Learning", "Python"] : ["Logo Design"],
      labels: [{ technology: "ai", label: ai }],
    };
  });
}

describe("two API instances on one database", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-two-instances-"));
  const env = { ...process.env, ...databaseEnv(path.join(dir, "two.db")), FRONTIER_DEMO: "0" };
  let a: ServerProcess;
  let b: ServerProcess;
  let admin: string;

  beforeAll(async () => {
    admin = createKey(env, "admin");
    [a, b] = await Promise.all([startServerProcess(env), startServerProcess(env)]);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const seen = async (server: ServerProcess) => (await server.gql(Seen, { id: "two:p1" }, admin)).data!;

  it("answer on one what was imported, edited and labeled through the other", async () => {
    const imported = await a.gql(Import, { rows: rows() }, admin);
    if (imported.errors) console.log(a.output().slice(-3000));
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importPosts).toMatchObject({ inserted: 24, rejected: 0 });
    expect((await seen(b)).posts.totalCount).toBe(24);

    const before = await seen(b);
    const edit = await a.gql(CreateBucket, { name: "Seen Elsewhere", v: before.taxonomyVersion }, admin);
    expect(edit.errors).toBeUndefined();
    const after = await seen(b);
    expect(after.taxonomyVersion).toBe(before.taxonomyVersion + 1);
    expect(after.buckets.map((x) => x.name)).toContain("Seen Elsewhere");

    // p1, a logo post, was labeled no at import; relabeled yes through b, a answers yes.
    expect((await b.gql(Label, { id: "two:p1" }, admin)).errors).toBeUndefined();
    const ai = (await seen(a)).post!.technologies.find((t) => t.technology.id === "ai");
    expect(ai).toMatchObject({ label: true, labelSource: "HAND" });
  });

  it("see a model trained and activated through one instance as active on the other", async () => {
    const queued = await a.gql(Train, {}, admin);
    expect(queued.errors).toBeUndefined();
    const jobId = queued.data!.trainModel.id;
    let job = (await b.gql(Job, { id: jobId }, admin)).data!.trainingJob!;
    for (let i = 0; i < 600 && !["succeeded", "failed", "interrupted"].includes(job.status); i++) {
      await new Promise((r) => setTimeout(r, 250));
      job = (await b.gql(Job, { id: jobId }, admin)).data!.trainingJob!;
    }
    expect(job, job.message ?? "").toMatchObject({ status: "succeeded" });
    // Activation is a job of its own, queued when training succeeds.
    let models = (await seen(b)).models;
    for (let i = 0; i < 600 && !models.some((m) => m.active); i++) {
      await new Promise((r) => setTimeout(r, 250));
      models = (await seen(b)).models;
    }
    expect(models.find((m) => m.active)?.id).toBe(job.model!.id);
  });

  it("land exactly one of two racing edits made on the same version, one per instance", async () => {
    const v = (await seen(a)).taxonomyVersion;
    const answers = await Promise.all([
      a.gql(CreateBucket, { name: "Race A", v }, admin),
      b.gql(CreateBucket, { name: "Race B", v }, admin),
    ]);
    const codes = answers.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    expect((await seen(b)).taxonomyVersion).toBe(v + 1);
  });
});
