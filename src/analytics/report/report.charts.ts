// The report's figures as SVG, rendered on the server without a browser: a Vega-Lite spec per
// figure, compiled by vega-lite and drawn by vega's headless View#toSVG (no canvas, no network).
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import type { Figure } from "./report.model";

export interface Chart {
  figureId: string;
  title: string;
  svg: string;
}

const WIDTH = 520;

/**
 * A horizontal bar chart of shares (percent) by category, one bar per period when there are
 * several, with the study's published values for single bars as red ticks.
 */
function chartSpec(figure: Figure): TopLevelSpec {
  const values = figure.rows.map((r) => ({
    label: r.label,
    period: r.period,
    share: r.share === null ? 0 : Math.round(r.share * 1000) / 10,
    posts: r.posts,
  }));
  const periods = [...new Set(values.map((v) => v.period))];
  const grouped = periods.length > 1;
  // Categories in order of their largest share, so the eye reads the ranking.
  const best = new Map<string, number>();
  for (const v of values) best.set(v.label, Math.max(best.get(v.label) ?? 0, v.share));
  const order = [...best.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const y = { field: "label", type: "nominal", sort: order, title: null, axis: { labelLimit: 320 } } as const;
  const marks = figure.published.filter((m) => best.has(m.label));
  // One caption per category, right of its rightmost mark: two captions on one row would overlap.
  const byLabel = new Map<string, typeof marks>();
  for (const m of marks) {
    const same = byLabel.get(m.label);
    if (same) same.push(m);
    else byLabel.set(m.label, [m]);
  }
  const captions = [...byLabel].map(([label, ms]) => ({
    label,
    value: Math.max(...ms.map((m) => m.value)),
    text: `published ${ms.map((m) => `${m.period}: ${m.text}`).join("; ")}`,
  }));
  const markLayers: TopLevelSpec[] = marks.length
    ? [
        {
          data: { values: marks },
          mark: { type: "tick", color: "#c0392b", thickness: 2 },
          encoding: { y, x: { field: "value", type: "quantitative" } },
        },
        {
          data: { values: captions },
          mark: { type: "text", align: "left", dx: 4, color: "#c0392b", fontSize: 10 },
          encoding: { y, x: { field: "value", type: "quantitative" }, text: { field: "text" } },
        },
      ]
    : [];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: { text: figure.title, anchor: "start", fontSize: 13 },
    width: WIDTH,
    // A grouped bar is 9 px high: the band of a category holds one per period plus the band's
    // padding (0.2). Given for the position, so that the tick layers, which have no yOffset,
    // agree with the bars on the y scale's range (else vega-lite warns of a conflict).
    height: { step: grouped ? (9 * periods.length) / (1 - 0.2) : 16, for: "position" },
    background: "white",
    config: {
      font: "sans-serif",
      axis: { labelFontSize: 11, titleFontSize: 11 },
      legend: { labelFontSize: 11 },
    },
    layer: [
      {
        data: { values },
        mark: { type: "bar", tooltip: true },
        encoding: {
          y,
          x: { field: "share", type: "quantitative", title: "share of posts (%)" },
          ...(grouped
            ? {
                yOffset: { field: "period", type: "nominal", sort: periods },
                color: {
                  field: "period",
                  type: "nominal",
                  sort: periods,
                  scale: { range: ["#9aa9c7", "#1f4e9c", "#e07b39"] },
                  legend: { title: "period", orient: "bottom" },
                },
              }
            : { color: { value: "#1f4e9c" } }),
        },
      },
      ...markLayers,
    ],
  } as TopLevelSpec;
}

/**
 * Renders a figure as standalone SVG. Element ids are prefixed with the figure's id, so that
 * several charts can sit inline in one HTML page without their clip paths colliding.
 */
export async function renderChart(figure: Figure): Promise<Chart> {
  const { spec } = compile(chartSpec(figure));
  const view = new vega.View(vega.parse(spec), { renderer: "none", logLevel: vega.Error });
  try {
    const svg = await view.toSVG();
    const prefix = figure.id.replace(/[^A-Za-z0-9_-]/g, "");
    const scoped = svg
      .replace(/id="([^"]+)"/g, `id="${prefix}-$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
      .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
    return { figureId: figure.id, title: figure.title, svg: scoped };
  } finally {
    view.finalize();
  }
}

export async function renderCharts(figures: Figure[]): Promise<Chart[]> {
  const out: Chart[] = [];
  for (const f of figures) out.push(await renderChart(f));
  return out;
}
