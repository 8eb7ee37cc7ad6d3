// SQL behind dictionary edits, their history and the triage of unmapped tags. Plain objects in
// and out; the caller (taxonomy-edit.service) owns the transaction.
import type { Db } from "../db/client";
import { sql, whereAll, type Sql } from "../db/sql-fragment";
import { membershipSql } from "./skill-membership";
import type { ChangeRow } from "./taxonomy.repository";

export interface BucketRow {
  id: string;
  name: string;
}

export interface SkillRow {
  id: string;
  name: string;
  bucketId: string;
}

export type AliasKindValue = "tag" | "phrase";

interface AliasRow {
  kind: AliasKindValue;
  alias: string;
}

/** Which posts count: posted in [from, to) and in a category; every part optional. */
export interface PostScope {
  from?: string | null;
  to?: string | null;
  category?: string | null;
}

export function findBucket(db: Db, id: string): BucketRow | undefined {
  return db.$client.prepare("SELECT id, name FROM buckets WHERE id = ?").get(id) as BucketRow | undefined;
}

export function findSkill(db: Db, id: string): SkillRow | undefined {
  return db.$client.prepare("SELECT id, name, bucket_id AS bucketId FROM skills WHERE id = ?").get(id) as
    SkillRow | undefined;
}

export function allBucketRows(db: Db): BucketRow[] {
  return db.$client.prepare("SELECT id, name FROM buckets ORDER BY position, id").all() as BucketRow[];
}

export function allSkillRows(db: Db): SkillRow[] {
  return db.$client
    .prepare("SELECT id, name, bucket_id AS bucketId FROM skills ORDER BY position, id")
    .all() as SkillRow[];
}

export function skillsOfBucket(db: Db, bucketId: string): SkillRow[] {
  return db.$client
    .prepare("SELECT id, name, bucket_id AS bucketId FROM skills WHERE bucket_id = ? ORDER BY position, id")
    .all(bucketId) as SkillRow[];
}

export function aliasesOfSkill(db: Db, skillId: string): AliasRow[] {
  return db.$client
    .prepare("SELECT kind, alias FROM skill_aliases WHERE skill_id = ? ORDER BY position, id")
    .all(skillId) as AliasRow[];
}

/** The skill that holds an alias of this kind, if any. */
export function aliasOwner(db: Db, kind: AliasKindValue, alias: string): SkillRow | undefined {
  return db.$client
    .prepare(
      `SELECT s.id, s.name, s.bucket_id AS bucketId FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
       WHERE a.kind = ? AND a.alias = ?`,
    )
    .get(kind, alias) as SkillRow | undefined;
}

function nextPosition(db: Db, table: "buckets" | "skills" | "skill_aliases"): number {
  const row = db.$client.prepare(`SELECT COALESCE(MAX(position), -1) + 1 AS p FROM ${table}`).get() as {
    p: number;
  };
  return row.p;
}

export function insertBucket(db: Db, id: string, name: string): void {
  db.$client
    .prepare("INSERT INTO buckets (id, name, position) VALUES (?, ?, ?)")
    .run(id, name, nextPosition(db, "buckets"));
}

export function renameBucketRow(db: Db, id: string, name: string): void {
  db.$client.prepare("UPDATE buckets SET name = ? WHERE id = ?").run(name, id);
}

/** Deletes a bucket with its skills and their aliases. */
export function deleteBucketRows(db: Db, id: string): void {
  const c = db.$client;
  c.prepare("DELETE FROM skill_aliases WHERE skill_id IN (SELECT id FROM skills WHERE bucket_id = ?)").run(
    id,
  );
  c.prepare("DELETE FROM skills WHERE bucket_id = ?").run(id);
  c.prepare("DELETE FROM buckets WHERE id = ?").run(id);
}

export function insertSkill(db: Db, id: string, name: string, bucketId: string): void {
  db.$client
    .prepare("INSERT INTO skills (id, name, bucket_id, position) VALUES (?, ?, ?, ?)")
    .run(id, name, bucketId, nextPosition(db, "skills"));
}

export function renameSkillRow(db: Db, id: string, name: string): void {
  db.$client.prepare("UPDATE skills SET name = ? WHERE id = ?").run(name, id);
}

/** Moves a skill to the end of another bucket. */
export function moveSkillRow(db: Db, id: string, bucketId: string): void {
  db.$client
    .prepare("UPDATE skills SET bucket_id = ?, position = ? WHERE id = ?")
    .run(bucketId, nextPosition(db, "skills"), id);
}

export function deleteSkillRows(db: Db, id: string): void {
  db.$client.prepare("DELETE FROM skill_aliases WHERE skill_id = ?").run(id);
  db.$client.prepare("DELETE FROM skills WHERE id = ?").run(id);
}

export function insertAlias(db: Db, skillId: string, kind: AliasKindValue, alias: string): void {
  db.$client
    .prepare("INSERT INTO skill_aliases (skill_id, kind, alias, position) VALUES (?, ?, ?, ?)")
    .run(skillId, kind, alias, nextPosition(db, "skill_aliases"));
}

/** Deletes one alias of a skill; returns whether there was one. */
export function deleteAlias(db: Db, skillId: string, kind: AliasKindValue, alias: string): boolean {
  return (
    db.$client
      .prepare("DELETE FROM skill_aliases WHERE skill_id = ? AND kind = ? AND alias = ?")
      .run(skillId, kind, alias).changes > 0
  );
}

