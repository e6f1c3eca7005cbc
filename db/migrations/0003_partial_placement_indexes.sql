DROP INDEX `client_contacts_placement_idx`;--> statement-breakpoint
CREATE INDEX `client_contacts_placement_idx` ON `client_contacts` (`placement_id`) WHERE "client_contacts"."placement_id" IS NOT NULL;--> statement-breakpoint
DROP INDEX `employer_contacts_placement_idx`;--> statement-breakpoint
CREATE INDEX `employer_contacts_placement_idx` ON `employer_contacts` (`placement_id`) WHERE "employer_contacts"."placement_id" IS NOT NULL;