// Reads of technologies, models and classifications for the API (plain objects).
import type { Db } from "../db/client";
import type { KeywordRules, Model, ModelMetrics, PostTechnology, Technology } from "./technology.type";
import type { LabelSource } from "./technology.type";

interface TechnologyRow {
  id: string;
  name: string;
  rules: string;
}

function toTechnology(r: TechnologyRow): Technology {
  return { id: r.id, name: r.name, rules: JSON.parse(r.rules) as KeywordRules };
}

export function listTechnologies(db: Db): Technology[] {
  return (
    db.$client
      .prepare("SELECT id, name, rules FROM technologies ORDER BY position, id")
      .all() as TechnologyRow[]
  ).map(toTechnology);
}

export function technologiesByIds(db: Db, ids: readonly string[]): Map<string, Technology> {
  const rows = db.$client
    .prepare("SELECT id, name, rules FROM technologies WHERE id IN (SELECT value FROM json_each(?))")
    .all(JSON.stringify(ids)) as TechnologyRow[];
  return new Map(rows.map((r) => [r.id, toTechnology(r)]));
}

interface ModelRow {
  id: number;
  technologyId: string;
  createdAt: string;
  active: number;
  threshold: number;
  trainingRows: number;
  fingerprint: string;
  metrics: string;
  params: string;
}

const MODEL_SELECT = `SELECT id, technology_id AS technologyId, created_at AS createdAt, active, threshold,
  training_rows AS trainingRows, fingerprint, metrics, params FROM models`;

function toModel(r: ModelRow): Model {
  return {
    id: String(r.id),
    technologyId: r.technologyId,
    createdAt: r.createdAt,
    active: r.active === 1,
    threshold: r.threshold,
    trainingRows: r.trainingRows,
    fingerprint: r.fingerprint,
    metrics: JSON.parse(r.metrics) as ModelMetrics,
    params: r.params,
  };
}

export function modelsByIds(db: Db, ids: readonly number[]): Map<number, Model> {
  const rows = db.$client
    .prepare(`${MODEL_SELECT} WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ModelRow[];
  return new Map(rows.map((r) => [r.id, toModel(r)]));
}

export function activeModelsByTechnology(db: Db, techIds: readonly string[]): Map<string, Model> {
  const rows = db.$client
    .prepare(`${MODEL_SELECT} WHERE active = 1 AND technology_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(techIds)) as ModelRow[];
  return new Map(rows.map((r) => [r.technologyId, toModel(r)]));
}

export function listModels(db: Db, technologyId: string | null): Model[] {
  const rows = (
    technologyId === null
      ? db.$client.prepare(`${MODEL_SELECT} ORDER BY id DESC`).all()
      : db.$client.prepare(`${MODEL_SELECT} WHERE technology_id = ? ORDER BY id DESC`).all(technologyId)
  ) as ModelRow[];
  return rows.map(toModel);
}

export function classificationsByPostIds(db: Db, postIds: readonly number[]): Map<number, PostTechnology[]> {
  const rows = db.$client
    .prepare(
      `SELECT c.technology_id AS technologyId, c.post_id AS postId, c.keyword_hit AS keywordHit, c.probability,
         c.label, c.label_source AS labelSource, c.model_id AS modelId
       FROM classifications c JOIN technologies t ON t.id = c.technology_id
       WHERE c.post_id IN (SELECT value FROM json_each(?)) ORDER BY c.post_id, t.position`,
    )
    .all(JSON.stringify(postIds)) as {
    technologyId: string;
    postId: number;
    keywordHit: number;
    probability: number | null;
    label: number;
    labelSource: LabelSource;
    modelId: number | null;
  }[];
  const out = new Map<number, PostTechnology[]>(postIds.map((id) => [id, []]));
  for (const r of rows)
    out.get(r.postId)?.push({ ...r, keywordHit: r.keywordHit === 1, label: r.label === 1 });
  return out;
}

/** Hand labels and label sources per technology (see provenance.ts). */
export function technologyProvenance(db: Db): {
  technologyId: string;
  handLabels: number;
  labelSources: { source: LabelSource; posts: number; positives: number }[];
}[] {
  const c = db.$client;
  const techs = c.prepare("SELECT id FROM technologies ORDER BY position, id").all() as { id: string }[];
  const hand = new Map(
    (
      c.prepare("SELECT technology_id AS t, COUNT(*) AS n FROM labels GROUP BY technology_id").all() as {
        t: string;
        n: number;
      }[]
    ).map((r) => [r.t, r.n]),
  );
  const sources = c
    .prepare(
      `SELECT technology_id AS t, label_source AS source, COUNT(*) AS posts, SUM(label) AS positives
       FROM classifications GROUP BY technology_id, label_source ORDER BY technology_id, label_source`,
    )
    .all() as { t: string; source: LabelSource; posts: number; positives: number }[];
  return techs.map((t) => ({
    technologyId: t.id,
    handLabels: hand.get(t.id) ?? 0,
    labelSources: sources
      .filter((s) => s.t === t.id)
      .map(({ source, posts, positives }) => ({ source, posts, positives })),
  }));
}
