// npm run import -- FILE... : load posts (CSV or JSONL) with progress and a summary.
// npm run import -- --rejects BATCH : list the rows a batch refused, with line and reason.
// Exit codes: 0 when every file was read and at least one of its rows landed (refused rows are
// listed by --rejects); 1 when a file cannot be read, every row of a file was refused, or the
// batch of --rejects does not exist; 2 for a usage error.
import fs from "node:fs";
import { defaultPrepareThreads } from "../posts/import/import.prepare";
import { importSource, type ImportSummary } from "../posts/import/import.service";
import { InputFileError, openFileSource } from "../posts/import/sources";
import { batchesByIds, listRejects } from "../posts/post.repository";
import { parseCommand, usageError } from "./args";
import { rowProgress } from "./progress";
import { openRuntime, type Runtime } from "./runtime";

const COMMAND = {
  usage: `usage: npm run import -- FILE [FILE...]      import posts (CSV or JSONL, by extension)
       npm run import -- --rejects BATCH      list the rows a batch refused, with line and reason

Exits 0 when the rows of every file landed (refused rows are reported, with the batch to pass
to --rejects), 1 when a file cannot be read, every row of a file was refused or the batch does
not exist, 2 on a usage error.`,
  options: { rejects: { type: "string" } },
  positionals: { max: Infinity, name: "FILE" },
} as const;

function printSummary(file: string, summary: ImportSummary): void {
  console.log(
    [
      `${file}: batch ${summary.batchId}`,
      `  read      ${summary.rowsRead}`,
      `  inserted  ${summary.inserted}`,
      `  updated   ${summary.updated}`,
      `  unchanged ${summary.unchanged}`,
      `  rejected  ${summary.rejected}${summary.rejected > 0 ? `  (npm run import -- --rejects ${summary.batchId})` : ""}`,
      `  labels    ${summary.labels}`,
      `  unknown columns ignored: ${summary.unknownColumns.length > 0 ? summary.unknownColumns.join(", ") : "none"}`,
    ].join("\n"),
  );
}

function printRejects(runtime: Runtime, id: number): number {
  if (!batchesByIds(runtime.db, [id]).has(id)) {
    console.error(`no import batch ${id}`);
    return 1;
  }
  const rejects = listRejects(runtime.db, id);
  for (const r of rejects)
    console.log(`line ${r.line}: ${r.reason}\n    ${r.raw.split("\n")[0]!.slice(0, 200)}`);
  console.log(`${rejects.length} rejected row(s) in batch ${id}`);
  return 0;
}

/** Imports one file; false when it could not be read or every one of its rows was refused. */
async function importFile(runtime: Runtime, file: string): Promise<boolean> {
  try {
    const fileBytes = fs.statSync(file).size;
    let bytesRead = 0;
    let indexing = false;
    const bar = rowProgress(`import ${file}`, { fileBytes });
    const source = openFileSource(file, (offset) => {
      bytesRead = Math.max(bytesRead, offset);
    });
    const summary = await importSource(runtime.db, source, {
      taxonomy: runtime.taxonomy,
      classify: runtime.classifyOptions(),
      file,
      actor: "cli",
      threads: defaultPrepareThreads(),
      onProgress: (c) => bar.update(c.rowsRead, bytesRead),
      onIndexes: (c) => {
        indexing = true;
        bar.update(c.rowsRead, fileBytes);
        bar.stop();
        console.error("building the indexes left for the end of a load into an empty database...");
      },
    });
    if (!indexing) {
      bar.update(summary.rowsRead, fileBytes);
      bar.stop();
    }
    printSummary(file, summary);
    if (summary.rejected > 0 && summary.rejected === summary.rowsRead) {
      console.error(
        `import failed: every row of ${file} was refused (npm run import -- --rejects ${summary.batchId})`,
      );
      return false;
    }
    return true;
  } catch (e) {
    if (e instanceof InputFileError || (e as NodeJS.ErrnoException).code === "ENOENT") {
      console.error(`import failed: ${(e as Error).message}`);
      return false;
    }
    throw e;
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals: files } = parseCommand(COMMAND, argv);
  if (values.rejects !== undefined) {
    if (files.length > 0) usageError(COMMAND, "--rejects takes a batch id and no files");
    const id = Number(values.rejects);
    if (!Number.isInteger(id) || id <= 0)
      usageError(COMMAND, `--rejects needs the number of a batch, not "${values.rejects}"`);
    const runtime = openRuntime();
    try {
      return printRejects(runtime, id);
    } finally {
      runtime.db.$client.close();
    }
  }
  if (files.length === 0) usageError(COMMAND, "no file to import");
  const runtime = openRuntime();
  let failed = false;
  try {
    for (const file of files) if (!(await importFile(runtime, file))) failed = true;
  } finally {
    runtime.db.$client.close();
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
