// SQL for posts, their skill tags, sources, import batches and rejected rows.
import { createHash } from "node:crypto";
import { isPostgres, type Db } from "../db/client";
import type { KeysetPosition } from "../shared/cursor";
import { invariant } from "../shared/errors";
import { raw, sql, whereAll, type Sql } from "../db/sql-fragment";
import { bucketPostsSql } from "../taxonomy/skill-membership";
import { searchTerms } from "./post.search";
import type { NewPost } from "./post.validate";

export interface PostRecord {
  id: number;
  source: string;
  externalId: string;
  title: string;
  description: string;
  categoryId: string | null;
  subcategory: string | null;
  postedAt: string | null;
  contractType: string;
  fixedBudget: number | null;
  hourlyMin: number | null;
  hourlyMax: number | null;
  projectedValue: number | null;
  duration: string | null;
  workload: string | null;
  country: string | null;
  experienceLevel: string | null;
  batchId: number | null;
}

const POST_SELECT = `SELECT p.id, p.source, p.external_id AS externalId, p.title, p.description,
  p.category_id AS categoryId, p.subcategory, p.posted_at AS postedAt, p.contract_type AS contractType,
  p.fixed_budget AS fixedBudget, p.hourly_min AS hourlyMin, p.hourly_max AS hourlyMax,
  p.projected_value AS projectedValue, p.duration, p.workload, p.country,
  p.experience_level AS experienceLevel, p.batch_id AS batchId FROM posts p`;

export function contentHash(post: NewPost): string {
  return createHash("sha1").update(JSON.stringify(post)).digest("hex");
}

/** A valid row to store: its post, content hash and hand labels by technology id. */
export interface PostToSave {
  post: NewPost;
  hash: string;
  labels: Record<string, boolean>;
}

export interface SavedPost {
  id: number;
  outcome: "inserted" | "updated" | "unchanged";
  /** How many of its hand labels changed anything. */
  labelsChanged: number;
}

/** Who stores the hand labels of a saveMany. */
interface LabelOrigin {
  source: string;
  actor: string | null;
}

/**
 * The columns of a post that save() writes besides its key (source, external id), in the order of
 * postFieldValues(). Parameters by position: binding 20 named ones from an object built per post
 * made writing a post 5-9 us slower (bench/README.md).
 */
const POST_FIELD_COLUMNS = [
  "title",
  "description",
  "category_id",
  "subcategory",
  "posted_at",
  "contract_type",
  "fixed_budget",
  "hourly_min",
  "hourly_max",
  "projected_value_input",
  "projected_value",
  "duration",
  "workload",
  "country",
  "experience_level",
] as const;

function postFieldValues(p: NewPost): (string | number | null)[] {
  return [
    p.title,
    p.description,
    p.categoryId,
    p.subcategory,
    p.postedAt,
    p.contractType,
    p.fixedBudget,
    p.hourlyMin,
    p.hourlyMax,
    p.projectedValueInput,
    p.projectedValue,
    p.duration,
    p.workload,
    p.country,
    p.experienceLevel,
  ];
}

type SaveManyStatements = ReturnType<typeof prepareSaveMany>;

/** Prepared statements of the import's hot path, built once per connection. */
export class PostWriter {
  private readonly find;
  private readonly insert;
  private readonly update;
  private readonly deleteSkills;
  private readonly insertSkill;
  private readonly upsertLabel;
  private readonly indexNew;
  /** PostgreSQL's statements for a chunk of posts at once (null on SQLite). */
  private readonly many: SaveManyStatements | null;

