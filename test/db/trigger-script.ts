// One sequence of plain DML that both SQLite and PostgreSQL accept, run on both databases by
// test/db/pg-schema.test.ts: the triggers must leave every table with the same rows. It writes
// what the app writes (an import's posts with the facts and bucket counts it adds itself, then
// edits of posts, labels, tags, phrases, aliases and skills, then deletes) and fires every
// trigger of migrations/pg/0001_triggers.sql at least once; each step names the triggers it
// fires, by their names in both databases (a trigger fired only through another is named too).

export interface ScriptStep {
  sql: string;
  /** The ported triggers this statement fires. */
  fires: readonly string[];
  /** The app's own writes to SQLite's FTS5 table posts_fts, which posts.fts stands in for on PostgreSQL. */
  sqliteOnly?: true;
}

const AT = "2024-03-01T00:00:00Z";

/** Whole days since 1970-01-01 of an ISO date, as the import writes post_facts.day. */
function day(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
}

function post(
  id: number,
  source: string,
  title: string,
  description: string,
  category: string | null,
  postedAt: string | null,
  value: number | null,
): string {
  const q = (v: string | number | null) =>
    v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v}'`;
  return `INSERT INTO posts (source, external_id, title, description, category_id, posted_at, contract_type,
      fixed_budget, projected_value_input, projected_value, country, batch_id, content_hash, created_at, updated_at)
    VALUES (${q(source)}, ${q(`e${id}`)}, ${q(title)}, ${q(description)}, ${q(category)}, ${q(postedAt)}, 'fixed',
      ${q(value)}, NULL, ${q(value)}, 'DE', 1, ${q(`h${id}`)}, '${AT}', '${AT}')`;
}

const ftsOf = (ids: string): ScriptStep => ({
  sql: `INSERT INTO posts_fts (rowid, title, description) SELECT id, title, description FROM posts WHERE id IN (${ids})`,
  fires: [],
  sqliteOnly: true,
});

/** What PostWriter.writeFacts adds for new posts: their post_facts rows (day computed here). */
function facts(
  id: number,
  postedAt: string | null,
  category: string | null,
  value: number | null,
): ScriptStep {
  const d = postedAt === null ? "NULL" : String(day(postedAt.slice(0, 10)));
  const c = category === null ? "NULL" : `'${category}'`;
  const v = value === null ? "NULL" : String(value);
  return {
    sql: `INSERT INTO post_facts (post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source)
      SELECT id, ${d}, ${c}, subcategory, ${v}, contract_type, country, experience_level, source FROM posts WHERE id = ${id}`,
    fires: [],
  };
}

/** ... and their counts in the daily rollup (the monthly one follows by trigger). */
const rollupOf = (ids: string): ScriptStep => ({
  sql: `INSERT INTO fact_rollup (technology_id, day, category_id, posts, known, high)
    SELECT '', day, COALESCE(category_id, ''), COUNT(*), COUNT(value), SUM(CASE WHEN value > 1000 THEN 1 ELSE 0 END)
    FROM post_facts WHERE post_id IN (${ids}) AND day IS NOT NULL GROUP BY day, COALESCE(category_id, '')
    ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = fact_rollup.posts + excluded.posts,
      known = fact_rollup.known + excluded.known, high = fact_rollup.high + excluded.high`,
  fires: ["fact_rollup_month_insert"],
});

/** ... and what their skill tags put them in (taxonomy addTagBucketCounts). */
const tagCountsOf = (ids: string): ScriptStep => ({
  sql: `INSERT INTO post_bucket_counts (post_id, bucket_id, n)
    SELECT ps.post_id, s.bucket_id, COUNT(*) FROM post_skills ps
      JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
    WHERE ps.post_id IN (${ids}) GROUP BY ps.post_id, s.bucket_id
    ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = post_bucket_counts.n + excluded.n`,
  fires: [],
});

const TAKEN_OUT_AND_PUT_BACK = [
  "post_facts_update",
  "fact_rollup_post_update",
  "fact_rollup_tech_update",
  "fact_rollup_month_update",
  "fact_rollup_month_delete",
  "fact_rollup_month_insert",
  "analytics_changes_post_update",
];

