import type { ParsedArgs } from './args';

export type Command = {
	summary: string;
	usage: string;
	run(args: ParsedArgs): Promise<number | void> | number | void;
};

/** The command table. Each later feature registers its commands here (report, import, backup …). */
export const commands: Record<string, () => Promise<Command>> = {
	migrate: async () => (await import('./migrate')).migrateCommand,
	'create-admin': async () => (await import('./create-admin')).createAdminCommand,
	demo: async () => (await import('./demo')).demoCommand,
	backup: async () => (await import('./backup')).backupCommand,
	restore: async () => (await import('./backup')).restoreCommand,
	report: async () => (await import('./report')).reportCommand,
	import: async () => (await import('./import')).importCommand,
	'send-reminders': async () => (await import('./send-reminders')).sendRemindersCommand,
	audit: async () => (await import('./audit')).auditCommand,
	retention: async () => (await import('./retention')).retentionCommand
};