  constructor(db: Db) {
    const c = db.$client;
    this.find = c.prepare("SELECT id, content_hash AS hash FROM posts WHERE source = ? AND external_id = ?");
    const placeholders = POST_FIELD_COLUMNS.map(() => "?").join(", ");
    this.insert = c.prepare(
      `INSERT INTO posts (source, external_id, ${POST_FIELD_COLUMNS.join(", ")}, batch_id, content_hash, created_at,
        updated_at) VALUES (?, ?, ${placeholders}, ?, ?, ?, ?)`,
    );
    this.update = c.prepare(
      `UPDATE posts SET ${POST_FIELD_COLUMNS.map((col) => `${col} = ?`).join(", ")}, batch_id = ?, content_hash = ?,
        updated_at = ? WHERE id = ?`,
    );
    // PostgreSQL keeps the index itself: posts.fts is a generated column (migrations/pg).
    this.indexNew = isPostgres(db)
      ? null
      : c.prepare(
          "INSERT INTO posts_fts (rowid, title, description) SELECT id, title, description FROM posts WHERE id IN (SELECT value FROM json_each(?))",
        );
    this.deleteSkills = c.prepare("DELETE FROM post_skills WHERE post_id = ?");
    this.insertSkill = c.prepare("INSERT INTO post_skills (post_id, tag, label) VALUES (?, ?, ?)");
    this.upsertLabel = c.prepare(
      `INSERT INTO labels (post_id, technology_id, label, source, actor, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(technology_id, post_id) DO UPDATE SET label = excluded.label, source = excluded.source,
         actor = excluded.actor, created_at = excluded.created_at
       WHERE labels.label IS DISTINCT FROM excluded.label`,
    );
    this.many = isPostgres(db) ? prepareSaveMany(db) : null;
  }

  /**
   * Stores the posts of one chunk and their hand labels, as save() and label() row by row would,
   * in input order. The posts' keys (source + external id) must differ (the importer refuses a
   * post met before). On SQLite this is save() and label() row by row (a statement costs
   * microseconds there); on PostgreSQL, where each costs a round trip, a few set-based statements
   * for the whole chunk.
   */
  saveMany(rows: readonly PostToSave[], batchId: number | null, origin: LabelOrigin): SavedPost[] {
    if (this.many) return this.saveManyPg(this.many, rows, batchId, origin);
    const now = new Date().toISOString();
    return rows.map(({ post, hash, labels }) => {
      const saved = this.save(post, batchId, hash, now);
      let labelsChanged = 0;
      for (const [tech, label] of Object.entries(labels))
        if (this.label(saved.id, tech, label, origin.source, origin.actor)) labelsChanged += 1;
      return { ...saved, labelsChanged };
    });
  }

