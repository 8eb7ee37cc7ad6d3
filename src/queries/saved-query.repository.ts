// SQL for saved queries: one row per name, its version counting the saves.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { savedQueries } from "../db/schema";

export interface SavedQueryRow {
  name: string;
  description: string | null;
  query: string;
  operationName: string | null;
  /** The saved variables, as JSON text of an object. */
  variables: string;
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export function findSavedQuery(db: Db, name: string): SavedQueryRow | undefined {
  return db.select().from(savedQueries).where(eq(savedQueries.name, name)).get();
}

/** Every saved query, by name. */
export function listSavedQueries(db: Db): SavedQueryRow[] {
  return db.select().from(savedQueries).orderBy(asc(savedQueries.name)).all();
}

export function insertSavedQuery(db: Db, row: SavedQueryRow): void {
  db.insert(savedQueries).values(row).run();
}

/** Replaces the saved query's text, variables and description; the caller has checked its version. */
export function updateSavedQuery(
  db: Db,
  name: string,
  row: Pick<
    SavedQueryRow,
    "description" | "query" | "operationName" | "variables" | "version" | "updatedAt" | "updatedBy"
  >,
): void {
  db.update(savedQueries).set(row).where(eq(savedQueries.name, name)).run();
}

export function deleteSavedQueryRow(db: Db, name: string): void {
  db.delete(savedQueries).where(eq(savedQueries.name, name)).run();
}
