CREATE TABLE `corouting_consents` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`member_org_id` text NOT NULL,
	`enabled` integer NOT NULL,
	`by_user_id` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `corouting_consents_idx` ON `corouting_consents` (`network_id`,`member_org_id`,`at`);