ALTER TABLE `tours` ADD `version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `tours` ADD `updated_by` text;