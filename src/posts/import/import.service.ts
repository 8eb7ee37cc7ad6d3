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
import { dataVersion, deferCheckpoints, isPostgres, writeTransaction, type Db } from "../../db/client";
import { deferIndexes } from "../../db/deferred-indexes";
import {
  classifyPosts,
  storeScores,
  type ClassifyOptions,
  type TextScores,
} from "../../classify/classification.service";
import { loadActiveModels, modelForClassification } from "../../classify/model.registry";
import { activeModelIds, modelArtifactText } from "../../classify/model.repository";
import { processOwner } from "../../shared/owner";
import { isAscii } from "../../taxonomy/phrase-filter";
import {
  addPhraseHits,
  addTagBucketCounts,
  allPhrases,
  indexPhrasesOfPosts,
} from "../../taxonomy/taxonomy.repository";
import type { Taxonomy } from "../../taxonomy/taxonomy.model";
import { POST_COLUMNS } from "../post.row";
import {
  createBatch,
  finishBatch,
  insertReject,
  hasPosts,
  PostWriter,
  recordBatchProgress,
  upsertSource,
  writeFactsOfNewPosts,
  type BatchCounts,
  type PostToSave,
} from "../post.repository";
import { validationContext, type RowResult } from "../post.validate";
import {
  inlinePreparer,
  workerPreparer,
  type ModelIds,
  type PreparedChunk,
  type PreparedRow,
  type Preparer,
} from "./import.prepare";
import { SeenKeys } from "./seen-keys";
import type { InputItem, InputSource } from "./sources";

/**
 * A chunk (one transaction) ends at this many rows or this much input, whichever comes first,
 * while another connection writes beside the import (see chunkLimits).
 */
export const BATCH_SIZE = 1000;
/**
 * The time a chunk holds the write lock grows with its text (classification, full-text index):
 * on posts.csv, 1,000 posts with long descriptions held it up to 1.8 s where 1,000 titles take
 * 0.25 s. Capping the input per chunk (50 chunks instead of 42) brings the longest to 0.8 s, and
 * so the wait of a writer beside the import.
 */
export const BATCH_BYTES = 512 * 1024;
/**
 * Alone, the import writes chunks this many times larger. A commit writes every page its chunk
 * changed, and the indexes keyed by something other than the post (day, category, tag, phrase)
 * change pages all over themselves: a chunk of 2,000 posts writes far fewer than two of 1,000
 * (the 200,000-post bench import: 5,700-5,900 -> 6,900-7,200 posts/s; 4x gave no more; at
 * 1,000,000 posts the gain is within the machine's noise, bench/README.md).
 */
const ALONE_FACTOR = 2;

/**
 * The limits of the next chunk: the larger ones while no other connection has committed since
 * the last chunk, else BATCH_SIZE and BATCH_BYTES, so that a writer beside the import waits for
 * at most a small chunk once it has been seen (chunks already cut and being prepared keep their
 * size). On PostgreSQL every commit, the import's own too, changes dataVersion: there only the
 * chunks cut before the import's first commit are large.
 */
export function chunkLimits(othersWrite: boolean): { rows: number; bytes: number } {
  const factor = othersWrite ? 1 : ALONE_FACTOR;
  return { rows: BATCH_SIZE * factor, bytes: BATCH_BYTES * factor };
}

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
  /** Called once the rows are in, before the indexes deferred for a load into an empty database are built. */
  onIndexes?: (counts: BatchCounts) => void;
}

/**
 * The indexes an import into an empty database builds once, at its end, instead of row by row
 * (deferIndexes): those keyed by something other than a post (a day, a category, a skill tag, a
 * technology's day) and the by-post ones of classifications, tech facts and phrase matches. The
 * import's own statements and triggers read none of them: they find posts by source and id, and
 * tags, classifications, facts and phrase matches by their primary keys. On 1,000,000 posts,
 * this cut what the import writes (its log and the checkpoints) from 8.0 to 4.6 GB
 * (bench/README.md).
 */
const BULK_DEFERRED_INDEXES = [
  "posts_posted_at",
  "posts_category",
  "post_skills_tag",
  "classifications_post",
  "post_facts_day",
  "tech_facts_day",
  "tech_facts_post",
  "phrase_hits_post",
];

export interface ImportSummary extends BatchCounts {
  batchId: number;
  format: string;
}

/** The active models now, and the model of each technology (prepared scores hold for these only). */
function activeModels(db: Db, technologies: ClassifyOptions["technologies"]) {
  const rows = activeModelIds(db);
  const ids: ModelIds = technologies.map((t) => rows.find((m) => m.technologyId === t.id)?.id ?? null);
  return { byTechnology: new Map(rows.map((m) => [m.technologyId, m])), ids };
}

/** The posts of a chunk that its derived data (facts, counts, classification, indexes) must follow. */
interface ChunkPosts {
  /** Posts to classify (new or changed content, or a changed label), with their prepared scores. */
  classifyIds: number[];
  classifyScores: TextScores[];
  /** Posts whose content is new or changed. */
  changedIds: number[];
  insertedIds: number[];
  /** Of changed posts: the phrases they contain, where that was decided while preparing. */
  phraseHits: Map<number, string[]>;
}

