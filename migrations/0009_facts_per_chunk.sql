-- New posts get their post_facts row, its daily rollup counts and their bucket counts once per
-- import chunk, in the chunk's transaction (PostWriter.writeFacts, addBucketCounts), instead of
-- by triggers row by row: the same rows, written with a few grouped statements (an import
-- wrote about 45 us per post through these triggers). Updates and deletes keep their triggers
-- (0003, 0005), and so do the rollups' own triggers (fact_rollup -> fact_rollup_month).
DROP TRIGGER `post_facts_insert`;
--> statement-breakpoint
DROP TRIGGER `fact_rollup_post_insert`;
--> statement-breakpoint
DROP TRIGGER `post_bucket_tag_insert`;
