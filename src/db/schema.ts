// Drizzle schema: the single description of every table. drizzle-kit turns changes here into
// migrations under migrations/. Dates are ISO 8601 UTC text, booleans are 0/1 integers.

import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const categories = sqliteTable("categories", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  technical: integer("technical", { mode: "boolean" }).notNull(),
  position: integer("position").notNull(),
});

export const subcategories = sqliteTable("subcategories", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  categoryId: text("category_id")
    .notNull()
    .references(() => categories.id),
  position: integer("position").notNull(),
});

export const technologies = sqliteTable("technologies", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Keyword rules as loaded from taxonomy/technologies.yaml (JSON). */
  rules: text("rules").notNull(),
  position: integer("position").notNull(),
});

/** Where posts come from; `synthetic` marks the generated demo corpus. */
export const sources = sqliteTable("sources", {
  id: text("id").primaryKey(),
  synthetic: integer("synthetic", { mode: "boolean" }).notNull().default(false),
  description: text("description"),
});

export const importBatches = sqliteTable("import_batches", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  file: text("file"),
  format: text("format").notNull(),
  actor: text("actor"),
  startedAt: text("started_at").notNull(),
  finishedAt: text("finished_at"),
  status: text("status").notNull().default("running"),
  rowsRead: integer("rows_read").notNull().default(0),
  inserted: integer("inserted").notNull().default(0),
  updated: integer("updated").notNull().default(0),
  unchanged: integer("unchanged").notNull().default(0),
  rejected: integer("rejected").notNull().default(0),
  labels: integer("labels").notNull().default(0),
  unknownColumns: text("unknown_columns").notNull().default("[]"),
  /** While running: "<host>:<pid>" of the process importing, so a dead importer can be told apart. */
  owner: text("owner"),
  /** While running: refreshed at every committed transaction. */
  heartbeatAt: text("heartbeat_at"),
});

export const rejectedRows = sqliteTable(
  "rejected_rows",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    batchId: integer("batch_id")
      .notNull()
      .references(() => importBatches.id, { onDelete: "cascade" }),
    line: integer("line").notNull(),
    reason: text("reason").notNull(),
    raw: text("raw").notNull(),
  },
  (t) => [index("rejected_rows_batch").on(t.batchId, t.line)],
);

export const posts = sqliteTable(
  "posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    source: text("source").notNull(),
    externalId: text("external_id").notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    categoryId: text("category_id").references(() => categories.id),
    subcategory: text("subcategory"),
    postedAt: text("posted_at"),
    contractType: text("contract_type").notNull().default("none"),
    fixedBudget: real("fixed_budget"),
    hourlyMin: real("hourly_min"),
    hourlyMax: real("hourly_max"),
    /** The value given in the input's projected_value column, if any. */
    projectedValueInput: real("projected_value_input"),
    /** Effective projected value (DESIGN "Projected value"); null when unknown. */
    projectedValue: real("projected_value"),
    duration: text("duration"),
    workload: text("workload"),
    country: text("country"),
    experienceLevel: text("experience_level"),
    batchId: integer("batch_id").references(() => importBatches.id),
    /** Hash of the imported fields: a re-import with the same hash changes nothing. */
    contentHash: text("content_hash").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("posts_source_external").on(t.source, t.externalId),
    index("posts_posted_at").on(t.postedAt),
    index("posts_category").on(t.categoryId, t.postedAt),
  ],
);

/** Raw skill tags of a post, normalized (lower case, single spaces) but not mapped. */
export const postSkills = sqliteTable(
  "post_skills",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    tag: text("tag").notNull(),
    /** The tag as it was written in the post. */
    label: text("label").notNull(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.tag] }), index("post_skills_tag").on(t.tag, t.postId)],
);

export const buckets = sqliteTable("buckets", {
  id: text("id").primaryKey(),
  name: text("name").notNull().unique(),
  position: integer("position").notNull(),
});

export const skills = sqliteTable(
  "skills",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull().unique(),
    bucketId: text("bucket_id")
      .notNull()
      .references(() => buckets.id),
    position: integer("position").notNull(),
  },
  (t) => [index("skills_bucket").on(t.bucketId)],
);

/** An alias maps a normalized tag or a phrase found in a post's text to a skill. */
export const skillAliases = sqliteTable(
  "skill_aliases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    skillId: text("skill_id")
      .notNull()
      .references(() => skills.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["tag", "phrase"] }).notNull(),
    alias: text("alias").notNull(),
    position: integer("position").notNull(),
  },
  (t) => [
    uniqueIndex("skill_aliases_kind_alias").on(t.kind, t.alias),
    index("skill_aliases_skill").on(t.skillId),
  ],
);

/**
 * Which posts contain which text phrase (the taxonomy module keeps it in step with imports
 * and alias edits). Keyed by the phrase itself, not an alias id, so that any version of the
 * dictionary can be answered from it.
 */
