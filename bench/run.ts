// npm run bench: runs every benchmark (bench/*.bench.ts), each in its own process so that one
// cannot skew another's memory or timings, and prints their figures. Never part of npm test.
//   npm run bench                      every benchmark
//   npm run bench -- analytics         only the benchmarks whose file name contains "analytics"
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseCommand } from "../src/cli/args";

const BENCH_DIR = path.resolve("bench");

const COMMAND = {
  usage: `usage: npm run bench [-- NAME...]

Runs every benchmark (bench/*.bench.ts), each in its own process, or only those whose file
name contains one of the NAMEs (e.g. npm run bench -- analytics), and prints their figures.`,
  options: {},
  positionals: { max: Infinity, name: "NAME" },
} as const;

/**
 * The Node.js options of `npm run import` (its script in package.json, such as a larger young
 * generation): the ingest benchmark's process runs with them, as the import it times would.
 */
function importNodeOptions(): string[] {
  const pkg = JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  return pkg.scripts.import!.split(/\s+/).filter((arg) => arg.startsWith("--"));
}

function run(file: string): Promise<number> {
  const options = path.basename(file) === "ingest.bench.ts" ? importNodeOptions() : [];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...options, "--import", "tsx", file], {
      stdio: "inherit",
      env: process.env,
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on("error", (e) => {
      console.error(`could not start ${file}: ${e.message}`);
      resolve(1);
    });
  });
}

async function main(argv: string[]): Promise<number> {
  const wanted = parseCommand(COMMAND, argv).positionals;
  const files = fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
    .sort();
  for (const expected of ["analytics.bench.ts", "classify.bench.ts", "ingest.bench.ts", "serving.bench.ts"]) {
    if (wanted.length === 0 && !files.includes(expected))
      console.warn(`note: bench/${expected} is missing; skipped`);
  }
  if (files.length === 0) {
    console.error(`no benchmark matches ${wanted.join(", ") || "bench/*.bench.ts"}`);
    return 1;
  }
  const results: { file: string; code: number; seconds: number }[] = [];
  for (const f of files) {
    console.log(`\n######## bench/${f} ########`);
    const t0 = performance.now();
    const code = await run(path.join(BENCH_DIR, f));
    results.push({ file: f, code, seconds: (performance.now() - t0) / 1000 });
  }
  console.log("\n######## summary ########");
  for (const r of results)
    console.log(`${r.code === 0 ? "ok    " : "FAILED"} bench/${r.file} (${r.seconds.toFixed(0)} s)`);
  return results.every((r) => r.code === 0) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
