// Post queries and small imports for the API: validates arguments, builds pages, runs imports.
import { splitPostFilter, type SnapshotFilter } from "../analytics/analytics.sql";
import type { Db } from "../db/client";
import type { AppContext } from "../shared/context";
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetPosition } from "../shared/cursor";
import { BadUserInputError, NotFoundError } from "../shared/errors";
import { checkPageSize, pageInfoOf } from "../shared/paging";
import { checkFromBeforeTo } from "../shared/period-range";
import { splitPostId } from "../shared/post-id";
import { normalizeTag } from "../taxonomy/normalize";
import type { RawPostRow } from "./post.row";
import type { PostFilter, PostInput } from "./post.args";
import { checkSearchText } from "./post.search";
import {
  anyPostAtOrBefore,
  countMatching,
  existsById,
  findBatch,
  findPostByKey,
  findPosts,
  findPostsByIds,
  ftsQuery,
  positionOf,
  postFilterSql,
  type BatchRecord,
  type PostFilterSql,
  type PostOrderSpec,
  type PostRecord,
} from "./post.repository";
import { importSource } from "./import/import.service";
import { rowsSource } from "./import/sources";
import { pageOnSnapshot } from "./post.snapshot";
import type { ContractTypeEnum, ImportBatch, Post, PostConnection } from "./post.type";

const MAX_IMPORT_ROWS = 1000;

function toPost(r: PostRecord): Post {
  return {
    internalId: r.id,
    id: `${r.source}:${r.externalId}`,
    source: r.source,
    externalId: r.externalId,
    title: r.title,
    description: r.description,
    categoryId: r.categoryId,
    subcategory: r.subcategory,
    postedAt: r.postedAt,
    contractType: r.contractType as ContractTypeEnum,
    fixedBudget: r.fixedBudget,
    hourlyMin: r.hourlyMin,
    hourlyMax: r.hourlyMax,
    projectedValue: r.projectedValue,
    duration: r.duration,
    workload: r.workload,
    country: r.country,
    experienceLevel: r.experienceLevel,
    batchId: r.batchId,
  };
}

export function toImportBatch(b: BatchRecord): ImportBatch {
  return { ...b, id: String(b.id), unknownColumns: JSON.parse(b.unknownColumns) as string[] };
}

/** Checks a filter against the data and turns it into SQL; `field` prefixes error paths. */
export function resolvePostFilter(
  db: Db,
  filter: PostFilter | null | undefined,
  field = "filter",
): PostFilterSql {
  const f = filter ?? {};
  if (f.from && f.to)
    checkFromBeforeTo(
      { from: f.from, to: f.to },
      { message: `${field}.to must be after ${field}.from`, field: `${field}.to` },
    );
  for (const id of f.categories ?? [])
    if (!existsById(db, "categories", id))
      throw new BadUserInputError(`unknown category '${id}'`, `${field}.categories`);
  if (f.bucket && !existsById(db, "buckets", f.bucket))
    throw new BadUserInputError(`unknown bucket '${f.bucket}'`, `${field}.bucket`);
  if (f.technology && !existsById(db, "technologies", f.technology))
    throw new BadUserInputError(`unknown technology '${f.technology}'`, `${field}.technology`);
  if (f.minValue != null && f.maxValue != null && f.minValue > f.maxValue)
    throw new BadUserInputError(`${field}.minValue is above ${field}.maxValue`, `${field}.minValue`);
  let fts: string | null = null;
  if (f.text != null) {
    checkSearchText(f.text, `${field}.text`);
    fts = ftsQuery(f.text);
  }
  return postFilterSql({ ...f, skill: f.skill ? normalizeTag(f.skill) : null, fts });
}

/** The order of `posts` when none is given: import order (ascending internal id). */
export const DEFAULT_POST_ORDER: PostOrderSpec = { field: "ID", direction: "ASC" };

function orderName(order: PostOrderSpec): string {
  return `${order.field}_${order.direction}`;
}

/** The sort key a cursor of `order` may carry: a number for ID and value, a timestamp text for dates. */
function keyFits(order: PostOrderSpec, key: KeysetPosition["key"]): boolean {
  if (order.field === "ID") return typeof key === "number";
  if (key === null) return true;
  return order.field === "POSTED_AT" ? typeof key === "string" : typeof key === "number";
}