  private saveManyPg(
    many: SaveManyStatements,
    rows: readonly PostToSave[],
    batchId: number | null,
    origin: LabelOrigin,
  ): SavedPost[] {
    if (rows.length === 0) return [];
    const now = new Date().toISOString();
    const keyOf = (source: string, externalId: string) => `${source}\u0000${externalId}`;
    invariant(
      new Set(rows.map((r) => keyOf(r.post.source, r.post.externalId))).size === rows.length,
      "saveMany: two rows with one post key",
    );
    const existing = new Map(
      (
        many.find.all(
          rows.map((r) => r.post.source),
          rows.map((r) => r.post.externalId),
        ) as { source: string; externalId: string; id: number; hash: string }[]
      ).map((e) => [keyOf(e.source, e.externalId), e]),
    );
    const saved: SavedPost[] = [];
    const fresh: PostToSave[] = [];
    const updatedIds: number[] = [];
    for (const row of rows) {
      const { post, hash } = row;
      const found = existing.get(keyOf(post.source, post.externalId));
      if (found && found.hash === hash) saved.push({ id: found.id, outcome: "unchanged", labelsChanged: 0 });
      else if (found) {
        // Rare (a re-import of changed posts): one UPDATE each, as on SQLite.
        this.update.run(...postFieldValues(post), batchId, hash, now, found.id);
        updatedIds.push(found.id);
        saved.push({ id: found.id, outcome: "updated", labelsChanged: 0 });
      } else {
        fresh.push(row);
        saved.push({ id: 0, outcome: "inserted", labelsChanged: 0 });
      }
    }

    if (fresh.length > 0) {
      const col = <T>(f: (p: NewPost) => T) => fresh.map((r) => f(r.post));
      const inserted = many.insert.all(
        col((p) => p.source),
        col((p) => p.externalId),
        col((p) => p.title),
        col((p) => p.description),
        col((p) => p.categoryId),
        col((p) => p.subcategory),
        col((p) => p.postedAt),
        col((p) => p.contractType),
        col((p) => p.fixedBudget),
        col((p) => p.hourlyMin),
        col((p) => p.hourlyMax),
        col((p) => p.projectedValueInput),
        col((p) => p.projectedValue),
        col((p) => p.duration),
        col((p) => p.workload),
        col((p) => p.country),
        col((p) => p.experienceLevel),
        fresh.map((r) => r.hash),
        batchId,
        now,
        now,
      ) as { id: number; source: string; externalId: string }[];
      const ids = new Map(inserted.map((r) => [keyOf(r.source, r.externalId), r.id]));
      rows.forEach(({ post }, i) => {
        if (saved[i]!.outcome === "inserted") saved[i]!.id = ids.get(keyOf(post.source, post.externalId))!;
      });
    }

    if (updatedIds.length > 0) many.deleteSkills.run(updatedIds);
    const skillPosts: number[] = [];
    const tags: string[] = [];
    const skillLabels: string[] = [];
    rows.forEach(({ post }, i) => {
      if (saved[i]!.outcome === "unchanged") return;
      for (const s of post.skills) {
        skillPosts.push(saved[i]!.id);
        tags.push(s.tag);
        skillLabels.push(s.label);
      }
    });
    if (tags.length > 0) many.insertSkills.run(skillPosts, tags, skillLabels);

    const labelPosts: number[] = [];
    const technologies: string[] = [];
    const values: number[] = [];
    rows.forEach(({ labels }, i) => {
      for (const [tech, label] of Object.entries(labels)) {
        labelPosts.push(saved[i]!.id);
        technologies.push(tech);
        values.push(label ? 1 : 0);
      }
    });
    if (labelPosts.length > 0) {
      const changed = new Map<number, number>();
      for (const { postId } of many.upsertLabels.all(
        origin.source,
        origin.actor,
        now,
        labelPosts,
        technologies,
        values,
      ) as { postId: number }[])
        changed.set(postId, (changed.get(postId) ?? 0) + 1);
      for (const s of saved) s.labelsChanged = changed.get(s.id) ?? 0;
    }
    return saved;
  }

  /** Inserts or updates a post keyed by source + external id. */
  save(
    post: NewPost,
    batchId: number | null,
    hash = contentHash(post),
    now = new Date().toISOString(),
  ): { id: number; outcome: "inserted" | "updated" | "unchanged" } {
    const existing = this.find.get(post.source, post.externalId) as { id: number; hash: string } | undefined;
    if (existing && existing.hash === hash) return { id: existing.id, outcome: "unchanged" };
    let id: number;
    if (existing) {
      this.update.run(...postFieldValues(post), batchId, hash, now, existing.id);
      this.deleteSkills.run(existing.id);
      id = existing.id;
    } else {
      id = Number(
        this.insert.run(post.source, post.externalId, ...postFieldValues(post), batchId, hash, now, now)
          .lastInsertRowid,
      );
    }
    for (const s of post.skills) this.insertSkill.run(id, s.tag, s.label);
    return { id, outcome: existing ? "updated" : "inserted" };
  }

  /**
   * Adds newly inserted posts to the full-text index. Call in the same transaction as their
   * inserts, after its other writes and before anything reads the index: FTS5 flushes its pending
   * terms into a new segment at every savepoint, and statements with triggers take one, so
   * indexing post by post (the trigger migration 0008 dropped) wrote one tiny segment per post.
   * Updated posts are reindexed by trigger (migration 0001).
   */
  indexText(insertedIds: readonly number[]): void {
    if (insertedIds.length > 0) this.indexNew?.run(JSON.stringify(insertedIds));
  }

  /** Stores a hand label; returns true when it changed anything. */
  label(postId: number, technologyId: string, label: boolean, source: string, actor: string | null): boolean {
    return (
      this.upsertLabel.run(postId, technologyId, label ? 1 : 0, source, actor, new Date().toISOString())
        .changes > 0
    );
  }
}

