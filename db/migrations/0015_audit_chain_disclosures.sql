ALTER TABLE `audit_log` ADD `recipient` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `basis` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `hash` text;
--> statement-breakpoint
-- Custom SQL (keep together when renumbering). The audit log is append-only: the database refuses
-- deletes, and updates of any sealed (hashed) row. Rows written before this migration have no hash
-- yet; the server seals them in id order at its first start (src/lib/server/audit-chain.ts).
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` WHEN OLD.hash IS NOT NULL BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
