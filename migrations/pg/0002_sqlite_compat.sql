-- What the project's SQLite-dialect SQL needs from PostgreSQL that it does not have under the
-- same name (src/db/pg/translate.ts rewrites only what differs in form), and the full-text
-- index made to tokenize as SQLite's FTS5 (unicode61, remove_diacritics) does.

-- Full text. FTS5's unicode61 tokenizer splits on every character that is not a letter or a
-- digit, folds case and drops diacritics; PostgreSQL's parser keeps "node.js" or "e-mail" as
-- one token. Both the posts' text and the searched phrases go through fts_normalize first, so
-- the 'simple' parser then sees plain words, as FTS5 does.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE FUNCTION fts_normalize(t text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN lower(regexp_replace(public.unaccent('public.unaccent'::regdictionary, coalesce(t, '')), '[^[:alnum:]]+', ' ', 'g'));
--> statement-breakpoint
-- An FTS5 query as the code writes it, "quoted phrases" (and bare words) that must all occur, as
-- a tsquery over fts_normalize'd text.
CREATE FUNCTION fts5_match(q text) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN coalesce(
  (SELECT string_agg('(' || t::text || ')', ' & ')
     FROM regexp_matches(q, '"((?:[^"]|"")*)"|([^[:space:]"]+)', 'g') AS m,
          phraseto_tsquery('simple', fts_normalize(coalesce(replace(m[1], '""', '"'), m[2]))) AS t
    WHERE t::text <> ''),
  '')::tsquery;
--> statement-breakpoint
DROP INDEX posts_fts_gin;
--> statement-breakpoint
ALTER TABLE posts DROP COLUMN fts;
--> statement-breakpoint
ALTER TABLE posts ADD COLUMN fts tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', fts_normalize(title) || ' ' || fts_normalize(description))) STORED;
--> statement-breakpoint
CREATE INDEX posts_fts_gin ON posts USING gin (fts);
--> statement-breakpoint

-- SQLite's json_group_array(x): the group's values as a JSON array text.
CREATE FUNCTION json_group_array_final(a anycompatiblearray) RETURNS json
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT array_to_json(a) $$;
--> statement-breakpoint
CREATE AGGREGATE json_group_array(anycompatible) (
  SFUNC = array_append, STYPE = anycompatiblearray, FINALFUNC = json_group_array_final, INITCOND = '{}'
);
--> statement-breakpoint

-- SQLite's rowid of post_skills: the code lists a post's tags in the order they were written
-- (ORDER BY post_id, rowid); PostgreSQL keeps no such order, so the table gets the column.
ALTER TABLE post_skills ADD COLUMN rowid bigint GENERATED ALWAYS AS IDENTITY;
--> statement-breakpoint

-- SQLite gives an INTEGER PRIMARY KEY inserted as NULL the next number (drizzle's SQLite inserts
-- write NULL for a key not given); an identity column refuses NULL. Each such table gets a
-- trigger that takes the next number of its sequence instead.
CREATE FUNCTION sqlite_null_key() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.id IS NULL THEN
    NEW.id := nextval(pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'));
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
DO $$
DECLARE t text;
BEGIN
  FOR t IN SELECT table_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'
  LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT ON %I FOR EACH ROW WHEN (NEW.id IS NULL) EXECUTE FUNCTION sqlite_null_key()',
      t || '_null_key', t);
  END LOOP;
END $$;
--> statement-breakpoint

-- SQLite's julianday() of an ISO date (what the code passes it): the Julian day at midnight UTC.
CREATE FUNCTION julianday(date_text text) RETURNS double precision
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN epoch_day(date_text) + 2440587.5;
--> statement-breakpoint

-- SQLite's group_concat(x): the group's non-null values as text, joined by commas.
CREATE FUNCTION group_concat_step(acc text, v anycompatible) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE WHEN v IS NULL THEN acc WHEN acc IS NULL THEN v::text ELSE acc || ',' || v::text END $$;
--> statement-breakpoint
CREATE AGGREGATE group_concat(anycompatible) (SFUNC = group_concat_step, STYPE = text);
--> statement-breakpoint

-- SQLite's json_each over a JSON array (given as text): one row per element, key its 0-based
-- index, value the element. (PostgreSQL's own json_each reads objects only.)
CREATE FUNCTION json_each_array(array_text text) RETURNS TABLE (key integer, value json)
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT (ord - 1)::integer, v FROM json_array_elements(array_text::json) WITH ORDINALITY AS t(v, ord) $$;
--> statement-breakpoint
-- SQLite's json_extract(value, '$[N]'), the element N of an array, as text (the code casts it).
CREATE FUNCTION json_extract(j json, path text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT j ->> substring(path FROM '^\$\[(\d+)\]$')::integer $$;
