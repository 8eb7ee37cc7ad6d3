// Per-request DataLoaders built from a repository's batch read, so that every nested field batches
// its reads the same way (one statement per field per tick, however many parents ask).
import DataLoader from "dataloader";
import type { Db } from "../db/client";
import type { AppContext } from "./context";

/** A repository read for many keys at once; keys with nothing stored are absent from the map. */
type BatchRead<K, V> = (db: Db, keys: readonly K[]) => ReadonlyMap<K, V>;

/** The request's loader called `name`, created by `create` the first time it is asked for. */
function cached<K, V>(ctx: AppContext, name: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
  let loader = ctx.loaders.get(name);
  if (!loader) {
    loader = create() as DataLoader<unknown, unknown>;
    ctx.loaders.set(name, loader);
  }
  return loader as unknown as DataLoader<K, V>;
}

/** Loads one value per key; a key the batch read does not return loads as null. */
export function requestLoader<K, V>(
  ctx: AppContext,
  name: string,
  read: BatchRead<K, V>,
): DataLoader<K, V | null> {
  return cached(
    ctx,
    name,
    () =>
      new DataLoader<K, V | null>(async (keys) => {
        const found = read(ctx.db, keys);
        return keys.map((key) => found.get(key) ?? null);
      }),
  );
}

/** Loads a list per key; a key the batch read does not return loads as an empty list. */
export function requestListLoader<K, V>(
  ctx: AppContext,
  name: string,
  read: BatchRead<K, V[]>,
): DataLoader<K, V[]> {
  return cached(
    ctx,
    name,
    () =>
      new DataLoader<K, V[]>(async (keys) => {
        const found = read(ctx.db, keys);
        return keys.map((key) => found.get(key) ?? []);
      }),
  );
}
