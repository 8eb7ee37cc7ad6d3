// The study report as one self-contained HTML page: the same tables as the Markdown report and
// the charts inline as SVG. No scripts, no fonts, nothing loaded from anywhere.
import { renderCharts, type Chart } from "./report.charts";
import type { StudyReport } from "./report.model";
import {
  VERDICT_RULES,
  coverageText,
  figureTable,
  formatDifference,
  formatValue,
  intervalText,
  publishedNote,
  verdictText,
} from "./report.render";

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const STYLE = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1f24; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; vertical-align: top; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
th { background: #f3f5f8; }
.synthetic { background: #fff4d6; border: 1px solid #e0b84c; padding: 0.6rem 0.8rem; }
.AGREES { color: #176b2c; font-weight: 600; } .DISAGREES { color: #a4262c; font-weight: 600; }
.INCONCLUSIVE, .NOT_ENOUGH_DATA { color: #7a5c00; font-weight: 600; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
.note { color: #57606a; }
`;

/** The page's head, title and the notes that come before any section. */
function pushHeader(parts: string[], report: StudyReport): void {
  const e = escapeHtml;
  parts.push(
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(report.title)}</title><style>${STYLE}</style></head><body>`,
    `<h1>${e(report.title)}</h1>`,
  );
  if (report.synthetic) {
    parts.push(
      '<p class="synthetic" id="synthetic-warning"><strong>Synthetic data.</strong> Some or all posts come from a generated dataset (the demo corpus), not from real job posts. The figures show that the method works; they say nothing about the real job market.</p>',
    );
  }
  parts.push(
    `<p class="note">Generated ${e(report.generatedAt)}. Also as CSV: <code>npm run report</code>.</p>`,
  );
}

/** Where the numbers come from: the datasets loaded and the model behind each technology. */
function pushDataAndModels(parts: string[], report: StudyReport): void {
  const e = escapeHtml;
  parts.push("<h2>Data and models</h2>");
  parts.push(
    `<p><strong>Data:</strong> ${e(report.dataSummary)}<br><strong>Models:</strong> ${e(report.modelSummary)}</p>`,
  );
  parts.push(
    '<table id="datasets"><thead><tr><th>Dataset</th><th>Synthetic</th><th>Posts</th><th>First post</th><th>Last post</th><th>Description</th></tr></thead><tbody>',
  );
  for (const d of report.datasets) {
    parts.push(
      `<tr><td>${e(d.id)}</td><td>${d.synthetic ? "yes" : "no"}</td><td class="num">${d.posts}</td>` +
        `<td>${e(d.firstPostedAt ?? "")}</td><td>${e(d.lastPostedAt ?? "")}</td><td>${e(d.description ?? "")}</td></tr>`,
    );
  }
  parts.push("</tbody></table>");
  parts.push(
    '<table id="coverage"><thead><tr><th>Period</th><th>First post</th><th>Last post</th><th>Days covered</th></tr></thead><tbody>',
  );
  for (const c of report.coverage) {
    parts.push(
      `<tr><td>${e(c.period)}</td><td>${e(c.first ?? "")}</td><td>${e(c.last ?? "")}</td><td class="num">${coverageText(c.fraction)}</td></tr>`,
    );
  }
  parts.push("</tbody></table>");
  parts.push(
    '<table id="models"><thead><tr><th>Technology</th><th>Active model</th><th>Positives from hand labels</th><th>from the model</th><th>from keywords</th></tr></thead><tbody>',
  );
  for (const m of report.models) {
    parts.push(
      `<tr><td>${e(m.technology)}</td><td>${e(m.activeModelId ?? "none")}</td><td class="num">${m.positives.hand}</td><td class="num">${m.positives.model}</td><td class="num">${m.positives.keyword}</td></tr>`,
    );
  }
  parts.push("</tbody></table>");
}

function pushClaims(parts: string[], report: StudyReport): void {
  const e = escapeHtml;
  parts.push("<h2>Claims</h2>");
  parts.push(
    `<p class="note">Published: the number the study states. Computed: the same measure on the loaded data. Difference: computed minus published. ${e(VERDICT_RULES)}</p>`,
  );
  parts.push(
    '<table id="claims"><thead><tr><th>Claim</th><th>Published</th><th>Computed</th><th>95% interval</th><th>Difference</th><th>Verdict</th><th>Basis</th></tr></thead><tbody>',
  );
  for (const c of report.claims) {
    parts.push(
      `<tr data-claim="${e(c.id)}"><td><strong>${e(c.id)}</strong><br>${e(c.text)}</td><td>${e(c.publishedText)}</td>` +
        `<td class="num">${e(formatValue(c.computed, c.unit))}</td><td class="num">${e(intervalText(c))}</td>` +
        `<td class="num">${e(formatDifference(c))}</td>` +
        `<td class="${c.verdict}" data-verdict="${c.verdict}">${e(verdictText(c))}</td><td>${e(c.basis)}</td></tr>`,
    );
  }
  parts.push("</tbody></table>");
}

/** Each figure: its title and note, its chart when it has rows, and its table. */
function pushFigures(parts: string[], report: StudyReport, charts: Map<string, Chart>): void {
  const e = escapeHtml;
  for (const f of report.figures) {
    parts.push(`<h2 id="${e(f.id)}">${e(f.title)}</h2><p class="note">${e(f.note)}</p>`);
    const chart = charts.get(f.id);
    if (chart && f.rows.length > 0) parts.push(`<figure data-figure="${e(f.id)}">${chart.svg}</figure>`);
    if (f.published.length > 0) parts.push(`<p class="note">${e(publishedNote(f))}</p>`);
    const t = figureTable(f);
    if (t.rows.length === 0) {
      parts.push("<p>No posts in this scope.</p>");
      continue;
    }
    parts.push(
      `<table data-figure-table="${e(f.id)}"><thead><tr>${t.header.map((h) => `<th>${e(h)}</th>`).join("")}</tr></thead><tbody>`,
    );
    for (const r of t.rows) {
      parts.push(
        `<tr>${r.map((v, i) => (i === 0 ? `<td>${e(v)}</td>` : `<td class="num">${e(v)}</td>`)).join("")}</tr>`,
      );
    }
    parts.push("</tbody></table>");
  }
}

export async function renderReportHtml(report: StudyReport): Promise<string> {
  const charts = new Map((await renderCharts(report.figures)).map((c) => [c.figureId, c]));
  const parts: string[] = [];
  pushHeader(parts, report);
  pushDataAndModels(parts, report);
  pushClaims(parts, report);
  pushFigures(parts, report, charts);
  parts.push("</body></html>");
  return parts.join("\n");
}
