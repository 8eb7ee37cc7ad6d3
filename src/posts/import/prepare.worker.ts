// A thread that prepares import chunks (import.prepare.ts): it receives the models' artifacts
// once and chunks of rows, and answers each chunk with its prepared rows.
import { parentPort, workerData } from "node:worker_threads";
import type { ActiveModel } from "../../classify/classification.service";
import { validationContext } from "../post.validate";
import {
  prepareRows,
  workerModel,
  type PrepareSettings,
  type WorkerReply,
  type WorkerRequest,
} from "./import.prepare";

const settings = workerData as PrepareSettings;
const ctx = validationContext(settings.taxonomy);
const models = new Map<number, ActiveModel>();

parentPort!.on("message", (m: WorkerRequest) => {
  if (m.type === "model") {
    models.set(m.id, workerModel(m.id, m.artifact));
    return;
  }
  let reply: WorkerReply;
  try {
    const active = m.modelIds.map((id) => (id === null ? null : models.get(id)!));
    const chunk = prepareRows(m.items, ctx, settings.taxonomy.technologies, active, settings.mode, m.phrases);
    reply = {
      type: "prepared",
      seq: m.seq,
      chunk: { ...chunk, rows: chunk.rows.map(({ item: _, ...row }) => row) },
    };
  } catch (e) {
    reply = { type: "failed", seq: m.seq, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(reply);
});