/**
 * PostgreSQL's statements behind PostWriter.saveMany: each takes the chunk's values as arrays, one
 * per column (`?::text[]`, see translate.ts). New posts and skill tags get their keys in input
 * order, as row-by-row inserts give them on SQLite (the API lists posts by id and a post's tags
 * by rowid): the keys are drawn from the column's sequence first (named in migrations/pg) and
 * handed out in ascending order by input position, which holds by the query's meaning, not by
 * the order in which PostgreSQL happens to insert or return rows.
 */
function prepareSaveMany(db: Db) {
  const c = db.$client;
  return {
    find: c.prepare(
      `SELECT p.source, p.external_id AS externalId, p.id, p.content_hash AS hash
       FROM unnest(?::text[], ?::text[]) AS k(source, external_id)
       JOIN posts p ON p.source = k.source AND p.external_id = k.external_id`,
    ),
    insert: c.prepare(
      `WITH input AS (
         SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
           ?::text[], ?::double precision[], ?::double precision[], ?::double precision[],
           ?::double precision[], ?::double precision[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
         WITH ORDINALITY AS r(source, external_id, title, description, category_id, subcategory, posted_at,
           contract_type, fixed_budget, hourly_min, hourly_max, projected_value_input, projected_value,
           duration, workload, country, experience_level, content_hash, ord)
       ),
       ids AS (
         SELECT id, row_number() OVER (ORDER BY id) AS ord
         FROM (SELECT nextval('posts_id_seq') AS id FROM input) drawn
       )
       INSERT INTO posts (id, source, external_id, title, description, category_id, subcategory, posted_at,
         contract_type, fixed_budget, hourly_min, hourly_max, projected_value_input, projected_value, duration,
         workload, country, experience_level, content_hash, batch_id, created_at, updated_at)
       SELECT ids.id, r.source, r.external_id, r.title, r.description, r.category_id, r.subcategory, r.posted_at,
         r.contract_type, r.fixed_budget, r.hourly_min, r.hourly_max, r.projected_value_input, r.projected_value,
         r.duration, r.workload, r.country, r.experience_level, r.content_hash, ?::integer, ?::text, ?::text
       FROM input r JOIN ids USING (ord)
       RETURNING id, source, external_id AS externalId`,
    ),
    deleteSkills: c.prepare("DELETE FROM post_skills WHERE post_id = ANY(?::integer[])"),
    insertSkills: c.prepare(
      `WITH input AS (
         SELECT * FROM unnest(?::integer[], ?::text[], ?::text[]) WITH ORDINALITY AS s(post_id, tag, label, ord)
       ),
       ids AS (
         SELECT rowid, row_number() OVER (ORDER BY rowid) AS ord
         FROM (SELECT nextval('post_skills_rowid_seq') AS rowid FROM input) drawn
       )
       INSERT INTO post_skills (rowid, post_id, tag, label) OVERRIDING SYSTEM VALUE
       SELECT ids.rowid, s.post_id, s.tag, s.label FROM input s JOIN ids USING (ord)`,
    ),
    upsertLabels: c.prepare(
      `INSERT INTO labels (post_id, technology_id, label, source, actor, created_at)
       SELECT l.post_id, l.technology_id, l.label, ?::text, ?::text, ?::text
       FROM unnest(?::integer[], ?::text[], ?::integer[]) AS l(post_id, technology_id, label)
       ON CONFLICT (technology_id, post_id) DO UPDATE SET label = excluded.label, source = excluded.source,
         actor = excluded.actor, created_at = excluded.created_at
       WHERE labels.label IS DISTINCT FROM excluded.label
       RETURNING post_id AS postId`,
    ),
  };
}

/**
 * The analytics facts of newly inserted posts: their post_facts rows and their counts in the
 * daily rollup (which keeps the monthly one in step by its own triggers). Written once per
 * import chunk, in its transaction and before the chunk's classifications (whose triggers read
 * post_facts); migration 0009 replaced the per-row triggers that did this. Updates and deletes
 * of posts keep their triggers (migration 0003).
 */
