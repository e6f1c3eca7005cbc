CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`name` text NOT NULL,
	`provider` text NOT NULL,
	`sector` text NOT NULL,
	`area` text NOT NULL,
	`description` text,
	`municipality` text,
	`contact` text,
	`url` text,
	`active` integer DEFAULT true NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `services_team_area_idx` ON `services` (`team_id`,`area`,`name`);--> statement-breakpoint
ALTER TABLE `teams` ADD `kykyviisari_grace_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `kykyviisari_results` ADD `link_sent_on` text;--> statement-breakpoint
ALTER TABLE `kykyviisari_results` ADD `wellbeing` integer;--> statement-breakpoint
ALTER TABLE `kykyviisari_results` ADD `work_and_future` integer;--> statement-breakpoint
-- Team change counters (migration 0007, docs/decisions/0002-team-change-counters.md): a service belongs to one team.
CREATE TRIGGER `services_insert_team_changes` AFTER INSERT ON `services` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `services_update_team_changes` AFTER UPDATE ON `services` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `services_delete_team_changes` AFTER DELETE ON `services` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
