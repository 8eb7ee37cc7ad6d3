-- The SQLite triggers still present after migrations/0010, in PL/pgSQL, with the same timing,
-- UPDATE OF columns, WHEN conditions and writes (FOR EACH ROW, as all SQLite triggers are). One
-- function per trigger, named like it. The origin of each is the SQLite migration named above it.
-- Left out: posts_fts_delete and posts_fts_update (FTS5); PostgreSQL keeps posts.fts itself.
-- Translations: SQLite's IS NOT -> IS DISTINCT FROM; a boolean used as a number -> ::integer;
-- INSERT OR IGNORE -> ON CONFLICT DO NOTHING; an upsert's SET names the row being updated by the
-- table's alias (PostgreSQL finds a bare column name ambiguous there); the date arithmetic ->
-- epoch_day and epoch_month below.

-- SQLite: CAST(julianday(substr(t, 1, 10)) - 2440587.5 AS INTEGER), the day number (days since
-- 1970-01-01) of an ISO 8601 date, as SQLite reads it: YYYY-MM-DD with a month of 01-12 and a
-- day of 01-31 that rolls over the month's end (2023-02-30 is 2023-03-02); year 0000 is 1 BC.
-- Other text gives NULL (SQLite would also read a bare Julian day number, a time of day, 'now').
CREATE FUNCTION epoch_day(date_text text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN substr(date_text, 1, 10) ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' THEN
  (make_date(CASE substr(date_text, 1, 4) WHEN '0000' THEN -1 ELSE substr(date_text, 1, 4)::integer END,
    substr(date_text, 6, 2)::integer, 1) - date '1970-01-01') + substr(date_text, 9, 2)::integer - 1
END;
--> statement-breakpoint
-- SQLite: CAST(strftime('%Y', d * 86400, 'unixepoch') AS INTEGER) * 12
--   + CAST(strftime('%m', d * 86400, 'unixepoch') AS INTEGER) - 1, the month number of day d;
-- NULL outside SQLite's date range (Julian day 0 to 9999-12-31). SQLite counts years like ISO
-- 8601 (year 0 is 1 BC), PostgreSQL from 1 BC backwards: days before 0001-01-01 (-719162) add 1.
CREATE FUNCTION epoch_month(day_number integer) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN day_number BETWEEN -2440587 AND 2932896 THEN
  (extract(year FROM date '1970-01-01' + day_number)::integer
    + CASE WHEN day_number < -719162 THEN 1 ELSE 0 END) * 12
  + extract(month FROM date '1970-01-01' + day_number)::integer - 1
END;
--> statement-breakpoint

-- 0003_analytics_facts: the monthly rollup follows the daily one.
CREATE FUNCTION fact_rollup_month_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fact_rollup_month AS r (technology_id, month, category_id, posts, known, high)
  SELECT NEW.technology_id, epoch_month(NEW.day), NEW.category_id, NEW.posts, NEW.known, NEW.high
  ON CONFLICT (technology_id, month, category_id) DO UPDATE SET posts = r.posts + excluded.posts,
    known = r.known + excluded.known, high = r.high + excluded.high;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_month_insert AFTER INSERT ON fact_rollup
FOR EACH ROW EXECUTE FUNCTION fact_rollup_month_insert();
--> statement-breakpoint
CREATE FUNCTION fact_rollup_month_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE fact_rollup_month SET posts = posts + NEW.posts - OLD.posts, known = known + NEW.known - OLD.known,
    high = high + NEW.high - OLD.high
  WHERE technology_id = NEW.technology_id AND month = epoch_month(NEW.day) AND category_id = NEW.category_id;
  DELETE FROM fact_rollup_month
  WHERE technology_id = NEW.technology_id AND month = epoch_month(NEW.day) AND category_id = NEW.category_id
    AND posts = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_month_update AFTER UPDATE ON fact_rollup
FOR EACH ROW EXECUTE FUNCTION fact_rollup_month_update();
--> statement-breakpoint
CREATE FUNCTION fact_rollup_month_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE fact_rollup_month SET posts = posts - OLD.posts, known = known - OLD.known, high = high - OLD.high
  WHERE technology_id = OLD.technology_id AND month = epoch_month(OLD.day) AND category_id = OLD.category_id;
  DELETE FROM fact_rollup_month
  WHERE technology_id = OLD.technology_id AND month = epoch_month(OLD.day) AND category_id = OLD.category_id
    AND posts = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_month_delete AFTER DELETE ON fact_rollup
FOR EACH ROW EXECUTE FUNCTION fact_rollup_month_delete();
--> statement-breakpoint

-- 0003_analytics_facts: post_facts and tech_facts follow posts (new posts get their post_facts
-- row from the import, 0009).
CREATE FUNCTION post_facts_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE post_facts SET day = epoch_day(NEW.posted_at),
    category_id = NEW.category_id, subcategory = NEW.subcategory, value = NEW.projected_value,
    contract_type = NEW.contract_type, country = NEW.country, experience_level = NEW.experience_level,
    source = NEW.source
  WHERE post_id = NEW.id;
  UPDATE tech_facts SET day = epoch_day(NEW.posted_at),
    category_id = NEW.category_id, value = NEW.projected_value
  WHERE post_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_facts_update
AFTER UPDATE OF posted_at, category_id, subcategory, projected_value, contract_type, country, experience_level, source
ON posts FOR EACH ROW EXECUTE FUNCTION post_facts_update();
--> statement-breakpoint
CREATE FUNCTION post_facts_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM tech_facts WHERE post_id = OLD.id;
  DELETE FROM post_facts WHERE post_id = OLD.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_facts_delete AFTER DELETE ON posts
FOR EACH ROW EXECUTE FUNCTION post_facts_delete();
--> statement-breakpoint

-- 0003_analytics_facts: tech_facts holds the positive final labels.
CREATE FUNCTION tech_facts_label_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO tech_facts (technology_id, post_id, day, category_id, value)
  SELECT NEW.technology_id, f.post_id, f.day, f.category_id, f.value FROM post_facts f WHERE f.post_id = NEW.post_id
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tech_facts_label_insert AFTER INSERT ON classifications
FOR EACH ROW WHEN (NEW.label = 1) EXECUTE FUNCTION tech_facts_label_insert();
--> statement-breakpoint
CREATE FUNCTION tech_facts_label_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM tech_facts WHERE technology_id = OLD.technology_id AND post_id = OLD.post_id;
  INSERT INTO tech_facts (technology_id, post_id, day, category_id, value)
  SELECT NEW.technology_id, f.post_id, f.day, f.category_id, f.value FROM post_facts f
  WHERE f.post_id = NEW.post_id AND NEW.label = 1
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tech_facts_label_update AFTER UPDATE ON classifications
FOR EACH ROW WHEN (OLD.label IS DISTINCT FROM NEW.label OR OLD.post_id IS DISTINCT FROM NEW.post_id
  OR OLD.technology_id IS DISTINCT FROM NEW.technology_id)
EXECUTE FUNCTION tech_facts_label_update();
--> statement-breakpoint
CREATE FUNCTION tech_facts_label_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM tech_facts WHERE technology_id = OLD.technology_id AND post_id = OLD.post_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tech_facts_label_delete AFTER DELETE ON classifications
FOR EACH ROW WHEN (OLD.label = 1) EXECUTE FUNCTION tech_facts_label_delete();
--> statement-breakpoint

-- 0003_analytics_facts: the daily rollup follows post_facts (technology '') and tech_facts.
-- Inserts into post_facts count in the rollup by the import itself (0009).
CREATE FUNCTION fact_rollup_post_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (OLD.value IS NOT NULL)::integer,
    high = high - COALESCE((OLD.value > 1000)::integer, 0)
  WHERE technology_id = '' AND day = OLD.day AND category_id = COALESCE(OLD.category_id, '');
  DELETE FROM fact_rollup
  WHERE technology_id = '' AND day = OLD.day AND category_id = COALESCE(OLD.category_id, '') AND posts = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_post_delete AFTER DELETE ON post_facts
FOR EACH ROW WHEN (OLD.day IS NOT NULL) EXECUTE FUNCTION fact_rollup_post_delete();
--> statement-breakpoint
CREATE FUNCTION fact_rollup_post_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (OLD.value IS NOT NULL)::integer,
    high = high - COALESCE((OLD.value > 1000)::integer, 0)
  WHERE OLD.day IS NOT NULL AND technology_id = '' AND day = OLD.day
    AND category_id = COALESCE(OLD.category_id, '');
  DELETE FROM fact_rollup
  WHERE technology_id = '' AND day = OLD.day AND category_id = COALESCE(OLD.category_id, '') AND posts = 0;
  INSERT INTO fact_rollup AS r (technology_id, day, category_id, posts, known, high)
  SELECT '', NEW.day, COALESCE(NEW.category_id, ''), 1, (NEW.value IS NOT NULL)::integer,
    COALESCE((NEW.value > 1000)::integer, 0)
  WHERE NEW.day IS NOT NULL
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = r.posts + 1,
    known = r.known + excluded.known, high = r.high + excluded.high;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_post_update AFTER UPDATE OF day, category_id, value ON post_facts
FOR EACH ROW EXECUTE FUNCTION fact_rollup_post_update();
--> statement-breakpoint
CREATE FUNCTION fact_rollup_tech_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO fact_rollup AS r (technology_id, day, category_id, posts, known, high)
  SELECT NEW.technology_id, NEW.day, COALESCE(NEW.category_id, ''), 1, (NEW.value IS NOT NULL)::integer,
    COALESCE((NEW.value > 1000)::integer, 0)
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = r.posts + 1,
    known = r.known + excluded.known, high = r.high + excluded.high;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_tech_insert AFTER INSERT ON tech_facts
FOR EACH ROW WHEN (NEW.day IS NOT NULL) EXECUTE FUNCTION fact_rollup_tech_insert();
--> statement-breakpoint
CREATE FUNCTION fact_rollup_tech_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (OLD.value IS NOT NULL)::integer,
    high = high - COALESCE((OLD.value > 1000)::integer, 0)
  WHERE technology_id = OLD.technology_id AND day = OLD.day AND category_id = COALESCE(OLD.category_id, '');
  DELETE FROM fact_rollup
  WHERE technology_id = OLD.technology_id AND day = OLD.day AND category_id = COALESCE(OLD.category_id, '')
    AND posts = 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_tech_delete AFTER DELETE ON tech_facts
FOR EACH ROW WHEN (OLD.day IS NOT NULL) EXECUTE FUNCTION fact_rollup_tech_delete();
--> statement-breakpoint
CREATE FUNCTION fact_rollup_tech_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (OLD.value IS NOT NULL)::integer,
    high = high - COALESCE((OLD.value > 1000)::integer, 0)
  WHERE OLD.day IS NOT NULL AND technology_id = OLD.technology_id AND day = OLD.day
    AND category_id = COALESCE(OLD.category_id, '');
  DELETE FROM fact_rollup
  WHERE technology_id = OLD.technology_id AND day = OLD.day AND category_id = COALESCE(OLD.category_id, '')
    AND posts = 0;
  INSERT INTO fact_rollup AS r (technology_id, day, category_id, posts, known, high)
  SELECT NEW.technology_id, NEW.day, COALESCE(NEW.category_id, ''), 1, (NEW.value IS NOT NULL)::integer,
    COALESCE((NEW.value > 1000)::integer, 0)
  WHERE NEW.day IS NOT NULL
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = r.posts + 1,
    known = r.known + excluded.known, high = r.high + excluded.high;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER fact_rollup_tech_update AFTER UPDATE OF day, category_id, value ON tech_facts
FOR EACH ROW EXECUTE FUNCTION fact_rollup_tech_update();
--> statement-breakpoint

-- 0005_bucket_membership: post_bucket_counts follows post_skills, phrase_hits, skill_aliases and
-- skills. Inserting (post, bucket, d) into the view post_bucket_delta adds d to the count and
-- deletes it at 0. (PostgreSQL would insert into a view this simple by itself; the INSTEAD OF
-- trigger takes precedence.) New tags count by the import itself (0009).
CREATE FUNCTION post_bucket_delta_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_counts AS c (post_id, bucket_id, n) SELECT NEW.post_id, NEW.bucket_id, NEW.d
  ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = c.n + excluded.n;
  DELETE FROM post_bucket_counts WHERE post_id = NEW.post_id AND bucket_id = NEW.bucket_id AND n = 0;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_delta_apply INSTEAD OF INSERT ON post_bucket_delta
FOR EACH ROW EXECUTE FUNCTION post_bucket_delta_apply();
--> statement-breakpoint
CREATE FUNCTION post_bucket_tag_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT OLD.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = OLD.tag;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_tag_delete AFTER DELETE ON post_skills
FOR EACH ROW EXECUTE FUNCTION post_bucket_tag_delete();
--> statement-breakpoint
CREATE FUNCTION post_bucket_tag_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT OLD.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = OLD.tag;
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT NEW.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = NEW.tag;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_tag_update AFTER UPDATE OF post_id, tag ON post_skills
FOR EACH ROW EXECUTE FUNCTION post_bucket_tag_update();
--> statement-breakpoint
CREATE FUNCTION post_bucket_phrase_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_counts AS c (post_id, bucket_id, n)
  SELECT NEW.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = NEW.phrase
  ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = c.n + 1;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_phrase_insert AFTER INSERT ON phrase_hits
FOR EACH ROW EXECUTE FUNCTION post_bucket_phrase_insert();
--> statement-breakpoint
CREATE FUNCTION post_bucket_phrase_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT OLD.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = OLD.phrase;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_phrase_delete AFTER DELETE ON phrase_hits
FOR EACH ROW EXECUTE FUNCTION post_bucket_phrase_delete();
--> statement-breakpoint
CREATE FUNCTION post_bucket_phrase_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT OLD.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = OLD.phrase;
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT NEW.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = NEW.phrase;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_phrase_update AFTER UPDATE OF post_id, phrase ON phrase_hits
FOR EACH ROW EXECUTE FUNCTION post_bucket_phrase_update();
--> statement-breakpoint
CREATE FUNCTION post_bucket_alias_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, 1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE NEW.kind = 'tag' AND tag = NEW.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE NEW.kind = 'phrase' AND phrase = NEW.alias) m
  WHERE s.id = NEW.skill_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_alias_insert AFTER INSERT ON skill_aliases