export function writeFactsOfNewPosts(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const c = db.$client;
  const json = JSON.stringify(ids);
  c.prepare(
    `INSERT INTO post_facts (post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source)
     SELECT id, CAST(julianday(substr(posted_at, 1, 10)) - 2440587.5 AS INTEGER), category_id, subcategory,
       projected_value, contract_type, country, experience_level, source
     FROM posts WHERE id IN (SELECT value FROM json_each(?))`,
  ).run(json);
  c.prepare(
    `INSERT INTO fact_rollup (technology_id, day, category_id, posts, known, high)
     SELECT '', day, COALESCE(category_id, ''), COUNT(*), COUNT(value), SUM(CASE WHEN value > 1000 THEN 1 ELSE 0 END)
     FROM post_facts WHERE post_id IN (SELECT value FROM json_each(?)) AND day IS NOT NULL
     GROUP BY day, COALESCE(category_id, '')
     ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = fact_rollup.posts + excluded.posts,
       known = fact_rollup.known + excluded.known, high = fact_rollup.high + excluded.high`,
  ).run(json);
}

export function upsertSource(db: Db, id: string, synthetic: boolean, description: string | null): void {
  db.$client
    .prepare(
      `INSERT INTO sources (id, synthetic, description) VALUES (?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET synthetic = excluded.synthetic, description = COALESCE(excluded.description, sources.description)`,
    )
    .run(id, synthetic ? 1 : 0, description);
}

/** Starts a batch as `running`, owned by `owner` ("<host>:<pid>") with a fresh heartbeat. */
export function createBatch(
  db: Db,
  batch: { file: string | null; format: string; actor: string | null; owner: string },
): number {
  const now = new Date().toISOString();
  return Number(
    db.$client
      .prepare(
        `INSERT INTO import_batches (file, format, actor, started_at, status, owner, heartbeat_at)
         VALUES (?, ?, ?, ?, 'running', ?, ?)`,
      )
      .run(batch.file, batch.format, batch.actor, now, batch.owner, now).lastInsertRowid,
  );
}

export interface BatchCounts {
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  labels: number;
  unknownColumns: string[];
}

function countParams(counts: BatchCounts): unknown[] {
  return [
    counts.rowsRead,
    counts.inserted,
    counts.updated,
    counts.unchanged,
    counts.rejected,
    counts.labels,
    JSON.stringify(counts.unknownColumns),
  ];
}

const SET_COUNTS = `rows_read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?, labels = ?,
  unknown_columns = ?`;

/**
 * Stores a running batch's counts and refreshes its heartbeat. Call in the transaction that
 * writes the rows counted, so the counts are what the database holds at every moment.
 */
export function recordBatchProgress(db: Db, id: number, counts: BatchCounts, owner: string): void {
  db.$client
    .prepare(`UPDATE import_batches SET ${SET_COUNTS}, owner = ?, heartbeat_at = ? WHERE id = ?`)
    .run(...countParams(counts), owner, new Date().toISOString(), id);
}

export function finishBatch(db: Db, id: number, counts: BatchCounts, status: "done" | "failed"): void {
  db.$client
    .prepare(`UPDATE import_batches SET ${SET_COUNTS}, finished_at = ?, status = ? WHERE id = ?`)
    .run(...countParams(counts), new Date().toISOString(), status, id);
}

export interface RunningBatch {
  id: number;
  file: string | null;
  owner: string | null;
  heartbeatAt: string | null;
  rowsRead: number;
}

export function runningBatches(db: Db): RunningBatch[] {
  return db.$client
    .prepare(
      `SELECT id, file, owner, heartbeat_at AS heartbeatAt, rows_read AS rowsRead FROM import_batches
       WHERE status = 'running' ORDER BY id`,
    )
    .all() as RunningBatch[];
}

