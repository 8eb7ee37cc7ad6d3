// npm run import -- FILE... : load posts (CSV or JSONL) with progress and a summary.
// npm run import -- --rejects BATCH : list the rows a batch refused, with line and reason.
import fs from "node:fs";
import { defaultPrepareThreads } from "../posts/import/import.prepare";
import { importSource } from "../posts/import/import.service";
import { InputFileError, openFileSource } from "../posts/import/sources";
import { listRejects } from "../posts/post.repository";
import { progress } from "./progress";
import { openRuntime } from "./runtime";

const USAGE = `usage: npm run import -- FILE [FILE...]      (CSV or JSONL by extension)
       npm run import -- --rejects BATCH_ID       (list refused rows of a batch)`;

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes("--help")) {
    console.log(USAGE);
    return argv.length === 0 ? 1 : 0;
  }
  const runtime = openRuntime();
  if (argv[0] === "--rejects") {
    const id = Number(argv[1]);
    if (!Number.isInteger(id)) {
      console.error(USAGE);
      return 1;
    }
    const rejects = listRejects(runtime.db, id);
    for (const r of rejects)
      console.log(`line ${r.line}: ${r.reason}\n    ${r.raw.split("\n")[0]!.slice(0, 200)}`);
    console.log(`${rejects.length} rejected row(s) in batch ${id}`);
    return 0;
  }
  let failed = false;
  for (const file of argv) {
    try {
      const total = fs.statSync(file).size;
      let bytes = 0;
      const bar = progress(`import ${file}`, total);
      const source = openFileSource(file, (offset) => {
        bytes = Math.max(bytes, offset);
      });
      const summary = await importSource(runtime.db, source, {
        taxonomy: runtime.taxonomy,
        classify: runtime.classifyOptions(),
        file,
        actor: "cli",
        threads: defaultPrepareThreads(),
        onProgress: (c) => bar.update(bytes, `${c.rowsRead} rows`),
      });
      bar.update(total);
      bar.stop();
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
    } catch (e) {
      if (e instanceof InputFileError || (e as NodeJS.ErrnoException).code === "ENOENT") {
        console.error(`import failed: ${(e as Error).message}`);
        failed = true;
        continue;
      }
      throw e;
    }
  }
  return failed ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
