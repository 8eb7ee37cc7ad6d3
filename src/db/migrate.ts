// Applies the committed drizzle-kit migrations to a database.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import type { Db } from "./client";

const MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..", "migrations");

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder: MIGRATIONS });
}