/**
 * One import's batch: its counts as committed, and how a prepared chunk is written into it in
 * one transaction. Which sources and keys the import has met carry from chunk to chunk.
 */
class ImportBatch {
  /** The counts as committed: a chunk works on a copy that replaces them after its commit. */
  private committed: BatchCounts = {
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    labels: 0,
    unknownColumns: [],
  };
  private readonly sources = new Set<string>();
  private readonly seen = new SeenKeys();

  get counts(): BatchCounts {
    return this.committed;
  }

  constructor(
    private readonly db: Db,
    private readonly batchId: number,
    private readonly owner: string,
    private readonly writer: PostWriter,
    private readonly input: InputSource,
    private readonly known: ReadonlySet<string>,
    private readonly options: ImportOptions,
  ) {}

  unknownColumns(): string[] {
    return [...this.input.columns].filter((c) => !this.known.has(c));
  }

  /** Writes a chunk prepared with these models and this phrase dictionary; the counts move on its commit. */
  writeChunk(chunk: PreparedChunk, preparedWith: ModelIds, preparedPhrases: readonly string[]): void {
    const checked = chunk.rows.map((row) => ({ row, result: this.check(row) }));
    const next: BatchCounts = { ...this.committed, rowsRead: this.committed.rowsRead + chunk.rows.length };
    writeTransaction(this.db, () => {
      const posts = this.writeRows(checked, next);
      this.deriveChunk(posts, chunk.phrases, preparedWith, preparedPhrases);
      next.unknownColumns = this.unknownColumns();
      recordBatchProgress(this.db, this.batchId, next, this.owner);
    });
    this.committed = next;
  }

  /** A prepared row, or why it is refused: unreadable, invalid, or a post met before. */
  private check({ item, result }: PreparedRow): RowResult {
    if (!result.ok) return result;
    const { source, externalId } = result.post;
    const first = this.seen.firstLine(source, externalId, item.line);
    if (first === null) return result;
    return { ok: false, reason: `duplicate id ${externalId} (first at line ${first})` };
  }

  /**
   * Inside the chunk's transaction: the rejects, then the posts and their labels (all at once:
   * PostWriter.saveMany), counted into `next`.
   */
  private writeRows(checked: { row: PreparedRow; result: RowResult }[], next: BatchCounts): ChunkPosts {
    const { db, batchId, writer, options } = this;
    const posts: ChunkPosts = {
      classifyIds: [],
      classifyScores: options.classify.technologies.map((): TextScores => ({
        keywordHits: [],
        probabilities: [],
      })),
      changedIds: [],
      insertedIds: [],
      phraseHits: new Map(),
    };
    const valid: { row: PreparedRow; toSave: PostToSave }[] = [];
    for (const { row, result } of checked) {
      if (!result.ok) {
        next.rejected += 1;
        insertReject(db, batchId, row.item.line, result.reason, row.item.raw);
        continue;
      }
      const { post, labels } = result;
      if (!this.sources.has(post.source)) {
        upsertSource(db, post.source, options.synthetic ?? false, null);
        this.sources.add(post.source);
      }
      valid.push({ row, toSave: { post, hash: row.hash!, labels } });
    }
    const saved = writer.saveMany(
      valid.map((v) => v.toSave),
      batchId,
      { source: "import", actor: options.actor ?? null },
    );
    valid.forEach(({ row }, i) => {
      const { id, outcome, labelsChanged } = saved[i]!;
      next[outcome] += 1;
      next.labels += labelsChanged;
      if (outcome !== "unchanged" || labelsChanged > 0) {
        posts.classifyIds.push(id);
        row.scores!.forEach((score, t) => {
          posts.classifyScores[t]!.keywordHits.push(score.keywordHit);
          posts.classifyScores[t]!.probabilities.push(score.probability);
        });
      }
      if (outcome !== "unchanged") posts.changedIds.push(id);
      if (outcome !== "unchanged" && row.phraseHits !== null) posts.phraseHits.set(id, row.phraseHits);
      if (outcome === "inserted") posts.insertedIds.push(id);
    });
    return posts;
  }

  /**
   * Inside the chunk's transaction, after its rows: facts, bucket counts, classification,
   * full-text index and phrase matches of the posts it wrote.
   */
  private deriveChunk(
    { classifyIds, classifyScores, changedIds, insertedIds, phraseHits }: ChunkPosts,
    chunkPhrases: readonly string[],
    preparedWith: ModelIds,
    preparedPhrases: readonly string[],
  ): void {
    const { db, writer } = this;
    const { technologies, mode } = this.options.classify;
    // What triggers used to derive row by row, once for the chunk (migration 0009).
    writeFactsOfNewPosts(db, insertedIds);
    addTagBucketCounts(db, changedIds);
    // The models active as this chunk commits: an activation that committed since the chunk
    // was prepared makes its scores stale, and the chunk is scored again here.
    const active = activeModels(db, technologies);
    if (active.ids.every((id, t) => id === preparedWith[t]))
      storeScores(db, classifyIds, classifyScores, { technologies, mode, models: active.byTechnology });
    else classifyPosts(db, classifyIds, { technologies, mode, models: loadActiveModels(db) });
    writer.indexText(insertedIds);
    this.indexPhrases(changedIds, insertedIds, phraseHits, chunkPhrases, preparedPhrases);
  }

