import type { Command } from './commands';
import { UsageError } from './args';
import { backupDatabase, BackupError, restoreDatabase } from '../backup';

/** Runs the step and prints what it reports; a BackupError is the user's message (exit code 1), anything else a bug. */
async function reportingBackupErrors(step: () => Promise<string> | string): Promise<number> {
	try {
		console.log(await step());
		return 0;
	} catch (err) {
		if (err instanceof BackupError) {
			console.error(err.message);
			return 1;
		}
		throw err;
	}
}

export const backupCommand: Command = {
	summary: 'Copy the database with SQLite online backup (safe while the app runs).',
	usage: 'backup <file>',
	async run(args) {
		const [file] = args.positionals;
		if (!file) throw new UsageError('a target file is required');
		return reportingBackupErrors(async () => {
			const result = await backupDatabase(file);
			return `Backup written: ${result.file} (${result.bytes} bytes, integrity ok)`;
		});
	}
};

export const restoreCommand: Command = {
	summary: 'Replace the database with a backup after an integrity check (stop the server first).',
	usage: 'restore <file>',
	async run(args) {
		const [file] = args.positionals;
		if (!file) throw new UsageError('a backup file is required');
		return reportingBackupErrors(() => {
			const result = restoreDatabase(file);
			return `Restored ${file} to ${result.restored}.${result.previous ? ` The previous database was kept as ${result.previous}.` : ''}`;
		});
	}
};