FOR EACH ROW EXECUTE FUNCTION post_bucket_alias_insert();
--> statement-breakpoint
CREATE FUNCTION post_bucket_alias_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, -1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE OLD.kind = 'tag' AND tag = OLD.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE OLD.kind = 'phrase' AND phrase = OLD.alias) m
  WHERE s.id = OLD.skill_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_alias_delete AFTER DELETE ON skill_aliases
FOR EACH ROW EXECUTE FUNCTION post_bucket_alias_delete();
--> statement-breakpoint
CREATE FUNCTION post_bucket_alias_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, -1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE OLD.kind = 'tag' AND tag = OLD.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE OLD.kind = 'phrase' AND phrase = OLD.alias) m
  WHERE s.id = OLD.skill_id;
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, 1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE NEW.kind = 'tag' AND tag = NEW.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE NEW.kind = 'phrase' AND phrase = NEW.alias) m
  WHERE s.id = NEW.skill_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_alias_update AFTER UPDATE OF skill_id, kind, alias ON skill_aliases
FOR EACH ROW EXECUTE FUNCTION post_bucket_alias_update();
--> statement-breakpoint
-- A skill's aliases go before the skill does (ON DELETE CASCADE would delete them once the
-- skill, and so its bucket, can no longer be looked up).
CREATE FUNCTION post_bucket_skill_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM skill_aliases WHERE skill_id = OLD.id;
  RETURN OLD;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_skill_delete BEFORE DELETE ON skills
