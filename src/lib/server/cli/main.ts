#!/usr/bin/env node
import { parseArgs, UsageError } from './args';
import { commands } from './commands';
import { DatabaseConfigError, closeDb } from '../db';

async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	if (!name || name === 'help' || name === '--help') {
		console.log('Usage: npm run polku -- <command> [options]\n\nCommands:');
		for (const [key, load] of Object.entries(commands)) {
			const command = await load();
			console.log(`  ${command.usage.padEnd(60)} ${command.summary}`);
		}
		return name ? 0 : 1;
	}
	const load = commands[name];
	if (!load) {
		console.error(`Unknown command: ${name}. Run "npm run polku -- help".`);
		return 2;
	}
	const command = await load();
	try {
		const code = await command.run(parseArgs(rest));
		return typeof code === 'number' ? code : 0;
	} catch (err) {
		if (err instanceof UsageError) {
			console.error(`${err.message}\nUsage: npm run polku -- ${command.usage}`);
			return 2;
		}
		if (err instanceof DatabaseConfigError) {
			console.error(err.message);
			return 1;
		}
		throw err;
	} finally {
		closeDb();
	}
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(err) => {
		console.error(err instanceof Error ? err.message : err);
		process.exit(1);
	}
);
