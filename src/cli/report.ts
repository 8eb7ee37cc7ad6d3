// npm run report [-- --out DIR]: recomputes every quantitative claim of the study on the loaded
// data and writes Markdown, CSV and SVG charts into report/ (or DIR).
import path from "node:path";
import { writeReportFiles } from "../analytics/report/report.files";
import { buildStudyReport } from "../analytics/report/report.service";
import { formatValue } from "../analytics/report/report.render";
import { describeDb } from "../db/client";
import { parseCommand } from "./args";
import { openRuntime } from "./runtime";

const COMMAND = {
  usage: `usage: npm run report [-- --out DIR]

Recomputes the study's claims on the database (FRONTIER_DB_PATH) and writes Markdown, CSV and
SVG charts into DIR (default: report/ in the current folder).`,
  options: { out: { type: "string", default: "report" } },
} as const;

async function main(argv: string[]): Promise<number> {
  const out = parseCommand(COMMAND, argv).values.out ?? "report";
  const runtime = openRuntime();
  const report = buildStudyReport(runtime.db);
  console.log(`database: ${describeDb(runtime.dbPath)}`);
  console.log(`data: ${report.dataSummary}`);
  console.log(`models: ${report.modelSummary}`);
  if (report.synthetic) console.log("NOTE: the data include SYNTHETIC posts (the demo corpus).");
  for (const c of report.claims) {
    const agrees = c.agrees === null ? "n/a" : c.agrees ? "yes" : "NO";
    console.log(
      `  ${c.id.padEnd(36)} published ${c.publishedText.padEnd(34)} computed ${formatValue(c.computed, c.unit).padEnd(10)} agrees ${agrees}`,
    );
  }
  const files = await writeReportFiles(report, path.resolve(out));
  for (const f of files) {
    const rel = path.relative(process.cwd(), f);
    console.log(`wrote ${rel.startsWith("..") ? f : rel}`);
  }
  runtime.db.$client.close();
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
