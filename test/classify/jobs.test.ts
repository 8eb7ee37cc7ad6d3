// Jobs: the API queues them, a runner claims each once, and a job whose runner is gone is found
// at the next start (an activation queued again, a training marked interrupted).
import os from "node:os";
import { describe, expect, it } from "vitest";
import { enqueueActivation, enqueueTraining, recoverInterruptedJobs } from "../../src/classify/model.jobs";
import { claimQueuedJob, createJob, findJob, insertModel } from "../../src/classify/model.repository";
import { writeTransaction } from "../../src/db/client";
import { HEARTBEAT_STALE_MS } from "../../src/shared/owner";
import { testRuntime } from "../helpers/runtime";

const options = (rt: ReturnType<typeof testRuntime>) => ({
  taxonomy: rt.taxonomy,
  mode: "candidates" as const,
});

/** A pid that no process has (beyond the kernel's usual limit). */
const DEAD_PID = 2 ** 22 + 12_345;

function runningJob(rt: ReturnType<typeof testRuntime>, owner: string, heartbeatAt?: string): number {
  const id = createJob(rt.db, { kind: "train", technologyId: "ai", owner });
  if (heartbeatAt)
    rt.db.$client.prepare("UPDATE training_jobs SET heartbeat_at = ? WHERE id = ?").run(heartbeatAt, id);
  return id;
}

describe("jobs", () => {
  it("are queued by the API and claimed by one runner only, oldest first", () => {
    const rt = testRuntime();
    const a = enqueueTraining(rt.db, "ai", { ...options(rt), activate: true, actor: "key:1 (admin)" });
    const b = enqueueTraining(rt.db, "rpa", { ...options(rt), activate: false, actor: null });
    expect([a.status, b.status]).toEqual(["queued", "queued"]);
    const first = writeTransaction(rt.db, () => claimQueuedJob(rt.db, "host:1"));
    const second = writeTransaction(rt.db, () => claimQueuedJob(rt.db, "host:2"));
    const none = writeTransaction(rt.db, () => claimQueuedJob(rt.db, "host:3"));
    expect(first).toMatchObject({ id: a.id, status: "running", owner: "host:1", activate: true });
    expect(second).toMatchObject({ id: b.id, status: "running", owner: "host:2", activate: false });
    expect(none).toBeNull();
  });

  it("queue one activation per model however often it is asked for", () => {
    const rt = testRuntime();
    const modelId = insertModel(rt.db, {
      technologyId: "ai",
      params: {},
      metrics: {},
      threshold: 0.5,
      fingerprint: "f",
      trainingRows: 0,
      artifact: {} as never,
    });
    const one = enqueueActivation(rt.db, modelId, { ...options(rt), actor: null });
    const again = enqueueActivation(rt.db, modelId, { ...options(rt), actor: null });
    expect(again.id).toBe(one.id);
    expect(() => enqueueActivation(rt.db, 999, { ...options(rt), actor: null })).toThrow(/no model 999/);
  });

  it("left running by a process that is gone are recovered at start, and others are left alone", () => {
    const rt = testRuntime();
    const host = os.hostname();
    const now = Date.now();
    const deadHere = runningJob(rt, `${host}:${DEAD_PID}`);
    const aliveHere = runningJob(rt, `${host}:${process.ppid}`);
    const freshElsewhere = runningJob(rt, "another-host:42", new Date(now).toISOString());
    const staleElsewhere = runningJob(
      rt,
      "another-host:43",
      new Date(now - HEARTBEAT_STALE_MS - 1).toISOString(),
    );
    const activation = createJob(rt.db, {
      kind: "activate",
      technologyId: "ai",
      modelId: 7,
      owner: `${host}:${DEAD_PID}`,
    });

    expect(recoverInterruptedJobs(rt.db)).toEqual({ requeued: 1, interrupted: 2 });
    expect(findJob(rt.db, deadHere)).toMatchObject({ status: "interrupted", owner: null });
    expect(findJob(rt.db, deadHere)!.finishedAt).not.toBeNull();
    expect(findJob(rt.db, deadHere)!.message).toMatch(/stopped before it finished/);
    expect(findJob(rt.db, staleElsewhere)!.status).toBe("interrupted");
    expect(findJob(rt.db, aliveHere)!.status).toBe("running");
    expect(findJob(rt.db, freshElsewhere)!.status).toBe("running");
    expect(findJob(rt.db, activation)).toMatchObject({ status: "queued", owner: null, finishedAt: null });
  });
});
