CREATE TABLE `network_consent_events` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`member_org_id` text NOT NULL,
	`event` text NOT NULL,
	`tier` text NOT NULL,
	`selection` text NOT NULL,
	`by_user_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `network_consent_events_idx` ON `network_consent_events` (`network_id`,`member_org_id`);--> statement-breakpoint
CREATE TABLE `network_exports` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`user_id` text,
	`format` text NOT NULL,
	`filters` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `network_exports_network_idx` ON `network_exports` (`network_id`);--> statement-breakpoint
CREATE TABLE `network_invitations` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`code_hash` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`used_by_org_id` text,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`used_by_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_invitations_codeHash_unique` ON `network_invitations` (`code_hash`);--> statement-breakpoint
CREATE INDEX `network_invitations_network_idx` ON `network_invitations` (`network_id`);--> statement-breakpoint
CREATE TABLE `network_join_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`org_id` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`requested_by` text,
	`created_at` integer NOT NULL,
	`decided_by` text,
	`decided_at` integer,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `network_join_requests_network_idx` ON `network_join_requests` (`network_id`);--> statement-breakpoint
CREATE INDEX `network_join_requests_org_idx` ON `network_join_requests` (`org_id`);--> statement-breakpoint
CREATE TABLE `network_members` (
	`network_id` text NOT NULL,
	`member_org_id` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`tier` text DEFAULT 'counted' NOT NULL,
	`selection` text NOT NULL,
	`joined_at` integer NOT NULL,
	`left_at` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`network_id`, `member_org_id`),
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `network_members_member_idx` ON `network_members` (`member_org_id`);--> statement-breakpoint
CREATE TABLE `network_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`member_org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`missing` text NOT NULL,
	`by_user_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `network_reviews_tour_idx` ON `network_reviews` (`tour_id`);--> statement-breakpoint
CREATE INDEX `network_reviews_network_idx` ON `network_reviews` (`network_id`);--> statement-breakpoint
CREATE TABLE `tour_indicators` (
	`tour_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`facts` text NOT NULL,
	`ref_company_kg` real,
	`ref_set` text,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tour_indicators_org_idx` ON `tour_indicators` (`org_id`);