// Estimates corrected for classifier error over a database: which rates apply to a technology
// (its active model's cross-validation, estimate.ts), and the `estimate(technology, filter)`
// answer. The study questions and analytics(query) add their estimates through the same rates
// (estimate.rows.ts).
import { ratesOf, storedStrata, estimateCount, type Rates } from "../../classify/estimate";
import { activeModelsByTechnology } from "../../classify/technology.repository";
import type { Db } from "../../db/client";
import type { PostFilter } from "../../posts/post.args";
import { resolvePostFilter, snapshotFilter } from "../../posts/post.service";
import { BadUserInputError } from "../../shared/errors";
import { HIGH_VALUE_THRESHOLD } from "../analytics.model";
import { readCatalog } from "../analytics.repository";
import { runCells, type CountedCell } from "./estimate.repository";
import type { CellsQuery } from "./estimate.sql";

/** The rates that correct a technology's counts, or null with the reason in `method`. */
export interface Correction {
  rates: Rates | null;
  /** How the estimate is made, or why there is none. */
  method: string;
  /** The model whose labels are corrected (the technology's active model), if any. */
  modelIds: string[];
}

const METHOD =
  "keyword-stratified adjusted classify-and-count: hand labels exact; among keyword candidates labeled by the model, (positives - candidates x FPR) / (TPR - FPR); divided by the keyword rules' recall for the positives they miss; 95% delta-method interval (sampling and the cross-validated rates' uncertainty)";

export function correctionFor(db: Db, technology: string): Correction {
  const model = activeModelsByTechnology(db, [technology]).get(technology);
  if (!model)
    return {
      rates: null,
      method: `no estimate: ${technology} has no active model, so its labels come from keyword rules alone, whose error rates are not measured`,
      modelIds: [],
    };
  const strata = storedStrata(model.metrics);
  if (!strata)
    return {
      rates: null,
      method: `no estimate: model ${model.id} was trained before error rates by keyword gate were stored with models; train ${technology} again to get estimates`,
      modelIds: [model.id],
    };
  const rates = ratesOf(strata);
  if (typeof rates === "string")
    return { rates: null, method: `no estimate: model ${model.id}: ${rates}`, modelIds: [model.id] };
  return {
    rates,
    method: `${METHOD}; model ${model.id}: TPR ${rates.tpr.toFixed(3)}, FPR ${rates.fpr.toFixed(3)}, keyword recall ${rates.recall.toFixed(3)}`,
    modelIds: [model.id],
  };
}

export function checkEstimateTechnology(db: Db, technology: unknown, field = "technology"): string {
  if (typeof technology !== "string" || technology === "")
    throw new BadUserInputError(`${field} is required`, field);
  const known = readCatalog(db).technologies;
  if (!known.some((t) => t.id === technology))
    throw new BadUserInputError(
      `unknown technology '${technology}' (known: ${known.map((t) => t.id).join(", ") || "none"})`,
      field,
    );
  return technology;
}

/** A post filter as the cells take it: its SQL, and its split for the snapshot. */
export function scopeFilter(
  db: Db,
  filter: PostFilter | null | undefined,
  field = "filter",
): Pick<CellsQuery, "postFilter" | "snapshotFilter"> {
  return filter
    ? { postFilter: resolvePostFilter(db, filter, field), snapshotFilter: snapshotFilter(db, filter, field) }
    : {};
}

interface EstimateInput {
  technology: string;
  filter?: PostFilter | null;
}

export interface TechnologyEstimateResult {
  technologyId: string;
  /** Posts in the scope. */
  posts: number;
  /** Posts whose final label is yes: the count every other answer reports. */
  observed: number;
  estimated: number | null;
  low: number | null;
  high: number | null;
  /** Posts with a hand label for the technology, and of which yes. */
  handLabeled: number;
  handPositive: number;
  /** Keyword candidates labeled by the model, and of which yes. */
  modelLabeled: number;
  modelPositive: number;
  /** Posts labeled by neither a hand nor the model on a keyword candidate. */
  otherPosts: number;
  method: string;
  modelIds: string[];
  tpr: number | null;
  fpr: number | null;
  keywordRecall: number | null;
}

/** The number of a technology's posts in a scope, observed and corrected for classifier error. */
export function estimateTechnology(db: Db, input: EstimateInput): TechnologyEstimateResult {
  const technology = checkEstimateTechnology(db, input.technology);
  const [record] = runCells(db, {
    technology,
    periods: null,
    dimensions: [],
    ...scopeFilter(db, input.filter),
    threshold: HIGH_VALUE_THRESHOLD,
  });
  const cell: CountedCell = record?.all ?? {
    handPositive: 0,
    candidates: 0,
    candidatePositive: 0,
    others: 0,
    observed: 0,
    everyone: 0,
  };
  const correction = correctionFor(db, technology);
  const e = correction.rates ? estimateCount(correction.rates, cell) : null;
  const handLabeled = cell.everyone - cell.candidates - cell.others;
  return {
    technologyId: technology,
    posts: cell.everyone,
    observed: cell.observed,
    estimated: e?.value ?? null,
    low: e?.low ?? null,
    high: e?.high ?? null,
    handLabeled,
    handPositive: cell.handPositive,
    modelLabeled: cell.candidates,
    modelPositive: cell.candidatePositive,
    otherPosts: cell.others,
    method: correction.method,
    modelIds: correction.modelIds,
    tpr: correction.rates?.tpr ?? null,
    fpr: correction.rates?.fpr ?? null,
    keywordRecall: correction.rates?.recall ?? null,
  };
}
