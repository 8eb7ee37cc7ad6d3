// The dictionary's history: the log of changes and the dictionary as it was at any version.
// Every log entry keeps the whole dictionary right after it (see appendChange), so reading a
// version is one row, exact by construction; version 0 is the empty dictionary before any load.
import type { Db } from "../db/client";
import { BadUserInputError, NotFoundError } from "../shared/errors";
import { changeAt, countChanges, listChanges } from "./taxonomy-edit.repository";
import { currentVersion, type ChangeRow } from "./taxonomy.repository";
import type { BucketDef } from "./taxonomy.model";

interface DictionaryVersion {
  version: number;
  /** When that version was made; null for version 0. */
  at: string | null;
  buckets: BucketDef[];
}

function checkVersion(db: Db, version: number, field: string): number {
  const current = currentVersion(db);
  if (!Number.isInteger(version) || version < 0)
    throw new BadUserInputError(`${field} must be a version number (0 or more), got ${version}`, field);
  if (version > current)
    throw new NotFoundError(`There is no taxonomy version ${version}: the current version is ${current}.`, {
      currentVersion: current,
    });
  return current;
}

function snapshotOf(row: ChangeRow): BucketDef[] {
  if (row.dictionary !== null) return JSON.parse(row.dictionary) as BucketDef[];
  // Entries written before snapshots were kept: a file load logged the whole dictionary as `after`.
  if (row.operation === "loadFiles" && row.after !== null) return JSON.parse(row.after) as BucketDef[];
  throw new NotFoundError(`Taxonomy version ${row.version} was logged without a snapshot of the dictionary.`);
}

/**
 * The dictionary (buckets, skills, aliases in their order) as it was right after `version`.
 * Pass it as `dictionary` to the analytics to answer as of that version.
 */
export function dictionaryAtVersion(db: Db, version: number, field = "version"): BucketDef[] {
  return dictionaryVersion(db, version, field).buckets;
}

export function dictionaryVersion(db: Db, version: number, field = "version"): DictionaryVersion {
  checkVersion(db, version, field);
  if (version === 0) return { version: 0, at: null, buckets: [] };
  const row = changeAt(db, version);
  if (!row) throw new NotFoundError(`There is no taxonomy version ${version}.`);
  return { version, at: row.at, buckets: snapshotOf(row) };
}

interface ChangePage {
  totalCount: number;
  changes: Omit<ChangeRow, "dictionary">[];
  hasNextPage: boolean;
  /** True when changes after `since` come at or before `afterVersion` (the page has a previous one). */
  hasPreviousPage: boolean;
}

/** Changes after version `since` (all when null), oldest first, `first` at a time after `after`. */
export function changesSince(db: Db, since: number, afterVersion: number, first: number): ChangePage {
  const rows = listChanges(db, since, afterVersion, first + 1);
  const totalCount = countChanges(db, since);
  return {
    totalCount,
    changes: rows.slice(0, first),
    hasNextPage: rows.length > first,
    hasPreviousPage: afterVersion > since && countChanges(db, afterVersion) < totalCount,
  };
}