export function postPage(
  db: Db,
  filter: PostFilter | null | undefined,
  first?: number | null,
  after?: string | null,
  orderBy?: Partial<PostOrderSpec> | null,
): PostConnection {
  const size = checkPageSize(first);
  const order: PostOrderSpec = {
    field: orderBy?.field ?? DEFAULT_POST_ORDER.field,
    direction: orderBy?.direction ?? DEFAULT_POST_ORDER.direction,
  };
  const name = orderName(order);
  const plain = orderName(DEFAULT_POST_ORDER);
  const at = decodeKeysetCursor(after, name, plain);
  if (at && !keyFits(order, at.key))
    throw new BadUserInputError("after is not a cursor returned by this API", "after");
  const sql = resolvePostFilter(db, filter);
  // From the in-memory snapshot when it can answer (post.snapshot.ts), else by SQL, the reference.
  const fromSnapshot = pageOnSnapshot(db, snapshotFilter(db, filter ?? {}), order, size + 1, at);
  const rows = fromSnapshot?.rows ?? findPosts(db, sql, size + 1, order, at);
  const page = rows.slice(0, size);
  const edges = page.map((r) => ({
    cursor: encodeKeysetCursor(name, positionOf(r, order), plain),
    node: toPost(r),
  }));
  return {
    count: () => fromSnapshot?.total ?? countMatching(db, sql),
    edges,
    pageInfo: pageInfoOf(edges, {
      hasNextPage: rows.length > size,
      hasPreviousPage: at !== null && (fromSnapshot?.anyAtOrBefore ?? anyPostAtOrBefore(db, sql, order, at)),
    }),
  };
}

/** A filter as the in-memory snapshot takes it: conditions on its columns (splitPostFilter), SQL for the rest. */
export function snapshotFilter(db: Db, filter: PostFilter, field = "filter"): SnapshotFilter {
  const { where, rest } = splitPostFilter(filter);
  return { where, rest: rest ? resolvePostFilter(db, rest as PostFilter, field) : null };
}

/** `"<source>:<externalId>"` -> the post, or null. */
export function postById(db: Db, id: string): Post | null {
  const key = splitPostId(id);
  if (!key) throw new BadUserInputError(`post id must look like "<source>:<externalId>", got '${id}'`, "id");
  const r = findPostByKey(db, key.source, key.externalId);
  return r ? toPost(r) : null;
}

/** Posts by internal id, for lists of posts that another domain chose (the labeling queue). */
export function postsByInternalIds(db: Db, ids: readonly number[]): Map<number, Post> {
  return new Map(findPostsByIds(db, ids).map((r) => [r.id, toPost(r)]));
}

export function importBatchById(db: Db, id: string): ImportBatch {
  const b = /^\d+$/u.test(id) ? findBatch(db, Number(id)) : null;
  if (!b) throw new NotFoundError(`no import batch ${id}`);
  return toImportBatch(b);
}

function inputToRow(input: PostInput): RawPostRow {
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
  const row: RawPostRow = {
    id: input.id,
    source: input.source,
    title: s(input.title),
    description: s(input.description),
    category: s(input.category),
    subcategory: s(input.subcategory),
    posted_at: s(input.postedAt),
    contract_type: s(input.contractType),
    fixed_budget: s(input.fixedBudget),
    hourly_min: s(input.hourlyMin),
    hourly_max: s(input.hourlyMax),
    projected_value: s(input.projectedValue),
    duration: s(input.duration),
    workload: s(input.workload),
    skills: (input.skills ?? []).join(";"),
    country: s(input.country),
    experience_level: s(input.experienceLevel),
  };
  for (const l of input.labels ?? []) row[l.technology] = l.label ? "1" : "0";
  return row;
}

/** importPosts: the same pipeline as a file import, for small batches. */
export async function importPostRows(ctx: AppContext, rows: PostInput[]): Promise<ImportBatch> {
  if (rows.length === 0) throw new BadUserInputError("rows must not be empty", "rows");
  if (rows.length > MAX_IMPORT_ROWS)
    throw new BadUserInputError(
      `rows takes at most ${MAX_IMPORT_ROWS} posts; use npm run import for files`,
      "rows",
    );
  const known = new Set(ctx.services.taxonomy.technologies.map((t) => t.id));
  rows.forEach((r, i) => {
    for (const l of r.labels ?? [])
      if (!known.has(l.technology))
        throw new BadUserInputError(`unknown technology '${l.technology}'`, `rows[${i}].labels`);
  });
  const summary = await importSource(ctx.db, rowsSource(rows.map(inputToRow)), {
    taxonomy: ctx.services.taxonomy,
    classify: { technologies: ctx.services.taxonomy.technologies, mode: ctx.services.classifyMode },
    file: null,
    actor: ctx.actor?.name ?? null,
  });
  return importBatchById(ctx.db, String(summary.batchId));
}
