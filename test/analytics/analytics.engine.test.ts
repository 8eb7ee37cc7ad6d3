// The in-memory engine (analytics.engine.ts over analytics.snapshot.ts) must return exactly the
// records of the SQL facts path for every generic query the rollups do not answer: a fixed set
// of shapes that uses every dimension, measure, time form, filter field and order, and a seeded
// generator of random queries. The same holds after writes made through a second connection to
// the same file (re-imports, hand labels, a model activation, taxonomy edits, deletes): the
// snapshot read by connection A follows the change log that connection B's writes fill.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { analyticsQueryPath, runAnalyticsQuery } from "../../src/analytics/analytics.repository";
import {
  bucketDemand,
  categoryShare,
  concentration,
  growth,
  highValueShare,
  runAnalytics,
  trend,
  warmAnalytics,
  type AnalyticsInput,
} from "../../src/analytics/analytics.service";
import { compareCodePoints } from "../../src/analytics/analytics.engine";
import { splitPostFilter, type FilterCondition, type FilterGroup } from "../../src/analytics/analytics.sql";
import { checkAnalyticsQuery } from "../../src/analytics/analytics.validate";
import type { DimensionName, MeasureName } from "../../src/analytics/analytics.model";
import { labelPost, trainTechnology } from "../../src/classify/model.service";
import { openDb, type Db } from "../../src/db/client";
import type { PostFilter } from "../../src/posts/post.args";
import type { RawPostRow } from "../../src/posts/post.row";
import { ContractTypeEnum } from "../../src/posts/post.type";
import { postPage, resolvePostFilter, snapshotFilter } from "../../src/posts/post.service";
import type { PostOrderSpec } from "../../src/posts/post.repository";
import { mulberry32 } from "../../src/shared/random";
import { applyEdit } from "../../src/taxonomy/taxonomy-edit.service";
import { currentVersion } from "../../src/taxonomy/taxonomy.repository";
import { syncTaxonomy } from "../../src/taxonomy/taxonomy.sync";
import { dbTarget, freshDb } from "../helpers/db";
import { runCells, type CellsRecord } from "../../src/analytics/estimate/estimate.repository";
import type { CellsQuery } from "../../src/analytics/estimate/estimate.sql";
import { toDayRange } from "../../src/analytics/analytics.periods";
import { ANALYTICS_TAXONOMY, fixtureRows, importRows } from "./analytics.fixture";
import { bothWays } from "./both-ways";

/** Values whose UTF-16 order differs from SQLite's (UTF-8 / code point) order, and accents. */
const COUNTRIES = ["United States", "India", "Österreich", "\u{1D518}topia", "\uFF26ullwidth", "côte", ""];
const SUBCATEGORIES: Record<string, string> = {
  "Data Science & Analytics": "Machine Learning",
  "Web, Mobile & Software Dev": "Web Development",
  Translation: "Language Tutoring",
  Writing: "Content Writing",
};

/** The analytics fixture with subcategories, more countries, undated and skill-less posts. */
function engineRows(n: number, seed: number, prefix = "p"): RawPostRow[] {
  const r = mulberry32(seed + 1000);
  return fixtureRows(n, seed).map((row) => ({
    ...row,
    id: `${prefix}${row.id}`,
    subcategory: r() < 0.6 ? (SUBCATEGORIES[row.category ?? ""] ?? "") : "",
    country: COUNTRIES[Math.floor(r() * COUNTRIES.length)]!,
    projected_value: r() < 0.05 ? "1000" : row.projected_value,
  }));
}

const ROWS = engineRows(700, 21);
const P2021 = { label: "2021", from: "2021-01-01", to: "2022-01-01" };
const P2022 = { label: "2022", from: "2022-01-01", to: "2023-01-01" };
const P2021_23 = { label: "2021-23", from: "2021-06-15", to: "2023-03-10" };
const P2023 = { label: "2023", from: "2023-01-01", to: "2024-01-01" };
const ODD = { label: "odd", from: "2022-02-17", to: "2022-11-03" };
const OPTIONS = { taxonomy: ANALYTICS_TAXONOMY, mode: "candidates" as const };

let dir: string;
/** Connection A answers queries; connection B writes. */
let a: Db;
let b: Db;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "frontier-engine-"));
  const file = path.join(dir, "engine.db");
  b = freshDb(file);
  syncTaxonomy(b, ANALYTICS_TAXONOMY);
  await importRows(b, ROWS);
  a = openDb(dbTarget(b, file));
});

