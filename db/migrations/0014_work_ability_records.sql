CREATE TABLE `coaching_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text,
	`organiser` text,
	`note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coaching_activities_enrolment_idx` ON `coaching_activities` (`enrolment_id`,`starts_on`);--> statement-breakpoint
CREATE TABLE `consultations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`enrolment_id` integer,
	`date` text NOT NULL,
	`counterpart` text,
	`question` text NOT NULL,
	`answer` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consultations_team_idx` ON `consultations` (`team_id`,`date`);--> statement-breakpoint
CREATE INDEX `consultations_enrolment_idx` ON `consultations` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `external_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`owner` text NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `external_plans_enrolment_idx` ON `external_plans` (`enrolment_id`,`date`);--> statement-breakpoint
CREATE TABLE `network_meeting_participants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`meeting_id` integer NOT NULL,
	`network_person_id` integer,
	`user_id` integer,
	`name` text,
	FOREIGN KEY (`meeting_id`) REFERENCES `network_meetings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`network_person_id`) REFERENCES `network_people`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `network_meeting_participants_meeting_idx` ON `network_meeting_participants` (`meeting_id`);--> statement-breakpoint
CREATE TABLE `network_meetings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`client_present` integer DEFAULT true NOT NULL,
	`topic` text NOT NULL,
	`next_steps` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `network_meetings_enrolment_idx` ON `network_meetings` (`enrolment_id`,`date`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`service_id` integer,
	`statement_type` text,
	`requested_on` text NOT NULL,
	`done_on` text,
	`cancelled_on` text,
	`note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_enrolment_idx` ON `referrals` (`enrolment_id`,`requested_on`);--> statement-breakpoint
CREATE TABLE `support_needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`health_check_done` integer,
	`health_check_on` text,
	`on_sick_leave` integer,
	`rehabilitation_in_use` integer,
	`other_services` text,
	`typ_client` integer,
	`coordinator_needed` integer,
	`note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `support_needs_enrolment_idx` ON `support_needs` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `anonymous_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`date` text NOT NULL,
	`satisfaction` integer NOT NULL,
	`recommend` integer,
	`comment` text,
	`improvement` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `anonymous_feedback_team_idx` ON `anonymous_feedback` (`team_id`,`date`);--> statement-breakpoint
CREATE TABLE `exit_follow_ups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`contacted_on` text NOT NULL,
	`situation` text NOT NULL,
	`note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exit_follow_ups_enrolment_idx` ON `exit_follow_ups` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `feedback_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_links_token_idx` ON `feedback_links` (`token_hash`);--> statement-breakpoint
CREATE INDEX `feedback_links_enrolment_idx` ON `feedback_links` (`enrolment_id`);--> statement-breakpoint
ALTER TABLE `client_feedback` ADD `improvement` text;--> statement-breakpoint
ALTER TABLE `client_feedback` ADD `source` text DEFAULT 'coach' NOT NULL;--> statement-breakpoint
-- Team change counters (migration 0007) for the new tables: a row about an enrolment belongs to the
-- teams of its client; a consultation and anonymous feedback to their own team; a participant to its meeting's.
CREATE TRIGGER `support_needs_insert_team_changes` AFTER INSERT ON `support_needs` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_needs_update_team_changes` AFTER UPDATE ON `support_needs` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_needs_delete_team_changes` AFTER DELETE ON `support_needs` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `referrals_insert_team_changes` AFTER INSERT ON `referrals` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `referrals_update_team_changes` AFTER UPDATE ON `referrals` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `referrals_delete_team_changes` AFTER DELETE ON `referrals` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_meetings_insert_team_changes` AFTER INSERT ON `network_meetings` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_meetings_update_team_changes` AFTER UPDATE ON `network_meetings` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_meetings_delete_team_changes` AFTER DELETE ON `network_meetings` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `coaching_activities_insert_team_changes` AFTER INSERT ON `coaching_activities` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `coaching_activities_update_team_changes` AFTER UPDATE ON `coaching_activities` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `coaching_activities_delete_team_changes` AFTER DELETE ON `coaching_activities` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `external_plans_insert_team_changes` AFTER INSERT ON `external_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `external_plans_update_team_changes` AFTER UPDATE ON `external_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `external_plans_delete_team_changes` AFTER DELETE ON `external_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `feedback_links_insert_team_changes` AFTER INSERT ON `feedback_links` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `feedback_links_update_team_changes` AFTER UPDATE ON `feedback_links` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `feedback_links_delete_team_changes` AFTER DELETE ON `feedback_links` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `exit_follow_ups_insert_team_changes` AFTER INSERT ON `exit_follow_ups` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `exit_follow_ups_update_team_changes` AFTER UPDATE ON `exit_follow_ups` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `exit_follow_ups_delete_team_changes` AFTER DELETE ON `exit_follow_ups` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `anonymous_feedback_insert_team_changes` AFTER INSERT ON `anonymous_feedback` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `anonymous_feedback_update_team_changes` AFTER UPDATE ON `anonymous_feedback` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `anonymous_feedback_delete_team_changes` AFTER DELETE ON `anonymous_feedback` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `consultations_insert_team_changes` AFTER INSERT ON `consultations` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `consultations_update_team_changes` AFTER UPDATE ON `consultations` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT NEW.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `consultations_delete_team_changes` AFTER DELETE ON `consultations` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_meeting_participants_insert_team_changes` AFTER INSERT ON `network_meeting_participants` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = NEW.meeting_id)) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = NEW.meeting_id))) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_meeting_participants_update_team_changes` AFTER UPDATE ON `network_meeting_participants` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = OLD.meeting_id)) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = OLD.meeting_id)) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = NEW.meeting_id)) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = NEW.meeting_id))) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_meeting_participants_delete_team_changes` AFTER DELETE ON `network_meeting_participants` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = OLD.meeting_id)) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = (SELECT enrolment_id FROM network_meetings WHERE id = OLD.meeting_id))) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