/** `running` -> `interrupted` (its counts stay: they were committed with its rows). */
export function markBatchInterrupted(db: Db, id: number): boolean {
  return (
    db.$client
      .prepare(
        "UPDATE import_batches SET status = 'interrupted', finished_at = ? WHERE id = ? AND status = 'running'",
      )
      .run(new Date().toISOString(), id).changes > 0
  );
}

export function insertReject(db: Db, batchId: number, line: number, reason: string, raw: string): void {
  db.$client
    .prepare("INSERT INTO rejected_rows (batch_id, line, reason, raw) VALUES (?, ?, ?, ?)")
    .run(batchId, line, reason, raw);
}

export function hasPosts(db: Db): boolean {
  return db.$client.prepare("SELECT 1 FROM posts LIMIT 1").get() !== undefined;
}

export function countPosts(db: Db): number {
  return (db.$client.prepare("SELECT COUNT(*) AS n FROM posts").get() as { n: number }).n;
}

interface RejectRecord {
  id: number;
  batchId: number;
  line: number;
  reason: string;
  raw: string;
}

export function listRejects(db: Db, batchId: number, limit = 1_000_000, afterId = 0): RejectRecord[] {
  return db.$client
    .prepare(
      "SELECT id, batch_id AS batchId, line, reason, raw FROM rejected_rows WHERE batch_id = ? AND id > ? ORDER BY id LIMIT ?",
    )
    .all(batchId, afterId, limit) as RejectRecord[];
}

/**
 * The flat post filter as conditions over posts aliased `p`, each with its own parameters: they
 * go into a WHERE clause in any order and any company (analytics adds its own around them).
 */
export type PostFilterSql = readonly Sql[];

interface PostFilterValues {
  from?: string | null;
  to?: string | null;
  categories?: string[] | null;
  technical?: boolean | null;
  subcategory?: string | null;
  sources?: string[] | null;
  externalIds?: string[] | null;
  contractTypes?: string[] | null;
  minValue?: number | null;
  maxValue?: number | null;
  /** Normalized skill tag. */
  skill?: string | null;
  bucket?: string | null;
  technology?: string | null;
  /** An FTS5 query built by ftsQuery(). */
  fts?: string | null;
}

/** True when the dictionary table `table` has a row with this id (filters name them by id). */
export function existsById(db: Db, table: "categories" | "buckets" | "technologies", id: string): boolean {
  return db.$client.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}

export function postFilterSql(f: PostFilterValues): PostFilterSql {
  const where: Sql[] = [];
  if (f.from) where.push(sql`p.posted_at >= ${`${f.from}T00:00:00Z`}`);
  if (f.to) where.push(sql`p.posted_at < ${`${f.to}T00:00:00Z`}`);
  if (f.categories)
    where.push(sql`p.category_id IN (SELECT value FROM json_each(${JSON.stringify(f.categories)}))`);
  if (f.technical !== undefined && f.technical !== null)
    where.push(sql`p.category_id IN (SELECT id FROM categories WHERE technical = ${f.technical ? 1 : 0})`);
  if (f.subcategory) where.push(sql`p.subcategory = ${f.subcategory} COLLATE NOCASE`);
  if (f.sources) where.push(sql`p.source IN (SELECT value FROM json_each(${JSON.stringify(f.sources)}))`);
  if (f.externalIds)
    where.push(sql`p.external_id IN (SELECT value FROM json_each(${JSON.stringify(f.externalIds)}))`);
  if (f.contractTypes)
    where.push(sql`p.contract_type IN (SELECT value FROM json_each(${JSON.stringify(f.contractTypes)}))`);
  if (f.minValue !== undefined && f.minValue !== null) where.push(sql`p.projected_value >= ${f.minValue}`);
  if (f.maxValue !== undefined && f.maxValue !== null) where.push(sql`p.projected_value <= ${f.maxValue}`);
  if (f.skill) where.push(sql`p.id IN (SELECT post_id FROM post_skills WHERE tag = ${f.skill})`);
  if (f.bucket) where.push(sql`p.id IN (${bucketPostsSql(f.bucket)})`);
  if (f.technology)
    where.push(
      sql`p.id IN (SELECT post_id FROM classifications WHERE technology_id = ${f.technology} AND label = 1)`,
    );
  if (f.fts) where.push(sql`p.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ${f.fts})`);
  return where;
}

