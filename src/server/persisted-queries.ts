// The store of automatic persisted queries (APQ): a client sends a query's SHA-256 hash instead of
// its text once the server has seen the text with that hash. Apollo Server does the protocol at
// /graphql (persistedQueries is on by default) and keeps the texts here; /export.csv reads the
// same store, so a BI tool can fetch a CSV by hash. The store lives in the HTTP process's memory,
// bounded: a restarted server (or another instance) has forgotten every hash, and the client
// sends the text again; for a URL that must keep working, save the query under a name instead.
import { createHash } from "node:crypto";

/** The prefix Apollo Server puts before a hash in its APQ store (APQ_CACHE_PREFIX in @apollo/server). */
const APOLLO_APQ_PREFIX = "apq:";
/** Query text kept at most, in UTF-16 code units (about 2 bytes each): 16 MB. */
const MAX_CHARS = 8 * 1024 * 1024;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A least-recently-used map of query texts by key, bounded by their total length. It has the
 * shape of Apollo's KeyValueCache (get, set, delete), so Apollo keeps its persisted queries here.
 */
export class PersistedQueryStore {
  private readonly entries = new Map<string, string>();
  private chars = 0;

  constructor(private readonly maxChars = MAX_CHARS) {}

  async get(key: string): Promise<string | undefined> {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Most recently used last: eviction takes the first.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  async set(key: string, value: string): Promise<void> {
    await this.delete(key);
    if (key.length + value.length > this.maxChars) return;
    this.entries.set(key, value);
    this.chars += key.length + value.length;
    for (const [oldKey, oldValue] of this.entries) {
      if (this.chars <= this.maxChars) break;
      this.entries.delete(oldKey);
      this.chars -= oldKey.length + oldValue.length;
    }
  }

  async delete(key: string): Promise<boolean> {
    const value = this.entries.get(key);
    if (value === undefined) return false;
    this.entries.delete(key);
    this.chars -= key.length + value.length;
    return true;
  }

  /** The query text persisted under a SHA-256 hash (64 hex digits), by /graphql or /export.csv. */
  lookup(sha256Hash: string): Promise<string | undefined> {
    return this.get(APOLLO_APQ_PREFIX + sha256Hash.toLowerCase());
  }

  /** Persists a query under its hash, as Apollo does when a client sends both. */
  register(query: string): Promise<void> {
    return this.set(APOLLO_APQ_PREFIX + sha256Hex(query), query);
  }
}
