// Turns one raw input row into a post ready to store, or a reason to refuse it.
import { normalizeTag } from "../taxonomy/normalize";
import type { CategoryDef, ProjectedValueDef, Taxonomy } from "../taxonomy/taxonomy.model";
import type { RawPostRow } from "./post.row";

const CONTRACT_TYPES = ["fixed", "hourly", "none"] as const;
type ContractType = (typeof CONTRACT_TYPES)[number];

export interface NewPost {
  source: string;
  externalId: string;
  title: string;
  description: string;
  categoryId: string | null;
  subcategory: string | null;
  postedAt: string | null;
  contractType: ContractType;
  fixedBudget: number | null;
  hourlyMin: number | null;
  hourlyMax: number | null;
  projectedValueInput: number | null;
  projectedValue: number | null;
  duration: string | null;
  workload: string | null;
  country: string | null;
  experienceLevel: string | null;
  /** Skill tags as written (deduplicated by their normalized form). */
  skills: { tag: string; label: string }[];
}

interface ValidRow {
  ok: true;
  post: NewPost;
  /** Hand labels by technology id, from the technology-named columns. */
  labels: Record<string, boolean>;
}

export type RowResult = ValidRow | { ok: false; reason: string };

/** Lookups built once per import from the taxonomy. */
export interface ValidationContext {
  categoryByName: Map<string, CategoryDef>;
  categoryBySubcategory: Map<string, CategoryDef>;
  technologyIds: string[];
  projectedValue: ProjectedValueDef;
}

export function validationContext(t: Taxonomy): ValidationContext {
  const categoryByName = new Map<string, CategoryDef>();
  const categoryBySubcategory = new Map<string, CategoryDef>();
  for (const c of t.categories) {
    categoryByName.set(c.name.toLowerCase(), c);
    categoryByName.set(c.id, c);
    for (const s of c.subcategories) categoryBySubcategory.set(s.toLowerCase(), c);
  }
  return {
    categoryByName,
    categoryBySubcategory,
    technologyIds: t.technologies.map((x) => x.id),
    projectedValue: t.projectedValue,
  };
}

const EXPERIENCE_LEVELS: Record<string, string> = {
  entry: "Entry level",
  "entry level": "Entry level",
  intermediate: "Intermediate",
  expert: "Expert",
};

class RowError extends Error {}

function text(raw: RawPostRow, key: string): string {
  const v = raw[key];
  return typeof v === "string" ? v.trim() : "";
}

function optional(raw: RawPostRow, key: string): string | null {
  const v = text(raw, key);
  return v.length > 0 ? v : null;
}

function amount(raw: RawPostRow, key: string): number | null {
  const v = text(raw, key);
  if (v.length === 0) return null;
  const n = Number(v.replace(/^\$/u, "").replace(/,/gu, ""));
  if (!Number.isFinite(n)) throw new RowError(`${key} '${v}' is not a number`);
  if (n < 0) throw new RowError(`negative ${key} ${v}`);
  return n;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/u;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/u;

/** ISO 8601 date or date-time (UTC unless an offset is given) -> `YYYY-MM-DDTHH:MM:SSZ`. */
export function parsePostedAt(value: string): string | null {
  if (!DATE_ONLY.test(value) && !DATE_TIME.test(value)) return null;
  let iso = value.replace(" ", "T");
  if (DATE_ONLY.test(value)) iso += "T00:00:00Z";
  else if (!/(Z|[+-]\d{2}:?\d{2})$/u.test(iso)) iso += "Z";
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms);
  // Date.parse rolls 2023-02-30 over to March; refuse dates that do not exist.
  if (DATE_ONLY.test(value) && d.toISOString().slice(0, 10) !== value) return null;
  return d.toISOString().replace(/\.\d{3}Z$/u, "Z");
}

/** DESIGN "Projected value": explicit, else fixed budget, else hourly rate x expected hours. */
export function projectValue(
  p: Pick<
    NewPost,
    | "projectedValueInput"
    | "contractType"
    | "fixedBudget"
    | "hourlyMin"
    | "hourlyMax"
    | "duration"
    | "workload"
  >,
  table: ProjectedValueDef,
): number | null {
  if (p.projectedValueInput !== null) return p.projectedValueInput;
  if (p.contractType === "fixed") return p.fixedBudget !== null && p.fixedBudget > 0 ? p.fixedBudget : null;
  if (p.contractType === "hourly") {
    const rates = [p.hourlyMin, p.hourlyMax].filter((r): r is number => r !== null && r > 0);
    if (rates.length === 0 || p.duration === null || p.workload === null) return null;
    const hours = table.hoursPerWeek[p.workload];
    const weeks = table.weeks[p.duration];
    if (hours === undefined || hours === null || weeks === undefined || weeks === null) return null;
    const rate = rates.reduce((a, b) => a + b, 0) / rates.length;
    return Math.round(rate * hours * weeks * 100) / 100;
  }
  return null;
}

