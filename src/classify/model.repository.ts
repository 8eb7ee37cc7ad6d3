// SQL for models, training data, hand labels and training jobs.
import type { Db } from "../db/client";
import type { ClassifierArtifact } from "./classifier";

export interface LabeledPost {
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

export interface NewModel {
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

export function modelArtifact(db: Db, id: number): ClassifierArtifact {
  const row = db.$client.prepare("SELECT artifact FROM models WHERE id = ?").get(id) as
    { artifact: string } | undefined;
  if (!row) throw new Error(`no model ${id}`);
  return JSON.parse(row.artifact) as ClassifierArtifact;
}

export function allPostIds(db: Db): number[] {
  return (db.$client.prepare("SELECT id FROM posts ORDER BY id").all() as { id: number }[]).map((r) => r.id);
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

export interface JobRecord {
  id: number;
  technologyId: string;
  status: "queued" | "running" | "succeeded" | "failed";
  progress: number;
  message: string | null;
  modelId: number | null;
  createdAt: string;
  finishedAt: string | null;
}

const JOB_SELECT = `SELECT id, technology_id AS technologyId, status, progress, message, model_id AS modelId,
  created_at AS createdAt, finished_at AS finishedAt FROM training_jobs`;

export function createJob(db: Db, technologyId: string): number {
  return Number(
    db.$client
      .prepare(
        "INSERT INTO training_jobs (technology_id, status, progress, created_at) VALUES (?, 'queued', 0, ?)",
      )
      .run(technologyId, new Date().toISOString()).lastInsertRowid,
  );
}

export function updateJob(
  db: Db,
  id: number,
  patch: Partial<Pick<JobRecord, "status" | "progress" | "message" | "modelId">>,
): void {
  const done = patch.status === "succeeded" || patch.status === "failed";
  db.$client
    .prepare(
      `UPDATE training_jobs SET status = COALESCE(?, status), progress = COALESCE(?, progress),
        message = COALESCE(?, message), model_id = COALESCE(?, model_id),
        finished_at = CASE WHEN ? THEN ? ELSE finished_at END WHERE id = ?`,
    )
    .run(
      patch.status ?? null,
      patch.progress ?? null,
      patch.message ?? null,
      patch.modelId ?? null,
      done ? 1 : 0,
      new Date().toISOString(),
      id,
    );
}

export function findJob(db: Db, id: number): JobRecord | null {
  return (db.$client.prepare(`${JOB_SELECT} WHERE id = ?`).get(id) as JobRecord | undefined) ?? null;
}

export function listJobs(db: Db, limit: number): JobRecord[] {
  return db.$client.prepare(`${JOB_SELECT} ORDER BY id DESC LIMIT ?`).all(limit) as JobRecord[];
}
