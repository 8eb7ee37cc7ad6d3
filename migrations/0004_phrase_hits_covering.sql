DROP INDEX `phrase_hits_post`;--> statement-breakpoint
CREATE INDEX `phrase_hits_post` ON `phrase_hits` (`post_id`,`phrase`);