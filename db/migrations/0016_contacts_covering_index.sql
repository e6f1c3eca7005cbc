DROP INDEX `client_contacts_enrolment_idx`;--> statement-breakpoint
CREATE INDEX `client_contacts_enrolment_idx` ON `client_contacts` (`enrolment_id`,`date`,`mode`,`place`);