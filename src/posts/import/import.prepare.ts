// What an import does to a chunk of rows before it writes them, which needs no database:
// validation, the content hash, what every post's text says for each technology (keyword hits
// and model probabilities, the CPU-heavy part of an import), and which dictionary phrases its
// posts contain (decided here for ASCII text; for the rest, only the phrases they may contain are
// looked up in the full-text index). Large imports prepare chunks
// in worker threads (prepare.worker.ts) while the importing thread writes the previous chunk,
// so that both cores work; small ones prepare in their own thread. Both run prepareRows.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { scoreTexts, type ActiveModel, type ClassifyMode } from "../../classify/classification.service";
import { loadClassifier, type ClassifierArtifact } from "../../classify/classifier";
import { PhraseFilter } from "../../taxonomy/phrase-filter";
import type { TechnologyDef, Taxonomy } from "../../taxonomy/taxonomy.model";
import { contentHash } from "../post.repository";
import { validateRow, validationContext, type RowResult, type ValidationContext } from "../post.validate";
import type { InputItem } from "./sources";

/** One technology's verdict on a post's text. */
interface TextScore {
  keywordHit: boolean;
  probability: number | null;
}

export interface PreparedRow {
  item: InputItem;
  result: RowResult;
  /** Of a valid row: its content hash, and its scores in the order of the technologies. */
  hash: string | null;
  scores: TextScore[] | null;
  /**
   * Of a valid row: the phrases it contains where that is decided without the full-text index
   * (PhraseFilter.inPost: its ASCII phrases, when its text is ASCII), null where it is not.
   */
  phraseHits: string[] | null;
}

export interface PreparedChunk {
  rows: PreparedRow[];
  /** The phrases (of those the chunk was prepared with) that the valid rows may contain. */
  phrases: string[];
}

export interface PrepareSettings {
  taxonomy: Taxonomy;
  mode: ClassifyMode;
}

/** The model each technology's scores come from (null: no model, keyword rules only). */
export type ModelIds = (number | null)[];

export function prepareRows(
  items: readonly InputItem[],
  ctx: ValidationContext,
  technologies: readonly TechnologyDef[],
  models: readonly (ActiveModel | null)[],
  mode: ClassifyMode,
  phrases: readonly string[],
): PreparedChunk {
  const rows: PreparedRow[] = items.map((item) => ({
    item,
    result: "error" in item ? { ok: false, reason: item.error } : validateRow(item.row, ctx),
    hash: null,
    scores: null,
    phraseHits: null,
  }));
  const valid = rows.filter((r) => r.result.ok);
  const posts = valid.map((r) => (r.result as Extract<RowResult, { ok: true }>).post);
  const texts = posts.map((post) => ({
    title: post.title,
    description: post.description,
    skills: post.skills.map((s) => s.label),
  }));
  const byTechnology = scoreTexts(technologies, texts, models, mode);
  valid.forEach((r, i) => {
    r.hash = contentHash(posts[i]!);
    r.scores = byTechnology.map((s) => ({ keywordHit: s.keywordHits[i]!, probability: s.probabilities[i]! }));
  });
  const filter = new PhraseFilter(phrases);
  const found = new Set<string>();
  valid.forEach((r, i) => {
    const { candidates, hits } = filter.inPost(posts[i]!.title, posts[i]!.description);
    for (const phrase of candidates) found.add(phrase);
    r.phraseHits = hits;
  });
  return { rows, phrases: [...found] };
}

export interface Preparer {
  /**
   * Prepares a chunk with the given models and dictionary phrases. `artifact(id)` gives a
   * model's stored artifact (its JSON text) when a worker needs it: the importing thread reads it
   * from the database.
   */
  prepare(
    items: InputItem[],
    modelIds: ModelIds,
    phrases: readonly string[],
    artifact: (id: number) => string,
  ): Promise<PreparedChunk>;
  close(): Promise<void>;
}

