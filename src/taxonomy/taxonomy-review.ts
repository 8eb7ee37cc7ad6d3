// The dictionary for review by people without a shell: any version as the text of
// taxonomy/skills.yaml (exactly what `npm run export-taxonomy` writes), and the unified diff
// between two versions. Served over HTTP as GET /taxonomy.yaml and GET /taxonomy.diff.
import { readTransaction, type Db } from "../db/client";
import { dictionaryVersion } from "./taxonomy-history";
import { renderDictionaryFile } from "./taxonomy.export";
import { TAXONOMY_FILES } from "./taxonomy.files";
import { currentVersion } from "./taxonomy.repository";
import { unifiedDiff } from "./unified-diff";

export type DictionaryFileRequest =
  { format: "yaml"; version?: number } | { format: "diff"; from?: number; to?: number };

interface DictionaryFile {
  /** File name offered to a browser, e.g. skills-v3.yaml or skills-v2-v3.diff. */
  filename: string;
  text: string;
  /** The version shown (yaml) or the versions compared (diff). */
  versions: number[];
}

function versionLabel(version: number, at: string | null): string {
  return `${TAXONOMY_FILES.skills} version ${version}${at ? ` (${at})` : " (empty, before the first load)"}`;
}

/**
 * The dictionary at `version` (the current one by default) in the format of skills.yaml, or
 * the unified diff from version `from` (default: the one before `to`) to `to` (default: the
 * current one). NOT_FOUND for a version that does not exist yet.
 */
export function dictionaryFile(db: Db, request: DictionaryFileRequest): DictionaryFile {
  return readTransaction(db, () => {
    if (request.format === "yaml") {
      const version = request.version ?? currentVersion(db);
      const { buckets } = dictionaryVersion(db, version, "version");
      return {
        filename: `skills-v${version}.yaml`,
        text: renderDictionaryFile(buckets),
        versions: [version],
      };
    }
    const toVersion = request.to ?? currentVersion(db);
    const fromVersion = request.from ?? Math.max(0, toVersion - 1);
    const from = dictionaryVersion(db, fromVersion, "from");
    const to = dictionaryVersion(db, toVersion, "to");
    return {
      filename: `skills-v${fromVersion}-v${toVersion}.diff`,
      text: unifiedDiff(
        renderDictionaryFile(from.buckets),
        renderDictionaryFile(to.buckets),
        versionLabel(fromVersion, from.at),
        versionLabel(toVersion, to.at),
      ),
      versions: [fromVersion, toVersion],
    };
  });
}