  /**
   * The phrase matches of the changed posts, with the dictionary as it is now. The matches
   * decided while preparing are written as they are (on SQLite: PostgreSQL matches on its own
   * index, in one statement for the chunk); the full-text index is asked about the rest, and only
   * about the phrases the chunk may contain and the phrases added to the dictionary since it was
   * prepared.
   */
  private indexPhrases(
    changedIds: readonly number[],
    insertedIds: readonly number[],
    phraseHits: ReadonlyMap<number, readonly string[]>,
    chunkPhrases: readonly string[],
    preparedPhrases: readonly string[],
  ): void {
    const { db } = this;
    const known = new Set(preparedPhrases);
    const found = new Set(chunkPhrases);
    const asked = allPhrases(db).filter((p) => found.has(p) || !known.has(p));
    const decided = isPostgres(db) ? new Map<number, readonly string[]>() : phraseHits;
    const inserted = new Set(insertedIds);
    indexPhrasesOfPosts(
      db,
      asked,
      changedIds.filter((id) => !decided.has(id)),
      changedIds.filter((id) => !inserted.has(id)),
    );
    if (decided.size === 0) return;
    // What preparing left to the full-text index: phrases with a character other than ASCII,
    // and phrases it did not know. (A phrase dropped from the dictionary since may be written:
    // hits of a phrase no alias uses count for nothing, see removeAlias.)
    indexPhrasesOfPosts(
      db,
      asked.filter((p) => !isAscii(p) || !known.has(p)),
      [...decided.keys()],
      [],
    );
    addPhraseHits(db, decided);
  }
}

/**
 * Reads the input in chunks, has them prepared ahead (up to one per preparing thread, plus one)
 * and writes them in order. On a failure it waits for the chunks still being prepared, which
 * are dropped (their rows were never written), and throws again.
 */
async function prepareAndWrite(
  db: Db,
  input: InputSource,
  options: ImportOptions,
  preparer: Preparer,
  batch: ImportBatch,
): Promise<void> {
  const { technologies } = options.classify;
  let version = dataVersion(db);
  /** Whether another connection committed since the last call. */
  const othersWrote = () => {
    const now = dataVersion(db);
    const changed = now !== version;
    version = now;
    return changed;
  };

  const ahead = Math.max(1, options.threads ?? 0) + 1;
  const prepared: { chunk: Promise<PreparedChunk>; modelIds: ModelIds; phrases: string[] }[] = [];
  let limits = chunkLimits(false);
  const writeNext = async () => {
    const next = prepared.shift()!;
    const started = performance.now();
    batch.writeChunk(await next.chunk, next.modelIds, next.phrases);
    options.onProgress?.(batch.counts);
    const shared = othersWrote();
    limits = chunkLimits(shared);
    await pauseAfter(performance.now() - started, shared);
  };
  let chunk: InputItem[] = [];
  let chunkBytes = 0;
  const submit = () => {
    if (chunk.length === 0) return;
    const modelIds = activeModels(db, technologies).ids;
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
      if (chunk.length >= limits.rows || chunkBytes >= limits.bytes) {
        submit();
        if (prepared.length >= ahead) await writeNext();
      }
    }
    submit();
    while (prepared.length > 0) await writeNext();
  } catch (e) {
    await Promise.allSettled(prepared.map((p) => p.chunk));
    throw e;
  }
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
  const batch = new ImportBatch(db, batchId, owner, writer, input, known, options);

  const { mode } = options.classify;
  const preparer =
    (options.threads ?? 0) > 0
      ? workerPreparer({ taxonomy: options.taxonomy, mode }, options.threads)
      : inlinePreparer({ taxonomy: options.taxonomy, mode }, (id) => modelForClassification(db, id));
  const restoreCheckpoints = deferCheckpoints(db);
  const restoreIndexes = hasPosts(db) ? null : deferIndexes(db, BULK_DEFERRED_INDEXES);
  try {
    await prepareAndWrite(db, input, options, preparer, batch);
  } catch (e) {
    writeTransaction(db, () =>
      finishBatch(db, batchId, { ...batch.counts, unknownColumns: batch.unknownColumns() }, "failed"),
    );
    throw e;
  } finally {
    await preparer.close();
    try {
      if (restoreIndexes) {
        options.onIndexes?.(batch.counts);
        restoreIndexes();
      }
    } finally {
      // Even when building an index failed (the next start builds it: restoreDeferredIndexes).
      restoreCheckpoints();
    }
  }
  const counts = { ...batch.counts, unknownColumns: batch.unknownColumns() };
  writeTransaction(db, () => finishBatch(db, batchId, counts, "done"));
  return { ...counts, batchId, format: input.format };
}
