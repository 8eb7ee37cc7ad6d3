// Reads of the categories and the skill dictionary for the API (plain objects).
import type { Db } from "../db/client";
import type { AliasKind, Bucket, Category, Skill, SkillAlias } from "./taxonomy.type";

export function listCategories(db: Db): Category[] {
  const c = db.$client;
  const cats = c.prepare("SELECT id, name, technical FROM categories ORDER BY position, id").all() as {
    id: string;
    name: string;
    technical: number;
  }[];
  const subs = c
    .prepare("SELECT category_id AS categoryId, name FROM subcategories ORDER BY category_id, position, id")
    .all() as { categoryId: string; name: string }[];
  return cats.map((cat) => ({
    id: cat.id,
    name: cat.name,
    technical: cat.technical === 1,
    subcategories: subs.filter((s) => s.categoryId === cat.id).map((s) => s.name),
  }));
}

export function categoriesByIds(db: Db, ids: readonly string[]): Map<string, Category> {
  return new Map(
    listCategories(db)
      .filter((c) => ids.includes(c.id))
      .map((c) => [c.id, c]),
  );
}

export function listBuckets(db: Db): Bucket[] {
  return db.$client.prepare("SELECT id, name FROM buckets ORDER BY position, id").all() as Bucket[];
}

export function bucketsByIds(db: Db, ids: readonly string[]): Map<string, Bucket> {
  const rows = db.$client
    .prepare("SELECT id, name FROM buckets WHERE id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(ids)) as Bucket[];
  return new Map(rows.map((b) => [b.id, b]));
}

export function skillsByBucketIds(db: Db, ids: readonly string[]): Map<string, Skill[]> {
  const rows = db.$client
    .prepare(
      "SELECT id, name, bucket_id AS bucketId FROM skills WHERE bucket_id IN (SELECT value FROM json_each(?)) ORDER BY position, id",
    )
    .all(JSON.stringify(ids)) as Skill[];
  const out = new Map<string, Skill[]>(ids.map((id) => [id, []]));
  for (const s of rows) out.get(s.bucketId)?.push(s);
  return out;
}

export function aliasesBySkillIds(db: Db, ids: readonly string[]): Map<string, SkillAlias[]> {
  const rows = db.$client
    .prepare(
      "SELECT skill_id AS skillId, alias, kind FROM skill_aliases WHERE skill_id IN (SELECT value FROM json_each(?)) ORDER BY position, id",
    )
    .all(JSON.stringify(ids)) as { skillId: string; alias: string; kind: AliasKind }[];
  const out = new Map<string, SkillAlias[]>(ids.map((id) => [id, []]));
  for (const a of rows) out.get(a.skillId)?.push({ alias: a.alias, kind: a.kind });
  return out;
}

/** The skill each normalized tag maps to (current dictionary). */
export function skillsByTags(db: Db, tags: readonly string[]): Map<string, Skill> {
  const rows = db.$client
    .prepare(
      `SELECT a.alias, s.id, s.name, s.bucket_id AS bucketId FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
       WHERE a.kind = 'tag' AND a.alias IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(tags)) as (Skill & { alias: string })[];
  return new Map(rows.map(({ alias, ...s }) => [alias, s]));
}
