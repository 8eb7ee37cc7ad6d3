// SQL for models, training data, hand labels and training jobs.
import type { Db } from "../db/client";
import type { ClassifierArtifact } from "./classifier";

interface LabeledPost {
  id: number;
  title: string;
  description: string;
  skills: string[];
  label: boolean;
}

/** Every post with a hand label for the technology, in post id order (deterministic). */
export function labeledPosts(db: Db, technologyId: string): LabeledPost[] {
  const c = db.$client;
  const rows = c
    .prepare(
      `SELECT p.id, p.title, p.description, l.label FROM labels l JOIN posts p ON p.id = l.post_id
       WHERE l.technology_id = ? ORDER BY p.id`,
    )
    .all(technologyId) as { id: number; title: string; description: string; label: number }[];
  const skills = c
    .prepare(
      `SELECT ps.post_id AS postId, ps.label FROM post_skills ps
       WHERE ps.post_id IN (SELECT post_id FROM labels WHERE technology_id = ?) ORDER BY ps.post_id, ps.rowid`,
    )
    .all(technologyId) as { postId: number; label: string }[];
  const byPost = new Map<number, string[]>();
  for (const s of skills) {
    const list = byPost.get(s.postId);
    if (list) list.push(s.label);
    else byPost.set(s.postId, [s.label]);
  }
  return rows.map((r) => ({ ...r, label: r.label === 1, skills: byPost.get(r.id) ?? [] }));
}

interface NewModel {
  technologyId: string;
  params: unknown;
  metrics: unknown;
  threshold: number;
  fingerprint: string;
  trainingRows: number;
  artifact: ClassifierArtifact;
}

