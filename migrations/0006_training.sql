CREATE TABLE `training_cases` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`title` text NOT NULL,
	`document` text NOT NULL,
	`brief_fr` text DEFAULT '' NOT NULL,
	`brief_en` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `training_cases_owner_idx` ON `training_cases` (`owner_id`);--> statement-breakpoint
CREATE TABLE `training_learners` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`user_id` text NOT NULL,
	`team_id` text,
	`pseudonym` text NOT NULL,
	`first_name` text,
	`email` text,
	`joined_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `training_teams`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_learners_userId_unique` ON `training_learners` (`user_id`);--> statement-breakpoint
CREATE INDEX `training_learners_session_idx` ON `training_learners` (`session_id`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text NOT NULL,
	`title` text NOT NULL,
	`case_keys` text NOT NULL,
	`start_mode` text NOT NULL,
	`identity` text NOT NULL,
	`grouping` text NOT NULL,
	`code` text NOT NULL,
	`code_expires_at` integer NOT NULL,
	`session_date` text NOT NULL,
	`purge_at` integer NOT NULL,
	`frozen` integer DEFAULT false NOT NULL,
	`released_round` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_sessions_code_unique` ON `training_sessions` (`code`);--> statement-breakpoint
CREATE INDEX `training_sessions_owner_idx` ON `training_sessions` (`owner_id`);--> statement-breakpoint
CREATE INDEX `training_sessions_purge_idx` ON `training_sessions` (`purge_at`);--> statement-breakpoint
CREATE TABLE `training_teams` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`org_id` text NOT NULL,
	`number` integer NOT NULL,
	`case_key` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_teams_orgId_unique` ON `training_teams` (`org_id`);--> statement-breakpoint
CREATE INDEX `training_teams_session_idx` ON `training_teams` (`session_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `is_guest` integer DEFAULT false NOT NULL;