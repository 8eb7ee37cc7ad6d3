// The cells of estimates: counted on the in-memory snapshot (cellsOnSnapshot), or by their SQL
// (estimate.sql.ts), the reference the snapshot is tested against. Plain objects out.
import type { ScopeCell } from "../../classify/estimate";
import { readTransaction, type Db } from "../../db/client";
import { cellsOnSnapshot } from "../analytics.engine";
import { indexedPeriods } from "../analytics.periods";
import {
  categoriesWhere,
  defaultEngine,
  engineInputs,
  type AnalyticsRunOptions,
} from "../analytics.repository";
import { currentSnapshot, labelSources, SnapshotLimitError } from "../analytics.snapshot";
import type { FilterGroup } from "../analytics.sql";
import { buildCellsSql, type CellsQuery } from "./estimate.sql";

/** A cell of a technology's posts and what else the answers need about the same posts. */
export interface CountedCell extends ScopeCell {
  /** Posts whose final label is yes (what the answers without estimates count). */
  observed: number;
  /** Every post of the group, the technology's or not. */
  everyone: number;
}

/** One group of a cells query. */
export interface CellsRecord {
  period: number;
  keys: (string | null)[];
  all: CountedCell;
  /** The same, among posts of known projected value. */
  known: CountedCell;
  /** The same, among posts of value above the threshold. */
  high: CountedCell;
}

/**
 * The cells of `q`, from the snapshot unless it is switched off (FRONTIER_ANALYTICS_SNAPSHOT=0,
 * or `options.engine` "sql") or the call is inside a transaction (a write the shared snapshot
 * must never take in).
 */
export function runCells(db: Db, q: CellsQuery, options: AnalyticsRunOptions = {}): CellsRecord[] {
  if (!db.$client.inTransaction && (options.engine ?? defaultEngine()) === "snapshot") {
    try {
      return readTransaction(db, () => cellsFromSnapshot(db, q));
    } catch (e) {
      // A database the snapshot cannot hold (more technologies or groups than it encodes).
      if (!(e instanceof SnapshotLimitError)) throw e;
    }
  }
  return cellsFromSql(db, q);
}

function cellsFromSnapshot(db: Db, q: CellsQuery): CellsRecord[] {
  const columns = currentSnapshot(db);
  const sources = labelSources(db, columns);
  const parts = [q.where, q.snapshotFilter?.where, categoriesWhere(q)].filter((g): g is FilterGroup => !!g);
  const rows = cellsOnSnapshot(
    columns,
    {
      measures: ["PENETRATION"],
      dimensions: q.dimensions,
      technology: q.technology,
      periods: q.periods ? indexedPeriods(q.periods) : null,
      compareTo: null,
      where: parts.length > 0 ? { op: "AND", groups: parts } : null,
      threshold: q.threshold,
      order: [],
      limit: Number.MAX_SAFE_INTEGER,
      offset: 0,
    },
    sources,
    engineInputs(db, q.snapshotFilter ? q.snapshotFilter.rest : q.postFilter),
  );
  const cell = (c: Int32Array, at: number): CountedCell => ({
    handPositive: c[at]!,
    candidates: c[at + 1]!,
    candidatePositive: c[at + 2]!,
    others: c[at + 3]!,
    observed: c[at + 4]!,
    everyone: c[at + 5]!,
  });
  return rows.map((r) => ({
    period: r.period,
    keys: r.keys,
    all: cell(r.counts, 0),
    known: cell(r.counts, 6),
    high: cell(r.counts, 12),
  }));
}

function cellsFromSql(db: Db, q: CellsQuery): CellsRecord[] {
  const { text, params } = buildCellsSql(q);
  const rows = db.$client.prepare(text).all(...params) as Record<string, number | string | null>[];
  const cell = (r: Record<string, number | string | null>, prefix: string): CountedCell => ({
    handPositive: Number(r[`${prefix}hand_positive`]),
    candidates: Number(r[`${prefix}candidates`]),
    candidatePositive: Number(r[`${prefix}candidate_positive`]),
    others: Number(r[`${prefix}others`]),
    observed: Number(r[`${prefix}observed`]),
    everyone: Number(r[`${prefix}everyone`]),
  });
  return rows.map((r) => ({
    period: Number(r.period),
    keys: q.dimensions.map((_d, i) => {
      const v = r[`k${i}`];
      return v === null || v === undefined ? null : String(v);
    }),
    all: cell(r, ""),
    known: cell(r, "known_"),
    high: cell(r, "high_"),
  }));
}
