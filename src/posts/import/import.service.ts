// Imports posts from any input source: validates each row, stores good rows in batched
// transactions (keyed by source + id, so a re-import updates and never duplicates), records
// every refused row with its line and reason, classifies and indexes what changed.
//
// Each chunk is prepared first, without the database (validation, content hash, keyword hits
// and model probabilities: import.prepare.ts, in worker threads for large imports, so that the
// next chunk is prepared while this one is written). Each transaction then holds everything
// about its rows: the posts, their skills, labels, classifications, full-text index, phrase
// matches (and so, through triggers, facts, rollups and bucket counts) and the batch's counts
// and heartbeat. A crash at any moment leaves every committed post
// fully indexed and the batch's counts true; start-up marks the batch `interrupted` (see
// import.recovery.ts) and running the same import again finishes the job.
import { dataVersion, writeTransaction, type Db } from "../../db/client";
import {
  classifyPosts,
  storeScores,
  type ClassifyOptions,
  type TextScores,
} from "../../classify/classification.service";
import { loadActiveModels, modelForClassification } from "../../classify/model.registry";
import { activeModelIds, modelArtifactText } from "../../classify/model.repository";
import { processOwner } from "../../shared/owner";
import { addTagBucketCounts, allPhrases, indexPhrasesOfPosts } from "../../taxonomy/taxonomy.repository";
import type { Taxonomy } from "../../taxonomy/taxonomy.model";
import { POST_COLUMNS } from "../post.row";
import {
  createBatch,
  finishBatch,
  insertReject,
  PostWriter,
  recordBatchProgress,
  upsertSource,
  writeFactsOfNewPosts,
  type BatchCounts,
} from "../post.repository";
import { validationContext, type RowResult } from "../post.validate";
import {
  inlinePreparer,
  workerPreparer,
  type ModelIds,
  type PreparedChunk,
  type PreparedRow,
} from "./import.prepare";
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
  /** Threads that prepare chunks beside the one that writes; 0 (default) prepares in this thread. */
  threads?: number;
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
  const writer = new PostWriter(db);
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

  const { technologies, mode } = options.classify;
  const preparer =
    (options.threads ?? 0) > 0
      ? workerPreparer({ taxonomy: options.taxonomy, mode }, options.threads)
      : inlinePreparer({ taxonomy: options.taxonomy, mode }, (id) => modelForClassification(db, id));
  /** The active models now, and the model of each technology (prepared scores hold for these only). */
  const activeModels = () => {
    const rows = activeModelIds(db);
    const ids: ModelIds = technologies.map((t) => rows.find((m) => m.technologyId === t.id)?.id ?? null);
    return { byTechnology: new Map(rows.map((m) => [m.technologyId, m])), ids };
  };

  /** A prepared row, or why it is refused: unreadable, invalid, or a post met before. */
  const check = ({ item, result }: PreparedRow): RowResult => {
    if (!result.ok) return result;
    const { source, externalId } = result.post;
    const first = seen.firstLine(source, externalId, item.line);
    if (first === null) return result;
    return { ok: false, reason: `duplicate id ${externalId} (first at line ${first})` };
  };

  const writeChunk = (chunk: PreparedChunk, preparedWith: ModelIds, preparedPhrases: readonly string[]) => {
    const checked = chunk.rows.map((row) => ({ row, result: check(row) }));
    const next: BatchCounts = { ...counts, rowsRead: counts.rowsRead + chunk.rows.length };
    writeTransaction(db, () => {
      const classifyIds: number[] = [];
      const classifyScores = technologies.map((): TextScores => ({ keywordHits: [], probabilities: [] }));
      const changedIds: number[] = [];
      const insertedIds: number[] = [];
      for (const { row, result } of checked) {
        if (!result.ok) {
          next.rejected += 1;
          insertReject(db, batchId, row.item.line, result.reason, row.item.raw);
          continue;
        }
        const { post } = result;
        if (!sources.has(post.source)) {
          upsertSource(db, post.source, options.synthetic ?? false, null);
          sources.add(post.source);
        }
        const saved = writer.save(post, batchId, row.hash!);
        next[saved.outcome] += 1;
        let labelChanged = false;
        for (const [tech, label] of Object.entries(result.labels)) {
          if (writer.label(saved.id, tech, label, "import", options.actor ?? null)) {
            next.labels += 1;
            labelChanged = true;
          }
        }
        if (saved.outcome !== "unchanged" || labelChanged) {
          classifyIds.push(saved.id);
          row.scores!.forEach((score, t) => {
            classifyScores[t]!.keywordHits.push(score.keywordHit);
            classifyScores[t]!.probabilities.push(score.probability);
          });
        }
        if (saved.outcome !== "unchanged") changedIds.push(saved.id);
        if (saved.outcome === "inserted") insertedIds.push(saved.id);
      }
      // What triggers used to derive row by row, once for the chunk (migration 0009).
      writeFactsOfNewPosts(db, insertedIds);
      addTagBucketCounts(db, changedIds);
      // The models active as this chunk commits: an activation that committed since the chunk
      // was prepared makes its scores stale, and the chunk is scored again here.
      const active = activeModels();
      if (active.ids.every((id, t) => id === preparedWith[t]))
        storeScores(db, classifyIds, classifyScores, { technologies, mode, models: active.byTechnology });
      else classifyPosts(db, classifyIds, { technologies, mode, models: loadActiveModels(db) });
      writer.indexText(insertedIds);
      const insertedSet = new Set(insertedIds);
      // The full-text index is asked only about the phrases the chunk may contain, and about
      // phrases added to the dictionary since it was prepared.
      const known = new Set(preparedPhrases);
      const found = new Set(chunk.phrases);
      const phrases = allPhrases(db).filter((p) => found.has(p) || !known.has(p));
      indexPhrasesOfPosts(
        db,
        phrases,
        changedIds,
        changedIds.filter((id) => !insertedSet.has(id)),
      );
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

  // Chunks are prepared ahead (up to one per preparing thread, plus one) and written in order.
  const ahead = Math.max(1, options.threads ?? 0) + 1;
  const prepared: { chunk: Promise<PreparedChunk>; modelIds: ModelIds; phrases: string[] }[] = [];
  const writeNext = async () => {
    const next = prepared.shift()!;
    const started = performance.now();
    writeChunk(await next.chunk, next.modelIds, next.phrases);
    options.onProgress?.(counts);
    await pauseAfter(performance.now() - started, othersWrote());
  };
  let chunk: InputItem[] = [];
  let chunkBytes = 0;
  const submit = () => {
    if (chunk.length === 0) return;
    const modelIds = activeModels().ids;
    const phrases = allPhrases(db);
    prepared.push({
      chunk: preparer.prepare(chunk, modelIds, phrases, (id) => modelArtifactText(db, id)),
      modelIds,
      phrases,
    });
    chunk = [];
    chunkBytes = 0;
  };
  try {
    for await (const item of input.items) {
      chunk.push(item);
      chunkBytes += item.size;
      if (chunk.length >= BATCH_SIZE || chunkBytes >= BATCH_BYTES) {
        submit();
        if (prepared.length >= ahead) await writeNext();
      }
    }
    submit();
    while (prepared.length > 0) await writeNext();
  } catch (e) {
    // Chunks still being prepared are dropped; their rows were never written.
    await Promise.allSettled(prepared.map((p) => p.chunk));
    writeTransaction(db, () =>
      finishBatch(db, batchId, { ...counts, unknownColumns: unknownColumns() }, "failed"),
    );
    throw e;
  } finally {
    await preparer.close();
  }
  counts = { ...counts, unknownColumns: unknownColumns() };
  writeTransaction(db, () => finishBatch(db, batchId, counts, "done"));
  return { ...counts, batchId, format: input.format };
}
