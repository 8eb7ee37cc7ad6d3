-- Bucket membership under the LIVE dictionary, for bucketDemand: for each post and bucket, how
-- many alias matches (a post_skills tag equal to a tag alias, a phrase_hits phrase equal to a
-- phrase alias) put the post in that bucket. Kept exactly in step by triggers on post_skills,
-- phrase_hits, skill_aliases and skills; rows whose count reaches 0 are deleted, so a row means
-- "the post is in the bucket". Past dictionaries (taxonomy versions) still join the raw tables.
CREATE TABLE `post_bucket_counts` (
  `post_id` integer NOT NULL,
  `bucket_id` text NOT NULL,
  `n` integer NOT NULL,
  PRIMARY KEY (`post_id`, `bucket_id`)
) WITHOUT ROWID;
--> statement-breakpoint
-- Bulk changes (alias and skill edits) go through this view: inserting (post, bucket, d) adds d.
CREATE VIEW `post_bucket_delta` (`post_id`, `bucket_id`, `d`) AS
  SELECT post_id, bucket_id, n FROM post_bucket_counts WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_delta_apply` INSTEAD OF INSERT ON `post_bucket_delta` BEGIN
  INSERT INTO post_bucket_counts (post_id, bucket_id, n) SELECT new.post_id, new.bucket_id, new.d WHERE 1
  ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = n + excluded.n;
  DELETE FROM post_bucket_counts WHERE post_id = new.post_id AND bucket_id = new.bucket_id AND n = 0;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_tag_insert` AFTER INSERT ON `post_skills` BEGIN
  INSERT INTO post_bucket_counts (post_id, bucket_id, n)
  SELECT new.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = new.tag
  ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_tag_delete` AFTER DELETE ON `post_skills` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT old.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = old.tag;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_tag_update` AFTER UPDATE OF post_id, tag ON `post_skills` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT old.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = old.tag;
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT new.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'tag' AND a.alias = new.tag;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_phrase_insert` AFTER INSERT ON `phrase_hits` BEGIN
  INSERT INTO post_bucket_counts (post_id, bucket_id, n)
  SELECT new.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = new.phrase
  ON CONFLICT (post_id, bucket_id) DO UPDATE SET n = n + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_phrase_delete` AFTER DELETE ON `phrase_hits` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT old.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = old.phrase;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_phrase_update` AFTER UPDATE OF post_id, phrase ON `phrase_hits` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT old.post_id, s.bucket_id, -1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = old.phrase;
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT new.post_id, s.bucket_id, 1 FROM skill_aliases a JOIN skills s ON s.id = a.skill_id
  WHERE a.kind = 'phrase' AND a.alias = new.phrase;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_alias_insert` AFTER INSERT ON `skill_aliases` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, 1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE new.kind = 'tag' AND tag = new.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE new.kind = 'phrase' AND phrase = new.alias) m
  WHERE s.id = new.skill_id;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_alias_delete` AFTER DELETE ON `skill_aliases` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, -1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE old.kind = 'tag' AND tag = old.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE old.kind = 'phrase' AND phrase = old.alias) m
  WHERE s.id = old.skill_id;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_alias_update` AFTER UPDATE OF skill_id, kind, alias ON `skill_aliases` BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, -1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE old.kind = 'tag' AND tag = old.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE old.kind = 'phrase' AND phrase = old.alias) m
  WHERE s.id = old.skill_id;
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, s.bucket_id, 1 FROM skills s,
    (SELECT post_id FROM post_skills WHERE new.kind = 'tag' AND tag = new.alias
     UNION ALL SELECT post_id FROM phrase_hits WHERE new.kind = 'phrase' AND phrase = new.alias) m
  WHERE s.id = new.skill_id;
END;
--> statement-breakpoint
-- A skill's aliases go before the skill does (ON DELETE CASCADE would delete them once the
-- skill, and so its bucket, can no longer be looked up).
CREATE TRIGGER `post_bucket_skill_delete` BEFORE DELETE ON `skills` BEGIN
  DELETE FROM skill_aliases WHERE skill_id = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `post_bucket_skill_move` AFTER UPDATE OF bucket_id ON `skills`
WHEN old.bucket_id IS NOT new.bucket_id BEGIN
  INSERT INTO post_bucket_delta (post_id, bucket_id, d)
  SELECT m.post_id, b.bucket_id, b.d FROM (SELECT old.bucket_id AS bucket_id, -1 AS d UNION ALL SELECT new.bucket_id, 1) b,
    (SELECT ps.post_id FROM skill_aliases a JOIN post_skills ps ON ps.tag = a.alias
     WHERE a.skill_id = new.id AND a.kind = 'tag'
     UNION ALL SELECT ph.post_id FROM skill_aliases a JOIN phrase_hits ph ON ph.phrase = a.alias
     WHERE a.skill_id = new.id AND a.kind = 'phrase') m;
END;
--> statement-breakpoint
-- Existing data (databases created before this migration).
INSERT INTO post_bucket_counts (post_id, bucket_id, n)
SELECT post_id, bucket_id, COUNT(*) FROM (
  SELECT ps.post_id, s.bucket_id FROM post_skills ps
    JOIN skill_aliases a ON a.kind = 'tag' AND a.alias = ps.tag JOIN skills s ON s.id = a.skill_id
  UNION ALL SELECT ph.post_id, s.bucket_id FROM phrase_hits ph
    JOIN skill_aliases a ON a.kind = 'phrase' AND a.alias = ph.phrase JOIN skills s ON s.id = a.skill_id)
GROUP BY post_id, bucket_id;
