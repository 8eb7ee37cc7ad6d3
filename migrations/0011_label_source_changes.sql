-- The change log (0007) also records a label's source changing while the label stays: the
-- snapshot's estimate cells (src/analytics/analytics.snapshot.ts, loadLabelSources) keep per post
-- and technology whether the label is a hand label or the model's on a keyword candidate, so a
-- hand label that confirms the model's label, a rule edit that moves keyword_hit, or a model
-- activation that turns keyword labels into model labels must reach it. A row counts as soon as
-- it differs from no row at all: a positive label, a hand label, or the model's label on a
-- keyword candidate. The import's hot path logs those rows; the others still cost it nothing.
DROP TRIGGER `analytics_changes_label_insert`;
--> statement-breakpoint
DROP TRIGGER `analytics_changes_label_update`;
--> statement-breakpoint
DROP TRIGGER `analytics_changes_label_delete`;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_label_insert` AFTER INSERT ON `classifications`
WHEN new.label = 1 OR new.label_source = 'hand' OR (new.label_source = 'model' AND new.keyword_hit = 1) BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (new.post_id);
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_label_update` AFTER UPDATE ON `classifications`
WHEN old.label IS NOT new.label OR old.post_id IS NOT new.post_id OR old.technology_id IS NOT new.technology_id
  OR old.label_source IS NOT new.label_source OR old.keyword_hit IS NOT new.keyword_hit BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.post_id);
  INSERT INTO analytics_changes (post_id) SELECT new.post_id WHERE new.post_id IS NOT old.post_id;
END;
--> statement-breakpoint
CREATE TRIGGER `analytics_changes_label_delete` AFTER DELETE ON `classifications`
WHEN old.label = 1 OR old.label_source = 'hand' OR (old.label_source = 'model' AND old.keyword_hit = 1) BEGIN
  INSERT INTO analytics_changes (post_id) VALUES (old.post_id);
END;
