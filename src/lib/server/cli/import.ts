import fs from 'node:fs';
import path from 'node:path';
import type { Command } from './commands';
import { stringFlag, UsageError } from './args';
import { isoDateInFinland } from '$lib/domain/dates';
import { describeImportError, IMPORT_FILES, type ImportFileName } from '$lib/domain/import';
import { runImport, type ImportInput } from '../import/apply';
import { MAX_IMPORT_BYTES } from '../import/parse';

export const importCommand: Command = {
	summary: 'Import enrolments.csv, employer_contacts.csv and placements.csv from a folder into a team (all or nothing).',
	usage: 'import <folder> --team <name> [--dry-run] [--create-team] [--create-coaches]',
	run(args) {
		const folder = args.positionals[0];
		if (!folder) throw new UsageError('<folder> is required');
		const teamName = stringFlag(args, 'team', true)!;
		if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
			console.error(`Not a folder: ${folder}`);
			return 1;
		}
		const files: ImportInput['files'] = {};
		const unknown: string[] = [];
		for (const entry of fs.readdirSync(folder)) {
			const name = entry.toLowerCase();
			if (!name.endsWith('.csv')) continue;
			if (!(IMPORT_FILES as readonly string[]).includes(name)) {
				unknown.push(entry);
				continue;
			}
			const full = path.join(folder, entry);
			const size = fs.statSync(full).size;
			// An oversize file is refused by its size, never read.
			files[name as ImportFileName] = { bytes: size > MAX_IMPORT_BYTES ? null : fs.readFileSync(full), size };
		}
		for (const entry of unknown) console.error(`${entry}: ignored (expected ${IMPORT_FILES.join(', ')})`);
		const dryRun = args.flags['dry-run'] === true;
		const result = runImport({
			files,
			teamName,
			createTeam: args.flags['create-team'] === true,
			createCoaches: args.flags['create-coaches'] === true,
			dryRun,
			actor: null,
			today: isoDateInFinland()
		});
		if (!result.ok) {
			for (const error of result.errors) console.error(describeImportError(error));
			console.error(`${result.errors.length} error(s); nothing was imported.`);
			return 1;
		}
		for (const [file, c] of Object.entries(result.counts)) console.log(`${file}: ${c.rows} rows, ${c.created} new, ${c.updated} already imported (updated)`);
		if (result.teamCreated) console.log(`Team "${teamName}" ${dryRun ? 'would be' : 'was'} created.`);
		if (result.coachesCreated.length) {
			console.log(`Coach accounts ${dryRun ? 'to create' : 'created'} (inactive until an administrator activates them): ${result.coachesCreated.join(', ')}`);
		}
		if (result.employersCreated) console.log(`Employers ${dryRun ? 'to create' : 'created'}: ${result.employersCreated}`);
		console.log(dryRun ? 'Dry run: nothing was written.' : 'Import complete.');
		return 0;
	}
};
