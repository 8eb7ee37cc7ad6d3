// Activating a model is all or nothing for readers: a runner killed at any moment leaves every
// post classified by the model `provenance` names, and the next start queues the activation
// again, which then finishes it.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideLabel, scoreTexts } from "../../src/classify/classification.service";
import { postsForClassification } from "../../src/classify/classification.repository";
import { enqueueActivation, recoverInterruptedJobs, runQueuedJobs } from "../../src/classify/model.jobs";
import { findJob } from "../../src/classify/model.repository";
import { modelForClassification } from "../../src/classify/model.registry";
import { trainTechnology } from "../../src/classify/model.service";
import type { Db } from "../../src/db/client";
import { dbTarget } from "../helpers/db";
import { hasRealData, LABELED_CSV, POSTS_CSV } from "../helpers/real-data";
import { testRuntime, type TestRuntime } from "../helpers/runtime";

const TECH = "rpa";
const RUN_JOBS = path.resolve("test", "helpers", "run-jobs.ts");

/** The active model of the technology and the model ids its classifications name. */
function modelState(db: Db): { active: number | null; classifiedBy: (number | null)[] } {
  const c = db.$client;
  const active = c.prepare("SELECT id FROM models WHERE technology_id = ? AND active = 1").all(TECH) as {
    id: number;
  }[];
  expect(active.length).toBeLessThanOrEqual(1);
  const by = c
    .prepare("SELECT DISTINCT model_id AS m FROM classifications WHERE technology_id = ? ORDER BY m")
    .all(TECH) as { m: number | null }[];
  return { active: active[0]?.id ?? null, classifiedBy: by.map((r) => r.m) };
}

/** tech_facts holds exactly the posts whose final label is positive. */
function expectFactsInStep(db: Db): void {
  const c = db.$client;
  const diff = c
    .prepare(
      `SELECT COUNT(*) AS n FROM (
         SELECT post_id FROM classifications WHERE technology_id = ? AND label = 1
         EXCEPT SELECT post_id FROM tech_facts WHERE technology_id = ?
         UNION ALL
         SELECT post_id FROM tech_facts WHERE technology_id = ?
         EXCEPT SELECT post_id FROM classifications WHERE technology_id = ? AND label = 1) d`,
    )
    .get(TECH, TECH, TECH, TECH) as { n: number };
  expect(diff.n).toBe(0);
}

describe.skipIf(!hasRealData)("activating a model", () => {
  let dir: string;
  let file: string;
  let rt: TestRuntime;
  let modelId: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-activation-"));
    file = path.join(dir, "activation.db");
    rt = testRuntime(undefined, file);
    await rt.importFile(POSTS_CSV);
    await rt.importFile(LABELED_CSV);
    const trained = await trainTechnology(rt.db, TECH, {
      taxonomy: rt.taxonomy,
      mode: "candidates",
      activate: false,
    });
    modelId = trained.modelId;
  });
  afterAll(() => {
    rt?.db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("leaves answers and provenance in agreement when its runner is killed, and finishes at the next start", async () => {
    expect(modelState(rt.db)).toEqual({ active: null, classifiedBy: [null] });
    const job = enqueueActivation(rt.db, modelId, {
      taxonomy: rt.taxonomy,
      mode: "candidates",
      actor: "test",
    });

    const child = spawn(process.execPath, ["--import", "tsx", RUN_JOBS, dbTarget(rt.db, file)], {
      stdio: "ignore",
    });
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    // Kill it as it starts to commit: the moment a half-done switch would show.
    for (let i = 0; i < 6000; i++) {
      const now = findJob(rt.db, job.id)!;
      if (now.status !== "queued" && now.status !== "running") break;
      if (now.message?.startsWith("commit")) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await exited;

    const afterKill = findJob(rt.db, job.id)!;
    expect(afterKill.status).toBe("running");
    const state = modelState(rt.db);
    // Either nothing switched, or everything did: never a mix.
    expect([
      { active: null, classifiedBy: [null] },
      { active: modelId, classifiedBy: [modelId] },
    ]).toContainEqual(state);
    expectFactsInStep(rt.db);

    // The next start finds the job without a runner and queues it again; a runner finishes it.
    expect(recoverInterruptedJobs(rt.db)).toEqual({ requeued: 1, interrupted: 0 });
    expect(findJob(rt.db, job.id)!.status).toBe("queued");
    await runQueuedJobs(rt.db, { taxonomy: rt.taxonomy, mode: "candidates" });
    expect(findJob(rt.db, job.id)!.status).toBe("succeeded");
    expect(modelState(rt.db)).toEqual({ active: modelId, classifiedBy: [modelId] });
    expectFactsInStep(rt.db);

    // Every stored label is the one the model, the keyword rules and the hand labels give.
    const model = modelForClassification(rt.db, modelId);
    const tech = rt.taxonomy.technologies.find((t) => t.id === TECH)!;
    const stored = rt.db.$client
      .prepare(
        `SELECT c.post_id AS id, c.label, c.keyword_hit AS hit, c.probability, l.label AS hand
         FROM classifications c LEFT JOIN labels l ON l.post_id = c.post_id AND l.technology_id = c.technology_id
         WHERE c.technology_id = ? ORDER BY c.post_id`,
      )
      .all(TECH) as {
      id: number;
      label: number;
      hit: number;
      probability: number | null;
      hand: number | null;
    }[];
    const posts = postsForClassification(
      rt.db,
      stored.map((r) => r.id),
    );
    const { keywordHits, probabilities } = scoreTexts([tech], posts, [model], "candidates")[0]!;
    const wrong = stored.filter((r, i) => {
      const hand = r.hand === null ? undefined : r.hand === 1;
      const expected = decideLabel(keywordHits[i]!, probabilities[i]!, hand, model, "candidates");
      return (
        expected.label !== (r.label === 1) ||
        keywordHits[i] !== (r.hit === 1) ||
        probabilities[i] !== r.probability
      );
    });
    // The model was asked about the keyword candidates only.
    expect(stored.filter((r) => r.probability !== null).length).toBe(keywordHits.filter(Boolean).length);
    expect(wrong).toHaveLength(0);
  });
});
