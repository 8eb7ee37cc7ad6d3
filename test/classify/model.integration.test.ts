// Label import, training, activation with reclassification, hand labels and classify(text),
// end to end on the real labeled posts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureClassifyMode, trainTechnology } from "../../src/classify/model.service";
import { createApiKey } from "../../src/server/api-key.service";
import { graphql } from "../gql";
import type { ModelTrainingJobQuery } from "../gql/graphql";
import { expectUserError } from "../helpers/errors";
import { startTestServer, type TestServer } from "../helpers/http";
import { hasRealData, LABELED_CSV } from "../helpers/real-data";
import { postRow } from "../helpers/rows";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const RpaModels = graphql(`
  query ModelRpaModels {
    models(technology: "rpa") {
      id
      active
      trainingRows
      metrics {
        accuracy
        f1
        tp
        fp
        tn
        fn
        folds
      }
    }
    technologies {
      id
      activeModel {
        id
      }
    }
  }
`);

const ClassifyText = graphql(`
  query ModelClassifyText($t: String!) {
    classify(text: $t, technologies: ["rpa", "ai"]) {
      technology {
        id
      }
      keywordHit
      includedTerms
      probability
      label
      model {
        id
      }
      terms {
        feature
        contribution
      }
    }
  }
`);

const LabelRpa = graphql(`
  mutation ModelLabelRpa($postId: ID!) {
    labelPost(postId: $postId, technology: "rpa", label: true) {
      label
    }
  }
`);

const LabelRpaWithSource = graphql(`
  mutation ModelLabelRpaWithSource($postId: ID!) {
    labelPost(postId: $postId, technology: "rpa", label: true) {
      label
      labelSource
      model {
        id
      }
    }
  }
`);

const TrainingJob = graphql(`
  query ModelTrainingJob($id: ID!) {
    trainingJob(id: $id) {
      status
      progress
      message
      model {
        id
        active
      }
    }
  }
`);

const TrainCloud = graphql(`
  mutation ModelTrainCloud {
    trainModel(technology: "cloud") {
      id
    }
  }
`);

const TrainCloudInactive = graphql(`
  mutation ModelTrainCloudInactive {
    trainModel(technology: "cloud", activate: false) {
      id
      status
    }
  }
`);

const ActivateModel = graphql(`
  mutation ModelActivate($id: ID!) {
    activateModel(id: $id) {
      id
      active
      activation {
        id
        kind
        status
      }
    }
  }
`);

const CloudModels = graphql(`
  query ModelCloudModels {
    models(technology: "cloud") {
      id
      active
    }
  }
`);

const count = (rt: TestRuntime, sql: string, ...params: unknown[]) =>
  (rt.db.$client.prepare(sql).get(...params) as { n: number }).n;

