// Indexes dropped for a bulk load and built again once it ends (SQLite). A row written into a
// table with an index keyed by something other than its order of arrival (a day, a category, a
// skill tag) lands at some random place of that index: its page is read, changed and written to
// the log at the commit, for every chunk. Built once at the end, the index is a sort instead.
// Nothing an answer depends on changes meanwhile: what the dropped indexes speed up is slower
// until they are back.
import { deleteMeta, getMeta, setMeta } from "./app-meta";
import { isPostgres, writeTransaction, type Db } from "./client";

/** app_meta's key for the definitions of the indexes that deferIndexes dropped. */
const KEY = "deferred_indexes";

/**
 * Drops the named indexes of a SQLite database until the returned function builds them again,
 * each in its own transaction (so a writer waits for one index at most). Their definitions (the
 * migrations' own, from sqlite_master) are kept in app_meta in the transaction that drops them:
 * if the process dies before building them again, restoreDeferredIndexes does it (migrateDb runs
 * it at every start). Null, and nothing dropped, on PostgreSQL and while indexes that another
 * caller deferred are still away (that caller builds them).
 */
export function deferIndexes(db: Db, names: readonly string[]): (() => void) | null {
  if (isPostgres(db)) return null;
  const c = db.$client;
  const deferred = writeTransaction(db, () => {
    if (getMeta(db, KEY) !== null) return false;
    const definitions = c
      .prepare(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND name IN (SELECT value FROM json_each(?))",
      )
      .pluck()
      .all(JSON.stringify(names)) as string[];
    if (definitions.length === 0) return false;
    setMeta(db, KEY, JSON.stringify(definitions));
    for (const name of names) c.exec(`DROP INDEX IF EXISTS "${name}"`);
    return true;
  });
  return deferred ? () => restoreDeferredIndexes(db) : null;
}

/**
 * Builds the indexes that deferIndexes dropped, if any are still away (after a process died
 * during a bulk load). SQLite keeps the definition as it was written, without IF NOT EXISTS, so
 * each index comes back exactly as its migration made it.
 */
export function restoreDeferredIndexes(db: Db): void {
  if (isPostgres(db)) return;
  const c = db.$client;
  if (!c.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'app_meta'").get()) return;
  const definitions = getMeta(db, KEY);
  if (definitions === null) return;
  for (const definition of JSON.parse(definitions) as string[])
    writeTransaction(db, () =>
      c.exec(definition.replace(/^CREATE (UNIQUE )?INDEX /i, "CREATE $1INDEX IF NOT EXISTS ")),
    );
  writeTransaction(db, () => deleteMeta(db, KEY));
}
