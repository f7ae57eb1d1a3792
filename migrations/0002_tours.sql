CREATE TABLE `productions` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`title` text NOT NULL,
	`discipline` text NOT NULL,
	`creation_year` integer,
	`team_size` integer,
	`set_description` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `productions_org_idx` ON `productions` (`org_id`);--> statement-breakpoint
CREATE TABLE `tours` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`production_id` text NOT NULL,
	`season` text NOT NULL,
	`phase` text DEFAULT 'forecast' NOT NULL,
	`forecast_id` text,
	`factor_set` text NOT NULL,
	`document` text NOT NULL,
	`summary` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`production_id`) REFERENCES `productions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`forecast_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `tours_org_idx` ON `tours` (`org_id`);--> statement-breakpoint
CREATE INDEX `tours_production_idx` ON `tours` (`production_id`);--> statement-breakpoint
CREATE TABLE `venues` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`name` text NOT NULL,
	`place_id` text NOT NULL,
	`place_label` text NOT NULL,
	`capacity` integer,
	`territory` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `venues_org_idx` ON `venues` (`org_id`);