describe.skipIf(!hasRealData)("models trained from hand labels", () => {
  let rt: TestRuntime;
  let server: TestServer;
  let admin: string;
  let editor: string;

  beforeAll(async () => {
    rt = testRuntime();
    const summary = await rt.importFile(LABELED_CSV);
    expect(summary.labels).toBe(3 * summary.inserted);
    // A few posts without hand labels, for the model to decide.
    await rt.importRows([
      postRow({
        id: "u1",
        source: "unlabeled",
        title: "UiPath developer to automate invoice entry",
        skills: "UiPath;RPA",
      }),
      postRow({ id: "u2", source: "unlabeled", title: "Logo for a bakery", skills: "Logo Design" }),
      postRow({
        id: "u3",
        source: "unlabeled",
        title: "Power Automate flow for approvals",
        skills: "Microsoft Power Automate",
      }),
    ]);
    server = await startTestServer(rt.db, {
      services: rt.services,
    });
    admin = createApiKey(rt.db, "admin").key;
    editor = createApiKey(rt.db, "editor").key;
  });
  afterAll(() => server.close());

  it("stores the hand labels of labeled.csv and lets them decide the final label", () => {
    expect(count(rt, "SELECT COUNT(*) AS n FROM labels WHERE technology_id = 'rpa' AND label = 1")).toBe(302);
    expect(count(rt, "SELECT COUNT(*) AS n FROM classifications WHERE label_source = 'hand'")).toBe(
      count(rt, "SELECT COUNT(*) AS n FROM labels"),
    );
  });

  it("trains, stores cross-validated metrics, activates and reclassifies every post", async () => {
    const stages = new Set<string>();
    const r = await trainTechnology(rt.db, "rpa", {
      taxonomy: rt.taxonomy,
      mode: "candidates",
      activate: true,
      onProgress: (s) => stages.add(s),
    });
    expect(r.trainingRows).toBe(4321);
    expect(count(rt, "SELECT COUNT(*) AS n FROM models WHERE technology_id = 'rpa' AND active = 1")).toBe(1);
    expect(r.metrics.tp + r.metrics.fp + r.metrics.tn + r.metrics.fn).toBe(4321);
    expect(r.metrics.accuracy).toBeGreaterThan(0.9);
    expect(stages.has("evaluate")).toBe(true);
    // Posts without a hand label: the model decides for keyword candidates; the others are no by
    // the keyword rules (the model is not asked about them). Hand labels still decide.
    const unlabeled = "post_id NOT IN (SELECT post_id FROM labels WHERE technology_id = 'rpa')";
    const rows = (where: string) =>
      count(
        rt,
        `SELECT COUNT(*) AS n FROM classifications WHERE technology_id = 'rpa' AND ${unlabeled} AND ${where}`,
      );
    expect(rows("1 = 1")).toBe(3);
    expect(rows("label_source = 'model' AND probability IS NOT NULL AND model_id = " + r.modelId)).toBe(
      rows("keyword_hit = 1"),
    );
    expect(
      rows("label_source = 'keyword' AND probability IS NULL AND label = 0 AND model_id = " + r.modelId),
    ).toBe(rows("keyword_hit = 0"));
    expect(
      count(
        rt,
        "SELECT COUNT(*) AS n FROM classifications WHERE technology_id = 'rpa' AND label_source = 'hand'",
      ),
    ).toBe(count(rt, "SELECT COUNT(*) AS n FROM labels WHERE technology_id = 'rpa'"));
    const res = await server.gql(RpaModels);
    const models = res.data!.models;
    expect(models[0]).toMatchObject({
      id: String(r.modelId),
      active: true,
      trainingRows: 4321,
      metrics: { folds: 5 },
    });
  });

  it("reclassifies every post when the classification mode changes", () => {
    const options = (mode: "candidates" | "all") => ({ taxonomy: rt.taxonomy, mode });
    const modelRows = () =>
      rt.db.$client
        .prepare(
          `SELECT c.label, c.keyword_hit AS hit, c.probability AS p, m.threshold AS t FROM classifications c
           JOIN models m ON m.id = c.model_id WHERE c.label_source = 'model'`,
        )
        .all() as { label: number; hit: number; p: number; t: number }[];
    expect(ensureClassifyMode(rt.db, options("candidates"))).toBe(false);
    expect(ensureClassifyMode(rt.db, options("all"))).toBe(true);
    expect(ensureClassifyMode(rt.db, options("all"))).toBe(false);
    for (const r of modelRows()) expect(r.label).toBe(r.p >= r.t ? 1 : 0);
    expect(ensureClassifyMode(rt.db, options("candidates"))).toBe(true);
    for (const r of modelRows()) expect(r.label).toBe(r.hit === 1 && r.p >= r.t ? 1 : 0);
  });

  it("classifies any text with keyword hits, probability and the terms that decided", async () => {
    const res = await server.gql(ClassifyText, {
      t: "UiPath developer to automate invoice processing\nBuild RPA bots that enter invoices into SAP.",
    });
    expect(res.errors).toBeUndefined();
    const [rpa, ai] = res.data!.classify;
    expect(rpa).toMatchObject({ keywordHit: true, label: true });
    expect(rpa!.includedTerms.length).toBeGreaterThan(0);
    expect(rpa!.probability).toBeGreaterThan(0.5);
    expect(rpa!.terms.length).toBeGreaterThan(0);
    expect(ai!.probability).toBeNull();
  });

  it("lets an editor correct one post's label, which then decides over the model", async () => {
    const post = rt.db.$client
      .prepare(
        "SELECT p.source || ':' || p.external_id AS id FROM posts p JOIN classifications c ON c.post_id = p.id WHERE c.technology_id = 'rpa' AND c.label_source <> 'hand' AND c.label = 0 LIMIT 1",
      )
      .get() as { id: string };
    const denied = await server.gql(LabelRpa, { postId: post.id });
    expectUserError(denied, { code: "UNAUTHENTICATED" });
    const res = await server.gql(LabelRpaWithSource, { postId: post.id }, editor);
    expect(res.data).toEqual({ labelPost: { label: true, labelSource: "HAND", model: expect.anything() } });
    const missing = await server.gql(LabelRpa, { postId: "nope:1" }, editor);
    expectUserError(missing, { code: "NOT_FOUND" });
  });

  /** Polls a job until it is neither queued nor running. */
  async function pollJob(id: string): Promise<ModelTrainingJobQuery["trainingJob"]> {
    for (let i = 0; i < 600; i++) {
      const res = await server.gql(TrainingJob, { id });
      const j = res.data!.trainingJob;
      if (j.status !== "queued" && j.status !== "running") return j;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`job ${id} did not finish`);
  }

  it("trains over GraphQL as a job whose status can be polled", async () => {
    const editorTry = await server.gql(TrainCloud, {}, editor);
    expectUserError(editorTry, { code: "FORBIDDEN" });
    const started = await server.gql(TrainCloudInactive, {}, admin);
    const job = started.data!.trainModel;
    expect(job.status).toBe("queued");
    const done = await pollJob(job.id);
    expect(done.status).toBe("succeeded");
    const modelId = done.model!.id;

    // Activation is a job too: the model switches when it has reclassified every post.
    const activated = await server.gql(ActivateModel, { id: modelId }, admin);
    const answer = activated.data!.activateModel;
    expect(answer).toMatchObject({
      id: modelId,
      active: false,
      activation: { kind: "activate", status: "queued" },
    });
    expect((await pollJob(answer.activation!.id)).status).toBe("succeeded");
    const after = await server.gql(CloudModels);
    const models = after.data!.models;
    expect(models.find((m) => m.id === modelId)?.active).toBe(true);
    expect(models.filter((m) => m.active)).toHaveLength(1);
  });
});
