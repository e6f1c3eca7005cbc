-- Every change to the records raises data_changes('records'); caches of computed figures key on it.
INSERT INTO `data_changes` (`scope`, `counter`) VALUES ('records', 0);
--> statement-breakpoint
CREATE TRIGGER `benefits_counselling_insert_changes` AFTER INSERT ON `benefits_counselling` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `benefits_counselling_update_changes` AFTER UPDATE ON `benefits_counselling` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `benefits_counselling_delete_changes` AFTER DELETE ON `benefits_counselling` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `client_contacts_insert_changes` AFTER INSERT ON `client_contacts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `client_contacts_update_changes` AFTER UPDATE ON `client_contacts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `client_contacts_delete_changes` AFTER DELETE ON `client_contacts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `client_feedback_insert_changes` AFTER INSERT ON `client_feedback` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `client_feedback_update_changes` AFTER UPDATE ON `client_feedback` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `client_feedback_delete_changes` AFTER DELETE ON `client_feedback` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `clients_insert_changes` AFTER INSERT ON `clients` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `clients_update_changes` AFTER UPDATE ON `clients` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `clients_delete_changes` AFTER DELETE ON `clients` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `consents_insert_changes` AFTER INSERT ON `consents` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `consents_update_changes` AFTER UPDATE ON `consents` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `consents_delete_changes` AFTER DELETE ON `consents` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `contact_requests_insert_changes` AFTER INSERT ON `contact_requests` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `contact_requests_update_changes` AFTER UPDATE ON `contact_requests` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `contact_requests_delete_changes` AFTER DELETE ON `contact_requests` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_discussions_insert_changes` AFTER INSERT ON `disclosure_discussions` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_discussions_update_changes` AFTER UPDATE ON `disclosure_discussions` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_discussions_delete_changes` AFTER DELETE ON `disclosure_discussions` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_clients_insert_changes` AFTER INSERT ON `employer_contact_clients` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_clients_update_changes` AFTER UPDATE ON `employer_contact_clients` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_clients_delete_changes` AFTER DELETE ON `employer_contact_clients` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_persons_insert_changes` AFTER INSERT ON `employer_contact_persons` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_persons_update_changes` AFTER UPDATE ON `employer_contact_persons` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_persons_delete_changes` AFTER DELETE ON `employer_contact_persons` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contacts_insert_changes` AFTER INSERT ON `employer_contacts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contacts_update_changes` AFTER UPDATE ON `employer_contacts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contacts_delete_changes` AFTER DELETE ON `employer_contacts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employers_insert_changes` AFTER INSERT ON `employers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employers_update_changes` AFTER UPDATE ON `employers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `employers_delete_changes` AFTER DELETE ON `employers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `enrolment_assignments_insert_changes` AFTER INSERT ON `enrolment_assignments` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `enrolment_assignments_update_changes` AFTER UPDATE ON `enrolment_assignments` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `enrolment_assignments_delete_changes` AFTER DELETE ON `enrolment_assignments` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `enrolments_insert_changes` AFTER INSERT ON `enrolments` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `enrolments_update_changes` AFTER UPDATE ON `enrolments` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `enrolments_delete_changes` AFTER DELETE ON `enrolments` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_actions_insert_changes` AFTER INSERT ON `fidelity_actions` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_actions_update_changes` AFTER UPDATE ON `fidelity_actions` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_actions_delete_changes` AFTER DELETE ON `fidelity_actions` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_item_scores_insert_changes` AFTER INSERT ON `fidelity_item_scores` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_item_scores_update_changes` AFTER UPDATE ON `fidelity_item_scores` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_item_scores_delete_changes` AFTER DELETE ON `fidelity_item_scores` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewer_scores_insert_changes` AFTER INSERT ON `fidelity_reviewer_scores` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewer_scores_update_changes` AFTER UPDATE ON `fidelity_reviewer_scores` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewer_scores_delete_changes` AFTER DELETE ON `fidelity_reviewer_scores` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewers_insert_changes` AFTER INSERT ON `fidelity_reviewers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewers_update_changes` AFTER UPDATE ON `fidelity_reviewers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewers_delete_changes` AFTER DELETE ON `fidelity_reviewers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviews_insert_changes` AFTER INSERT ON `fidelity_reviews` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviews_update_changes` AFTER UPDATE ON `fidelity_reviews` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviews_delete_changes` AFTER DELETE ON `fidelity_reviews` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_staffing_insert_changes` AFTER INSERT ON `fidelity_staffing` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_staffing_update_changes` AFTER UPDATE ON `fidelity_staffing` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_staffing_delete_changes` AFTER DELETE ON `fidelity_staffing` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_activities_insert_changes` AFTER INSERT ON `job_search_activities` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_activities_update_changes` AFTER UPDATE ON `job_search_activities` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_activities_delete_changes` AFTER DELETE ON `job_search_activities` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_plans_insert_changes` AFTER INSERT ON `job_search_plans` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_plans_update_changes` AFTER UPDATE ON `job_search_plans` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_plans_delete_changes` AFTER DELETE ON `job_search_plans` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `kykyviisari_results_insert_changes` AFTER INSERT ON `kykyviisari_results` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `kykyviisari_results_update_changes` AFTER UPDATE ON `kykyviisari_results` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `kykyviisari_results_delete_changes` AFTER DELETE ON `kykyviisari_results` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `network_people_insert_changes` AFTER INSERT ON `network_people` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `network_people_update_changes` AFTER UPDATE ON `network_people` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `network_people_delete_changes` AFTER DELETE ON `network_people` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `outreach_attempts_insert_changes` AFTER INSERT ON `outreach_attempts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `outreach_attempts_update_changes` AFTER UPDATE ON `outreach_attempts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `outreach_attempts_delete_changes` AFTER DELETE ON `outreach_attempts` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `phase_changes_insert_changes` AFTER INSERT ON `phase_changes` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `phase_changes_update_changes` AFTER UPDATE ON `phase_changes` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `phase_changes_delete_changes` AFTER DELETE ON `phase_changes` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `placements_insert_changes` AFTER INSERT ON `placements` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `placements_update_changes` AFTER UPDATE ON `placements` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `placements_delete_changes` AFTER DELETE ON `placements` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `settings_insert_changes` AFTER INSERT ON `settings` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `settings_update_changes` AFTER UPDATE ON `settings` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `settings_delete_changes` AFTER DELETE ON `settings` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_insert_changes` AFTER INSERT ON `support_plans` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_update_changes` AFTER UPDATE ON `support_plans` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_delete_changes` AFTER DELETE ON `support_plans` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `team_members_insert_changes` AFTER INSERT ON `team_members` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `team_members_update_changes` AFTER UPDATE ON `team_members` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `team_members_delete_changes` AFTER DELETE ON `team_members` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `teams_insert_changes` AFTER INSERT ON `teams` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `teams_update_changes` AFTER UPDATE ON `teams` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `teams_delete_changes` AFTER DELETE ON `teams` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `users_insert_changes` AFTER INSERT ON `users` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `users_update_changes` AFTER UPDATE ON `users` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `users_delete_changes` AFTER DELETE ON `users` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `vocational_profiles_insert_changes` AFTER INSERT ON `vocational_profiles` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `vocational_profiles_update_changes` AFTER UPDATE ON `vocational_profiles` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
--> statement-breakpoint
CREATE TRIGGER `vocational_profiles_delete_changes` AFTER DELETE ON `vocational_profiles` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'records'; END;
