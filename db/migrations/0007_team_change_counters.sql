-- Team-scoped change counters, in place of the global data_changes('records') of 0002 (dropped at the
-- end): a save in one team no longer invalidates every other team's cached views.
-- data_changes('team:<id>') rises on every change to a row that belongs to team <id>: the team's own
-- rows (enrolments, members, fidelity reviews, employer contacts made by it and the clients they name) and every row about a client
-- whose home team or any enrolment is in it (a client's placements and consents count in each of the
-- client's teams). data_changes('shared') rises on changes to rows that no single team owns and that
-- team views show (employers, their contact persons and requests, user names, settings); a team cache
-- keys on both, so it is never older than the last saved change that could alter it.
-- Updates raise the teams of the old and the new row (an enrolment moving between teams).
INSERT INTO `data_changes` (`scope`, `counter`) VALUES ('shared', 0);
--> statement-breakpoint
CREATE TRIGGER `benefits_counselling_insert_team_changes` AFTER INSERT ON `benefits_counselling` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `benefits_counselling_update_team_changes` AFTER UPDATE ON `benefits_counselling` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `benefits_counselling_delete_team_changes` AFTER DELETE ON `benefits_counselling` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `client_contacts_insert_team_changes` AFTER INSERT ON `client_contacts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `client_contacts_update_team_changes` AFTER UPDATE ON `client_contacts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `client_contacts_delete_team_changes` AFTER DELETE ON `client_contacts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `client_feedback_insert_team_changes` AFTER INSERT ON `client_feedback` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `client_feedback_update_team_changes` AFTER UPDATE ON `client_feedback` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `client_feedback_delete_team_changes` AFTER DELETE ON `client_feedback` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `clients_insert_team_changes` AFTER INSERT ON `clients` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.id UNION SELECT team_id FROM clients WHERE id = NEW.id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `clients_update_team_changes` AFTER UPDATE ON `clients` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = OLD.id UNION SELECT team_id FROM clients WHERE id = OLD.id UNION SELECT NEW.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.id UNION SELECT team_id FROM clients WHERE id = NEW.id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `clients_delete_team_changes` AFTER DELETE ON `clients` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = OLD.id UNION SELECT team_id FROM clients WHERE id = OLD.id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `consents_insert_team_changes` AFTER INSERT ON `consents` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `consents_update_team_changes` AFTER UPDATE ON `consents` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `consents_delete_team_changes` AFTER DELETE ON `consents` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_discussions_insert_team_changes` AFTER INSERT ON `disclosure_discussions` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_discussions_update_team_changes` AFTER UPDATE ON `disclosure_discussions` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_discussions_delete_team_changes` AFTER DELETE ON `disclosure_discussions` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_clients_insert_team_changes` AFTER INSERT ON `employer_contact_clients` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id UNION SELECT team_id FROM employer_contacts WHERE id = NEW.employer_contact_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_clients_update_team_changes` AFTER UPDATE ON `employer_contact_clients` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id UNION SELECT team_id FROM employer_contacts WHERE id = OLD.employer_contact_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id UNION SELECT team_id FROM employer_contacts WHERE id = NEW.employer_contact_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_clients_delete_team_changes` AFTER DELETE ON `employer_contact_clients` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id UNION SELECT team_id FROM employer_contacts WHERE id = OLD.employer_contact_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contacts_insert_team_changes` AFTER INSERT ON `employer_contacts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id UNION SELECT e.team_id FROM employer_contact_clients ecc JOIN enrolments e ON e.client_id = ecc.client_id WHERE ecc.employer_contact_id = NEW.id UNION SELECT c.team_id FROM employer_contact_clients ecc JOIN clients c ON c.id = ecc.client_id WHERE ecc.employer_contact_id = NEW.id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM placements WHERE id = NEW.placement_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM placements WHERE id = NEW.placement_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contacts_update_team_changes` AFTER UPDATE ON `employer_contacts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT e.team_id FROM employer_contact_clients ecc JOIN enrolments e ON e.client_id = ecc.client_id WHERE ecc.employer_contact_id = OLD.id UNION SELECT c.team_id FROM employer_contact_clients ecc JOIN clients c ON c.id = ecc.client_id WHERE ecc.employer_contact_id = OLD.id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM placements WHERE id = OLD.placement_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM placements WHERE id = OLD.placement_id) UNION SELECT NEW.team_id AS team_id UNION SELECT e.team_id FROM employer_contact_clients ecc JOIN enrolments e ON e.client_id = ecc.client_id WHERE ecc.employer_contact_id = NEW.id UNION SELECT c.team_id FROM employer_contact_clients ecc JOIN clients c ON c.id = ecc.client_id WHERE ecc.employer_contact_id = NEW.id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM placements WHERE id = NEW.placement_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM placements WHERE id = NEW.placement_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contacts_delete_team_changes` AFTER DELETE ON `employer_contacts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT e.team_id FROM employer_contact_clients ecc JOIN enrolments e ON e.client_id = ecc.client_id WHERE ecc.employer_contact_id = OLD.id UNION SELECT c.team_id FROM employer_contact_clients ecc JOIN clients c ON c.id = ecc.client_id WHERE ecc.employer_contact_id = OLD.id UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM placements WHERE id = OLD.placement_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM placements WHERE id = OLD.placement_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `enrolment_assignments_insert_team_changes` AFTER INSERT ON `enrolment_assignments` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `enrolment_assignments_update_team_changes` AFTER UPDATE ON `enrolment_assignments` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `enrolment_assignments_delete_team_changes` AFTER DELETE ON `enrolment_assignments` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `enrolments_insert_team_changes` AFTER INSERT ON `enrolments` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `enrolments_update_team_changes` AFTER UPDATE ON `enrolments` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id UNION SELECT NEW.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `enrolments_delete_team_changes` AFTER DELETE ON `enrolments` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_actions_insert_team_changes` AFTER INSERT ON `fidelity_actions` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_actions_update_team_changes` AFTER UPDATE ON `fidelity_actions` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_actions_delete_team_changes` AFTER DELETE ON `fidelity_actions` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_item_scores_insert_team_changes` AFTER INSERT ON `fidelity_item_scores` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_item_scores_update_team_changes` AFTER UPDATE ON `fidelity_item_scores` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id UNION SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_item_scores_delete_team_changes` AFTER DELETE ON `fidelity_item_scores` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewer_scores_insert_team_changes` AFTER INSERT ON `fidelity_reviewer_scores` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewer_scores_update_team_changes` AFTER UPDATE ON `fidelity_reviewer_scores` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id UNION SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewer_scores_delete_team_changes` AFTER DELETE ON `fidelity_reviewer_scores` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewers_insert_team_changes` AFTER INSERT ON `fidelity_reviewers` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewers_update_team_changes` AFTER UPDATE ON `fidelity_reviewers` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id UNION SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviewers_delete_team_changes` AFTER DELETE ON `fidelity_reviewers` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviews_insert_team_changes` AFTER INSERT ON `fidelity_reviews` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviews_update_team_changes` AFTER UPDATE ON `fidelity_reviews` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_reviews_delete_team_changes` AFTER DELETE ON `fidelity_reviews` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_staffing_insert_team_changes` AFTER INSERT ON `fidelity_staffing` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_staffing_update_team_changes` AFTER UPDATE ON `fidelity_staffing` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id UNION SELECT team_id FROM fidelity_reviews WHERE id = NEW.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `fidelity_staffing_delete_team_changes` AFTER DELETE ON `fidelity_staffing` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM fidelity_reviews WHERE id = OLD.review_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_activities_insert_team_changes` AFTER INSERT ON `job_search_activities` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_activities_update_team_changes` AFTER UPDATE ON `job_search_activities` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_activities_delete_team_changes` AFTER DELETE ON `job_search_activities` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_plans_insert_team_changes` AFTER INSERT ON `job_search_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_plans_update_team_changes` AFTER UPDATE ON `job_search_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `job_search_plans_delete_team_changes` AFTER DELETE ON `job_search_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `kykyviisari_results_insert_team_changes` AFTER INSERT ON `kykyviisari_results` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `kykyviisari_results_update_team_changes` AFTER UPDATE ON `kykyviisari_results` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `kykyviisari_results_delete_team_changes` AFTER DELETE ON `kykyviisari_results` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_people_insert_team_changes` AFTER INSERT ON `network_people` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_people_update_team_changes` AFTER UPDATE ON `network_people` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `network_people_delete_team_changes` AFTER DELETE ON `network_people` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `outreach_attempts_insert_team_changes` AFTER INSERT ON `outreach_attempts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `outreach_attempts_update_team_changes` AFTER UPDATE ON `outreach_attempts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `outreach_attempts_delete_team_changes` AFTER DELETE ON `outreach_attempts` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `phase_changes_insert_team_changes` AFTER INSERT ON `phase_changes` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `phase_changes_update_team_changes` AFTER UPDATE ON `phase_changes` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `phase_changes_delete_team_changes` AFTER DELETE ON `phase_changes` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `placements_insert_team_changes` AFTER INSERT ON `placements` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `placements_update_team_changes` AFTER UPDATE ON `placements` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id UNION SELECT team_id FROM enrolments WHERE client_id = NEW.client_id UNION SELECT team_id FROM clients WHERE id = NEW.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `placements_delete_team_changes` AFTER DELETE ON `placements` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = OLD.client_id UNION SELECT team_id FROM clients WHERE id = OLD.client_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_insert_team_changes` AFTER INSERT ON `support_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_update_team_changes` AFTER UPDATE ON `support_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `support_plans_delete_team_changes` AFTER DELETE ON `support_plans` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `team_members_insert_team_changes` AFTER INSERT ON `team_members` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `team_members_update_team_changes` AFTER UPDATE ON `team_members` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id UNION SELECT NEW.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `team_members_delete_team_changes` AFTER DELETE ON `team_members` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.team_id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `teams_insert_team_changes` AFTER INSERT ON `teams` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT NEW.id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `teams_update_team_changes` AFTER UPDATE ON `teams` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.id AS team_id UNION SELECT NEW.id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `teams_delete_team_changes` AFTER DELETE ON `teams` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT OLD.id AS team_id) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `vocational_profiles_insert_team_changes` AFTER INSERT ON `vocational_profiles` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `vocational_profiles_update_team_changes` AFTER UPDATE ON `vocational_profiles` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = NEW.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `vocational_profiles_delete_team_changes` AFTER DELETE ON `vocational_profiles` BEGIN INSERT INTO `data_changes` (`scope`, `counter`) SELECT 'team:' || team_id, 1 FROM (SELECT team_id FROM enrolments WHERE client_id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id) UNION SELECT team_id FROM clients WHERE id = (SELECT client_id FROM enrolments WHERE id = OLD.enrolment_id)) WHERE team_id IS NOT NULL ON CONFLICT (`scope`) DO UPDATE SET `counter` = `counter` + 1; END;
--> statement-breakpoint
CREATE TRIGGER `contact_requests_insert_team_changes` AFTER INSERT ON `contact_requests` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `contact_requests_update_team_changes` AFTER UPDATE ON `contact_requests` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `contact_requests_delete_team_changes` AFTER DELETE ON `contact_requests` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_persons_insert_team_changes` AFTER INSERT ON `employer_contact_persons` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_persons_update_team_changes` AFTER UPDATE ON `employer_contact_persons` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `employer_contact_persons_delete_team_changes` AFTER DELETE ON `employer_contact_persons` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `employers_insert_team_changes` AFTER INSERT ON `employers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `employers_update_team_changes` AFTER UPDATE ON `employers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `employers_delete_team_changes` AFTER DELETE ON `employers` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `settings_insert_team_changes` AFTER INSERT ON `settings` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `settings_update_team_changes` AFTER UPDATE ON `settings` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `settings_delete_team_changes` AFTER DELETE ON `settings` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `users_insert_team_changes` AFTER INSERT ON `users` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `users_update_team_changes` AFTER UPDATE OF `email`, `name`, `phone`, `employer_id`, `active`, `is_admin` ON `users` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
CREATE TRIGGER `users_delete_team_changes` AFTER DELETE ON `users` BEGIN UPDATE `data_changes` SET `counter` = `counter` + 1 WHERE `scope` = 'shared'; END;
--> statement-breakpoint
DROP TRIGGER `benefits_counselling_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `benefits_counselling_update_changes`;
--> statement-breakpoint
DROP TRIGGER `benefits_counselling_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `client_contacts_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `client_contacts_update_changes`;
--> statement-breakpoint
DROP TRIGGER `client_contacts_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `client_feedback_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `client_feedback_update_changes`;
--> statement-breakpoint
DROP TRIGGER `client_feedback_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `clients_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `clients_update_changes`;
--> statement-breakpoint
DROP TRIGGER `clients_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `consents_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `consents_update_changes`;
--> statement-breakpoint
DROP TRIGGER `consents_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `contact_requests_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `contact_requests_update_changes`;
--> statement-breakpoint
DROP TRIGGER `contact_requests_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `disclosure_discussions_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `disclosure_discussions_update_changes`;
--> statement-breakpoint
DROP TRIGGER `disclosure_discussions_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contact_clients_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contact_clients_update_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contact_clients_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contact_persons_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contact_persons_update_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contact_persons_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contacts_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contacts_update_changes`;
--> statement-breakpoint
DROP TRIGGER `employer_contacts_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `employers_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `employers_update_changes`;
--> statement-breakpoint
DROP TRIGGER `employers_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `enrolment_assignments_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `enrolment_assignments_update_changes`;
--> statement-breakpoint
DROP TRIGGER `enrolment_assignments_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `enrolments_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `enrolments_update_changes`;
--> statement-breakpoint
DROP TRIGGER `enrolments_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_actions_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_actions_update_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_actions_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_item_scores_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_item_scores_update_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_item_scores_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviewer_scores_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviewer_scores_update_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviewer_scores_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviewers_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviewers_update_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviewers_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviews_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviews_update_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_reviews_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_staffing_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_staffing_update_changes`;
--> statement-breakpoint
DROP TRIGGER `fidelity_staffing_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `job_search_activities_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `job_search_activities_update_changes`;
--> statement-breakpoint
DROP TRIGGER `job_search_activities_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `job_search_plans_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `job_search_plans_update_changes`;
--> statement-breakpoint
DROP TRIGGER `job_search_plans_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `kykyviisari_results_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `kykyviisari_results_update_changes`;
--> statement-breakpoint
DROP TRIGGER `kykyviisari_results_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `network_people_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `network_people_update_changes`;
--> statement-breakpoint
DROP TRIGGER `network_people_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `outreach_attempts_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `outreach_attempts_update_changes`;
--> statement-breakpoint
DROP TRIGGER `outreach_attempts_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `phase_changes_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `phase_changes_update_changes`;
--> statement-breakpoint
DROP TRIGGER `phase_changes_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `placements_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `placements_update_changes`;
--> statement-breakpoint
DROP TRIGGER `placements_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `settings_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `settings_update_changes`;
--> statement-breakpoint
DROP TRIGGER `settings_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `support_plans_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `support_plans_update_changes`;
--> statement-breakpoint
DROP TRIGGER `support_plans_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `team_members_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `team_members_update_changes`;
--> statement-breakpoint
DROP TRIGGER `team_members_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `teams_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `teams_update_changes`;
--> statement-breakpoint
DROP TRIGGER `teams_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `users_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `users_update_changes`;
--> statement-breakpoint
DROP TRIGGER `users_delete_changes`;
--> statement-breakpoint
DROP TRIGGER `vocational_profiles_insert_changes`;
--> statement-breakpoint
DROP TRIGGER `vocational_profiles_update_changes`;
--> statement-breakpoint
DROP TRIGGER `vocational_profiles_delete_changes`;
--> statement-breakpoint
DELETE FROM `data_changes` WHERE `scope` = 'records';
