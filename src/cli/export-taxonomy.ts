// `npm run export-taxonomy [-- --dir DIR]`: writes the dictionary as it now stands in the
// database (with every API edit) to taxonomy/*.yaml, in the loader's format and order, so the
// edits can be reviewed and committed. Categories, technologies and the projected-value table
// are written as loaded. When the files written are the ones start-up reads, their hash is
// recorded as loaded, so the next start sees nothing new in them and keeps the database.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Db } from "../db/client";
import { writeTaxonomyFiles } from "../taxonomy/taxonomy.export";
import { DEFAULT_TAXONOMY_DIR, loadTaxonomy } from "../taxonomy/taxonomy.files";
import { setMeta } from "../db/app-meta";
import { currentVersion, readDictionary } from "../taxonomy/taxonomy.repository";
import { dictionaryHash, DICTIONARY_HASH_KEY } from "../taxonomy/taxonomy.sync";
import type { Taxonomy } from "../taxonomy/taxonomy.model";
import { parseCommand } from "./args";
import { openRuntime } from "./runtime";

const COMMAND = {
  usage: `usage: npm run export-taxonomy [-- --dir DIR]

Writes the dictionary as the database now holds it (with every API edit) to DIR/*.yaml.
DIR defaults to the taxonomy/ that start-up reads (FRONTIER_TAXONOMY_DIR); written there, the
files are recorded as loaded, so the next start keeps the database's dictionary.`,
  options: { dir: { type: "string" } },
} as const;

interface ExportResult {
  dir: string;
  version: number;
  buckets: number;
  skills: number;
  aliases: number;
  /** True when the written files are the ones start-up reads and were recorded as loaded. */
  recorded: boolean;
}

/**
 * Writes `taxonomy` with the database's dictionary to `dir`. With `record`, also stores the
 * hash of the dictionary as the files now give it (read back through the loader, exactly as
 * start-up will compute it), so that start-up does not apply the files again.
 */
export function exportTaxonomy(db: Db, taxonomy: Taxonomy, dir: string, record: boolean): ExportResult {
  const buckets = readDictionary(db);
  writeTaxonomyFiles({ ...taxonomy, buckets }, dir);
  if (record) setMeta(db, DICTIONARY_HASH_KEY, dictionaryHash(loadTaxonomy(dir).buckets));
  const skills = buckets.flatMap((b) => b.skills);
  return {
    dir,
    version: currentVersion(db),
    buckets: buckets.length,
    skills: skills.length,
    aliases: skills.reduce((n, s) => n + s.tags.length + s.phrases.length, 0),
    recorded: record,
  };
}

function main(argv: string[], env: NodeJS.ProcessEnv): void {
  const { values } = parseCommand(COMMAND, argv);
  const startupDir = path.resolve(env.FRONTIER_TAXONOMY_DIR ?? DEFAULT_TAXONOMY_DIR);
  const dir = path.resolve(values.dir ?? startupDir);
  const runtime = openRuntime(env);
  try {
    const r = exportTaxonomy(runtime.db, runtime.taxonomy, dir, dir === startupDir);
    console.log(
      `Wrote taxonomy version ${r.version} (${r.buckets} buckets, ${r.skills} skills, ${r.aliases} aliases) to ${r.dir}.`,
    );
    console.log(
      r.recorded
        ? "Recorded as loaded: the next start keeps the database's dictionary until these files change."
        : "Not the directory start-up reads, so nothing was recorded.",
    );
  } finally {
    runtime.db.$client.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    main(process.argv.slice(2), process.env);
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
