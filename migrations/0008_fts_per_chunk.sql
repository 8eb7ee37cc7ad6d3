-- The full-text index of new posts is written once per import chunk, at the end of its
-- transaction (PostWriter.indexText), instead of by a trigger post by post: FTS5 flushes its
-- pending terms into a new segment at every savepoint, and the statements after each post's
-- insert take one, so the trigger wrote one tiny segment per post (and the merges that follow):
-- about 150 us of each post's 300 us. Updates and deletes keep their triggers (0001).
DROP TRIGGER `posts_fts_insert`;
