CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `team_members` (
	`team_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`fte` real DEFAULT 1 NOT NULL,
	PRIMARY KEY(`team_id`, `user_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_members_user_idx` ON `team_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`municipality` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_name_uq` ON `teams` (`name`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`password_hash` text,
	`locale` text DEFAULT 'fi' NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`employer_id` integer,
	`active` integer DEFAULT true NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_sign_ins` integer DEFAULT 0 NOT NULL,
	`locked_until` integer,
	`created_at` integer NOT NULL,
	`password_changed_at` integer,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_uq` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_employer_idx` ON `users` (`employer_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`user_id` integer,
	`role` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`client_id` integer,
	`team_id` integer,
	`view` text,
	`ip` text,
	`details` text
);
--> statement-breakpoint
CREATE INDEX `audit_client_idx` ON `audit_log` (`client_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_user_idx` ON `audit_log` (`user_id`,`at`);--> statement-breakpoint
CREATE TABLE `client_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`placement_id` integer,
	`date` text NOT NULL,
	`duration_minutes` integer NOT NULL,
	`mode` text NOT NULL,
	`place` text NOT NULL,
	`participants` text,
	`phase` integer,
	`note` text,
	`next_step` text,
	`next_step_due` text,
	`covering` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `client_contacts_enrolment_idx` ON `client_contacts` (`enrolment_id`,`date`);--> statement-breakpoint
CREATE INDEX `client_contacts_placement_idx` ON `client_contacts` (`placement_id`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`personal_id` text,
	`birth_year` integer,
	`preferred_language` text DEFAULT 'fi' NOT NULL,
	`phone` text,
	`email` text,
	`municipality` text,
	`import_ref` text,
	`anonymised_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clients_team_idx` ON `clients` (`team_id`);--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` (`team_id`,`last_name`,`first_name`);--> statement-breakpoint
CREATE UNIQUE INDEX `clients_import_ref_uq` ON `clients` (`team_id`,`import_ref`);--> statement-breakpoint
CREATE TABLE `enrolment_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer,
	`person_name` text,
	`started_on` text NOT NULL,
	`ended_on` text,
	`reason` text,
	`changed_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assignments_enrolment_idx` ON `enrolment_assignments` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`coach_id` integer,
	`responsible_user_id` integer,
	`responsible_name` text,
	`referral_date` text NOT NULL,
	`referral_source` text DEFAULT 'other' NOT NULL,
	`referrer` text,
	`situation_at_referral` text,
	`unemployment_months` integer,
	`out_of_work_at_referral` integer DEFAULT true NOT NULL,
	`first_meeting_date` text,
	`entry_date` text,
	`agreed_goals` text,
	`meeting_rhythm` text,
	`current_phase` integer DEFAULT 1 NOT NULL,
	`phase_entered_on` text,
	`step_down_date` text,
	`closed_date` text,
	`closing_reason` text,
	`closing_note` text,
	`import_ref` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`responsible_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `enrolments_client_idx` ON `enrolments` (`client_id`);--> statement-breakpoint
CREATE INDEX `enrolments_team_idx` ON `enrolments` (`team_id`,`closed_date`);--> statement-breakpoint
CREATE INDEX `enrolments_coach_idx` ON `enrolments` (`coach_id`,`closed_date`);--> statement-breakpoint
CREATE INDEX `enrolments_team_coach_idx` ON `enrolments` (`team_id`,`coach_id`,`closed_date`);--> statement-breakpoint
CREATE INDEX `enrolments_entry_idx` ON `enrolments` (`team_id`,`entry_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_import_ref_uq` ON `enrolments` (`team_id`,`import_ref`);--> statement-breakpoint
CREATE TABLE `network_people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text,
	`phone` text,
	`email` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `network_people_client_idx` ON `network_people` (`client_id`);--> statement-breakpoint
CREATE TABLE `outreach_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`channel` text NOT NULL,
	`result` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `outreach_enrolment_idx` ON `outreach_attempts` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `phase_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`phase` integer NOT NULL,
	`entered_on` text NOT NULL,
	`reason` text,
	`changed_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`changed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `phase_changes_enrolment_idx` ON `phase_changes` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `benefits_counselling` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`status` text NOT NULL,
	`counsellor` text,
	`topics` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `benefits_enrolment_idx` ON `benefits_counselling` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `client_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`satisfaction` integer NOT NULL,
	`recommend` integer,
	`comment` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `feedback_enrolment_idx` ON `client_feedback` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`form` text NOT NULL,
	`parties` text NOT NULL,
	`employer_id` integer,
	`categories` text NOT NULL,
	`health_data` integer DEFAULT false NOT NULL,
	`purpose` text,
	`valid_from` text NOT NULL,
	`valid_to` text,
	`signed_how` text,
	`withdrawn_at` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `consents_client_idx` ON `consents` (`client_id`);--> statement-breakpoint
CREATE INDEX `consents_employer_idx` ON `consents` (`employer_id`);--> statement-breakpoint
CREATE TABLE `disclosure_discussions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`decision` text NOT NULL,
	`notes` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosure_enrolment_idx` ON `disclosure_discussions` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `job_search_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`employer_name` text,
	`job_title` text,
	`result` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `job_search_activities_enrolment_idx` ON `job_search_activities` (`enrolment_id`);--> statement-breakpoint
CREATE TABLE `job_search_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`version` integer NOT NULL,
	`target_jobs` text,
	`employers_to_approach` text,
	`notes` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `job_search_plans_enrolment_idx` ON `job_search_plans` (`enrolment_id`,`version`);--> statement-breakpoint
CREATE TABLE `kykyviisari_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`date` text NOT NULL,
	`overall` integer NOT NULL,
	`mental_wellbeing` integer,
	`social_participation` integer,
	`physical_functioning` integer,
	`competence` integer,
	`everyday_life` integer,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `kykyviisari_enrolment_idx` ON `kykyviisari_results` (`enrolment_id`,`date`);--> statement-breakpoint
CREATE TABLE `support_plans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`version` integer NOT NULL,
	`plan_date` text NOT NULL,
	`situation` text,
	`work_and_education` text,
	`work_ability_factors` text,
	`services_in_use` text,
	`network_contacts` text,
	`goals` text NOT NULL,
	`review_date` text,
	`change_note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `support_plans_enrolment_idx` ON `support_plans` (`enrolment_id`,`version`);--> statement-breakpoint
CREATE TABLE `vocational_profiles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`version` integer NOT NULL,
	`work_history` text,
	`education` text,
	`skills` text,
	`interests` text,
	`helps_and_hinders` text,
	`support_network` text,
	`job_goals` text,
	`change_note` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `profiles_enrolment_idx` ON `vocational_profiles` (`enrolment_id`,`version`);--> statement-breakpoint
CREATE TABLE `contact_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`employer_id` integer NOT NULL,
	`from_user_id` integer,
	`message` text NOT NULL,
	`created_at` integer NOT NULL,
	`handled_at` integer,
	`handled_by` integer,
	`answer` text,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`handled_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_requests_employer_idx` ON `contact_requests` (`employer_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `contact_requests_open_idx` ON `contact_requests` (`handled_at`,`employer_id`);--> statement-breakpoint
CREATE TABLE `employer_contact_clients` (
	`employer_contact_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	FOREIGN KEY (`employer_contact_id`) REFERENCES `employer_contacts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ecc_pk` ON `employer_contact_clients` (`employer_contact_id`,`client_id`);--> statement-breakpoint
CREATE INDEX `ecc_client_idx` ON `employer_contact_clients` (`client_id`);--> statement-breakpoint
CREATE TABLE `employer_contact_persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`employer_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`phone` text,
	`email` text,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `employer_persons_employer_idx` ON `employer_contact_persons` (`employer_id`);--> statement-breakpoint
CREATE TABLE `employer_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`employer_id` integer NOT NULL,
	`team_id` integer NOT NULL,
	`coach_id` integer,
	`date` text NOT NULL,
	`person_met` text,
	`mode` text NOT NULL,
	`generic` integer DEFAULT true NOT NULL,
	`client_present` integer DEFAULT false NOT NULL,
	`purpose` text NOT NULL,
	`outcome` text,
	`next_step` text,
	`next_step_due` text,
	`shared_with_employer` integer DEFAULT false NOT NULL,
	`placement_id` integer,
	`import_ref` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `employer_contacts_employer_idx` ON `employer_contacts` (`employer_id`,`date`);--> statement-breakpoint
CREATE INDEX `employer_contacts_coach_idx` ON `employer_contacts` (`coach_id`,`date`);--> statement-breakpoint
CREATE INDEX `employer_contacts_team_idx` ON `employer_contacts` (`team_id`,`date`);--> statement-breakpoint
CREATE INDEX `employer_contacts_placement_idx` ON `employer_contacts` (`placement_id`);--> statement-breakpoint
CREATE INDEX `employer_contacts_shared_idx` ON `employer_contacts` (`employer_id`,`shared_with_employer`,`date`);--> statement-breakpoint
CREATE UNIQUE INDEX `employer_contacts_import_ref_uq` ON `employer_contacts` (`team_id`,`import_ref`);--> statement-breakpoint
CREATE TABLE `employers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`name` text NOT NULL,
	`business_id` text,
	`industry` text,
	`municipality` text,
	`address` text,
	`sites` text,
	`stage` text DEFAULT 'new-lead' NOT NULL,
	`owner_coach_id` integer,
	`notes` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employers_business_id_uq` ON `employers` (`business_id`);--> statement-breakpoint
CREATE INDEX `employers_team_idx` ON `employers` (`team_id`,`name`);--> statement-breakpoint
CREATE INDEX `employers_owner_idx` ON `employers` (`owner_coach_id`);--> statement-breakpoint
CREATE INDEX `employers_team_stage_idx` ON `employers` (`team_id`,`stage`);--> statement-breakpoint
CREATE TABLE `placements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`enrolment_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`employer_id` integer NOT NULL,
	`job_title` text NOT NULL,
	`job_type` text,
	`tasks` text,
	`tailoring` text,
	`accommodations` text,
	`hours_per_week` real,
	`wage` real,
	`wage_unit` text,
	`contract` text,
	`competitive` integer DEFAULT true NOT NULL,
	`wage_subsidy` integer DEFAULT false NOT NULL,
	`employer_support` text,
	`disclosure` text DEFAULT 'none' NOT NULL,
	`disclosure_wording` text,
	`disclosure_review_date` text,
	`status` text DEFAULT 'agreed' NOT NULL,
	`start_date` text,
	`end_date` text,
	`end_reason` text,
	`step_down_date` text,
	`import_ref` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`enrolment_id`) REFERENCES `enrolments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placements_enrolment_idx` ON `placements` (`enrolment_id`);--> statement-breakpoint
CREATE INDEX `placements_client_idx` ON `placements` (`client_id`);--> statement-breakpoint
CREATE INDEX `placements_employer_idx` ON `placements` (`employer_id`,`status`);--> statement-breakpoint
CREATE INDEX `placements_start_idx` ON `placements` (`start_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `placements_import_ref_uq` ON `placements` (`enrolment_id`,`import_ref`);--> statement-breakpoint
CREATE TABLE `fidelity_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`review_id` integer,
	`item_id` integer,
	`action` text NOT NULL,
	`owner` text,
	`due_date` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `fidelity_actions_team_idx` ON `fidelity_actions` (`team_id`,`status`);--> statement-breakpoint
CREATE TABLE `fidelity_item_scores` (
	`review_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`score` integer,
	`evidence` text,
	`data_sources` text,
	`recommendation` text,
	`checklist` text,
	`updated_by` integer,
	`updated_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`review_id`, `item_id`),
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `fidelity_reviewer_scores` (
	`review_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`score` integer NOT NULL,
	PRIMARY KEY(`review_id`, `item_id`, `user_id`),
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `fidelity_reviewers` (
	`review_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	PRIMARY KEY(`review_id`, `user_id`),
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `fidelity_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`scale_id` integer NOT NULL,
	`review_date` text NOT NULL,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`supersedes_id` integer,
	`correction_reason` text,
	`outside_reviewers` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scale_id`) REFERENCES `fidelity_scales`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_team_idx` ON `fidelity_reviews` (`team_id`,`review_date`);--> statement-breakpoint
CREATE TABLE `fidelity_scales` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`version` text NOT NULL,
	`name` text NOT NULL,
	`items` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `fidelity_staffing` (
	`review_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`fte` real NOT NULL,
	`employment_share` real NOT NULL,
	PRIMARY KEY(`review_id`, `user_id`),
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
