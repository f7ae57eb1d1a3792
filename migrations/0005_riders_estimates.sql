CREATE TABLE `quick_estimates` (
	`id` text PRIMARY KEY NOT NULL,
	`document` text NOT NULL,
	`answers` text NOT NULL,
	`discipline` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `quick_estimates_expires_idx` ON `quick_estimates` (`expires_at`);--> statement-breakpoint
CREATE TABLE `rider_links` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`date_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rider_links_codeHash_unique` ON `rider_links` (`code_hash`);--> statement-breakpoint
CREATE INDEX `rider_links_tour_idx` ON `rider_links` (`tour_id`);--> statement-breakpoint
CREATE TABLE `rider_returns` (
	`id` text PRIMARY KEY NOT NULL,
	`link_id` text NOT NULL,
	`org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`date_id` text NOT NULL,
	`figures` text NOT NULL,
	`file_name` text,
	`file_data` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`submitted_at` integer NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	FOREIGN KEY (`link_id`) REFERENCES `rider_links`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `rider_returns_tour_idx` ON `rider_returns` (`tour_id`);--> statement-breakpoint
CREATE TABLE `tour_riders` (
	`tour_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`choices` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