afterAll(() => {
  a.$client.close();
  b.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ALL_FIELDS_WHERE: FilterGroup = {
  op: "AND",
  conditions: [
    { field: "CONTRACT_TYPE", in: ["fixed", "hourly", "none"] },
    { field: "SOURCE", notIn: ["nowhere"] },
  ],
  groups: [
    {
      op: "OR",
      conditions: [
        { field: "CATEGORY", in: ["data-science-analytics", "writing"] },
        { field: "CATEGORY_GROUP", notIn: ["technical"] },
        { field: "TEXT", text: "machine learning" },
      ],
      groups: [
        {
          op: "AND",
          conditions: [
            { field: "VALUE", gte: 200, lt: 2500 },
            { field: "POSTED_AT", from: "2021-03-01", to: "2024-02-01" },
            { field: "EXPERIENCE_LEVEL", in: ["Expert", "Intermediate"] },
          ],
        },
      ],
    },
    {
      op: "OR",
      conditions: [
        { field: "COUNTRY", notIn: ["India"] },
        { field: "SUBCATEGORY", in: ["Machine Learning"] },
        { field: "TECHNOLOGY", notIn: ["rpa"] },
        { field: "BUCKET", in: ["nlp"] },
        { field: "SKILL", notIn: ["chatbot-development"] },
      ],
    },
  ],
};

/** Shapes that together use every dimension, measure, time form, filter field and order. */
const SHAPES: AnalyticsInput[] = [
  { measures: ["POST_COUNT", "MEDIAN_VALUE"], dimensions: ["EXPERIENCE_LEVEL", "CONTRACT_TYPE"] },
  {
    measures: ["POST_COUNT", "SHARE_OF_TOTAL"],
    dimensions: ["TECHNOLOGY", "CATEGORY_GROUP"],
    time: { granularity: "QUARTER", from: "2021-02-10", to: "2023-11-20" },
  },
  {
    technology: "ai",
    measures: ["POST_COUNT"],
    dimensions: ["BUCKET"],
    time: { granularity: "YEAR", from: "2021-01-01", to: "2025-01-01" },
  },
  { measures: ["POST_COUNT"], dimensions: ["SKILL"] },
  {
    measures: ["AVG_VALUE", "MEDIAN_VALUE", "HIGH_VALUE_SHARE", "POST_COUNT"],
    dimensions: ["COUNTRY"],
    time: { granularity: "MONTH", from: "2022-01-01", to: "2022-07-01" },
    threshold: 700,
  },
  {
    technology: "cloud",
    measures: ["POST_COUNT", "GROWTH", "PENETRATION", "SHARE_OF_TOTAL"],
    dimensions: ["SUBCATEGORY"],
    time: { periods: [P2022, P2021_23, ODD, P2023] },
    compareTo: P2021,
  },
  {
    technology: "rpa",
    measures: ["PENETRATION", "POST_COUNT", "AVG_VALUE"],
    dimensions: ["CATEGORY", "SKILL"],
    time: { granularity: "MONTH", from: "2021-05-01", to: "2022-03-01" },
  },
  { measures: ["POST_COUNT", "SHARE_OF_TOTAL", "AVG_VALUE"], where: ALL_FIELDS_WHERE },
  {
    measures: ["POST_COUNT", "HIGH_VALUE_SHARE"],
    dimensions: ["COUNTRY", "BUCKET"],
    where: ALL_FIELDS_WHERE,
    time: { periods: [P2021_23, P2022] },
  },
  {
    technology: "ai",
    measures: ["POST_COUNT", "PENETRATION", "GROWTH", "MEDIAN_VALUE"],
    dimensions: ["TECHNOLOGY", "SKILL", "BUCKET"],
    time: { from: "2022-01-01", to: "2024-01-01" },
    compareTo: P2021,
  },
  {
    measures: ["POST_COUNT", "SHARE_OF_TOTAL", "HIGH_VALUE_SHARE"],
    dimensions: ["CATEGORY", "COUNTRY", "EXPERIENCE_LEVEL"],
    order: [
      { by: "COUNTRY", direction: "DESC" },
      { by: "HIGH_VALUE_SHARE", direction: "ASC" },
    ],
    limit: 9,
    offset: 4,
  },
  {
    measures: ["POST_COUNT", "GROWTH"],
    dimensions: ["CONTRACT_TYPE", "CATEGORY_GROUP", "EXPERIENCE_LEVEL", "TECHNOLOGY"],
    time: { granularity: "YEAR", from: "2022-01-01", to: "2024-07-01" },
    compareTo: ODD,
    order: [
      { by: "PERIOD", direction: "DESC" },
      { by: "GROWTH", direction: "DESC" },
    ],
    limit: 15,
  },
  { measures: ["POST_COUNT", "AVG_VALUE"], dimensions: ["COUNTRY"], order: [{ by: "COUNTRY" }] },
  {
    measures: ["POST_COUNT", "SHARE_OF_TOTAL"],
    dimensions: ["CATEGORY"],
    filter: { sources: ["fixture"], minValue: 100, text: "job" },
  },
  {
    technology: "ai",
    measures: ["POST_COUNT", "PENETRATION"],
    dimensions: ["SKILL"],
    filter: { bucket: "nlp", from: "2021-06-01" },
    time: { granularity: "QUARTER", from: "2021-01-01", to: "2024-07-01" },
  },
  {
    measures: ["POST_COUNT"],
    dimensions: ["EXPERIENCE_LEVEL"],
    filter: { technology: "cloud", skill: "Chatbot", contractTypes: [ContractTypeEnum.FIXED] },
  },
  {
    technology: "cloud",
    measures: ["POST_COUNT", "MEDIAN_VALUE", "HIGH_VALUE_SHARE"],
    where: { op: "OR", conditions: [{ field: "TEXT", text: '"text summarization"' }] },
    threshold: 0,
  },
  { measures: ["POST_COUNT"], filter: { externalIds: ["nothing-matches"] } },
  {
    technology: "ai",
    measures: ["POST_COUNT"],
    dimensions: ["CATEGORY"],
    where: { conditions: [{ field: "COUNTRY", in: ["India"] }] },
    time: { granularity: "YEAR", from: "2021-01-01", to: "2024-01-01" },
  },
];

// ---------------------------------------------------------------------------------------------
// A seeded generator of random queries.

const DIMS: DimensionName[] = [
  "CATEGORY",
  "CATEGORY_GROUP",
  "SUBCATEGORY",
  "TECHNOLOGY",
  "BUCKET",
  "SKILL",
  "CONTRACT_TYPE",
  "COUNTRY",
  "EXPERIENCE_LEVEL",
];
const VALUES: Record<string, string[]> = {
  CATEGORY: ["data-science-analytics", "web-mobile-software-dev", "translation", "writing", "legal"],
  CATEGORY_GROUP: ["technical", "non-technical"],
  SUBCATEGORY: ["Machine Learning", "Web Development", "Content Writing", "none such"],
  TECHNOLOGY: ["ai", "cloud", "rpa"],
  BUCKET: ["nlp", "conversational-ai", "empty-bucket"],
  SKILL: ["sentiment-analysis", "text-summarization", "chatbot-development", "quantum"],
  CONTRACT_TYPE: ["fixed", "hourly", "none"],
  COUNTRY: COUNTRIES.filter(Boolean),
  EXPERIENCE_LEVEL: ["Entry level", "Intermediate", "Expert"],
  SOURCE: ["fixture", "other-source", "hand"],
};
const TEXTS = ["machine learning", "job", '"text summarization"', "chatbot development", "ordinary 12"];

function randomQueries(count: number, seed: number): AnalyticsInput[] {
  const r = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: readonly T[], max: number): T[] => {
    const k = 1 + Math.floor(r() * Math.min(max, list.length));
    return [...list].sort(() => r() - 0.5).slice(0, k);
  };
  const day = () => {
    const d = new Date(Date.UTC(2020, 10, 1) + Math.floor(r() * 1400) * 86_400_000);
    return d.toISOString().slice(0, 10);
  };
  const range = () => {
    const x = day();
    const y = day();
    return x < y ? { from: x, to: y } : { from: y, to: x === y ? "2025-01-01" : x };
  };
  const condition = (): FilterCondition => {
    const field = pick([...DIMS, "SOURCE", "VALUE", "POSTED_AT", "TEXT"] as const);
    if (field === "VALUE") {
      const c: FilterCondition = { field };
      const k = pick(["gte", "gt", "lte", "lt"] as const);
      c[k] = Math.round(r() * 2500);
      if (r() < 0.4) c[pick(["gte", "gt", "lte", "lt"] as const)] = Math.round(r() * 3000);
      return c;
    }
    if (field === "POSTED_AT") {
      const x = range();
      return r() < 0.3 ? { field, from: x.from } : r() < 0.5 ? { field, to: x.to } : { field, ...x };
    }
    if (field === "TEXT") return { field, text: pick(TEXTS) };
    const list = some(VALUES[field]!, 3);
    return r() < 0.5 ? { field, in: list } : { field, notIn: list };
  };
  const group = (depth: number): FilterGroup => ({
    op: r() < 0.5 ? "AND" : "OR",
    conditions: Array.from({ length: Math.floor(r() * 3) }, condition),
    groups:
      depth < 3 && r() < 0.4 ? Array.from({ length: 1 + Math.floor(r() * 2) }, () => group(depth + 1)) : [],
  });
  const out: AnalyticsInput[] = [];
  for (let i = 0; i < count; i++) {
    const technology = r() < 0.5 ? null : pick(["ai", "cloud", "rpa"]);
    const timeKind = pick(["none", "granularity", "periods", "range"] as const);
    const time =
      timeKind === "none"
        ? null
        : timeKind === "granularity"
          ? { granularity: pick(["MONTH", "QUARTER", "YEAR"] as const), ...range() }
          : timeKind === "range"
            ? range()
            : {
                periods: Array.from({ length: 1 + Math.floor(r() * 3) }, (_v, j) => ({
                  label: `p${j}`,
                  ...range(),
                })),
              };
    const measures = some(
      [
        "POST_COUNT",
        "SHARE_OF_TOTAL",
        "HIGH_VALUE_SHARE",
        "AVG_VALUE",
        "MEDIAN_VALUE",
        ...(technology ? (["PENETRATION"] as const) : []),
        ...(time ? (["GROWTH"] as const) : []),
      ] as MeasureName[],
      4,
    );
    const dimensions = r() < 0.15 ? [] : some(DIMS, 3);
    const orderable = [
      ...measures.filter((m) => m !== "AVG_VALUE"),
      ...dimensions,
      ...(time ? ["PERIOD"] : []),
    ];
    out.push({
      measures,
      dimensions,
      technology,
      time,
      compareTo: measures.includes("GROWTH") ? { label: "cmp", ...range() } : null,
      where: r() < 0.7 ? group(1) : null,
      threshold: r() < 0.3 ? Math.round(r() * 2000) : null,
      order:
        r() < 0.5
          ? some(orderable, 2).map((by) => ({
              by,
              direction: r() < 0.5 ? ("ASC" as const) : ("DESC" as const),
            }))
          : null,
      limit: r() < 0.3 ? 1 + Math.floor(r() * 20) : null,
      offset: r() < 0.2 ? Math.floor(r() * 10) : null,
      filter:
        r() < 0.3
          ? pick([
              { sources: ["fixture"] },
              { minValue: 500, maxValue: 2000 },
              { categories: ["writing", "legal"], technology: "ai" },
              { text: "learning", bucket: "nlp" },
              { technical: true, contractTypes: [ContractTypeEnum.HOURLY] },
              { to: day(), subcategory: "machine learning" },
              { from: day(), skill: "chatbot", externalIds: ["p1", "p2", "p30", "p400"] },
            ])
          : null,
    });
  }
  return out;
}

/** Every shape, then `random` generated queries, both ways on connection A. */
function compareAll(random: number, seed: number): number {
  let rows = 0;
  for (const shape of SHAPES) rows += bothWays(a, shape);
  for (const query of randomQueries(random, seed)) {
    const q = checkAnalyticsQuery(query);
    const filter = query.filter ? resolvePostFilter(a, query.filter, "query.filter") : null;
    rows += bothWays(a, query, analyticsQueryPath(q, filter) === "rollup" ? "rollup" : "snapshot");
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Estimate cells (each post's label source for a technology, per group): the snapshot's must be
// the SQL's, for the scope of every query of the set and of random ones, as their estimates ask.

interface CellTotals {
  groups: number;
  hand: number;
  candidates: number;
  others: number;
}

/** The cells of `input`'s scope for `technology` both ways; what they hold, summed. */
function cellsBothWays(input: AnalyticsInput, technology: string): CellTotals {
  const q = checkAnalyticsQuery(input);
  const periods = q.periods ? [...q.periods, ...(q.compareTo ? [q.compareTo] : [])] : null;
  const cells: CellsQuery = {
    technology,
    periods: periods ? periods.map(toDayRange) : null,
    dimensions: q.dimensions,
    where: q.where,
    threshold: q.threshold,
    ...(input.filter
      ? {
          postFilter: resolvePostFilter(a, input.filter, "filter"),
          snapshotFilter: snapshotFilter(a, input.filter, "filter"),
        }
      : {}),
  };
  const sorted = (records: CellsRecord[]) =>
    records
      .map((r) => ({ key: JSON.stringify([r.period, r.keys]), ...r }))
      .sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  const reference = sorted(runCells(a, cells, { engine: "sql" }));
  expect(sorted(runCells(a, cells)), JSON.stringify({ input, technology })).toEqual(reference);
  return {
    groups: reference.length,
    hand: reference.reduce((t, r) => t + r.all.everyone - r.all.candidates - r.all.others, 0),
    candidates: reference.reduce((t, r) => t + r.all.candidates, 0),
    others: reference.reduce((t, r) => t + r.all.others, 0),
  };
}

function compareCells(random: number, seed: number): CellTotals {
  const totals: CellTotals = { groups: 0, hand: 0, candidates: 0, others: 0 };
  const add = (t: CellTotals) => {
    totals.groups += t.groups;
    totals.hand += t.hand;
    totals.candidates += t.candidates;
    totals.others += t.others;
  };
  SHAPES.forEach((shape, i) => add(cellsBothWays(shape, shape.technology ?? ["ai", "cloud", "rpa"][i % 3]!)));
  for (const query of randomQueries(random, seed)) add(cellsBothWays(query, query.technology ?? "ai"));
  return totals;
}

// ---------------------------------------------------------------------------------------------
// The study's questions: what the rollups cannot answer (a filter beyond dates and categories, a
// dimension or threshold they do not keep) the snapshot answers, as the fact tables would.

const STUDY_FILTERS: PostFilter[] = [
  { sources: ["other-source"] },
  { contractTypes: [ContractTypeEnum.HOURLY, ContractTypeEnum.NONE] },
  { minValue: 500, maxValue: 2000 },
  { skill: "python" },
  { text: "chatbot" },
  { subcategory: "machine LEARNING" },
  { technology: "cloud", bucket: "nlp" },
  { categories: ["data-science-analytics", "writing"], sources: ["fixture"] },
  { technical: true, text: "summarization" },
  { from: "2021-09-01", to: "2022-08-15", contractTypes: [ContractTypeEnum.FIXED] },
  { categories: [], sources: ["fixture"] },
  { externalIds: ["p1", "p2", "p3", "p40", "p41", "p400"], sources: ["fixture", "other-source"] },
];

/** Every study question that reads counts, over `filters` (and without one where noted). */
function studyQuestions(filters: PostFilter[]): (() => unknown)[] {
  const asks: (() => unknown)[] = [];
  for (const filter of filters) {
    asks.push(
      () => categoryShare(a, { technology: "ai", periods: [P2021, P2022, ODD], filter }),
      () => growth(a, { technology: "ai", from: P2021, to: P2022, by: "CATEGORY_GROUP", filter }),
      () => highValueShare(a, { technology: "cloud", period: P2021_23, by: "CATEGORY", filter }),
      () => concentration(a, { technologies: ["ai", "cloud", "rpa"], period: P2022, filter }),
      () =>
        trend(a, { technology: "ai", granularity: "QUARTER", from: "2021-02-10", to: "2024-01-01", filter }),
      () =>
        trend(a, { granularity: "YEAR", from: "2021-01-01", to: "2025-01-01", by: "CONTRACT_TYPE", filter }),
      () =>
        bucketDemand(a, { period: P2021_23, category: "data-science-analytics", technology: "ai", filter }),
      () => bucketDemand(a, { period: null, filter }),
    );
  }
  // Bucket demand with dates alone, and with no technology (the snapshot answers these too).
  asks.push(
    () => bucketDemand(a, { period: P2022, technology: "cloud", filter: { from: "2022-03-01" } }),
    () => bucketDemand(a, { period: ODD, category: "writing" }),
    () => bucketDemand(a, { period: null }),
  );
  // Dimensions and a threshold the rollups do not keep, with no filter at all.
  for (const by of ["COUNTRY", "SKILL", "BUCKET", "TECHNOLOGY", "EXPERIENCE_LEVEL"] as const)
    asks.push(
      () => growth(a, { technology: "ai", from: P2021, to: P2023, by }),
      () => trend(a, { technology: "rpa", granularity: "MONTH", from: "2022-01-01", to: "2023-01-01", by }),
    );
  asks.push(() => highValueShare(a, { technology: "ai", period: P2022, threshold: 500, by: "COUNTRY" }));
  return asks;
}

/**
 * Asks each question with the snapshot, then with the fact tables (FRONTIER_ANALYTICS_SNAPSHOT=0),
 * and requires the same answer; the counting SQL of the fact tables (and bucket demand's, over
 * the per-post bucket membership) runs only the second time.
 */
function studyBothWays(asks: (() => unknown)[]): void {
  const prepared = vi.spyOn(a.$client, "prepare");
  const factCountsRun = () =>
    prepared.mock.calls.filter(([text]) =>
      /COUNT\(\*\) AS everyone|post_bucket_counts pb/u.test(String(text)),
    ).length;
  try {
    const viaSnapshot = asks.map((ask) => ask());
    expect(factCountsRun()).toBe(0);
    vi.stubEnv("FRONTIER_ANALYTICS_SNAPSHOT", "0");
    const reference = asks.map((ask) => ask());
    expect(factCountsRun()).toBeGreaterThan(asks.length);
    reference.forEach((want, i) => expect(viaSnapshot[i], `question ${i}`).toEqual(want));
  } finally {
    vi.unstubAllEnvs();
    prepared.mockRestore();
  }
}

// ---------------------------------------------------------------------------------------------
// Pages of `posts` (post.snapshot.ts): the snapshot must give the SQL's pages, counts and
// PageInfo for every order, filter and cursor.

const PAGE_ORDERS: PostOrderSpec[] = (["ID", "POSTED_AT", "PROJECTED_VALUE"] as const).flatMap((field) =>
  (["ASC", "DESC"] as const).map((direction) => ({ field, direction })),
);

const PAGE_FILTERS: PostFilter[] = [
  {},
  ...STUDY_FILTERS,
  { technology: "ai", from: "2022-05-05T10:00:00Z" },
  { minValue: 1000, maxValue: 1000 },
];

/** A page as the API answers it (its count resolved), post ids for nodes. */
function pageOf(filter: PostFilter, first: number, after: string | null, order: PostOrderSpec) {
  const page = postPage(a, filter, first, after, order);
  return {
    edges: page.edges.map((e) => [e.cursor, e.node.internalId]),
    pageInfo: page.pageInfo,
    count: page.count(),
  };
}

/**
 * For every filter and order: up to `walk` pages one after the other, then pages after cursors
 * taken from the unfiltered list (any position, before or after every match), each from the
 * snapshot and from SQL (FRONTIER_ANALYTICS_SNAPSHOT=0), which must agree. Returns how many
 * pages were compared.
 */
function comparePages(walk: number, seed: number): number {
  const r = mulberry32(seed);
  const prepared = vi.spyOn(a.$client, "prepare");
  const sqlPagesRun = () =>
    prepared.mock.calls.filter(([text]) => /ORDER BY p\.|COUNT\(\*\) AS n FROM posts/u.test(String(text)))
      .length;
  let compared = 0;
  try {
    for (const order of PAGE_ORDERS) {
      const cursors = postPage(a, {}, 500, null, order).edges.map((e) => e.cursor);
      for (const filter of PAGE_FILTERS) {
        const asks: [number, string | null][] = [];
        let after: string | null = null;
        for (let i = 0; i < walk; i++) {
          const first = 1 + Math.floor(r() * 12);
          asks.push([first, after]);
          const page = postPage(a, filter, first, after, order);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        for (let i = 0; i < 4; i++)
          asks.push([Math.floor(r() * 8), cursors[Math.floor(r() * cursors.length)] ?? null]);
        prepared.mockClear();
        const viaSnapshot = asks.map(([first, after]) => pageOf(filter, first, after, order));
        // Every post in an indexed order is read by SQL (see pageOnSnapshot).
        const bySql = Object.keys(filter).length === 0 && order.field !== "PROJECTED_VALUE";
        expect(sqlPagesRun() > 0, JSON.stringify({ filter, order })).toBe(bySql);
        vi.stubEnv("FRONTIER_ANALYTICS_SNAPSHOT", "0");
        const reference = asks.map(([first, after]) => pageOf(filter, first, after, order));
        vi.unstubAllEnvs();
        expect(sqlPagesRun()).toBeGreaterThan(0);
        reference.forEach((want, i) =>
          expect(viaSnapshot[i], JSON.stringify({ filter, order, ask: asks[i] })).toEqual(want),
        );
        compared += asks.length;
      }
    }
  } finally {
    vi.unstubAllEnvs();
    prepared.mockRestore();
  }
  return compared;
}

describe("the in-memory analytics engine", () => {
  it("orders text as SQLite does: by code point, not by UTF-16 unit", () => {
    const sorted = ["\u{1D518}topia", "\uFF26ullwidth", "Zed", "côte", "Österreich"].sort(compareCodePoints);
    expect(sorted).toEqual(["Zed", "côte", "Österreich", "\uFF26ullwidth", "\u{1D518}topia"]);
  });

  it("returns the records of the SQL facts path for every shape of the set", () => {
    let rows = 0;
    for (const shape of SHAPES) rows += bothWays(a, shape);
    expect(rows).toBeGreaterThan(250);
  });

  it("returns the records of the SQL facts path for 300 random queries", () => {
    let rows = 0;
    let snapshot = 0;
    for (const query of randomQueries(300, 99)) {
      const q = checkAnalyticsQuery(query);
      const filter = query.filter ? resolvePostFilter(a, query.filter, "query.filter") : null;
      const path = analyticsQueryPath(q, filter);
      if (path === "snapshot") snapshot += 1;
      rows += bothWays(a, query, path === "rollup" ? "rollup" : "snapshot");
    }
    expect(snapshot).toBeGreaterThan(250);
    expect(rows).toBeGreaterThan(3000);
  });

  it("gives the service's answer (labels, periods) the same way on both paths", () => {
    for (const shape of SHAPES.slice(0, 6))
      expect(runAnalytics(a, shape)).toEqual(runAnalytics(a, shape, { engine: "sql" }));
  });

  it("answers the study's questions the rollups cannot as the fact tables do", () => {
    const asks = studyQuestions(STUDY_FILTERS);
    studyBothWays(asks);
    // Not vacuous: the filters keep some posts and not all, and the answers have counts.
    const shares = categoryShare(a, { technology: "ai", periods: [P2021], filter: STUDY_FILTERS[0] });
    const all = categoryShare(a, { technology: "ai", periods: [P2021] });
    const posts = (rows: { posts: number }[]) => rows.reduce((t, r) => t + r.posts, 0);
    expect(posts(shares)).toBeGreaterThan(0);
    expect(posts(shares)).toBeLessThan(posts(all));
    const buckets = bucketDemand(a, { period: null, filter: STUDY_FILTERS[1] });
    expect(posts(buckets)).toBeGreaterThan(0);
    expect(buckets[0]!.scopePosts).toBeLessThan(bucketDemand(a, { period: null })[0]!.scopePosts);
  });

  it("answers one technology's bucket demand from the snapshot when its posts are many, else by SQL", () => {
    const prepared = vi.spyOn(a.$client, "prepare");
    const bucketSql = () =>
      prepared.mock.calls.filter(([text]) => /post_bucket_counts pb/u.test(String(text))).length;
    // The scope's posts against the period's, as the choice counts them (SNAPSHOT_SCOPE_SHARE, 1/15).
    const scopeShare = (technology: string, period: typeof P2022, category?: string) => {
      const rows = categoryShare(a, { technology, periods: [period] });
      const scope = rows
        .filter((r) => !category || r.category?.id === category)
        .reduce((t, r) => t + r.posts, 0);
      return scope / rows.reduce((t, r) => t + r.categoryPosts, 0);
    };
    const many = { period: P2021_23, technology: "ai" };
    const few = { period: P2022, technology: "rpa", category: "writing" };
    expect(scopeShare("ai", P2021_23)).toBeGreaterThanOrEqual(1 / 15);
    expect(scopeShare("rpa", P2022, "writing")).toBeGreaterThan(0);
    expect(scopeShare("rpa", P2022, "writing")).toBeLessThan(1 / 15);
    try {
      const fromSnapshot = bucketDemand(a, many);
      expect(bucketSql()).toBe(0);
      const bySql = bucketDemand(a, few);
      expect(bucketSql()).toBe(1);
      vi.stubEnv("FRONTIER_ANALYTICS_SNAPSHOT", "0");
      expect(fromSnapshot).toEqual(bucketDemand(a, many));
      expect(bySql).toEqual(bucketDemand(a, few));
      expect(fromSnapshot.reduce((t, r) => t + r.posts, 0)).toBeGreaterThan(0);
    } finally {
      vi.unstubAllEnvs();
      prepared.mockRestore();
    }
  });

  it("counts the estimate cells of every scope of the set and of 100 random queries as the SQL does", () => {
    const t = compareCells(100, 7);
    expect(t.groups).toBeGreaterThan(1000);
    // Every post has a hand label until a model is active (see the writes below).
    expect(t.hand).toBeGreaterThan(0);
  });

  it("gives the SQL's pages of posts, counts and PageInfo for every order, filter and cursor", () => {
    expect(comparePages(12, 1)).toBeGreaterThan(1000);
  });

  it("counts the flat filters split into conditions (text and skill tag included) as the whole filter in SQL", () => {
    let rows = 0;
    for (const filter of STUDY_FILTERS) {
      const q = checkAnalyticsQuery({ measures: ["POST_COUNT"], dimensions: ["CATEGORY", "CONTRACT_TYPE"] });
      const whole = runAnalyticsQuery(a, q, resolvePostFilter(a, filter), { engine: "sql" });
      const { where, rest } = splitPostFilter(filter);
      const split = { ...q, where };
      const restSql = rest ? resolvePostFilter(a, rest as PostFilter) : null;
      // The split filter's conditions in the facts SQL (the path a database the snapshot cannot
      // hold takes), and on the snapshot.
      expect(runAnalyticsQuery(a, split, restSql, { engine: "sql" }), JSON.stringify(filter)).toEqual(whole);
      expect(runAnalyticsQuery(a, split, restSql), JSON.stringify(filter)).toEqual(whole);
      rows += whole.length;
    }
    expect(rows).toBeGreaterThan(50);
  });

  it("leaves to the rollups what they answer", () => {
    bothWays(
      a,
      {
        technology: "ai",
        measures: ["POST_COUNT", "PENETRATION"],
        dimensions: ["CATEGORY"],
        time: { granularity: "YEAR", from: "2021-01-01", to: "2025-01-01" },
      },
      "rollup",
    );
  });
});

describe("the snapshot follows writes made through another connection", () => {
  beforeAll(() => {
    // The snapshot is loaded before any of the writes below.
    expect(warmAnalytics(a)!.posts).toBe(ROWS.length);
  });

  it("after a re-import that changes posts (dates, categories, values, skills, text, labels) and adds posts", async () => {
    const changed = ROWS.slice(0, 120).map((row, i) => ({
      ...row,
      posted_at: i % 9 === 0 ? "" : i % 4 === 0 ? "2022-05-05T10:00:00Z" : row.posted_at,
      category: i % 5 === 0 ? "Writing" : i % 7 === 0 ? "" : row.category,
      subcategory: i % 5 === 0 ? "Content Writing" : row.subcategory,
      contract_type: "fixed",
      fixed_budget: String(300 + i * 17),
      skills: i % 3 === 0 ? "chatbot;quantum" : i % 3 === 1 ? "" : row.skills,
      description: i % 2 === 0 ? "chatbot development and text summarization" : "",
      country: COUNTRIES[i % COUNTRIES.length]!,
      ai: i % 2 === 0 ? "1" : "0",
      rpa: i % 6 === 0 ? "1" : row.rpa,
    }));
    const added = engineRows(150, 5, "new-");
    await importRows(b, [...changed, ...added]);
    const stats = warmAnalytics(a)!;
    expect(stats.posts).toBe(ROWS.length + added.length);
    expect(stats.last.kind).toBe("refreshed");
    expect(compareAll(60, 1)).toBeGreaterThan(500);
    studyBothWays(studyQuestions(STUDY_FILTERS.slice(0, 8)));
    expect(compareCells(30, 1).groups).toBeGreaterThan(300);
    expect(comparePages(6, 2)).toBeGreaterThan(500);
  });

  it("after hand labels and a model activation change final labels", async () => {
    const ids = b.$client.prepare("SELECT id FROM posts ORDER BY id LIMIT 40").pluck().all() as number[];
    ids.forEach((id, i) => labelPost(b, id, i % 2 ? "cloud" : "ai", i % 3 === 0, "tester", OPTIONS));
    // Posts without hand labels: the keyword rules decide until a model is active, then the model.
    await importRows(
      b,
      engineRows(80, 6, "unlabeled-").map((r) => ({ ...r, ai: "", cloud: "", rpa: "" })),
    );
    // The snapshot (with its label sources) takes in the new posts before the model labels them.
    expect(compareCells(5, 12).candidates).toBe(0);
    await trainTechnology(b, "ai", { ...OPTIONS, activate: true, folds: 3 });
    expect(warmAnalytics(a)!.last.kind).toBe("refreshed");
    expect(compareAll(60, 2)).toBeGreaterThan(500);
    studyBothWays(studyQuestions(STUDY_FILTERS.slice(0, 8)));
    // The model now labels ai's keyword candidates among the posts without a hand label.
    expect(comparePages(6, 3)).toBeGreaterThan(500);
    const t = compareCells(30, 2);
    expect(t.candidates).toBeGreaterThan(0);
    expect(t.hand).toBeGreaterThan(0);
    expect(t.others).toBeGreaterThan(0);
    // Hand labels that confirm the model's: only the label's source changes.
    const confirmed = b.$client
      .prepare(
        "SELECT post_id, label FROM classifications WHERE technology_id = 'ai' AND label_source = 'model' ORDER BY post_id LIMIT 10",
      )
      .raw(true)
      .all() as [number, number][];
    expect(confirmed.length).toBeGreaterThan(0);
    for (const [id, label] of confirmed) labelPost(b, id, "ai", label === 1, "tester", OPTIONS);
    expect(compareCells(30, 2).candidates).toBeLessThan(t.candidates);
  });

  it("after taxonomy edits: a skill moved, a tag and a phrase added as aliases", () => {
    const edit = (op: Parameters<typeof applyEdit>[3]) => applyEdit(b, "tester", currentVersion(b), op);
    edit({ op: "moveSkill", skillId: "chatbot-development", bucketId: "nlp" });
    edit({ op: "addAlias", skillId: "quantum", alias: "python", kind: "tag" });
    edit({ op: "addAlias", skillId: "sentiment-analysis", alias: "machine learning", kind: "phrase" });
    const posts = bothWays(a, { measures: ["POST_COUNT"], dimensions: ["BUCKET", "SKILL"] });
    expect(posts).toBeGreaterThan(3);
    expect(compareAll(60, 3)).toBeGreaterThan(500);
    studyBothWays(studyQuestions(STUDY_FILTERS.slice(0, 8)));
    expect(compareCells(30, 3).groups).toBeGreaterThan(300);
    expect(comparePages(6, 4)).toBeGreaterThan(500);
  });

  it("after posts and labels are deleted, and after the log was pruned past the snapshot", () => {
    b.$client.prepare("DELETE FROM posts WHERE id % 13 = 0").run();
    b.$client.prepare("DELETE FROM classifications WHERE post_id % 11 = 0 AND technology_id = 'cloud'").run();
    expect(compareAll(40, 4)).toBeGreaterThan(300);
    expect(compareCells(20, 4).groups).toBeGreaterThan(200);
    b.$client.prepare("UPDATE classifications SET label = 1 - label WHERE post_id % 17 = 0").run();
    b.$client
      .prepare("DELETE FROM analytics_changes WHERE seq < (SELECT MAX(seq) FROM analytics_changes)")
      .run();
    expect(warmAnalytics(a)!.last.kind).toBe("full");
    expect(compareAll(40, 5)).toBeGreaterThan(300);
    expect(compareCells(20, 5).groups).toBeGreaterThan(200);
    expect(comparePages(6, 5)).toBeGreaterThan(500);
  });
});
