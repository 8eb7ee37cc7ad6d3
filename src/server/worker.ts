// A worker process of the server's pool (pool.ts), started with worker.mjs. As a "query" worker
// it opens its own connection to the database and runs the tasks it is sent one at a time; as
// the "jobs" worker it runs queued training and activation jobs. Killing the process is how a
// task that outlives its time budget is cancelled: nothing keeps running behind the client.
import "reflect-metadata";
import { warmAnalytics } from "../analytics/analytics.service";
import { recoverInterruptedJobs, startJobRunner } from "../classify/model.jobs";
import { openDb } from "../db/client";
import type { AppServices } from "../shared/context";
import { TaskRunner } from "./tasks";
import type { ChildMessage, ParentMessage } from "./pool";

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function init(
  role: "query" | "jobs",
  dbPath: string,
  readDbPath: string | undefined,
  services: AppServices,
): Promise<void> {
  const db = openDb(dbPath);
  if (role === "jobs") {
    // A jobs worker replaced after a crash finds its predecessor's job still running.
    recoverInterruptedJobs(db);
    const runner = startJobRunner(
      db,
      { taxonomy: services.taxonomy, mode: services.classifyMode },
      { onError: (e) => console.error("Job runner failed:", e) },
    );
    process.on("message", (m: ParentMessage) => {
      if (m.type === "nudge") runner.nudge();
    });
    send({ type: "ready" });
    return;
  }
  // Reads go to the replica when there is one (mutations still write to the primary).
  const readDb = readDbPath ? openDb(readDbPath) : db;
  // Load the in-memory snapshot of the posts before taking work, so no request pays for it.
  const snapshot = warmAnalytics(readDb);
  const runner = await TaskRunner.create(db, services, console, { readDb });
  // One task at a time, in the order sent: a second one (pool.ts) waits for the first.
  let previous: Promise<unknown> = Promise.resolve();
  process.on("message", (m: ParentMessage) => {
    if (m.type !== "task") return;
    previous = previous
      .then(() => runner.run(m.envelope))
      .then(
        (result) => send({ type: "result", id: m.id, result }),
        (e: unknown) => {
          console.error("Task failed:", e);
          send({ type: "failed", id: m.id, message: e instanceof Error ? e.message : String(e) });
        },
      );
  });
  send({ type: "ready", snapshot });
}

process.once("message", (m: ParentMessage) => {
  if (m.type !== "init") return;
  init(m.role, m.dbPath, m.readDbPath, m.services).catch((e: unknown) => {
    console.error("Worker failed to start:", e);
    process.exit(1);
  });
});
// The pool's end of the IPC channel closing means the server is gone: so is this worker.
process.on("disconnect", () => process.exit(0));
