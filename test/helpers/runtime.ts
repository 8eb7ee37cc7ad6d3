// A fresh database with the project's taxonomy synced, plus import helpers, for integration tests.
import type { ClassifyOptions } from "../../src/classify/classification.service";
import type { Db } from "../../src/db/client";
import { importSource, type ImportSummary } from "../../src/posts/import/import.service";
import { openFileSource, rowsSource } from "../../src/posts/import/sources";
import type { RawPostRow } from "../../src/posts/post.row";
import { DEFAULT_TAXONOMY_DIR, loadTaxonomy } from "../../src/taxonomy/taxonomy.files";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import type { Taxonomy } from "../../src/taxonomy/taxonomy.model";
import { freshDb } from "./db";
import type { AppServices } from "../../src/shared/context";

let cached: Taxonomy | null = null;
export function projectTaxonomy(): Taxonomy {
  cached ??= loadTaxonomy(DEFAULT_TAXONOMY_DIR);
  return cached;
}

export interface TestRuntime {
  db: Db;
  taxonomy: Taxonomy;
  classify: ClassifyOptions;
  /** What a server on this database puts in every request's context. */
  services: AppServices;
  importFile(file: string): Promise<ImportSummary>;
  importRows(rows: RawPostRow[]): Promise<ImportSummary>;
}

export function testRuntime(taxonomy: Taxonomy = projectTaxonomy(), file?: string): TestRuntime {
  const db = freshDb(file);
  syncTaxonomy(db, taxonomy);
  const classify: ClassifyOptions = {
    technologies: taxonomy.technologies,
    models: new Map(),
    mode: "candidates",
  };
  return {
    db,
    taxonomy,
    classify,
    services: { taxonomy, classifyMode: classify.mode },
    importFile: (file) => importSource(db, openFileSource(file), { taxonomy, classify, file }),
    importRows: (rows) => importSource(db, rowsSource(rows), { taxonomy, classify }),
  };
}