/** A user's search text as a safe FTS5 query: every word and "quoted phrase" must occur. */
export function ftsQuery(text: string): string | null {
  const terms = searchTerms(text);
  return terms.length > 0 ? terms.map((t) => `"${t}"`).join(" ") : null;
}

/** The orders posts can be listed in: a sort column (id, the import order, by default) and a direction. */
export interface PostOrderSpec {
  field: "ID" | "POSTED_AT" | "PROJECTED_VALUE";
  direction: "ASC" | "DESC";
}

const ORDER_COLUMN: Record<
  PostOrderSpec["field"],
  { sql: string; key: "id" | "postedAt" | "projectedValue" }
> = {
  ID: { sql: "p.id", key: "id" },
  POSTED_AT: { sql: "p.posted_at", key: "postedAt" },
  PROJECTED_VALUE: { sql: "p.projected_value", key: "projectedValue" },
};

/** A post's position under an order: its sort key (null when missing) and its id (the tie-break). */
export function positionOf(post: PostRecord, order: PostOrderSpec): KeysetPosition {
  return { key: post[ORDER_COLUMN[order.field].key], id: post.id };
}

/**
 * ORDER BY of an order. A missing value (no date, unknown value) sorts as the smallest: first
 * ascending, last descending, which is where SQLite keeps NULLs in an index, so the posted_at
 * index serves both directions. The id breaks ties in the same direction.
 */
function orderBySql(order: PostOrderSpec): string {
  const dir = order.direction;
  if (order.field === "ID") return `ORDER BY p.id ${dir}`;
  const nulls = dir === "ASC" ? "NULLS FIRST" : "NULLS LAST";
  return `ORDER BY ${ORDER_COLUMN[order.field].sql} ${dir} ${nulls}, p.id ${dir}`;
}

/**
 * Posts strictly after `at` under the order (keyset paging), as a condition that is never NULL
 * (so that NOT turns it into "at or before"). Ascending, the comparison leads with `col > v` so
 * that SQLite seeks in the index; descending, the NULLs at the end keep it a scan from the top.
 */
function afterSql(order: PostOrderSpec, at: KeysetPosition): Sql {
  const asc = order.direction === "ASC";
  const idAfter = asc ? sql`p.id > ${at.id}` : sql`p.id < ${at.id}`;
  if (order.field === "ID") return idAfter;
  const col = raw(ORDER_COLUMN[order.field].sql);
  const v = at.key;
  if (v === null)
    return asc
      ? sql`((${col} IS NULL AND ${idAfter}) OR ${col} IS NOT NULL)`
      : sql`(${col} IS NULL AND ${idAfter})`;
  return asc
    ? sql`(${col} IS NOT NULL AND (${col} > ${v} OR (${col} = ${v} AND ${idAfter})))`
    : sql`(${col} IS NULL OR ${col} < ${v} OR (${col} = ${v} AND ${idAfter}))`;
}

/** One page of posts in `order`, after the post at `after` (from the start when null). */
export function findPosts(
  db: Db,
  filter: PostFilterSql,
  limit: number,
  order: PostOrderSpec,
  after: KeysetPosition | null,
): PostRecord[] {
  const where = after === null ? filter : [...filter, afterSql(order, after)];
  const q = sql`${raw(POST_SELECT)} ${whereAll(where)} ${raw(orderBySql(order))} LIMIT ${limit}`;
  return db.$client.prepare(q.text).all(...q.params) as PostRecord[];
}

/**
 * True when a post of the filter sorts at or before `at` (a page that starts after `at` has a
 * previous page). Reads only the first post in the order: if any post is at or before `at`, that
 * one is, and the index finds it at once.
 */
