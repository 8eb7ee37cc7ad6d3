// npm run report [-- --out DIR]: recomputes every quantitative claim of the study on the loaded
// data and writes Markdown, CSV and SVG charts into report/ (or DIR).
import path from "node:path";
import { writeReportFiles } from "../analytics/report/report.files";
import { buildStudyReport } from "../analytics/report/report.service";
import { formatValue } from "../analytics/report/report.render";
import { openRuntime } from "./runtime";

const USAGE = "usage: npm run report [-- --out DIR]   (default DIR: report/)";

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const outAt = argv.indexOf("--out");
  const out = outAt >= 0 ? argv[outAt + 1] : "report";
  if (!out || argv.some((a, i) => a.startsWith("--") && a !== "--out" && i !== outAt + 1)) {
    console.error(USAGE);
    return 1;
  }
  const runtime = openRuntime();
  const report = buildStudyReport(runtime.db);
  console.log(`database: ${runtime.dbPath}`);
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
