CREATE TABLE `api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hash` text NOT NULL,
	`prefix` text NOT NULL,
	`role` text NOT NULL,
	`name` text,
	`created_at` text NOT NULL,
	`revoked_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash_unique` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `buckets` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `buckets_name_unique` ON `buckets` (`name`);--> statement-breakpoint
CREATE TABLE `categories` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`technical` integer NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `categories_name_unique` ON `categories` (`name`);--> statement-breakpoint
CREATE TABLE `classifications` (
	`technology_id` text NOT NULL,
	`post_id` integer NOT NULL,
	`keyword_hit` integer NOT NULL,
	`probability` real,
	`label` integer NOT NULL,
	`label_source` text NOT NULL,
	`model_id` integer,
	PRIMARY KEY(`technology_id`, `post_id`),
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `classifications_post` ON `classifications` (`post_id`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file` text,
	`format` text NOT NULL,
	`actor` text,
	`started_at` text NOT NULL,
	`finished_at` text,
	`status` text DEFAULT 'running' NOT NULL,
	`rows_read` integer DEFAULT 0 NOT NULL,
	`inserted` integer DEFAULT 0 NOT NULL,
	`updated` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`rejected` integer DEFAULT 0 NOT NULL,
	`labels` integer DEFAULT 0 NOT NULL,
	`unknown_columns` text DEFAULT '[]' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `labels` (
	`post_id` integer NOT NULL,
	`technology_id` text NOT NULL,
	`label` integer NOT NULL,
	`source` text NOT NULL,
	`actor` text,
	`created_at` text NOT NULL,
	PRIMARY KEY(`technology_id`, `post_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`technology_id` text NOT NULL,
	`created_at` text NOT NULL,
	`active` integer DEFAULT false NOT NULL,
	`params` text NOT NULL,
	`metrics` text NOT NULL,
	`threshold` real NOT NULL,
	`fingerprint` text NOT NULL,
	`training_rows` integer NOT NULL,
	`artifact` text NOT NULL,
	FOREIGN KEY (`technology_id`) REFERENCES `technologies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `models_technology` ON `models` (`technology_id`,`active`);--> statement-breakpoint
CREATE TABLE `phrase_hits` (
	`phrase` text NOT NULL,
	`post_id` integer NOT NULL,
	PRIMARY KEY(`phrase`, `post_id`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `phrase_hits_post` ON `phrase_hits` (`post_id`);--> statement-breakpoint
CREATE TABLE `post_skills` (
	`post_id` integer NOT NULL,
	`tag` text NOT NULL,
	`label` text NOT NULL,
	PRIMARY KEY(`post_id`, `tag`),
	FOREIGN KEY (`post_id`) REFERENCES `posts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `post_skills_tag` ON `post_skills` (`tag`,`post_id`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`category_id` text,
	`subcategory` text,
	`posted_at` text,
	`contract_type` text DEFAULT 'none' NOT NULL,
	`fixed_budget` real,
	`hourly_min` real,
	`hourly_max` real,
	`projected_value_input` real,
	`projected_value` real,
	`duration` text,
	`workload` text,
	`country` text,
	`experience_level` text,
	`batch_id` integer,
	`content_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `posts_source_external` ON `posts` (`source`,`external_id`);--> statement-breakpoint
CREATE INDEX `posts_posted_at` ON `posts` (`posted_at`);--> statement-breakpoint
CREATE INDEX `posts_category` ON `posts` (`category_id`,`posted_at`);--> statement-breakpoint
CREATE TABLE `rejected_rows` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`batch_id` integer NOT NULL,
	`line` integer NOT NULL,
	`reason` text NOT NULL,
	`raw` text NOT NULL,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rejected_rows_batch` ON `rejected_rows` (`batch_id`,`line`);--> statement-breakpoint
CREATE TABLE `skill_aliases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`skill_id` text NOT NULL,
	`kind` text NOT NULL,
	`alias` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`skill_id`) REFERENCES `skills`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skill_aliases_kind_alias` ON `skill_aliases` (`kind`,`alias`);--> statement-breakpoint
CREATE INDEX `skill_aliases_skill` ON `skill_aliases` (`skill_id`);--> statement-breakpoint
CREATE TABLE `skills` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`bucket_id` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`bucket_id`) REFERENCES `buckets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `skills_name_unique` ON `skills` (`name`);--> statement-breakpoint
CREATE INDEX `skills_bucket` ON `skills` (`bucket_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`synthetic` integer DEFAULT false NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE TABLE `subcategories` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category_id` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subcategories_name_unique` ON `subcategories` (`name`);--> statement-breakpoint
CREATE TABLE `taxonomy_changes` (
	`version` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`operation` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE TABLE `technologies` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rules` text NOT NULL,
	`position` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `training_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`technology_id` text NOT NULL,
	`status` text NOT NULL,
	`progress` real DEFAULT 0 NOT NULL,
	`message` text,
	`model_id` integer,
	`created_at` text NOT NULL,
	`finished_at` text
);