export function validateRow(raw: RawPostRow, ctx: ValidationContext): RowResult {
  try {
    return { ok: true, ...buildPost(raw, ctx) };
  } catch (e) {
    if (e instanceof RowError) return { ok: false, reason: e.message };
    throw e;
  }
}

function buildPost(
  raw: RawPostRow,
  ctx: ValidationContext,
): { post: NewPost; labels: Record<string, boolean> } {
  const externalId = text(raw, "id");
  if (!externalId) throw new RowError("missing id");
  const source = text(raw, "source");
  if (!source) throw new RowError("missing source");
  // A post's API id is "<source>:<id>", split at the first colon (src/shared/post-id.ts).
  if (source.includes(":"))
    throw new RowError(`source must not contain ':' (got '${source}'; a post's id is "<source>:<id>")`);
  const title = text(raw, "title");
  if (!title) throw new RowError("missing title");
  const postedAt = postedAtOf(raw);
  const contractType = contractTypeOf(raw);

  const fixedBudget = amount(raw, "fixed_budget");
  let hourlyMin = amount(raw, "hourly_min");
  let hourlyMax = amount(raw, "hourly_max");
  // An hourly post with one rate: that rate is both ends of the range.
  hourlyMin ??= hourlyMax;
  hourlyMax ??= hourlyMin;
  if (hourlyMin !== null && hourlyMax !== null && hourlyMin > hourlyMax)
    throw new RowError(`hourly_min ${hourlyMin} is above hourly_max ${hourlyMax}`);
  const projectedValueInput = amount(raw, "projected_value");

  const subcategory = optional(raw, "subcategory");
  const category = categoryOf(raw, subcategory, ctx);
  const skills = skillsOf(raw);
  const labels = labelsOf(raw, ctx);
  const experienceRaw = optional(raw, "experience_level");
  const post: NewPost = {
    source,
    externalId,
    title,
    description: text(raw, "description"),
    categoryId: category?.id ?? null,
    subcategory,
    postedAt,
    contractType,
    fixedBudget,
    hourlyMin,
    hourlyMax,
    projectedValueInput,
    projectedValue: null,
    duration: optional(raw, "duration"),
    workload: optional(raw, "workload"),
    country: optional(raw, "country"),
    experienceLevel: experienceRaw ? (EXPERIENCE_LEVELS[experienceRaw.toLowerCase()] ?? experienceRaw) : null,
    skills,
  };
  post.projectedValue = projectValue(post, ctx.projectedValue);
  return { post, labels };
}

function postedAtOf(raw: RawPostRow): string | null {
  const postedRaw = text(raw, "posted_at");
  if (!postedRaw) return null;
  const postedAt = parsePostedAt(postedRaw);
  if (postedAt === null) throw new RowError(`unparseable date '${postedRaw}' in posted_at`);
  return postedAt;
}

function contractTypeOf(raw: RawPostRow): ContractType {
  const contractRaw = text(raw, "contract_type").toLowerCase();
  if (contractRaw && !(CONTRACT_TYPES as readonly string[]).includes(contractRaw))
    throw new RowError(`unknown contract_type '${contractRaw}' (expected fixed, hourly or none)`);
  return (contractRaw || "none") as ContractType;
}

/** The category named by the row, else the one its subcategory belongs to (if any). */
function categoryOf(raw: RawPostRow, subcategory: string | null, ctx: ValidationContext): CategoryDef | null {
  const categoryRaw = text(raw, "category");
  if (categoryRaw) {
    const category = ctx.categoryByName.get(categoryRaw.toLowerCase());
    if (!category) throw new RowError(`unknown category '${categoryRaw}' (not in taxonomy/categories.yaml)`);
    return category;
  }
  if (subcategory) return ctx.categoryBySubcategory.get(subcategory.toLowerCase()) ?? null;
  return null;
}

/** The row's skill tags as written, deduplicated by their normalized form (first one wins). */
function skillsOf(raw: RawPostRow): { tag: string; label: string }[] {
  const skills = new Map<string, { tag: string; label: string }>();
  for (const part of text(raw, "skills").split(";")) {
    const label = part.trim().replace(/\s+/gu, " ");
    const tag = normalizeTag(label);
    if (tag && !skills.has(tag)) skills.set(tag, { tag, label });
  }
  return [...skills.values()];
}

/** Hand labels from the technology-named columns: 1/true, 0/false, or empty for no label. */
function labelsOf(raw: RawPostRow, ctx: ValidationContext): Record<string, boolean> {
  const labels: Record<string, boolean> = {};
  for (const tech of ctx.technologyIds) {
    const v = text(raw, tech).toLowerCase();
    if (v === "") continue;
    if (v === "1" || v === "true") labels[tech] = true;
    else if (v === "0" || v === "false") labels[tech] = false;
    else throw new RowError(`label column ${tech} must be 1, 0 or empty, got '${v}'`);
  }
  return labels;
}
