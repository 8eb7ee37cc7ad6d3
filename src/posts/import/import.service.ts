// Imports posts from any input source: validates each row, stores good rows in batched
// transactions (keyed by source + id, so a re-import updates and never duplicates), records
// every refused row with its line and reason, classifies and indexes what changed.
//
// Each transaction holds everything about its rows: the posts, their skills, labels,
// classifications, phrase matches (and so, through triggers, facts, rollups and bucket counts)
// and the batch's counts and heartbeat. A crash at any moment leaves every committed post
// fully indexed and the batch's counts true; start-up marks the batch `interrupted` (see
// import.recovery.ts) and running the same import again finishes the job.
import { dataVersion, writeTransaction, type Db } from "../../db/client";
import { classifyPosts, type ClassifyOptions } from "../../classify/classification.service";
import { loadActiveModels } from "../../classify/model.registry";
import { processOwner } from "../../shared/owner";
import { allPhrases, indexPhrasesOfPosts } from "../../taxonomy/taxonomy.repository";
import type { Taxonomy } from "../../taxonomy/taxonomy.types";
import { POST_COLUMNS } from "../post.row";
import {
  createBatch,
  finishBatch,
  insertReject,
  PostWriter,
  recordBatchProgress,
  upsertSource,
  type BatchCounts,
} from "../post.repository";
import { validateRow, validationContext, type RowResult } from "../post.validate";
import { SeenKeys } from "./seen-keys";
import type { InputItem, InputSource } from "./sources";

/** A chunk (one transaction) ends at this many rows or this much input, whichever comes first. */
export const BATCH_SIZE = 1000;
/**
 * The time a chunk holds the write lock grows with its text (classification, full-text index):
 * on posts.csv, 1,000 posts with long descriptions held it up to 1.8 s where 1,000 titles take
 * 0.25 s. Capping the input per chunk (50 chunks instead of 42) brings the longest to 0.8 s, and
 * so the wait of a writer beside the import.
 */
export const BATCH_BYTES = 512 * 1024;

/**
 * When other connections write beside it, the import leaves the write lock free between chunks
 * for a tenth of the time a chunk took (at least 10 ms). Writers waiting (a server's edits) poll
 * for the lock every few ms, but on a loaded machine they may not be scheduled within the moment
 * it takes to read and validate the next chunk, and would wait chunk after chunk. Alone, the
 * import does not pause (its first waiter gets in at a gap between chunks, and then it pauses).
 */
const PAUSE_SHARE = 0.1;
const MIN_PAUSE_MS = 10;

function pauseAfter(chunkMs: number, othersWrite: boolean): Promise<void> {
  if (!othersWrite) return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => setTimeout(resolve, Math.max(MIN_PAUSE_MS, chunkMs * PAUSE_SHARE)));
}

export interface ImportOptions {
  taxonomy: Taxonomy;
  /**
   * Technologies and mode. The models are the ones active when each chunk commits (read inside
   * its transaction), so an activation that commits during a long import never leaves posts
   * classified by the model it replaced.
   */
  classify: Omit<ClassifyOptions, "models">;
  file?: string | null;
  actor?: string | null;
  /** Marks the sources of this import as synthetic (the demo corpus). */
  synthetic?: boolean;
  onProgress?: (counts: BatchCounts) => void;
}

export interface ImportSummary extends BatchCounts {
  batchId: number;
  format: string;
}

export async function importSource(
  db: Db,
  input: InputSource,
  options: ImportOptions,
): Promise<ImportSummary> {
  const ctx = validationContext(options.taxonomy);
  const known = new Set<string>([...POST_COLUMNS, ...ctx.technologyIds]);
  const writer = new PostWriter(db.$client);
  const owner = processOwner();
  const batchId = writeTransaction(db, () =>
    createBatch(db, {
      file: options.file ?? null,
      format: input.format,
      actor: options.actor ?? null,
      owner,
    }),
  );
  // The counts as committed: a chunk works on a copy that replaces them after its commit.
  let counts: BatchCounts = {
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    labels: 0,
    unknownColumns: [],
  };
  const unknownColumns = () => [...input.columns].filter((c) => !known.has(c));
  const sources = new Set<string>();
  const seen = new SeenKeys();

  /** A row ready to store, or why it is refused: unreadable, invalid, or a post met before. */
  const check = (item: InputItem): RowResult => {
    if ("error" in item) return { ok: false, reason: item.error };
    const result = validateRow(item.row, ctx);
    if (!result.ok) return result;
    const { source, externalId } = result.post;
    const first = seen.firstLine(source, externalId, item.line);
    if (first === null) return result;
    return { ok: false, reason: `duplicate id ${externalId} (first at line ${first})` };
  };

  const writeChunk = (items: InputItem[]) => {
    // Validation needs no database: it runs before the write lock is taken, so the lock is held
    // only to write, and other writers (a server's edits) get their turn between chunks.
    const checked = items.map((item) => ({ item, result: check(item) }));
    const next: BatchCounts = { ...counts, rowsRead: counts.rowsRead + items.length };
    writeTransaction(db, () => {
      const classifyIds: number[] = [];
      const changedIds: number[] = [];
      for (const { item, result } of checked) {
        if (!result.ok) {
          next.rejected += 1;
          insertReject(db, batchId, item.line, result.reason, item.raw);
          continue;
        }
        const { post } = result;
        if (!sources.has(post.source)) {
          upsertSource(db, post.source, options.synthetic ?? false, null);
          sources.add(post.source);
        }
        const saved = writer.save(post, batchId);
        next[saved.outcome] += 1;
        let labelChanged = false;
        for (const [tech, label] of Object.entries(result.labels)) {
          if (writer.label(saved.id, tech, label, "import", options.actor ?? null)) {
            next.labels += 1;
            labelChanged = true;
          }
        }
        if (saved.outcome !== "unchanged" || labelChanged) classifyIds.push(saved.id);
        if (saved.outcome !== "unchanged") changedIds.push(saved.id);
      }
      classifyPosts(db, classifyIds, { ...options.classify, models: loadActiveModels(db) });
      indexPhrasesOfPosts(db, allPhrases(db), changedIds);
      next.unknownColumns = unknownColumns();
      recordBatchProgress(db, batchId, next, owner);
    });
    counts = next;
  };

  let version = dataVersion(db);
  /** Whether another connection committed since the last call. */
  const othersWrote = () => {
    const now = dataVersion(db);
    const changed = now !== version;
    version = now;
    return changed;
  };

  let chunk: InputItem[] = [];
  let chunkBytes = 0;
  const flush = () => {
    if (chunk.length === 0) return 0;
    const started = performance.now();
    writeChunk(chunk);
    chunk = [];
    chunkBytes = 0;
    options.onProgress?.(counts);
    return performance.now() - started;
  };
  try {
    for await (const item of input.items) {
      chunk.push(item);
      chunkBytes += item.size;
      if (chunk.length >= BATCH_SIZE || chunkBytes >= BATCH_BYTES) await pauseAfter(flush(), othersWrote());
    }
    flush();
  } catch (e) {
    writeTransaction(db, () =>
      finishBatch(db, batchId, { ...counts, unknownColumns: unknownColumns() }, "failed"),
    );
    throw e;
  }
  counts = { ...counts, unknownColumns: unknownColumns() };
  writeTransaction(db, () => finishBatch(db, batchId, counts, "done"));
  return { ...counts, batchId, format: input.format };
}