/** Hands every alias of `fromId` to `toId`, after the target's own aliases, in their order. */
export function moveAliases(db: Db, fromId: string, toId: string): void {
  const c = db.$client;
  const ids = c
    .prepare("SELECT id FROM skill_aliases WHERE skill_id = ? ORDER BY position, id")
    .all(fromId) as { id: number }[];
  let position = nextPosition(db, "skill_aliases");
  const move = c.prepare("UPDATE skill_aliases SET skill_id = ?, position = ? WHERE id = ?");
  for (const { id } of ids) move.run(toId, position++, id);
}

/** The scope as a WHERE clause over posts `p` (nothing when it is empty). */
function scopeSql(scope: PostScope): Sql {
  const where: Sql[] = [];
  if (scope.from) where.push(sql`p.posted_at >= ${`${scope.from}T00:00:00Z`}`);
  if (scope.to) where.push(sql`p.posted_at < ${`${scope.to}T00:00:00Z`}`);
  if (scope.category) where.push(sql`p.category_id = ${scope.category}`);
  return whereAll(where);
}

/**
 * Posts per bucket of the live dictionary within a scope; a post counts once per bucket (by a
 * tag alias on its skill tags or a phrase alias found in its text: the rule of skill-membership.ts).
 * Buckets without posts are 0.
 */
export function bucketPostCounts(db: Db, scope: PostScope): Map<string, { name: string; posts: number }> {
  const q = sql`WITH members AS (${membershipSql({ columns: ["bucket_id", "post_id"] })}),
       counts AS (
         SELECT m.bucket_id, COUNT(*) AS posts FROM members m JOIN posts p ON p.id = m.post_id ${scopeSql(scope)}
         GROUP BY m.bucket_id
       )
       SELECT b.id, b.name, COALESCE(c.posts, 0) AS posts FROM buckets b LEFT JOIN counts c ON c.bucket_id = b.id
       ORDER BY b.position, b.id`;
  const rows = db.$client.prepare(q.text).all(...q.params) as { id: string; name: string; posts: number }[];
  return new Map(rows.map((r) => [r.id, { name: r.name, posts: r.posts }]));
}

const CHANGE_COLUMNS = "version, at, actor, operation, before, after, dictionary";

export function changeAt(db: Db, version: number): ChangeRow | undefined {
  return db.$client
    .prepare(`SELECT ${CHANGE_COLUMNS} FROM taxonomy_changes WHERE version = ?`)
    .get(version) as ChangeRow | undefined;
}

/** When change `version` was logged (ISO time); the change must exist. */
export function changeTime(db: Db, version: number): string {
  return (
    db.$client.prepare("SELECT at FROM taxonomy_changes WHERE version = ?").get(version) as { at: string }
  ).at;
}

/** Log entries with version above `since` and above `after`, oldest first (without snapshots). */
export function listChanges(
  db: Db,
  since: number,
  after: number,
  limit: number,
): Omit<ChangeRow, "dictionary">[] {
  return db.$client
    .prepare(
      `SELECT version, at, actor, operation, before, after FROM taxonomy_changes
       WHERE version > ? AND version > ? ORDER BY version LIMIT ?`,
    )
    .all(since, after, limit) as Omit<ChangeRow, "dictionary">[];
}

export function countChanges(db: Db, since: number): number {
  return (
    db.$client.prepare("SELECT COUNT(*) AS n FROM taxonomy_changes WHERE version > ?").get(since) as {
      n: number;
    }
  ).n;
}

/** The posts that are technology `technology` (final label) within a scope: id and title. */
function technologyPostsSql(technology: string, scope: PostScope): Sql {
  return sql`SELECT p.id, p.title FROM posts p
          JOIN classifications c ON c.post_id = p.id AND c.technology_id = ${technology} AND c.label = 1 ${scopeSql(scope)}`;
}

interface UnmappedTagRow {
  tag: string;
  posts: number;
  examples: string;
}

/**
 * The most frequent skill tags of the technology's posts that no tag alias maps, with up to
 * three example titles each (earliest imported first).
 */
export function unmappedTags(
  db: Db,
  technology: string,
  scope: PostScope,
  minPosts: number,
  limit: number,
): { tag: string; posts: number; examples: string[] }[] {
  const q = sql`WITH tp AS MATERIALIZED (${technologyPostsSql(technology, scope)}),
       t AS (
         SELECT ps.tag, COUNT(*) AS posts FROM post_skills ps JOIN tp ON tp.id = ps.post_id
         WHERE ps.tag NOT IN (SELECT alias FROM skill_aliases WHERE kind = 'tag')
         GROUP BY ps.tag HAVING COUNT(*) >= ${minPosts} ORDER BY posts DESC, ps.tag LIMIT ${limit}
       )
       SELECT t.tag, t.posts, (
         SELECT json_group_array(title) FROM (
           SELECT tp.title FROM post_skills ps2 JOIN tp ON tp.id = ps2.post_id WHERE ps2.tag = t.tag
           ORDER BY tp.id LIMIT 3) AS ex
       ) AS examples
       FROM t ORDER BY t.posts DESC, t.tag`;
  const rows = db.$client.prepare(q.text).all(...q.params) as UnmappedTagRow[];
  return rows.map((r) => ({ tag: r.tag, posts: r.posts, examples: JSON.parse(r.examples) as string[] }));
}

/** Id and title of the technology's posts within a scope, in id order. */
export function technologyPostTitles(
  db: Db,
  technology: string,
  scope: PostScope,
): { id: number; title: string }[] {
  const q = sql`${technologyPostsSql(technology, scope)} ORDER BY p.id`;
  return db.$client.prepare(q.text).all(...q.params) as { id: number; title: string }[];
}

/** Every alias of the live dictionary, of both kinds. */
export function allAliases(db: Db): AliasRow[] {
  return db.$client.prepare("SELECT kind, alias FROM skill_aliases").all() as AliasRow[];
}
