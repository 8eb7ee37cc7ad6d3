// Runs the cells SQL of estimates (estimate.sql.ts): plain objects out.
import type { Db } from "../../db/client";
import type { ScopeCell } from "../../classify/estimate";
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

export function runCells(db: Db, q: CellsQuery): CellsRecord[] {
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
