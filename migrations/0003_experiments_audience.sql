CREATE TABLE `commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`scenario_id` text,
	`lever` text NOT NULL,
	`title` text NOT NULL,
	`target_kg` real,
	`owner` text DEFAULT '' NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`status` text DEFAULT 'proposed' NOT NULL,
	`history` text NOT NULL,
	`measured_tour_id` text,
	`shared_with_networks` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`scenario_id`) REFERENCES `scenarios`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`measured_tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `commitments_org_idx` ON `commitments` (`org_id`);--> statement-breakpoint
CREATE INDEX `commitments_tour_idx` ON `commitments` (`tour_id`);--> statement-breakpoint
CREATE TABLE `scenarios` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`name` text NOT NULL,
	`levers` text NOT NULL,
	`document` text NOT NULL,
	`baseline_cost_eur` real,
	`scenario_cost_eur` real,
	`baseline_hours` real,
	`scenario_hours` real,
	`notes` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `scenarios_org_idx` ON `scenarios` (`org_id`);--> statement-breakpoint
CREATE INDEX `scenarios_tour_idx` ON `scenarios` (`tour_id`);--> statement-breakpoint
CREATE TABLE `audience_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`tour_id` text NOT NULL,
	`date_id` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`rows_total` integer NOT NULL,
	`rows_used` integer NOT NULL,
	`rows_rejected` integer NOT NULL,
	`summary` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `audience_imports_org_idx` ON `audience_imports` (`org_id`);--> statement-breakpoint
CREATE INDEX `audience_imports_tour_idx` ON `audience_imports` (`tour_id`);--> statement-breakpoint
CREATE TABLE `audience_mappings` (
	`org_id` text NOT NULL,
	`kind` text NOT NULL,
	`mapping` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`org_id`, `kind`),
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