export function anyPostAtOrBefore(
  db: Db,
  filter: PostFilterSql,
  order: PostOrderSpec,
  at: KeysetPosition,
): boolean {
  const columns = order.field === "ID" ? "p.id" : `p.id, ${ORDER_COLUMN[order.field].sql}`;
  const first = sql`SELECT ${raw(columns)} FROM posts p ${whereAll(filter)} ${raw(orderBySql(order))} LIMIT 1`;
  const q = sql`SELECT EXISTS (SELECT 1 FROM (${first}) p WHERE NOT ${afterSql(order, at)}) AS n`;
  return (db.$client.prepare(q.text).get(...q.params) as { n: number }).n === 1;
}

export function countMatching(db: Db, filter: PostFilterSql): number {
  const q = sql`SELECT COUNT(*) AS n FROM posts p ${whereAll(filter)}`;
  return (db.$client.prepare(q.text).get(...q.params) as { n: number }).n;
}

export function findPostByKey(db: Db, source: string, externalId: string): PostRecord | null {
  return (
    (db.$client.prepare(`${POST_SELECT} WHERE p.source = ? AND p.external_id = ?`).get(source, externalId) as
      PostRecord | undefined) ?? null
  );
}

/** The posts with these internal ids (any order). */
export function findPostsByIds(db: Db, ids: readonly number[]): PostRecord[] {
  return db.$client
    .prepare(`${POST_SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as PostRecord[];
}

/** The posted_at of the posts with these internal ids (any order; null when undated). */
export function postedAtOfIds(db: Db, ids: readonly number[]): Map<number, string | null> {
  const rows = db.$client
    .prepare("SELECT id, posted_at FROM posts WHERE id IN (SELECT value FROM json_each(?))")
    .raw(true)
    .all(JSON.stringify(ids)) as [number, string | null][];
  return new Map(rows);
}

export function skillsByPostIds(
  db: Db,
  ids: readonly number[],
): Map<number, { tag: string; label: string }[]> {
  const rows = db.$client
    .prepare(
      "SELECT post_id AS postId, tag, label FROM post_skills WHERE post_id IN (SELECT value FROM json_each(?)) ORDER BY post_id, rowid",
    )
    .all(JSON.stringify(ids)) as { postId: number; tag: string; label: string }[];
  const out = new Map<number, { tag: string; label: string }[]>(ids.map((id) => [id, []]));
  for (const r of rows) out.get(r.postId)?.push({ tag: r.tag, label: r.label });
  return out;
}

interface DatasetRecord {
  id: string;
  synthetic: boolean;
  description: string | null;
  postCount: number;
}

export function listDatasets(db: Db): DatasetRecord[] {
  const rows = db.$client
    .prepare(
      `SELECT s.id, s.synthetic, s.description, (SELECT COUNT(*) FROM posts p WHERE p.source = s.id) AS postCount
       FROM sources s ORDER BY s.id`,
    )
    .all() as { id: string; synthetic: number; description: string | null; postCount: number }[];
  return rows.map((r) => ({ ...r, synthetic: r.synthetic === 1 }));
}

export interface BatchRecord {
  id: number;
  file: string | null;
  format: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  labels: number;
  unknownColumns: string;
}

const BATCH_SELECT = `SELECT id, file, format, status, started_at AS startedAt, finished_at AS finishedAt,
  rows_read AS rowsRead, inserted, updated, unchanged, rejected, labels, unknown_columns AS unknownColumns
  FROM import_batches`;

export function listBatches(db: Db, limit: number): BatchRecord[] {
  return db.$client.prepare(`${BATCH_SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as BatchRecord[];
}

export function findBatch(db: Db, id: number): BatchRecord | null {
  return (db.$client.prepare(`${BATCH_SELECT} WHERE id = ?`).get(id) as BatchRecord | undefined) ?? null;
}

export function batchesByIds(db: Db, ids: readonly number[]): Map<number, BatchRecord> {
  const rows = db.$client
    .prepare(`${BATCH_SELECT} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as BatchRecord[];
  return new Map(rows.map((b) => [b.id, b]));
}
