-- Full-text index over title and description (external content: the rows live in posts).
CREATE VIRTUAL TABLE `posts_fts` USING fts5(title, description, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `posts_fts_insert` AFTER INSERT ON `posts` BEGIN
  INSERT INTO posts_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_delete` AFTER DELETE ON `posts` BEGIN
  INSERT INTO posts_fts(posts_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
--> statement-breakpoint
CREATE TRIGGER `posts_fts_update` AFTER UPDATE OF title, description ON `posts` BEGIN
  INSERT INTO posts_fts(posts_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
  INSERT INTO posts_fts(rowid, title, description) VALUES (new.id, new.title, new.description);
END;
