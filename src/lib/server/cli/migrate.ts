import type { Command } from './commands';
import { databasePath, getDb } from '../db';

export const migrateCommand: Command = {
	summary: 'Apply database migrations (also done automatically at start-up).',
	usage: 'migrate',
	run() {
		getDb();
		console.log(`Database migrated: ${databasePath()}`);
	}
};
