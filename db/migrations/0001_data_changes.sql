CREATE TABLE `data_changes` (
	`scope` text PRIMARY KEY NOT NULL,
	`counter` integer DEFAULT 0 NOT NULL
);
