-- Analytics storage (src/analytics/analytics.storage.ts describes it): narrow fact tables and a
-- daily rollup, kept exactly in step with posts and classifications by triggers, so imports,
-- reclassification, hand labels and re-imports update them without knowing about analytics.
-- Days are whole days since 1970-01-01 (UTC) of posts.posted_at; NULL when a post has no date.
CREATE TABLE `post_facts` (
  `post_id` integer PRIMARY KEY NOT NULL,
  `day` integer,
  `category_id` text,
  `subcategory` text,
  `value` real,
  `contract_type` text NOT NULL,
  `country` text,
  `experience_level` text,
  `source` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `post_facts_day` ON `post_facts` (`day`, `category_id`, `value`);
--> statement-breakpoint
-- One row per (technology, post) whose final label is positive.
CREATE TABLE `tech_facts` (
  `technology_id` text NOT NULL,
  `post_id` integer NOT NULL,
  `day` integer,
  `category_id` text,
  `value` real,
  PRIMARY KEY (`technology_id`, `post_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `tech_facts_day` ON `tech_facts` (`technology_id`, `day`, `category_id`, `value`);
--> statement-breakpoint
CREATE INDEX `tech_facts_post` ON `tech_facts` (`post_id`);
--> statement-breakpoint
-- Counts per technology ('' = all posts) x day x category ('' = none) of dated posts:
-- posts, posts of known projected value, posts of value above 1000 (the default threshold).
CREATE TABLE `fact_rollup` (
  `technology_id` text NOT NULL,
  `day` integer NOT NULL,
  `category_id` text NOT NULL,
  `posts` integer NOT NULL,
  `known` integer NOT NULL,
  `high` integer NOT NULL,
  PRIMARY KEY (`technology_id`, `day`, `category_id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- The same counts per calendar month (year * 12 + month - 1), kept in step with fact_rollup:
-- a long period reads whole months here and only its partial months day by day.
CREATE TABLE `fact_rollup_month` (
  `technology_id` text NOT NULL,
  `month` integer NOT NULL,
  `category_id` text NOT NULL,
  `posts` integer NOT NULL,
  `known` integer NOT NULL,
  `high` integer NOT NULL,
  PRIMARY KEY (`technology_id`, `month`, `category_id`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_month_insert` AFTER INSERT ON `fact_rollup` BEGIN
  INSERT INTO fact_rollup_month (technology_id, month, category_id, posts, known, high)
  SELECT new.technology_id, (CAST(strftime('%Y', new.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1), new.category_id, new.posts, new.known, new.high WHERE 1
  ON CONFLICT (technology_id, month, category_id) DO UPDATE SET posts = posts + excluded.posts,
    known = known + excluded.known, high = high + excluded.high;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_month_update` AFTER UPDATE ON `fact_rollup` BEGIN
  UPDATE fact_rollup_month SET posts = posts + new.posts - old.posts, known = known + new.known - old.known,
    high = high + new.high - old.high
  WHERE technology_id = new.technology_id AND month = (CAST(strftime('%Y', new.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) AND category_id = new.category_id;
  DELETE FROM fact_rollup_month
  WHERE technology_id = new.technology_id AND month = (CAST(strftime('%Y', new.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) AND category_id = new.category_id AND posts = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_month_delete` AFTER DELETE ON `fact_rollup` BEGIN
  UPDATE fact_rollup_month SET posts = posts - old.posts, known = known - old.known, high = high - old.high
  WHERE technology_id = old.technology_id AND month = (CAST(strftime('%Y', old.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1) AND category_id = old.category_id;
  DELETE FROM fact_rollup_month
  WHERE technology_id = old.technology_id AND month = (CAST(strftime('%Y', old.day * 86400, 'unixepoch') AS INTEGER) * 12 + CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1) AND category_id = old.category_id AND posts = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `post_facts_insert` AFTER INSERT ON `posts` BEGIN
  INSERT INTO post_facts (post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source)
  VALUES (new.id, CAST(julianday(substr(new.posted_at, 1, 10)) - 2440587.5 AS INTEGER), new.category_id,
    new.subcategory, new.projected_value, new.contract_type, new.country, new.experience_level, new.source);
END;
--> statement-breakpoint
CREATE TRIGGER `post_facts_update` AFTER UPDATE OF posted_at, category_id, subcategory, projected_value, contract_type, country, experience_level, source ON `posts` BEGIN
  UPDATE post_facts SET day = CAST(julianday(substr(new.posted_at, 1, 10)) - 2440587.5 AS INTEGER),
    category_id = new.category_id, subcategory = new.subcategory, value = new.projected_value,
    contract_type = new.contract_type, country = new.country, experience_level = new.experience_level,
    source = new.source
  WHERE post_id = new.id;
  UPDATE tech_facts SET day = CAST(julianday(substr(new.posted_at, 1, 10)) - 2440587.5 AS INTEGER),
    category_id = new.category_id, value = new.projected_value
  WHERE post_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `post_facts_delete` AFTER DELETE ON `posts` BEGIN
  DELETE FROM tech_facts WHERE post_id = old.id;
  DELETE FROM post_facts WHERE post_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `tech_facts_label_insert` AFTER INSERT ON `classifications` WHEN new.label = 1 BEGIN
  INSERT OR IGNORE INTO tech_facts (technology_id, post_id, day, category_id, value)
  SELECT new.technology_id, f.post_id, f.day, f.category_id, f.value FROM post_facts f WHERE f.post_id = new.post_id;
END;
--> statement-breakpoint
CREATE TRIGGER `tech_facts_label_update` AFTER UPDATE ON `classifications`
WHEN old.label IS NOT new.label OR old.post_id IS NOT new.post_id OR old.technology_id IS NOT new.technology_id BEGIN
  DELETE FROM tech_facts WHERE technology_id = old.technology_id AND post_id = old.post_id;
  INSERT OR IGNORE INTO tech_facts (technology_id, post_id, day, category_id, value)
  SELECT new.technology_id, f.post_id, f.day, f.category_id, f.value FROM post_facts f
  WHERE f.post_id = new.post_id AND new.label = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `tech_facts_label_delete` AFTER DELETE ON `classifications` WHEN old.label = 1 BEGIN
  DELETE FROM tech_facts WHERE technology_id = old.technology_id AND post_id = old.post_id;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_post_insert` AFTER INSERT ON `post_facts` WHEN new.day IS NOT NULL BEGIN
  INSERT INTO fact_rollup (technology_id, day, category_id, posts, known, high)
  SELECT '', new.day, COALESCE(new.category_id, ''), 1, new.value IS NOT NULL, COALESCE(new.value > 1000, 0) WHERE 1
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = posts + 1,
    known = known + excluded.known, high = high + excluded.high;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_post_delete` AFTER DELETE ON `post_facts` WHEN old.day IS NOT NULL BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (old.value IS NOT NULL),
    high = high - COALESCE(old.value > 1000, 0)
  WHERE technology_id = '' AND day = old.day AND category_id = COALESCE(old.category_id, '');
  DELETE FROM fact_rollup WHERE technology_id = '' AND day = old.day AND category_id = COALESCE(old.category_id, '') AND posts = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_post_update` AFTER UPDATE OF day, category_id, value ON `post_facts` BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (old.value IS NOT NULL),
    high = high - COALESCE(old.value > 1000, 0)
  WHERE old.day IS NOT NULL AND technology_id = '' AND day = old.day AND category_id = COALESCE(old.category_id, '');
  DELETE FROM fact_rollup WHERE technology_id = '' AND day = old.day AND category_id = COALESCE(old.category_id, '') AND posts = 0;
  INSERT INTO fact_rollup (technology_id, day, category_id, posts, known, high)
  SELECT '', new.day, COALESCE(new.category_id, ''), 1, new.value IS NOT NULL, COALESCE(new.value > 1000, 0)
  WHERE new.day IS NOT NULL
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = posts + 1,
    known = known + excluded.known, high = high + excluded.high;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_tech_insert` AFTER INSERT ON `tech_facts` WHEN new.day IS NOT NULL BEGIN
  INSERT INTO fact_rollup (technology_id, day, category_id, posts, known, high)
  SELECT new.technology_id, new.day, COALESCE(new.category_id, ''), 1, new.value IS NOT NULL, COALESCE(new.value > 1000, 0) WHERE 1
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = posts + 1,
    known = known + excluded.known, high = high + excluded.high;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_tech_delete` AFTER DELETE ON `tech_facts` WHEN old.day IS NOT NULL BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (old.value IS NOT NULL),
    high = high - COALESCE(old.value > 1000, 0)
  WHERE technology_id = old.technology_id AND day = old.day AND category_id = COALESCE(old.category_id, '');
  DELETE FROM fact_rollup WHERE technology_id = old.technology_id AND day = old.day AND category_id = COALESCE(old.category_id, '') AND posts = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `fact_rollup_tech_update` AFTER UPDATE OF day, category_id, value ON `tech_facts` BEGIN
  UPDATE fact_rollup SET posts = posts - 1, known = known - (old.value IS NOT NULL),
    high = high - COALESCE(old.value > 1000, 0)
  WHERE old.day IS NOT NULL AND technology_id = old.technology_id AND day = old.day AND category_id = COALESCE(old.category_id, '');
  DELETE FROM fact_rollup WHERE technology_id = old.technology_id AND day = old.day AND category_id = COALESCE(old.category_id, '') AND posts = 0;
  INSERT INTO fact_rollup (technology_id, day, category_id, posts, known, high)
  SELECT new.technology_id, new.day, COALESCE(new.category_id, ''), 1, new.value IS NOT NULL, COALESCE(new.value > 1000, 0)
  WHERE new.day IS NOT NULL
  ON CONFLICT (technology_id, day, category_id) DO UPDATE SET posts = posts + 1,
    known = known + excluded.known, high = high + excluded.high;
END;
--> statement-breakpoint
-- Existing data (databases created before this migration).
INSERT INTO post_facts (post_id, day, category_id, subcategory, value, contract_type, country, experience_level, source)
SELECT id, CAST(julianday(substr(posted_at, 1, 10)) - 2440587.5 AS INTEGER), category_id, subcategory,
  projected_value, contract_type, country, experience_level, source FROM posts;
--> statement-breakpoint
INSERT INTO tech_facts (technology_id, post_id, day, category_id, value)
SELECT c.technology_id, f.post_id, f.day, f.category_id, f.value
FROM classifications c JOIN post_facts f ON f.post_id = c.post_id WHERE c.label = 1;
