CREATE TABLE `observatory_consent` (
	`org_id` text PRIMARY KEY NOT NULL,
	`contributing` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `observatory_consent_events` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`contributing` integer NOT NULL,
	`by_user_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `observatory_consent_events_org_idx` ON `observatory_consent_events` (`org_id`);--> statement-breakpoint
CREATE TABLE `observatory_releases` (
	`id` text PRIMARY KEY NOT NULL,
	`period` text NOT NULL,
	`version` integer NOT NULL,
	`created_at` text NOT NULL,
	`files` text NOT NULL,
	`records` text NOT NULL,
	`factor_sets` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observatory_releases_period_version_idx` ON `observatory_releases` (`period`,`version`);