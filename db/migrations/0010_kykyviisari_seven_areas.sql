ALTER TABLE `teams` ADD `kykyviisari_grace_days` integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE `kykyviisari_results` ADD `link_sent_on` text;--> statement-breakpoint
ALTER TABLE `kykyviisari_results` ADD `wellbeing` integer;--> statement-breakpoint
ALTER TABLE `kykyviisari_results` ADD `work_and_future` integer;