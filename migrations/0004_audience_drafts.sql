CREATE TABLE `audience_draft_blocks` (
	`draft_id` text NOT NULL,
	`seq` integer NOT NULL,
	`rows` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`draft_id`, `seq`),
	FOREIGN KEY (`draft_id`) REFERENCES `audience_drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audience_drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`created_by` text,
	`kind` text NOT NULL,
	`date_ids` text NOT NULL,
	`file_name` text NOT NULL,
	`meta` text NOT NULL,
	`complete` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audience_drafts_org_idx` ON `audience_drafts` (`org_id`);