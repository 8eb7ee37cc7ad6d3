// Brings the database in line with taxonomy/ at start-up. Categories, subcategories and
// technologies always come from the files. The skill dictionary comes from skills.yaml when
// that file changed since it was last loaded (applied as one logged edit, so it can be
// reverted); otherwise the database, with its API edits, wins.
import { createHash } from "node:crypto";
import { getMeta, setMeta } from "../db/app-meta";
import { writeTransaction, type Db } from "../db/client";
import {
  allPhrases,
  appendChange,
  currentVersion,
  indexPhrases,
  readDictionary,
  replaceDictionary,
  writeReferenceData,
} from "./taxonomy.repository";
import { withNameTags } from "./skill-name-tag";
import type { BucketDef, Taxonomy } from "./taxonomy.model";

export const DICTIONARY_HASH_KEY = "skills_file_hash";

export function dictionaryHash(buckets: BucketDef[]): string {
  return createHash("sha256").update(JSON.stringify(buckets)).digest("hex");
}

export interface SyncResult {
  version: number;
  /** True when the files' dictionary replaced the database's. */
  loadedDictionary: boolean;
}

export function syncTaxonomy(db: Db, taxonomy: Taxonomy): SyncResult {
  // As the loader gives it (every skill's name among its tags), even when built by hand.
  const dictionary = withNameTags(taxonomy.buckets);
  const fileHash = dictionaryHash(dictionary);
  let loadedDictionary = false;
  writeTransaction(db, () => {
    writeReferenceData(db, taxonomy);
    if (getMeta(db, DICTIONARY_HASH_KEY) === fileHash) return;
    const before = readDictionary(db);
    if (dictionaryHash(before) !== fileHash) {
      replaceDictionary(db, dictionary);
      appendChange(db, {
        actor: "files",
        operation: "loadFiles",
        before: before.length > 0 ? before : null,
        after: dictionary,
      });
      loadedDictionary = true;
    }
    setMeta(db, DICTIONARY_HASH_KEY, fileHash);
  });
  // Phrases the index has never seen (a new dictionary) are indexed over every post.
  if (loadedDictionary) reindexMissingPhrases(db);
  return { version: currentVersion(db), loadedDictionary };
}

/** Indexes, over all posts, the dictionary phrases that have no hits recorded yet. */
function reindexMissingPhrases(db: Db): number {
  const known = new Set(
    (db.$client.prepare("SELECT DISTINCT phrase FROM phrase_hits").all() as { phrase: string }[]).map(
      (r) => r.phrase,
    ),
  );
  const missing = allPhrases(db).filter((p) => !known.has(p));
  return missing.length > 0 ? indexPhrases(db, missing, { afterId: 0 }) : 0;
}
