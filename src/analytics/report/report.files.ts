// Writes the study report as files: study-report.md (with the charts linked), study-report.csv
// (the claims), study-figures.csv (the figures' rows) and one SVG chart per figure.
import fs from "node:fs";
import path from "node:path";
import { renderCharts } from "./report.charts";
import type { StudyReport } from "./report.model";
import { renderClaimsCsv, renderFiguresCsv, renderMarkdown } from "./report.render";

export async function writeReportFiles(report: StudyReport, dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text, "utf8");
    written.push(file);
  };
  const charts = await renderCharts(report.figures.filter((f) => f.rows.length > 0));
  const chartFiles = new Map<string, string>();
  for (const c of charts) {
    const name = `${c.figureId}.svg`;
    write(name, c.svg);
    chartFiles.set(c.figureId, name);
  }
  write("study-report.md", renderMarkdown(report, chartFiles));
  write("study-report.csv", renderClaimsCsv(report));
  write("study-figures.csv", renderFiguresCsv(report));
  return written;
}
