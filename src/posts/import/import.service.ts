// Imports posts from any input source: validates each row, stores good rows in batched
// transactions (keyed by source + id, so a re-import updates and never duplicates), records
// every refused row with its line and reason, classifies and indexes what changed.
//
// Each transaction holds everything about its rows: the posts, their skills, labels,
// classifications, phrase matches (and so, through triggers, facts, rollups and bucket counts)
// and the batch's counts and heartbeat. A crash at any moment leaves every committed post
// fully indexed and the batch's counts true; start-up marks the batch `interrupted` (see
// import.recovery.ts) and running the same import again finishes the job.
import { writeTransaction, type Db } from "../../db/client";
import { classifyPosts, type ClassifyOptions } from "../../classify/classification.service";
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
import { validateRow, validationContext } from "../post.validate";
import type { InputItem, InputSource } from "./sources";

export const BATCH_SIZE = 1000;

export interface ImportOptions {
  taxonomy: Taxonomy;
  classify: ClassifyOptions;
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

  const writeChunk = (items: InputItem[]) => {
    const next: BatchCounts = { ...counts, rowsRead: counts.rowsRead + items.length };
    writeTransaction(db, () => {
      const classifyIds: number[] = [];
      const changedIds: number[] = [];
      for (const item of items) {
        if ("error" in item) {
          next.rejected += 1;
          insertReject(db, batchId, item.line, item.error, item.raw);
          continue;
        }
        const result = validateRow(item.row, ctx);
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
      classifyPosts(db, classifyIds, options.classify);
      indexPhrasesOfPosts(db, allPhrases(db), changedIds);
      next.unknownColumns = unknownColumns();
      recordBatchProgress(db, batchId, next, owner);
    });
    counts = next;
  };

  let chunk: InputItem[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    writeChunk(chunk);
    chunk = [];
    options.onProgress?.(counts);
  };
  try {
    for await (const item of input.items) {
      chunk.push(item);
      if (chunk.length >= BATCH_SIZE) flush();
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
