// app_meta: one text value per key, for the small facts the application keeps about its own
// database (the dictionary file's hash, the classification mode, indexes a bulk load left away).
import type { Db } from "./client";

export function getMeta(db: Db, key: string): string | null {
  const row = db.$client.prepare("SELECT value FROM app_meta WHERE key = ?").get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function deleteMeta(db: Db, key: string): void {
  db.$client.prepare("DELETE FROM app_meta WHERE key = ?").run(key);
}

export function setMeta(db: Db, key: string, value: string): void {
  db.$client
    .prepare(
      "INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(key, value);
}
