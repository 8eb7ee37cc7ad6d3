// A fresh database with the real migrations, for integration tests.
import { openDb, type Db } from "../../src/db/client";
import { migrateDb } from "../../src/db/migrate";

export function freshDb(): Db {
  const db = openDb(":memory:");
  migrateDb(db);
  return db;
}
