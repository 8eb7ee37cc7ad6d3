// The study report as Markdown and CSV files: the claims table (published beside computed),
// which data and models produced it, and the figures' rows.
import { csvLine } from "../export/csv";
import type { Claim, Figure, StudyReport } from "./report.model";

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return "n/a";
  if (unit === "%") return `${value.toFixed(1)}%`;
  if (unit === "points") return `${value.toFixed(1)} pts`;
  return String(value);
}

export function formatDifference(claim: Claim): string {
  if (claim.difference === null) return "";
  const sign = claim.difference > 0 ? "+" : "";
  return `${sign}${claim.difference.toFixed(1)}${claim.unit === "categories" ? "" : " pts"}`;
}

export function agreesText(claim: Claim): string {
  return claim.agrees === null ? "n/a" : claim.agrees ? "yes" : "no";
}

function mdCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

function shareText(share: number | null): string {
  return share === null ? "n/a" : `${(share * 100).toFixed(1)}%`;
}

/** The figure's rows as a table: one row per category, one column per period. */
export function figureTable(figure: Figure): { header: string[]; rows: string[][] } {
  const periods = [...new Set(figure.rows.map((r) => r.period))];
  const labels = [...new Set(figure.rows.map((r) => r.label))];
  const header = ["", ...periods.flatMap((p) => [`${p} share`, `${p} posts`])];
  const rows = labels.map((label) => [
    label,
    ...periods.flatMap((p) => {
      const r = figure.rows.find((x) => x.label === label && x.period === p);
      return [shareText(r?.share ?? null), String(r?.posts ?? 0)];
    }),
  ]);
  return { header, rows };
}

export function renderMarkdown(report: StudyReport, chartFiles: Map<string, string> = new Map()): string {
  const lines: string[] = [];
  lines.push(`# ${report.title}`, "");
  if (report.synthetic) {
    lines.push(
      "> **Synthetic data.** Some or all posts come from a generated dataset (the demo corpus), not from real job posts. The figures show that the method works; they say nothing about the real job market.",
      "",
    );
  }
  lines.push(`Generated ${report.generatedAt}.`, "");
  lines.push("## Data and models", "");
  lines.push(`- **Data:** ${report.dataSummary}`);
  lines.push(`- **Models:** ${report.modelSummary}`, "");
  lines.push("| Dataset | Synthetic | Posts | Description |", "| --- | --- | ---: | --- |");
  for (const d of report.datasets) {
    lines.push(
      `| ${mdCell(d.id)} | ${d.synthetic ? "yes" : "no"} | ${d.posts} | ${mdCell(d.description ?? "")} |`,
    );
  }
  lines.push(
    "",
    "| Technology | Active model | Positive labels from hand labels | from the model | from keywords |",
  );
  lines.push("| --- | --- | ---: | ---: | ---: |");
  for (const m of report.models) {
    lines.push(
      `| ${mdCell(m.technology)} | ${m.activeModelId ?? "none"} | ${m.positives.hand} | ${m.positives.model} | ${m.positives.keyword} |`,
    );
  }
  lines.push("", "## Claims", "");
  lines.push(
    "Published: the number the study states. Computed: the same measure on the loaded data. Difference: computed minus published.",
    "",
  );
  lines.push(
    "| Claim | Published | Computed | Difference | Agrees | Basis |",
    "| --- | --- | ---: | ---: | --- | --- |",
  );
  for (const c of report.claims) {
    lines.push(
      `| **${mdCell(c.id)}**: ${mdCell(c.text)} | ${mdCell(c.publishedText)} | ${formatValue(c.computed, c.unit)} | ${formatDifference(c)} | ${agreesText(c)} | ${mdCell(c.basis)} |`,
    );
  }
  lines.push("");
  for (const f of report.figures) {
    lines.push(`## ${f.title}`, "", f.note, "");
    const file = chartFiles.get(f.id);
    if (file) lines.push(`![${f.title}](${file})`, "");
    const t = figureTable(f);
    if (t.rows.length === 0) {
      lines.push("No posts in this scope.", "");
      continue;
    }
    lines.push(
      `| ${t.header.map(mdCell).join(" | ")} |`,
      `| --- | ${t.header
        .slice(1)
        .map(() => "---:")
        .join(" | ")} |`,
    );
    for (const r of t.rows) lines.push(`| ${r.map(mdCell).join(" | ")} |`);
    lines.push("");
  }
  return lines.join("\n");
}

const CLAIM_CSV_COLUMNS = [
  "id",
  "figure",
  "claim",
  "published_text",
  "published",
  "computed",
  "unit",
  "difference",
  "agrees",
  "posts",
  "basis",
  "data",
  "models",
] as const;

/** The claims as CSV (one row per claim, stable column names). */
export function renderClaimsCsv(report: StudyReport): string {
  let out = csvLine([...CLAIM_CSV_COLUMNS]);
  for (const c of report.claims) {
    out += csvLine([
      c.id,
      c.figure,
      c.text,
      c.publishedText,
      c.published,
      c.computed,
      c.unit,
      c.difference,
      c.agrees,
      c.posts,
      c.basis,
      c.data,
      c.models,
    ]);
  }
  return out;
}

/** The figures' rows as CSV (figure, series, period, key, label, posts, share). */
export function renderFiguresCsv(report: StudyReport): string {
  let out = csvLine(["figure", "series", "period", "key", "label", "posts", "share"]);
  for (const f of report.figures) {
    for (const r of f.rows) out += csvLine([f.id, r.series, r.period, r.key, r.label, r.posts, r.share]);
  }
  return out;
}