FOR EACH ROW EXECUTE FUNCTION post_bucket_skill_delete();
--> statement-breakpoint
CREATE FUNCTION post_bucket_skill_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, b.bucket_id, b.d FROM (SELECT OLD.bucket_id AS bucket_id, -1 AS d UNION ALL SELECT NEW.bucket_id, 1) b,
    (SELECT ps.post_id FROM skill_aliases a JOIN post_skills ps ON ps.tag = a.alias
     WHERE a.skill_id = NEW.id AND a.kind = 'tag'
     UNION ALL SELECT ph.post_id FROM skill_aliases a JOIN phrase_hits ph ON ph.phrase = a.alias
     WHERE a.skill_id = NEW.id AND a.kind = 'phrase') m;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER post_bucket_skill_move AFTER UPDATE OF bucket_id ON skills
FOR EACH ROW WHEN (OLD.bucket_id IS DISTINCT FROM NEW.bucket_id) EXECUTE FUNCTION post_bucket_skill_move();
--> statement-breakpoint

-- 0007_analytics_changes: the change log of the analytics snapshot.
CREATE FUNCTION analytics_changes_prune() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analytics_changes WHERE seq <= NEW.seq - 200000;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_prune AFTER INSERT ON analytics_changes
FOR EACH ROW WHEN (NEW.seq % 10000 = 0) EXECUTE FUNCTION analytics_changes_prune();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_post_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (NEW.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_post_update AFTER UPDATE ON posts
FOR EACH ROW EXECUTE FUNCTION analytics_changes_post_update();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_post_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (OLD.id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_post_delete AFTER DELETE ON posts
FOR EACH ROW EXECUTE FUNCTION analytics_changes_post_delete();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_label_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (NEW.post_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_label_insert AFTER INSERT ON classifications
FOR EACH ROW WHEN (NEW.label = 1) EXECUTE FUNCTION analytics_changes_label_insert();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_label_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (OLD.post_id);
  INSERT INTO analytics_changes (post_id) SELECT NEW.post_id WHERE NEW.post_id IS DISTINCT FROM OLD.post_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_label_update AFTER UPDATE ON classifications
FOR EACH ROW WHEN (OLD.label IS DISTINCT FROM NEW.label OR OLD.post_id IS DISTINCT FROM NEW.post_id
  OR OLD.technology_id IS DISTINCT FROM NEW.technology_id)
EXECUTE FUNCTION analytics_changes_label_update();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_label_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (OLD.post_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_label_delete AFTER DELETE ON classifications
FOR EACH ROW WHEN (OLD.label = 1) EXECUTE FUNCTION analytics_changes_label_delete();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_phrase_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (NEW.post_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_phrase_insert AFTER INSERT ON phrase_hits
FOR EACH ROW EXECUTE FUNCTION analytics_changes_phrase_insert();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_phrase_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (OLD.post_id);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_phrase_delete AFTER DELETE ON phrase_hits
FOR EACH ROW EXECUTE FUNCTION analytics_changes_phrase_delete();
--> statement-breakpoint
CREATE FUNCTION analytics_changes_phrase_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (OLD.post_id);
  INSERT INTO analytics_changes (post_id) SELECT NEW.post_id WHERE NEW.post_id IS DISTINCT FROM OLD.post_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_phrase_update AFTER UPDATE ON phrase_hits
FOR EACH ROW EXECUTE FUNCTION analytics_changes_phrase_update();
