// The study report as Markdown and CSV files: the claims table (published beside computed),
// which data and models produced it, and the figures' rows.
import { csvLine } from "../export/csv";
import { MIN_COVERAGE, MIN_POSTS, VERDICTS, type Claim, type Figure, type StudyReport } from "./report.model";

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

/** The 95% interval as shown: "65.2 – 74.9%"; empty when the claim has none. */
export function intervalText(claim: Claim): string {
  if (claim.low === null || claim.high === null) return "";
  const unit = claim.unit === "%" ? "%" : claim.unit === "points" ? " pts" : "";
  return `${claim.low.toFixed(1)} – ${claim.high.toFixed(1)}${unit}`;
}

/** The verdict as shown, with the sample size and the tolerance it was judged with. */
export function verdictText(claim: Claim): string {
  const verdict = VERDICTS[claim.verdict].text;
  const tolerance =
    claim.tolerance === null || claim.verdict === "NOT_ENOUGH_DATA" || claim.verdict === "NOT_COMPUTABLE"
      ? ""
      : `, ±${claim.tolerance}${claim.unit === "%" ? "" : ` ${claim.unit}`} tolerance`;
  return `${verdict} (n = ${claim.sampleSize}${tolerance})`;
}

/** The rules every verdict follows, for the reader. */
export const VERDICT_RULES =
  `Interval: 95% interval of the computed value from the posts it rests on (sampling error; the classifier's own error is not in it). ` +
  `Verdict: "about" figures agree when the published value lies inside the interval widened by the stated tolerance; ` +
  `"over" figures and increases agree when the whole interval lies above the published bound, disagree when it lies at or below it, and are inconclusive when it straddles it. ` +
  `Claims resting on fewer than ${MIN_POSTS} posts, or on a period whose posts span less than ${MIN_COVERAGE * 100}% of its days, get "not enough data". ` +
  `Differences between shown values use the shown (rounded) values.`;

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
  lines.push(
    "| Dataset | Synthetic | Posts | First post | Last post | Description |",
    "| --- | --- | ---: | --- | --- | --- |",
  );
  for (const d of report.datasets) {
    lines.push(
      `| ${mdCell(d.id)} | ${d.synthetic ? "yes" : "no"} | ${d.posts} | ${d.firstPostedAt ?? ""} | ${d.lastPostedAt ?? ""} | ${mdCell(d.description ?? "")} |`,
    );
  }
  lines.push("", "| Period | First post | Last post | Days covered |", "| --- | --- | --- | ---: |");
  for (const c of report.coverage) {
    lines.push(`| ${c.period} | ${c.first ?? ""} | ${c.last ?? ""} | ${coverageText(c.fraction)} |`);
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
    "Published: the number the study states. Computed: the same measure on the loaded data. Difference: computed minus published. " +
      VERDICT_RULES,
    "",
  );
  lines.push(
    "| Claim | Published | Computed | 95% interval | Difference | Verdict | Basis |",
    "| --- | --- | ---: | ---: | ---: | --- | --- |",
  );
  for (const c of report.claims) {
    lines.push(
      `| **${mdCell(c.id)}**: ${mdCell(c.text)} | ${mdCell(c.publishedText)} | ${formatValue(c.computed, c.unit)} | ${intervalText(c)} | ${formatDifference(c)} | ${verdictText(c)} | ${mdCell(c.basis)} |`,
    );
  }
  lines.push("");
  for (const f of report.figures) {
    lines.push(`## ${f.title}`, "", f.note, "");
    const file = chartFiles.get(f.id);
    if (file) lines.push(`![${f.title}](${file})`, "");
    if (f.published.length > 0) lines.push(publishedNote(f), "");
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

/** "Published values (marked on the chart): Translation 2022-23 over 7%; ..." */
export function publishedNote(figure: Figure): string {
  return `Published values (marked on the chart): ${figure.published
    .map((m) => `${m.label} ${m.period}: ${m.text}`)
    .join("; ")}.`;
}

export function coverageText(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
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
  "low",
  "high",
  "tolerance",
  "verdict",
  "agrees",
  "posts",
  "sample_size",
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
      c.low,
      c.high,
      c.tolerance,
      c.verdict,
      c.agrees,
      c.posts,
      c.sampleSize,
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