export function insertModel(db: Db, m: NewModel): number {
  return Number(
    db.$client
      .prepare(
        `INSERT INTO models (technology_id, created_at, active, params, metrics, threshold, fingerprint, training_rows, artifact)
         VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        m.technologyId,
        new Date().toISOString(),
        JSON.stringify(m.params),
        JSON.stringify(m.metrics),
        m.threshold,
        m.fingerprint,
        m.trainingRows,
        JSON.stringify(m.artifact),
      ).lastInsertRowid,
  );
}

export function modelTechnology(db: Db, id: number): string | null {
  const row = db.$client.prepare("SELECT technology_id AS t FROM models WHERE id = ?").get(id) as
    { t: string } | undefined;
  return row?.t ?? null;
}

/** Makes `id` the only active model of its technology. */
export function setActiveModel(db: Db, technologyId: string, id: number): void {
  const c = db.$client;
  c.prepare("UPDATE models SET active = 0 WHERE technology_id = ? AND active = 1 AND id <> ?").run(
    technologyId,
    id,
  );
  c.prepare("UPDATE models SET active = 1 WHERE id = ?").run(id);
}

export function activeModelIds(db: Db): { id: number; technologyId: string; threshold: number }[] {
  return db.$client
    .prepare("SELECT id, technology_id AS technologyId, threshold FROM models WHERE active = 1")
    .all() as { id: number; technologyId: string; threshold: number }[];
}

/** A model's stored artifact as JSON text. */
export function modelArtifactText(db: Db, id: number): string {
  const row = db.$client.prepare("SELECT artifact FROM models WHERE id = ?").get(id) as
    { artifact: string } | undefined;
  if (!row) throw new Error(`no model ${id}`);
  return row.artifact;
}

export function modelArtifact(db: Db, id: number): ClassifierArtifact {
  return JSON.parse(modelArtifactText(db, id)) as ClassifierArtifact;
}

export function upsertHandLabel(
  db: Db,
  postId: number,
  technologyId: string,
  label: boolean,
  actor: string,
): void {
  db.$client
    .prepare(
      `INSERT INTO labels (post_id, technology_id, label, source, actor, created_at) VALUES (?, ?, ?, 'api', ?, ?)
       ON CONFLICT(technology_id, post_id) DO UPDATE SET label = excluded.label, source = excluded.source,
         actor = excluded.actor, created_at = excluded.created_at`,
    )
    .run(postId, technologyId, label ? 1 : 0, actor, new Date().toISOString());
}

type JobKind = "train" | "activate";
const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "interrupted"] as const;
type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobRecord {
  id: number;
  kind: JobKind;
  technologyId: string;
  status: JobStatus;
  progress: number;
  message: string | null;
  /** train: the model it made; activate: the model to activate. */
  modelId: number | null;
  /** train: activate the new model when training succeeds. */
  activate: boolean;
  actor: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  owner: string | null;
  heartbeatAt: string | null;
}

const JOB_SELECT = `SELECT id, kind, technology_id AS technologyId, status, progress, message, model_id AS modelId,
  activate, actor, created_at AS createdAt, started_at AS startedAt, finished_at AS finishedAt, owner,
  heartbeat_at AS heartbeatAt FROM training_jobs`;

type JobRow = Omit<JobRecord, "activate"> & { activate: number };

function toJob(row: JobRow | undefined): JobRecord | null {
  return row ? { ...row, activate: row.activate === 1 } : null;
}

interface NewJob {
  kind: JobKind;
  technologyId: string;
  modelId?: number | null;
  activate?: boolean;
  actor?: string | null;
  /** "running" with an owner for work its creator runs itself (the CLI); else "queued". */
  owner?: string | null;
}

export function createJob(db: Db, job: NewJob): number {
  const now = new Date().toISOString();
  const running = Boolean(job.owner);
  return Number(
    db.$client
      .prepare(
        `INSERT INTO training_jobs (kind, technology_id, status, progress, model_id, activate, actor, created_at,
           started_at, owner, heartbeat_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        job.kind,
        job.technologyId,
        running ? "running" : "queued",
        job.modelId ?? null,
        job.activate ? 1 : 0,
        job.actor ?? null,
        now,
        running ? now : null,
        job.owner ?? null,
        running ? now : null,
      ).lastInsertRowid,
  );
}

/** Takes the oldest queued job for `owner`, or null when none is queued. Call inside a write transaction. */
export function claimQueuedJob(db: Db, owner: string): JobRecord | null {
  const c = db.$client;
  const next = c.prepare("SELECT id FROM training_jobs WHERE status = 'queued' ORDER BY id LIMIT 1").get() as
    { id: number } | undefined;
  if (!next) return null;
  const now = new Date().toISOString();
  c.prepare(
    `UPDATE training_jobs SET status = 'running', owner = ?, started_at = ?, heartbeat_at = ?, message = NULL
     WHERE id = ?`,
  ).run(owner, now, now, next.id);
  return findJob(db, next.id);
}

/** Queued or running jobs of a kind for a model (to avoid queueing the same activation twice). */
export function pendingJobFor(db: Db, kind: JobKind, modelId: number): JobRecord | null {
  return toJob(
    db.$client
      .prepare(
        `${JOB_SELECT} WHERE kind = ? AND model_id = ? AND status IN ('queued', 'running') ORDER BY id LIMIT 1`,
      )
      .get(kind, modelId) as JobRow | undefined,
  );
}

export function runningJobs(db: Db): JobRecord[] {
  return (db.$client.prepare(`${JOB_SELECT} WHERE status = 'running' ORDER BY id`).all() as JobRow[]).map(
    (r) => toJob(r)!,
  );
}

/** Updates a job and refreshes its heartbeat; a final status also sets finished_at and clears the owner. */
export function updateJob(
  db: Db,
  id: number,
  patch: Partial<Pick<JobRecord, "status" | "progress" | "message" | "modelId">>,
): void {
  const done = patch.status !== undefined && patch.status !== "running";
  const now = new Date().toISOString();
  db.$client
    .prepare(
      `UPDATE training_jobs SET status = COALESCE(?, status), progress = COALESCE(?, progress),
        message = COALESCE(?, message), model_id = COALESCE(?, model_id), heartbeat_at = ?,
        finished_at = CASE WHEN ? THEN ? ELSE finished_at END,
        owner = CASE WHEN ? THEN NULL ELSE owner END WHERE id = ?`,
    )
    .run(
      patch.status ?? null,
      patch.progress ?? null,
      patch.message ?? null,
      patch.modelId ?? null,
      now,
      done && patch.status !== "queued" ? 1 : 0,
      now,
      done ? 1 : 0,
      id,
    );
}

export function findJob(db: Db, id: number): JobRecord | null {
  return toJob(db.$client.prepare(`${JOB_SELECT} WHERE id = ?`).get(id) as JobRow | undefined);
}

/** The latest activation job of each of the given models. */
export function latestActivationJobs(db: Db, modelIds: readonly number[]): Map<number, JobRecord> {
  const rows = db.$client
    .prepare(
      `${JOB_SELECT} WHERE id IN (SELECT MAX(id) FROM training_jobs WHERE kind = 'activate'
         AND model_id IN (SELECT value FROM json_each(?)) GROUP BY model_id)`,
    )
    .all(JSON.stringify(modelIds)) as JobRow[];
  return new Map(rows.map((r) => [r.modelId!, toJob(r)!]));
}

/**
 * How many jobs are in each status, every status included (0 when none): one scan of the
 * training_jobs_status index, cheap enough for the HTTP process to run at every /metrics scrape.
 */
export function jobCountsByStatus(db: Db): Record<JobStatus, number> {
  const rows = db.$client
    .prepare("SELECT status, COUNT(*) AS jobs FROM training_jobs GROUP BY status")
    .all() as { status: JobStatus; jobs: number }[];
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  for (const r of rows) counts[r.status] = r.jobs;
  return counts;
}
