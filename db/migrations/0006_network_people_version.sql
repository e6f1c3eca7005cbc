ALTER TABLE `network_people` ADD `updated_at` integer;--> statement-breakpoint
ALTER TABLE `network_people` ADD `version` integer DEFAULT 1 NOT NULL;