// A fresh database with the real migrations, for integration tests.
import { openDb, type Db } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";

/** A fresh migrated database: in memory, or in `file` (for tests that start worker processes). */
export function freshDb(file = ":memory:"): Db {
  const db = openDb(file);
  migrateDb(db);
  return db;
}
