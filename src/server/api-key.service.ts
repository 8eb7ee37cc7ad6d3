// API keys: creation (random, shown once), resolution of a presented key to an Actor, listing
// and revocation. Keys are never stored in plain text, only their SHA-256 hash.
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db/client";
import { ROLES, type Actor, type Role } from "../shared/context";
import { BadUserInputError, NotFoundError } from "../shared/errors";
import { findApiKeyByHash, insertApiKey, listApiKeyRows, markApiKeyRevoked } from "./api-key.repository";

const KEY_PREFIX = "fk_";
/** 24 random bytes give 32 base64url characters. */
const KEY_BYTES = 24;
/** How much of a key is kept in clear for listing: "fk_" plus five characters. */
const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 5;

interface ApiKeyInfo {
  id: number;
  prefix: string;
  role: Role;
  name: string | null;
  createdAt: string;
  revokedAt: string | null;
}

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function createApiKey(db: Db, role: Role, name?: string | null): { id: number; key: string } {
  if (!isRole(role))
    throw new BadUserInputError(`Unknown role "${String(role)}": use ${ROLES.join(", ")}.`, "role");
  const key = KEY_PREFIX + randomBytes(KEY_BYTES).toString("base64url");
  const id = insertApiKey(db, {
    hash: hashApiKey(key),
    prefix: key.slice(0, SHOWN_PREFIX_LENGTH),
    role,
    name: name && name.length > 0 ? name : null,
    createdAt: new Date().toISOString(),
  });
  return { id, key };
}

/** The caller behind a presented key, or null when the key is unknown or revoked. */
export function resolveApiKey(db: Db, key: string): Actor | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const row = findApiKeyByHash(db, hashApiKey(key));
  if (!row || row.revokedAt !== null) return null;
  return { keyId: row.id, role: row.role, name: `key:${row.id} (${row.role})` };
}

export function listApiKeys(db: Db): ApiKeyInfo[] {
  return listApiKeyRows(db).map(({ id, prefix, role, name, createdAt, revokedAt }) => ({
    id,
    prefix,
    role,
    name,
    createdAt,
    revokedAt,
  }));
}

/** Revokes a key at once; requests that present it afterwards get UNAUTHENTICATED. */
export function revokeApiKey(db: Db, id: number): void {
  if (!markApiKeyRevoked(db, id, new Date().toISOString())) {
    throw new NotFoundError(`No active API key with id ${id}.`);
  }
}
