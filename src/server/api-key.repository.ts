// SQL for API keys: rows hold only the SHA-256 hash of a key and a short prefix for listing.
import { eq } from "drizzle-orm";
import type { Db } from "../db/client";
import { apiKeys } from "../db/schema";
import type { Role } from "../shared/context";

interface ApiKeyRow {
  id: number;
  hash: string;
  prefix: string;
  role: Role;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export function insertApiKey(
  db: Db,
  row: { hash: string; prefix: string; role: Role; name: string | null; createdAt: string },
): number {
  const inserted = db.insert(apiKeys).values(row).returning({ id: apiKeys.id }).get();
  return inserted.id;
}

export function findApiKeyByHash(db: Db, hash: string): ApiKeyRow | undefined {
  return db.select().from(apiKeys).where(eq(apiKeys.hash, hash)).get();
}

export function listApiKeyRows(db: Db): ApiKeyRow[] {
  return db.select().from(apiKeys).orderBy(apiKeys.id).all();
}

/** Marks a key revoked; false when there is no such key or it was already revoked. */
export function markApiKeyRevoked(db: Db, id: number, at: string): boolean {
  const row = db.select({ revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, id)).get();
  if (!row || row.revokedAt !== null) return false;
  db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).run();
  return true;
}