export const phraseHits = sqliteTable(
  "phrase_hits",
  {
    phrase: text("phrase").notNull(),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.phrase, t.postId] }), index("phrase_hits_post").on(t.postId, t.phrase)],
);

export const taxonomyChanges = sqliteTable("taxonomy_changes", {
  version: integer("version").primaryKey(),
  at: text("at").notNull(),
  actor: text("actor").notNull(),
  operation: text("operation").notNull(),
  before: text("before"),
  after: text("after"),
  /** The whole dictionary (BucketDef[] JSON) right after this change: `taxonomy(version)` reads it. */
  dictionary: text("dictionary"),
});

export const labels = sqliteTable(
  "labels",
  {
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    technologyId: text("technology_id")
      .notNull()
      .references(() => technologies.id),
    label: integer("label", { mode: "boolean" }).notNull(),
    source: text("source").notNull(),
    actor: text("actor"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.technologyId, t.postId] })],
);

export const models = sqliteTable(
  "models",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    technologyId: text("technology_id")
      .notNull()
      .references(() => technologies.id),
    createdAt: text("created_at").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(false),
    /** Training parameters (JSON). */
    params: text("params").notNull(),
    /** Cross-validated metrics and confusion matrix (JSON). */
    metrics: text("metrics").notNull(),
    threshold: real("threshold").notNull(),
    fingerprint: text("fingerprint").notNull(),
    trainingRows: integer("training_rows").notNull(),
    /** Serialized vectorizer and forest (JSON). */
    artifact: text("artifact").notNull(),
  },
  (t) => [index("models_technology").on(t.technologyId, t.active)],
);

export const classifications = sqliteTable(
  "classifications",
  {
    technologyId: text("technology_id")
      .notNull()
      .references(() => technologies.id),
    postId: integer("post_id")
      .notNull()
      .references(() => posts.id, { onDelete: "cascade" }),
    keywordHit: integer("keyword_hit", { mode: "boolean" }).notNull(),
    probability: real("probability"),
    /** Final label: the hand label where there is one, else the model's (or keyword) decision. */
    label: integer("label", { mode: "boolean" }).notNull(),
    labelSource: text("label_source", { enum: ["hand", "model", "keyword"] }).notNull(),
    modelId: integer("model_id").references(() => models.id),
  },
  (t) => [primaryKey({ columns: [t.technologyId, t.postId] }), index("classifications_post").on(t.postId)],
);

/** Long work run by a job runner, never by the process that serves requests: training and activation. */
export const trainingJobs = sqliteTable(
  "training_jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "train" (a new model from the hand labels) or "activate" (make model_id active and reclassify). */
    kind: text("kind", { enum: ["train", "activate"] })
      .notNull()
      .default("train"),
    technologyId: text("technology_id").notNull(),
    status: text("status", {
      enum: ["queued", "running", "succeeded", "failed", "interrupted"],
    }).notNull(),
    progress: real("progress").notNull().default(0),
    message: text("message"),
    /** train: the model it made; activate: the model to activate. */
    modelId: integer("model_id"),
    /** train: activate the new model when training succeeds. */
    activate: integer("activate", { mode: "boolean" }).notNull().default(false),
    actor: text("actor"),
    createdAt: text("created_at").notNull(),
    startedAt: text("started_at"),
    finishedAt: text("finished_at"),
    /** While running: "<host>:<pid>" of the runner that claimed the job. */
    owner: text("owner"),
    heartbeatAt: text("heartbeat_at"),
  },
  (t) => [index("training_jobs_status").on(t.status, t.id)],
);

export const apiKeys = sqliteTable("api_keys", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  hash: text("hash").notNull().unique(),
  prefix: text("prefix").notNull(),
  role: text("role", { enum: ["viewer", "editor", "admin"] }).notNull(),
  name: text("name"),
  createdAt: text("created_at").notNull(),
  revokedAt: text("revoked_at"),
});

/** Small key/value facts about the database itself (e.g. the hash of the last loaded dictionary file). */
export const appMeta = sqliteTable("app_meta", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

/**
 * Queries saved under a name by editors, answered at GET /export/NAME.csv and /export/NAME.json
 * (src/queries/). `version` starts at 1 and grows with every save: overwriting needs the current one.
 */
export const savedQueries = sqliteTable("saved_queries", {
  /** The URL slug: lower-case letters, digits, `-` and `_` (see src/queries/saved-query.service.ts). */
  name: text("name").primaryKey(),
  description: text("description"),
  /** The GraphQL document, as the editor sent it. */
  query: text("query").notNull(),
  /** The operation to run when the document has several. */
  operationName: text("operation_name"),
  /** The saved variables (a JSON object), overridable per request. */
  variables: text("variables").notNull().default("{}"),
  version: integer("version").notNull(),
  createdAt: text("created_at").notNull(),
  createdBy: text("created_by").notNull(),
  updatedAt: text("updated_at").notNull(),
  updatedBy: text("updated_by").notNull(),
});
