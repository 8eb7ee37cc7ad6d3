// What every command needs first: the database (migrated, imports left running by a dead process
// marked interrupted), the taxonomy (validated and synced) and the classification settings.
// Exits with a clear message when the taxonomy is invalid.
import { loadActiveModels } from "../classify/model.registry";
import { recoverInterruptedJobs } from "../classify/model.jobs";
import { ensureClassifyMode } from "../classify/model.service";
import { classifyModeFromEnv, type ClassifyOptions } from "../classify/classification.service";
import { dbPathFromEnv, openDb, type Db } from "../db/client";
import { migrateDb } from "../db/migrate";
import { recoverInterruptedImports } from "../posts/import/import.recovery";
import { DEFAULT_TAXONOMY_DIR, loadTaxonomy, TaxonomyFileError } from "../taxonomy/taxonomy.files";
import { syncTaxonomy, type SyncResult } from "../taxonomy/taxonomy.sync";
import type { Taxonomy } from "../taxonomy/taxonomy.model";

export interface Runtime {
  db: Db;
  dbPath: string;
  taxonomy: Taxonomy;
  sync: SyncResult;
  classifyOptions(): ClassifyOptions;
}

export function openRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  let taxonomy: Taxonomy;
  try {
    taxonomy = loadTaxonomy(env.FRONTIER_TAXONOMY_DIR ?? DEFAULT_TAXONOMY_DIR);
  } catch (e) {
    if (e instanceof TaxonomyFileError) {
      console.error(`Invalid taxonomy: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
  const dbPath = dbPathFromEnv(env);
  const db = openDb(dbPath);
  migrateDb(db);
  const sync = syncTaxonomy(db, taxonomy);
  const jobs = recoverInterruptedJobs(db);
  if (jobs.requeued + jobs.interrupted > 0)
    console.log(
      `jobs left running by a process that stopped: ${jobs.requeued} activation(s) queued again, ${jobs.interrupted} training(s) marked interrupted`,
    );
  for (const b of recoverInterruptedImports(db))
    console.log(
      `import batch ${b.id}${b.file ? ` (${b.file})` : ""} was interrupted (its process ${b.owner ?? "?"} is gone) after ${b.rowsRead} rows: run the same import again to finish it`,
    );
  const mode = classifyModeFromEnv(env);
  if (ensureClassifyMode(db, { taxonomy, mode }))
    console.log(`classification mode is now "${mode}": every post was reclassified`);
  return {
    db,
    dbPath,
    taxonomy,
    sync,
    classifyOptions: () => ({
      technologies: taxonomy.technologies,
      models: loadActiveModels(db),
      mode,
    }),
  };
}
