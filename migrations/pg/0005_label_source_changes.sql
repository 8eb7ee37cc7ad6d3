-- The twin of migrations/0011_label_source_changes.sql: the change log also records a label's
-- source (hand, or the model's on a keyword candidate) changing while the label stays, for the
-- snapshot's estimate cells. The trigger functions of 0001 are unchanged; only the conditions.
DROP TRIGGER analytics_changes_label_insert ON classifications;
--> statement-breakpoint
DROP TRIGGER analytics_changes_label_update ON classifications;
--> statement-breakpoint
DROP TRIGGER analytics_changes_label_delete ON classifications;
--> statement-breakpoint
CREATE TRIGGER analytics_changes_label_insert AFTER INSERT ON classifications
FOR EACH ROW WHEN (NEW.label = 1 OR NEW.label_source = 'hand' OR (NEW.label_source = 'model' AND NEW.keyword_hit = 1))
EXECUTE FUNCTION analytics_changes_label_insert();
--> statement-breakpoint
CREATE TRIGGER analytics_changes_label_update AFTER UPDATE ON classifications
FOR EACH ROW WHEN (OLD.label IS DISTINCT FROM NEW.label OR OLD.post_id IS DISTINCT FROM NEW.post_id
  OR OLD.technology_id IS DISTINCT FROM NEW.technology_id OR OLD.label_source IS DISTINCT FROM NEW.label_source
  OR OLD.keyword_hit IS DISTINCT FROM NEW.keyword_hit)
EXECUTE FUNCTION analytics_changes_label_update();
--> statement-breakpoint
CREATE TRIGGER analytics_changes_label_delete AFTER DELETE ON classifications
FOR EACH ROW WHEN (OLD.label = 1 OR OLD.label_source = 'hand' OR (OLD.label_source = 'model' AND OLD.keyword_hit = 1))
EXECUTE FUNCTION analytics_changes_label_delete();