const step = (sql: string, ...fires: string[]): ScriptStep => ({ sql, fires });

export const TRIGGER_SCRIPT: readonly ScriptStep[] = [
  // The dictionaries and the rows the posts refer to (no triggers).
  step(
    `INSERT INTO categories (id, name, technical, position) VALUES ('dev', 'Development', 1, 1), ('design', 'Design', 0, 2)`,
  ),
  step(
    `INSERT INTO subcategories (id, name, category_id, position) VALUES ('web', 'Web development', 'dev', 1)`,
  ),
  step(
    `INSERT INTO technologies (id, name, rules, position) VALUES ('ai', 'AI', '{"any":["ai"]}', 1), ('cloud', 'Cloud', '{}', 2)`,
  ),
  step(`INSERT INTO sources (id) VALUES ('upwork')`),
  step(`INSERT INTO sources (id, synthetic, description) VALUES ('demo', 1, 'Generated demo corpus')`),
  step(
    `INSERT INTO import_batches (file, format, actor, started_at) VALUES ('posts.csv', 'csv', 'ann', '${AT}')`,
  ),
  step(`INSERT INTO import_batches (format, started_at) VALUES ('json', '${AT}')`),
  step(
    `INSERT INTO rejected_rows (batch_id, line, reason, raw) VALUES (1, 3, 'no title', 'x,y'), (2, 1, 'bad date', 'a,b')`,
  ),
  step(`INSERT INTO buckets (id, name, position) VALUES ('lang', 'Languages', 1), ('ml', 'Machine learning', 2),
    ('ops', 'Operations', 3), ('art', 'Design tools', 4)`),
  step(`INSERT INTO skills (id, name, bucket_id, position) VALUES ('python', 'Python', 'lang', 1),
    ('pytorch', 'PyTorch', 'ml', 2), ('docker', 'Docker', 'ops', 3), ('llm', 'LLM', 'ml', 4), ('figma', 'Figma', 'art', 5)`),
  // No post has these tags or phrases yet: the trigger adds nothing.
  step(
    `INSERT INTO skill_aliases (skill_id, kind, alias, position) VALUES ('python', 'tag', 'python', 1),
      ('pytorch', 'tag', 'pytorch', 1), ('docker', 'tag', 'docker', 1), ('llm', 'phrase', 'large language model', 1),
      ('python', 'phrase', 'python', 2)`,
    "post_bucket_alias_insert",
  ),

  // An import: posts, their full-text entries (SQLite), facts, rollup, tags and tag counts.
  step(
    post(
      1,
      "upwork",
      "Python developer for an LLM app",
      "A large language model chatbot in python",
      "dev",
      "2024-01-15T10:00:00Z",
      1500,
    ),
  ),
  step(post(2, "upwork", "Docker setup", "Containerize our services", "dev", "2024-01-15T18:30:00Z", null)),
  step(`INSERT INTO posts (source, external_id, title, category_id, fixed_budget, projected_value, content_hash, created_at, updated_at)
    VALUES ('upwork', 'e3', 'Logo design', 'design', 300, 300, 'h3', '${AT}', '${AT}')`),
  step(
    post(
      4,
      "demo",
      "ML engineer",
      "PyTorch models and large language model tuning",
      null,
      "2023-02-28T09:00:00Z",
      5000,
    ),
  ),
  ftsOf("1, 2, 3, 4"),
  facts(1, "2024-01-15T10:00:00Z", "dev", 1500),
  facts(2, "2024-01-15T18:30:00Z", "dev", null),
  facts(3, null, "design", 300),
  facts(4, "2023-02-28T09:00:00Z", null, 5000),
  rollupOf("1, 2, 3, 4"),
  step(`INSERT INTO post_skills (post_id, tag, label) VALUES (1, 'python', 'Python'), (1, 'pytorch', 'PyTorch'),
    (2, 'docker', 'Docker'), (3, 'logo', 'Logo'), (3, 'figma', 'Figma'), (4, 'pytorch', 'PyTorch'), (4, 'python', 'Python')`),
  tagCountsOf("1, 2, 3, 4"),
  step(
    `INSERT INTO phrase_hits (phrase, post_id) VALUES ('large language model', 1)`,
    "post_bucket_phrase_insert",
    "analytics_changes_phrase_insert",
  ),
  step(
    `INSERT INTO phrase_hits (phrase, post_id) VALUES ('large language model', 4)`,
    "post_bucket_phrase_insert",
    "analytics_changes_phrase_insert",
  ),
  step(
    `INSERT INTO phrase_hits (phrase, post_id) VALUES ('python', 1)`,
    "post_bucket_phrase_insert",
    "analytics_changes_phrase_insert",
  ),
  step(
    `INSERT INTO phrase_hits (phrase, post_id) VALUES ('kubernetes', 2)`,
    "post_bucket_phrase_insert",
    "analytics_changes_phrase_insert",
  ),
  // Already there: ignored, so no trigger fires.
  step(`INSERT INTO phrase_hits (phrase, post_id) VALUES ('python', 1) ON CONFLICT DO NOTHING`),

  // Models and classifications: positive labels reach tech_facts, the rollups and the change log.
  step(`INSERT INTO models (technology_id, created_at, params, metrics, threshold, fingerprint, training_rows, artifact)
    VALUES ('ai', '${AT}', '{}', '{"f1":0.9}', 0.5, 'fp1', 10, '{}')`),
  step(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
      VALUES ('ai', 1, 1, 0.93, 1, 'model', 1)`,
    "tech_facts_label_insert",
    "fact_rollup_tech_insert",
    "fact_rollup_month_insert",
    "analytics_changes_label_insert",
  ),
  // A negative label: nothing.
  step(`INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
    VALUES ('ai', 2, 0, 0.2, 0, 'model', 1)`),
  // A post without a date: a tech_facts row, but no rollup count.
  step(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
      VALUES ('ai', 3, 1, NULL, 1, 'keyword', NULL)`,
    "tech_facts_label_insert",
    "analytics_changes_label_insert",
  ),
  step(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
      VALUES ('ai', 4, 0, 0.7, 1, 'model', 1)`,
    "tech_facts_label_insert",
    "fact_rollup_tech_insert",
    "fact_rollup_month_insert",
    "analytics_changes_label_insert",
  ),
  step(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
      VALUES ('cloud', 2, 1, NULL, 1, 'keyword', NULL)`,
    "tech_facts_label_insert",
    "fact_rollup_tech_insert",
    "fact_rollup_month_insert",
    "analytics_changes_label_insert",
  ),
  step(`INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
    VALUES ('cloud', 1, 0, NULL, 0, 'keyword', NULL)`),

  // Tables without triggers, some relying on column defaults.
  step(`INSERT INTO labels (post_id, technology_id, label, source, actor, created_at)
    VALUES (1, 'ai', 1, 'hand', 'ann', '${AT}'), (2, 'ai', 0, 'hand', 'ann', '${AT}')`),
  step(`INSERT INTO training_jobs (technology_id, status, created_at) VALUES ('ai', 'queued', '${AT}')`),
  step(
    `INSERT INTO api_keys (hash, prefix, role, name, created_at) VALUES ('abc123', 'fk_abc', 'editor', 'ci', '${AT}')`,
  ),
  step(`INSERT INTO app_meta (key, value) VALUES ('dictionary_hash', 'd41d8cd9')`),
  step(`INSERT INTO saved_queries (name, query, version, created_at, created_by, updated_at, updated_by)
    VALUES ('ai-share', '{ posts { total } }', 1, '${AT}', 'ann', '${AT}', 'ann')`),
  step(`INSERT INTO taxonomy_changes (version, at, actor, operation, before, after, dictionary)
    VALUES (1, '${AT}', 'ann', 'addAlias', NULL, '{"alias":"python"}', '[]')`),

  // Post edits.
  // A column post_facts does not hold: the change log only.
  step(
    `UPDATE posts SET title = 'Senior Python developer', updated_at = '${AT}' WHERE id = 1`,
    "analytics_changes_post_update",
  ),
  // A new day (2024-02-30 is 2024-03-01 to SQLite) and value: the post's and its labels' counts move.
  step(
    `UPDATE posts SET posted_at = '2024-02-30T08:00:00Z', projected_value = 2500 WHERE id = 1`,
    "post_facts_update",
    "fact_rollup_post_update",
    "fact_rollup_tech_update",
    "fact_rollup_month_update",
    "fact_rollup_month_insert",
    "fact_rollup_month_delete",
    "analytics_changes_post_update",
  ),
  // The date goes: the counts go too (a rollup row reaching 0 is deleted, and its month's).
  step(
    `UPDATE posts SET posted_at = NULL WHERE id = 2`,
    "post_facts_update",
    "fact_rollup_post_update",
    "fact_rollup_tech_update",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "analytics_changes_post_update",
  ),
  // A date comes (before 1970: day -1) and the category changes.
  step(
    `UPDATE posts SET posted_at = '1969-12-31T23:00:00Z', category_id = 'design' WHERE id = 3`,
    "post_facts_update",
    "fact_rollup_post_update",
    "fact_rollup_tech_update",
    "fact_rollup_month_insert",
    "analytics_changes_post_update",
  ),
  // Year 0 (1 BC), then a date SQLite cannot read (no day), then 2023-02-31 (2023-03-03 to SQLite).
  step(
    `UPDATE posts SET posted_at = '0000-01-01T00:00:00Z' WHERE id = 4`,
    "post_facts_update",
    "fact_rollup_post_update",
    "fact_rollup_tech_update",
    "fact_rollup_month_update",
    "fact_rollup_month_insert",
    "fact_rollup_month_delete",
    "analytics_changes_post_update",
  ),
  step(
    `UPDATE posts SET posted_at = 'soon' WHERE id = 4`,
    "post_facts_update",
    "fact_rollup_post_update",
    "fact_rollup_tech_update",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "analytics_changes_post_update",
  ),
  step(
    `UPDATE posts SET posted_at = '2023-02-31' WHERE id = 4`,
    "post_facts_update",
    "fact_rollup_post_update",
    "fact_rollup_tech_update",
    "fact_rollup_month_insert",
    "analytics_changes_post_update",
  ),
  // Columns post_facts holds, but not the counted ones: the counts are taken out and put back
  // (the post's label's rollup row, counting it alone, is deleted and inserted again).
  step(
    `UPDATE posts SET country = 'FR', contract_type = 'hourly', source = 'demo', subcategory = 'web' WHERE id = 1`,
    ...TAKEN_OUT_AND_PUT_BACK,
  ),
  // A value no longer known.
  step(`UPDATE posts SET projected_value = NULL WHERE id = 3`, ...TAKEN_OUT_AND_PUT_BACK),

  // Label edits.
  // Not the label: nothing.
  step(`UPDATE classifications SET probability = 0.95 WHERE technology_id = 'ai' AND post_id = 1`),
  step(
    `UPDATE classifications SET label = 0, label_source = 'hand' WHERE technology_id = 'ai' AND post_id = 1`,
    "tech_facts_label_update",
    "fact_rollup_tech_delete",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "analytics_changes_label_update",
  ),
  step(
    `UPDATE classifications SET label = 1 WHERE technology_id = 'cloud' AND post_id = 1`,
    "tech_facts_label_update",
    "fact_rollup_tech_insert",
    "fact_rollup_month_insert",
    "analytics_changes_label_update",
  ),
  // Another post: the log gets both.
  step(
    `UPDATE classifications SET post_id = 4 WHERE technology_id = 'cloud' AND post_id = 2`,
    "tech_facts_label_update",
    "fact_rollup_tech_insert",
    "fact_rollup_month_insert",
    "analytics_changes_label_update",
  ),
  step(
    `UPDATE classifications SET technology_id = 'cloud' WHERE technology_id = 'ai' AND post_id = 3`,
    "tech_facts_label_update",
    "fact_rollup_tech_delete",
    "fact_rollup_tech_insert",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "fact_rollup_month_insert",
    "analytics_changes_label_update",
  ),
  step(
    `DELETE FROM classifications WHERE technology_id = 'ai' AND post_id = 4`,
    "tech_facts_label_delete",
    "fact_rollup_tech_delete",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "analytics_changes_label_delete",
  ),
  // A label's source alone (a hand label that confirms the label, a keyword hit the rules found):
  // the change log only, for the snapshot's estimate cells.
  step(
    `UPDATE classifications SET label_source = 'hand' WHERE technology_id = 'ai' AND post_id = 2`,
    "analytics_changes_label_update",
  ),
  step(
    `UPDATE classifications SET label_source = 'model', keyword_hit = 1 WHERE technology_id = 'ai' AND post_id = 2`,
    "analytics_changes_label_update",
  ),
  // A negative label on a keyword candidate, then a negative hand label: the change log only.
  step(
    `DELETE FROM classifications WHERE technology_id = 'ai' AND post_id = 2`,
    "analytics_changes_label_delete",
  ),
  step(
    `INSERT INTO classifications (technology_id, post_id, keyword_hit, probability, label, label_source, model_id)
      VALUES ('ai', 2, 0, NULL, 0, 'hand', NULL)`,
    "analytics_changes_label_insert",
  ),

  // Skill tag edits.
  step(
    `UPDATE post_skills SET tag = 'docker', label = 'Docker' WHERE post_id = 1 AND tag = 'pytorch'`,
    "post_bucket_tag_update",
    "post_bucket_delta_apply",
  ),
  step(
    `UPDATE post_skills SET post_id = 3 WHERE post_id = 2 AND tag = 'docker'`,
    "post_bucket_tag_update",
    "post_bucket_delta_apply",
  ),
  // Neither post_id nor tag: nothing (two rows).
  step(`UPDATE post_skills SET label = 'PYTHON' WHERE tag = 'python'`),
  step(
    `DELETE FROM post_skills WHERE post_id = 4 AND tag = 'python'`,
    "post_bucket_tag_delete",
    "post_bucket_delta_apply",
  ),
  // A tag no alias maps: the trigger adds nothing.
  step(`DELETE FROM post_skills WHERE tag = 'logo'`, "post_bucket_tag_delete"),

  // Phrase hit edits.
  step(
    `UPDATE phrase_hits SET phrase = 'python' WHERE phrase = 'large language model' AND post_id = 4`,
    "post_bucket_phrase_update",
    "post_bucket_delta_apply",
    "analytics_changes_phrase_update",
  ),
  step(
    `UPDATE phrase_hits SET post_id = 2 WHERE phrase = 'python' AND post_id = 1`,
    "post_bucket_phrase_update",
    "post_bucket_delta_apply",
    "analytics_changes_phrase_update",
  ),
  step(
    `DELETE FROM phrase_hits WHERE phrase = 'large language model' AND post_id = 1`,
    "post_bucket_phrase_delete",
    "post_bucket_delta_apply",
    "analytics_changes_phrase_delete",
  ),

  // Dictionary edits: aliases.
  step(
    `INSERT INTO skill_aliases (skill_id, kind, alias, position) VALUES ('docker', 'phrase', 'kubernetes', 2)`,
    "post_bucket_alias_insert",
    "post_bucket_delta_apply",
  ),
  step(
    `INSERT INTO skill_aliases (skill_id, kind, alias, position) VALUES ('figma', 'tag', 'figma', 1)`,
    "post_bucket_alias_insert",
    "post_bucket_delta_apply",
  ),
  step(
    `UPDATE skill_aliases SET alias = 'pytorch 2' WHERE kind = 'tag' AND alias = 'pytorch'`,
    "post_bucket_alias_update",
    "post_bucket_delta_apply",
  ),
  step(
    `UPDATE skill_aliases SET skill_id = 'python' WHERE kind = 'phrase' AND alias = 'kubernetes'`,
    "post_bucket_alias_update",
    "post_bucket_delta_apply",
  ),
  // Neither skill_id, kind nor alias: nothing (every row).
  step(`UPDATE skill_aliases SET position = position + 10`),
  // The same alias written again (three rows): each match is taken out and put back.
  step(
    `UPDATE skill_aliases SET alias = alias WHERE skill_id = 'python'`,
    "post_bucket_alias_update",
    "post_bucket_delta_apply",
  ),
  step(
    `UPDATE skill_aliases SET kind = 'tag' WHERE kind = 'phrase' AND alias = 'kubernetes'`,
    "post_bucket_alias_update",
    "post_bucket_delta_apply",
  ),
  step(
    `DELETE FROM skill_aliases WHERE kind = 'phrase' AND alias = 'python'`,
    "post_bucket_alias_delete",
    "post_bucket_delta_apply",
  ),
  // The view itself, as a bulk change would use it.
  step(
    `INSERT INTO post_bucket_delta (post_id, bucket_id, d) VALUES (3, 'lang', 1)`,
    "post_bucket_delta_apply",
  ),
  step(
    `INSERT INTO post_bucket_delta (post_id, bucket_id, d) VALUES (3, 'lang', -1)`,
    "post_bucket_delta_apply",
  ),

  // Dictionary edits: skills.
  // Not the bucket, then the same bucket: nothing.
  step(`UPDATE skills SET name = 'Python 3' WHERE id = 'python'`),
  step(`UPDATE skills SET bucket_id = bucket_id WHERE id = 'python'`),
  step(
    `UPDATE skills SET bucket_id = 'ops' WHERE id = 'python'`,
    "post_bucket_skill_move",
    "post_bucket_delta_apply",
  ),
  // Two skills at once.
  step(
    `UPDATE skills SET bucket_id = 'ml' WHERE bucket_id = 'ops'`,
    "post_bucket_skill_move",
    "post_bucket_delta_apply",
  ),
  step(
    `DELETE FROM skills WHERE id = 'docker'`,
    "post_bucket_skill_delete",
    "post_bucket_alias_delete",
    "post_bucket_delta_apply",
  ),

  // Deletes. A post with labels, a positive classification, skill tags and a phrase hit: the
  // foreign keys cascade (and fire the children's triggers), then the post's own triggers.
  step(
    `INSERT INTO phrase_hits (phrase, post_id) VALUES ('kubernetes', 1)`,
    "post_bucket_phrase_insert",
    "analytics_changes_phrase_insert",
  ),
  step(
    `DELETE FROM posts WHERE id = 1`,
    "tech_facts_label_delete",
    "fact_rollup_tech_delete",
    "analytics_changes_label_delete",
    "post_bucket_phrase_delete",
    "analytics_changes_phrase_delete",
    "post_bucket_tag_delete",
    "post_bucket_delta_apply",
    "post_facts_delete",
    "fact_rollup_post_delete",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "analytics_changes_post_delete",
  ),
  // The newest post goes; the next one does not take its id (AUTOINCREMENT). Its tag and phrase
  // no longer match an alias: their triggers change no count.
  step(
    `DELETE FROM posts WHERE id = 4`,
    "tech_facts_label_delete",
    "fact_rollup_tech_delete",
    "analytics_changes_label_delete",
    "post_bucket_phrase_delete",
    "analytics_changes_phrase_delete",
    "post_bucket_tag_delete",
    "post_facts_delete",
    "fact_rollup_post_delete",
    "fact_rollup_month_update",
    "fact_rollup_month_delete",
    "analytics_changes_post_delete",
  ),
  step(post(5, "upwork", "Figma designer", "Design system in Figma", "design", "2024-01-20T00:00:00Z", 800)),
  ftsOf("5"),
  facts(5, "2024-01-20T00:00:00Z", "design", 800),
  rollupOf("5"),
  step(`INSERT INTO post_skills (post_id, tag, label) VALUES (5, 'figma', 'Figma')`),
  tagCountsOf("5"),
  step(`DELETE FROM import_batches WHERE id = 2`),

  // The change log's own trigger, last: these seq are given, and SQLite would number the next
  // rows after them (largest rowid + 1) where PostgreSQL's identity sequence would not.
  step(`INSERT INTO analytics_changes (seq, post_id) VALUES (15000, 2)`),
  // A multiple of 10000 that leaves nothing old enough to prune, then one that prunes all before 10001.
  step(`INSERT INTO analytics_changes (seq, post_id) VALUES (200000, 3)`, "analytics_changes_prune"),
  step(`INSERT INTO analytics_changes (seq, post_id) VALUES (210000, 5)`, "analytics_changes_prune"),
];
