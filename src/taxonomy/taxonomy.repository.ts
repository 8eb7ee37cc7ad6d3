// SQL for the dictionary tables, the change log and the phrase index. Returns plain objects.
import type { Db } from "../db/client";
import type { BucketDef, Taxonomy } from "./taxonomy.types";

export interface ChangeRow {
  version: number;
  at: string;
  actor: string;
  operation: string;
  before: string | null;
  after: string | null;
  /** The whole dictionary right after the change (JSON of BucketDef[]). */
  dictionary: string | null;
}

export function currentVersion(db: Db): number {
  const row = db.$client.prepare("SELECT MAX(version) AS v FROM taxonomy_changes").get() as {
    v: number | null;
  };
  return row.v ?? 0;
}

/**
 * Appends one entry to the change log and returns its version. Call inside the edit's
 * transaction, after its writes: the entry also keeps the whole dictionary as it now stands, so
 * that any version can be shown (and reverted to) exactly with one read.
 */
export function appendChange(
  db: Db,
  entry: { actor: string; operation: string; before: unknown; after: unknown },
): number {
  const version = currentVersion(db) + 1;
  db.$client
    .prepare(
      `INSERT INTO taxonomy_changes (version, at, actor, operation, before, after, dictionary)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      version,
      new Date().toISOString(),
      entry.actor,
      entry.operation,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      JSON.stringify(readDictionary(db)),
    );
  return version;
}

/** The dictionary as stored, in its stored order. */
export function readDictionary(db: Db): BucketDef[] {
  const c = db.$client;
  const buckets = c.prepare("SELECT id, name FROM buckets ORDER BY position, id").all() as {
    id: string;
    name: string;
  }[];
  const skills = c
    .prepare("SELECT id, name, bucket_id AS bucketId FROM skills ORDER BY position, id")
    .all() as {
    id: string;
    name: string;
    bucketId: string;
  }[];
  const aliases = c
    .prepare("SELECT skill_id AS skillId, kind, alias FROM skill_aliases ORDER BY position, id")
    .all() as { skillId: string; kind: "tag" | "phrase"; alias: string }[];
  const bySkill = new Map(
    skills.map((s) => [s.id, { id: s.id, name: s.name, tags: [] as string[], phrases: [] as string[] }]),
  );
  for (const a of aliases) {
    const skill = bySkill.get(a.skillId);
    if (!skill) continue;
    (a.kind === "tag" ? skill.tags : skill.phrases).push(a.alias);
  }
  return buckets.map((b) => ({
    id: b.id,
    name: b.name,
    skills: skills.filter((s) => s.bucketId === b.id).map((s) => bySkill.get(s.id)!),
  }));
}

/** Replaces the whole dictionary with `buckets` (positions follow array order). Call inside a transaction. */
export function replaceDictionary(db: Db, buckets: BucketDef[]): void {
  const c = db.$client;
  c.prepare("DELETE FROM skill_aliases").run();
  c.prepare("DELETE FROM skills").run();
  c.prepare("DELETE FROM buckets").run();
  const insBucket = c.prepare("INSERT INTO buckets (id, name, position) VALUES (?, ?, ?)");
  const insSkill = c.prepare("INSERT INTO skills (id, name, bucket_id, position) VALUES (?, ?, ?, ?)");
  const insAlias = c.prepare(
    "INSERT INTO skill_aliases (skill_id, kind, alias, position) VALUES (?, ?, ?, ?)",
  );
  let skillPos = 0;
  let aliasPos = 0;
  buckets.forEach((b, i) => {
    insBucket.run(b.id, b.name, i);
    for (const s of b.skills) {
      insSkill.run(s.id, s.name, b.id, skillPos++);
      for (const t of s.tags) insAlias.run(s.id, "tag", t, aliasPos++);
      for (const p of s.phrases) insAlias.run(s.id, "phrase", p, aliasPos++);
    }
  });
}

/** Upserts categories, subcategories and technologies (these always come from the files). */
export function writeReferenceData(db: Db, t: Taxonomy): void {
  const c = db.$client;
  const upCat = c.prepare(
    `INSERT INTO categories (id, name, technical, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, technical = excluded.technical, position = excluded.position`,
  );
  const upSub = c.prepare(
    `INSERT INTO subcategories (id, name, category_id, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, category_id = excluded.category_id, position = excluded.position`,
  );
  const upTech = c.prepare(
    `INSERT INTO technologies (id, name, rules, position) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET name = excluded.name, rules = excluded.rules, position = excluded.position`,
  );
  t.categories.forEach((cat, i) => {
    upCat.run(cat.id, cat.name, cat.technical ? 1 : 0, i);
    cat.subcategories.forEach((name, j) => upSub.run(`${cat.id}/${name}`, name, cat.id, j));
  });
  t.technologies.forEach((tech, i) =>
    upTech.run(tech.id, tech.name, JSON.stringify({ include: tech.include, exclude: tech.exclude }), i),
  );
}

export function getMeta(db: Db, key: string): string | null {
  const row = db.$client.prepare("SELECT value FROM app_meta WHERE key = ?").get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.$client
    .prepare(
      "INSERT INTO app_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(key, value);
}

/** Every phrase alias currently in the dictionary. */
export function allPhrases(db: Db): string[] {
  return (
    db.$client.prepare("SELECT DISTINCT alias FROM skill_aliases WHERE kind = 'phrase'").all() as {
      alias: string;
    }[]
  ).map((r) => r.alias);
}

/** An FTS5 query that matches `phrase` as a sequence of tokens. */
export function ftsPhraseQuery(phrase: string): string {
  return `"${phrase.replace(/"/gu, '""')}"`;
}

/**
 * Records which of the given posts contain each phrase. `posts` selects the posts to index:
 * those with id above `afterId`, and/or the listed ids (whose old hits are dropped first).
 */
export function indexPhrases(db: Db, phrases: string[], posts: { afterId?: number; ids?: number[] }): number {
  const c = db.$client;
  let added = 0;
  const run = c.transaction(() => {
    if (posts.ids && posts.ids.length > 0) {
      const del = c.prepare("DELETE FROM phrase_hits WHERE post_id = ?");
      for (const id of posts.ids) del.run(id);
    }
    const byRange = c.prepare(
      "INSERT OR IGNORE INTO phrase_hits (phrase, post_id) SELECT ?, rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid > ?",
    );
    const byId = c.prepare(
      "INSERT OR IGNORE INTO phrase_hits (phrase, post_id) SELECT ?, rowid FROM posts_fts WHERE posts_fts MATCH ? AND rowid = ?",
    );
    for (const phrase of phrases) {
      const q = ftsPhraseQuery(phrase);
      if (posts.afterId !== undefined) added += byRange.run(phrase, q, posts.afterId).changes;
      for (const id of posts.ids ?? []) added += byId.run(phrase, q, id).changes;
    }
  });
  run();
  return added;
}
