// Imports posts from any input source: validates each row, stores good rows in batched
// transactions (keyed by source + id, so a re-import updates and never duplicates), records
// every refused row with its line and reason, classifies and indexes what changed.
import { writeTransaction, type Db } from "../../db/client";
import { classifyPosts, type ClassifyOptions } from "../../classify/classification.service";
import { allPhrases, getMeta, indexPhrases, setMeta } from "../../taxonomy/taxonomy.repository";
import type { Taxonomy } from "../../taxonomy/taxonomy.types";
import { POST_COLUMNS } from "../post.row";
import {
  createBatch,
  finishBatch,
  insertReject,
  maxPostId,
  PostWriter,
  upsertSource,
  type BatchCounts,
} from "../post.repository";
import { validateRow, validationContext } from "../post.validate";
import type { InputItem, InputSource } from "./sources";

export const BATCH_SIZE = 1000;
const PHRASE_WATERMARK = "phrase_index_through";

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
  const batchId = createBatch(db, options.file ?? null, input.format, options.actor ?? null);
  const counts: BatchCounts = {
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    labels: 0,
    unknownColumns: [],
  };
  const sources = new Set<string>();

  const writeBatch = (items: InputItem[]) =>
    writeTransaction(db, () => {
      const classifyIds: number[] = [];
      const reindexIds: number[] = [];
      for (const item of items) {
        if ("error" in item) {
          counts.rejected += 1;
          insertReject(db, batchId, item.line, item.error, item.raw);
          continue;
        }
        const result = validateRow(item.row, ctx);
        if (!result.ok) {
          counts.rejected += 1;
          insertReject(db, batchId, item.line, result.reason, item.raw);
          continue;
        }
        const { post } = result;
        if (!sources.has(post.source)) {
          upsertSource(db, post.source, options.synthetic ?? false, null);
          sources.add(post.source);
        }
        const saved = writer.save(post, batchId);
        counts[saved.outcome] += 1;
        let labelChanged = false;
        for (const [tech, label] of Object.entries(result.labels)) {
          if (writer.label(saved.id, tech, label, "import", options.actor ?? null)) {
            counts.labels += 1;
            labelChanged = true;
          }
        }
        if (saved.outcome !== "unchanged" || labelChanged) classifyIds.push(saved.id);
        if (saved.outcome === "updated") reindexIds.push(saved.id);
      }
      classifyPosts(db, classifyIds, options.classify);
      if (reindexIds.length > 0) indexPhrases(db, allPhrases(db), { ids: reindexIds });
    });

  let batch: InputItem[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    writeBatch(batch);
    batch = [];
    options.onProgress?.(counts);
  };
  try {
    for await (const item of input.items) {
      counts.rowsRead += 1;
      batch.push(item);
      if (batch.length >= BATCH_SIZE) flush();
    }
    flush();
    indexNewPosts(db);
  } catch (e) {
    counts.unknownColumns = [...input.columns].filter((c) => !known.has(c));
    finishBatch(db, batchId, counts, "failed");
    throw e;
  }
  counts.unknownColumns = [...input.columns].filter((c) => !known.has(c));
  finishBatch(db, batchId, counts, "done");
  return { ...counts, batchId, format: input.format };
}

/**
 * Indexes the dictionary's phrases over posts added since the last run. A watermark (the
 * highest post id indexed) makes this safe to repeat after an interrupted import.
 */
export function indexNewPosts(db: Db): number {
  const through = Number(getMeta(db, PHRASE_WATERMARK) ?? "0");
  const max = maxPostId(db);
  if (max <= through) return 0;
  const added = indexPhrases(db, allPhrases(db), { afterId: through });
  setMeta(db, PHRASE_WATERMARK, String(max));
  return added;
}
