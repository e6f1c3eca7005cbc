import type { Command } from './commands';
import { UsageError } from './args';
import { backupDatabase, BackupError, restoreDatabase } from '../backup';

export const backupCommand: Command = {
	summary: 'Copy the database with SQLite online backup (safe while the app runs).',
	usage: 'backup <file>',
	async run(args) {
		const [file] = args.positionals;
		if (!file) throw new UsageError('a target file is required');
		try {
			const result = await backupDatabase(file);
			console.log(`Backup written: ${result.file} (${result.bytes} bytes, integrity ok)`);
			return 0;
		} catch (err) {
			if (err instanceof BackupError) {
				console.error(err.message);
				return 1;
			}
			throw err;
		}
	}
};

export const restoreCommand: Command = {
	summary: 'Replace the database with a backup after an integrity check (stop the server first).',
	usage: 'restore <file>',
	async run(args) {
		const [file] = args.positionals;
		if (!file) throw new UsageError('a backup file is required');
		try {
			const result = restoreDatabase(file);
			console.log(`Restored ${file} to ${result.restored}.${result.previous ? ` The previous database was kept as ${result.previous}.` : ''}`);
			return 0;
		} catch (err) {
			if (err instanceof BackupError) {
				console.error(err.message);
				return 1;
			}
			throw err;
		}
	}
};
