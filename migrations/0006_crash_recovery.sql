ALTER TABLE `import_batches` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `import_batches` ADD `heartbeat_at` text;--> statement-breakpoint
ALTER TABLE `training_jobs` ADD `kind` text DEFAULT 'train' NOT NULL;--> statement-breakpoint
ALTER TABLE `training_jobs` ADD `activate` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `training_jobs` ADD `actor` text;--> statement-breakpoint
ALTER TABLE `training_jobs` ADD `started_at` text;--> statement-breakpoint
ALTER TABLE `training_jobs` ADD `owner` text;--> statement-breakpoint
ALTER TABLE `training_jobs` ADD `heartbeat_at` text;--> statement-breakpoint
CREATE INDEX `training_jobs_status` ON `training_jobs` (`status`,`id`);