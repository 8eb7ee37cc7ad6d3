// Start-up healing of imports. An import killed mid-way (kill -9, a crash, a power cut) leaves
// its batch `running`; what it committed is complete (every chunk's posts, phrase matches and
// counts are one transaction), so the batch only needs to be marked `interrupted`. Running the
// same import again finishes the job: committed rows come back `unchanged`, the rest are inserted.
import { writeTransaction, type Db } from "../../db/client";
import { ownerIsGone } from "../../shared/owner";
import { deleteMeta, getMeta } from "../../db/app-meta";
import { allPhrases, indexPhrases } from "../../taxonomy/taxonomy.repository";
import { markBatchInterrupted, runningBatches, type RunningBatch } from "../post.repository";

/**
 * Before phrase matches were written with their posts, imports indexed them in one pass at the
 * end, up to this watermark (the highest post id indexed); an import killed before that pass
 * left its posts without matches. Found on an old database, the posts above it are indexed once.
 */
const OLD_PHRASE_WATERMARK = "phrase_index_through";

/** Marks the batches left `running` by a process that is gone as `interrupted`; returns them. */
export function recoverInterruptedImports(db: Db): RunningBatch[] {
  const recovered = writeTransaction(db, () =>
    runningBatches(db).filter((b) => ownerIsGone(b.owner, b.heartbeatAt) && markBatchInterrupted(db, b.id)),
  );
  repairOldPhraseIndex(db);
  return recovered;
}

function repairOldPhraseIndex(db: Db): void {
  if (getMeta(db, OLD_PHRASE_WATERMARK) === null) return;
  writeTransaction(db, () => {
    const through = getMeta(db, OLD_PHRASE_WATERMARK);
    if (through === null) return;
    indexPhrases(db, allPhrases(db), { afterId: Number(through) });
    deleteMeta(db, OLD_PHRASE_WATERMARK);
  });
}
