CREATE TABLE `saved_queries` (
	`name` text PRIMARY KEY NOT NULL,
	`description` text,
	`query` text NOT NULL,
	`operation_name` text,
	`variables` text DEFAULT '{}' NOT NULL,
	`version` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text NOT NULL
);