/** Prepares in the importing thread, with the models it is given. */
export function inlinePreparer(settings: PrepareSettings, models: (id: number) => ActiveModel): Preparer {
  const ctx = validationContext(settings.taxonomy);
  return {
    prepare: async (items, modelIds, phrases) =>
      prepareRows(
        items,
        ctx,
        settings.taxonomy.technologies,
        modelIds.map((id) => (id === null ? null : models(id))),
        settings.mode,
        phrases,
      ),
    close: async () => {},
  };
}

export type WorkerRequest =
  | { type: "model"; id: number; artifact: string }
  | { type: "prepare"; seq: number; items: InputItem[]; modelIds: ModelIds; phrases: readonly string[] };

/** A prepared chunk as a thread sends it back: without the input items, which the importing thread has. */
export interface PreparedRows {
  rows: Omit<PreparedRow, "item">[];
  phrases: string[];
}

export type WorkerReply =
  { type: "prepared"; seq: number; chunk: PreparedRows } | { type: "failed"; seq: number; message: string };

/** A model loaded by a worker from its artifact's JSON text, as scoreTexts needs it. */
export function workerModel(id: number, artifact: string): ActiveModel {
  const classifier = loadClassifier(JSON.parse(artifact) as ClassifierArtifact);
  return {
    id,
    threshold: classifier.threshold,
    predictProbability: (docs) => classifier.predictProbability(docs),
  };
}

/**
 * A preparing thread's young generation: 192 MB, semi-spaces of 64 MB (V8's default is 16 MB), as
 * `npm run import` gives the importing thread (package.json). A chunk's rows live through several
 * scavenges while it is prepared; with small semi-spaces each scavenge copies them again. The
 * preparing thread's garbage collection fell from 5.1 to 1.1 s of a 200,000-post import
 * (bench/README.md).
 */
const PREPARE_YOUNG_GENERATION_MB = 192;

/** Threads that prepare chunks, one chunk each at a time, answers in the order asked. */
export function workerPreparer(settings: PrepareSettings, threads = defaultPrepareThreads()): Preparer {
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(new URL("./prepare.worker.mjs", import.meta.url), {
      workerData: settings,
      resourceLimits: { maxYoungGenerationSizeMb: PREPARE_YOUNG_GENERATION_MB },
    });
    worker.unref();
    return { worker, models: new Set<number>(), pending: new Map<number, (r: WorkerReply) => void>() };
  });
  for (const w of workers)
    w.worker.on("message", (reply: WorkerReply) => {
      const done = w.pending.get(reply.seq);
      w.pending.delete(reply.seq);
      done?.(reply);
    });
  let seq = 0;
  return {
    prepare(items, modelIds, phrases, artifact) {
      const mine = seq++;
      const w = workers[mine % workers.length]!;
      for (const id of modelIds) {
        if (id === null || w.models.has(id)) continue;
        w.worker.postMessage({ type: "model", id, artifact: artifact(id) } satisfies WorkerRequest);
        w.models.add(id);
      }
      return new Promise<PreparedChunk>((resolve, reject) => {
        const onExit = (code: number) => reject(new Error(`an import thread stopped (exit code ${code})`));
        w.worker.once("exit", onExit);
        w.pending.set(mine, (reply) => {
          w.worker.off("exit", onExit);
          if (reply.type === "prepared")
            resolve({
              ...reply.chunk,
              rows: reply.chunk.rows.map((row, i) => ({ ...row, item: items[i]! })),
            });
          else reject(new Error(`preparing rows failed: ${reply.message}`));
        });
        w.worker.postMessage({
          type: "prepare",
          seq: mine,
          items,
          modelIds,
          phrases,
        } satisfies WorkerRequest);
      });
    },
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}

/** One thread fewer than the cores: the importing thread writes on the last one. */
export function defaultPrepareThreads(): number {
  return Math.max(1, os.availableParallelism() - 1);
}
