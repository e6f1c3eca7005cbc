CREATE TABLE `missed_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `missed_meetings_enrolment_idx` ON `missed_meetings` (`enrolment_id`,`date`);--> statement-breakpoint
-- Team change counters (migration 0007): a missed meeting belongs to the teams of its enrolment's client.
CREATE TRIGGER `missed_meetings_insert_team_changes` AFTER INSERT ON `missed_meetings` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `missed_meetings_update_team_changes` AFTER UPDATE ON `missed_meetings` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `missed_meetings_delete_team_changes` AFTER DELETE ON `missed_meetings` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
