CREATE TABLE `observatory_shown` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cell` text NOT NULL,
	`measures` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `observatory_shown_cell_idx` ON `observatory_shown` (`cell`);--> statement-breakpoint
CREATE TABLE `tour_observatory` (
	`tour_id` text PRIMARY KEY NOT NULL,
	`org_id` text NOT NULL,
	`factor_set` text NOT NULL,
	`engine_version` text NOT NULL,
	`home_region` text,
	`team_size` integer NOT NULL,
	`scope` text NOT NULL,
	`dates` integer NOT NULL,
	`performances` integer NOT NULL,
	`spectators` real NOT NULL,
	`company_kg` real NOT NULL,
	`audience_kg` real NOT NULL,
	`travel_kg` real NOT NULL,
	`freight_kg` real NOT NULL,
	`accommodation_kg` real NOT NULL,
	`meal_kg` real NOT NULL,
	`flows` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`tour_id`) REFERENCES `tours`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tour_observatory_org_idx` ON `tour_observatory` (`org_id`);--> statement-breakpoint
ALTER TABLE `observatory_releases` ADD `format` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `observatory_releases` ADD `shown_seq` integer DEFAULT 0 NOT NULL;