// Builds the study report: asks the analytics queries the study's questions on the loaded
// data, sets each answer beside the number the study published, and says which datasets and
// which models produced it.
import type { Db } from "../../db/client";
import {
  computeClaims,
  computeFigures,
  norm,
  resolveStudyCategories,
  type ClaimInputs,
} from "./report.claims";
import {
  MODEL_DEV_BUCKET_NAMES,
  P2020_21,
  P2022_23,
  SINCE_2024,
  Y2022,
  Y2023,
  type DatasetInfo,
  type ModelInfo,
  type PeriodCoverage,
  type ReportPeriod,
  type StudyReport,
} from "./report.model";
import { analyticsQueries, type ReportQueries } from "./report.queries";
import { bucketNames, categoryRefs, datasetRows, labelOrigins, postedRange } from "./report.repository";

const REPORT_TITLE = "Expanding the Frontier: the study's claims recomputed";

function describeDatasets(datasets: DatasetInfo[]): string {
  const withPosts = datasets.filter((d) => d.posts > 0);
  if (withPosts.length === 0) return "no posts are loaded";
  const total = withPosts.reduce((s, d) => s + d.posts, 0);
  const parts = withPosts.map(
    (d) => `${d.id} (${d.synthetic ? "SYNTHETIC" : "real"}, ${d.posts.toLocaleString("en-US")} posts)`,
  );
  return `${total.toLocaleString("en-US")} posts from ${parts.join(", ")}`;
}

function modelInfos(db: Db): ModelInfo[] {
  return labelOrigins(db).map((o) => {
    const used = o.modelIds ? o.modelIds.split(",").filter((x) => x !== "") : [];
    const parts: string[] = [];
    if (o.model > 0) parts.push(`model ${used.length > 0 ? used.join(", ") : "?"}`);
    if (o.hand > 0 || o.keyword > 0) parts.push("hand labels/keywords");
    if (parts.length === 0)
      parts.push(
        o.activeModelId === null
          ? "hand labels/keywords (no positives)"
          : `model ${o.activeModelId} (no positives)`,
      );
    return {
      technology: o.technologyId,
      activeModelId: o.activeModelId === null ? null : String(o.activeModelId),
      positives: { hand: o.hand, model: o.model, keyword: o.keyword },
      summary: parts.join(" + "),
    };
  });
}

const DAY_MS = 86_400_000;

/**
 * How much of each study period the loaded posts cover: the days from its first to its last
 * post over the period's days. An open-ended period ends at the last loaded post.
 */
function periodCoverage(
  db: Db,
  periods: readonly ReportPeriod[],
  lastPostedAt: string | null,
): PeriodCoverage[] {
  return periods.map((p) => {
    const { first, last } = postedRange(db, p.from, p.to);
    const end = p.openEnded && lastPostedAt !== null ? Date.parse(lastPostedAt) + DAY_MS : Date.parse(p.to);
    const days = Math.max(1, (end - Date.parse(p.from)) / DAY_MS);
    const spanned = first === null || last === null ? 0 : (Date.parse(last) - Date.parse(first)) / DAY_MS + 1;
    return { period: p.label, first, last, fraction: Math.min(1, spanned / days) };
  });
}

interface StudyReportOptions {
  /** The analytics queries to ask; the real ones by default (tests may pass others). */
  queries?: ReportQueries;
  /** The report's time stamp (ISO 8601); now by default. */
  generatedAt?: string;
}

/** Everything the claims and figures are computed from, asked of the analytics queries. */
function gatherInputs(db: Db, queries: ReportQueries, coverage: PeriodCoverage[]): ClaimInputs {
  const categories = categoryRefs(db);
  const studyCats = resolveStudyCategories(categories);
  const technologies = new Set(labelOrigins(db).map((o) => o.technologyId));
  const shares: ClaimInputs["shares"] = {};
  for (const tech of ["ai", "cloud", "rpa"]) {
    shares[tech] = technologies.has(tech) ? queries.categoryShare(tech, [P2020_21, P2022_23]) : [];
  }
  const buckets = bucketNames(db);
  const wanted = new Set(MODEL_DEV_BUCKET_NAMES.map(norm));
  const modelDev = buckets.find((b) => wanted.has(norm(b.name)) || wanted.has(norm(b.id)));
  const ds = studyCats.DS;
  const dsDemand =
    technologies.has("ai") && ds
      ? queries.bucketDemand(SINCE_2024, ds.id, "ai")
      : { rows: [], scopePosts: 0 };
  return {
    categories,
    shares,
    aiGrowthByGroup: technologies.has("ai") ? queries.growthByCategoryGroup("ai", Y2022, Y2023) : [],
    aiHighValue: technologies.has("ai") ? queries.highValueByCategory("ai", P2022_23, 1000) : [],
    dsBuckets: dsDemand.rows,
    dsScopePosts: dsDemand.scopePosts,
    modelDevBucketId: modelDev?.id ?? null,
    coverage,
  };
}

export function buildStudyReport(db: Db, options: StudyReportOptions = {}): StudyReport {
  const queries = options.queries ?? analyticsQueries(db);
  const datasets: DatasetInfo[] = datasetRows(db).map((d) => ({
    id: d.id,
    synthetic: d.synthetic,
    posts: d.posts,
    description: d.description,
    firstPostedAt: d.firstPostedAt,
    lastPostedAt: d.lastPostedAt,
  }));
  const lastPostedAt = datasets.reduce<string | null>(
    (max, d) => (d.lastPostedAt !== null && (max === null || d.lastPostedAt > max) ? d.lastPostedAt : max),
    null,
  );
  const coverage = periodCoverage(db, [P2020_21, P2022_23, Y2022, Y2023, SINCE_2024], lastPostedAt);
  const models = modelInfos(db);
  const dataSummary = describeDatasets(datasets);
  const byTech = new Map(models.map((m) => [m.technology, m]));
  const modelSummary =
    models.map((m) => `${m.technology}: ${m.summary}`).join("; ") || "no technologies are defined";
  const inputs = gatherInputs(db, queries, coverage);
  const claims = computeClaims(inputs, {
    data: dataSummary,
    models: (techs) => techs.map((t) => `${t}: ${byTech.get(t)?.summary ?? "not defined"}`).join("; "),
  });
  return {
    generatedAt: options.generatedAt ?? new Date().toISOString(),
    title: REPORT_TITLE,
    synthetic: datasets.some((d) => d.synthetic && d.posts > 0),
    totalPosts: datasets.reduce((s, d) => s + d.posts, 0),
    datasets,
    coverage,
    models,
    dataSummary,
    modelSummary,
    claims,
    figures: computeFigures(inputs),
  };
}
