-- Change log for the analytics snapshot (src/analytics/analytics.snapshot.ts): each query process
-- holds the posts as columns in memory and, before a query, reads MAX(seq) here and MAX(post_id)
-- of post_facts to know whether it is current. Posts appended since (ids are AUTOINCREMENT and
-- writers are serialized, so a new post always has a higher id) are read by id; everything else
-- that changes what the snapshot holds of an EXISTING post is logged here by triggers on the rare
-- paths only: a post updated or deleted, a final label that changes, a phrase hit added or
-- removed. The import's hot path (inserting posts, their skill tags and their classifications)
-- logs only positive labels. The dictionary (aliases, skills, buckets) is not logged: the
-- snapshot keeps raw tags and phrases and maps them through the live dictionary per query.
-- seq is the rowid, not AUTOINCREMENT (which costs every insert a write to sqlite_sequence): it
-- still only grows, since the prune below never deletes the newest change; a log emptied by hand
-- restarts lower, which a snapshot takes for another database and reloads.
CREATE TABLE `analytics_changes` (
  `seq` integer PRIMARY KEY NOT NULL,
  `post_id` integer NOT NULL
);
--> statement-breakpoint
-- The log keeps the last 200,000 to 210,000 changes; a snapshot further behind reloads in full.
CREATE TRIGGER `analytics_changes_prune` AFTER INSERT ON `analytics_changes` WHEN new.seq % 10000 = 0 BEGIN
  DELETE FROM analytics_changes WHERE seq <= new.seq - 200000;
END;
--> statement-breakpoint
-- Any update: the analysed columns, or the skill tags (rewritten with the row, see PostWriter.save).
CREATE TRIGGER `analytics_changes_post_update` AFTER UPDATE ON `posts` BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_post_delete` AFTER DELETE ON `posts` BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_label_insert` AFTER INSERT ON `classifications` WHEN new.label = 1 BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (new.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_label_update` AFTER UPDATE ON `classifications`
WHEN old.label IS NOT new.label OR old.post_id IS NOT new.post_id OR old.technology_id IS NOT new.technology_id BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.post_id);
  INSERT INTO analytics_changes (post_id) SELECT new.post_id WHERE new.post_id IS NOT old.post_id;
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_label_delete` AFTER DELETE ON `classifications` WHEN old.label = 1 BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_phrase_insert` AFTER INSERT ON `phrase_hits` BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (new.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_phrase_delete` AFTER DELETE ON `phrase_hits` BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_phrase_update` AFTER UPDATE ON `phrase_hits` BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.post_id);
  INSERT INTO analytics_changes (post_id) SELECT new.post_id WHERE new.post_id IS NOT old.post_id;
END;
