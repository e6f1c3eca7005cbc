import type { Command } from './commands';
import { stringFlag, UsageError } from './args';
import { findTeamByName } from '../accounts';
import { isoDateInFinland, parseDate } from '$lib/domain/dates';
import { headlineJson } from '$lib/domain/outcomes';
import { periodReport } from '../outcomes/figures';
import { reportTable, toCsv } from '../outcomes/export';

export const reportCommand: Command = {
	summary: 'Print a team’s outcome report for a period (docs/domain/outcomes.md) as JSON or CSV.',
	usage: 'report outcomes --team <name> --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]',
	run(args) {
		if (args.positionals[0] !== 'outcomes') throw new UsageError('Unknown report; the one report is "outcomes".');
		const teamName = stringFlag(args, 'team', true)!;
		const from = parseDate(stringFlag(args, 'from', true)!);
		const to = parseDate(stringFlag(args, 'to', true)!);
		if (!from || !to) throw new UsageError('--from and --to must be dates (YYYY-MM-DD or d.m.yyyy)');
		if (to < from) throw new UsageError('--to cannot be before --from');
		const format = stringFlag(args, 'format') ?? 'json';
		if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
		const team = findTeamByName(teamName);
		if (!team) {
			console.error(`No team named "${teamName}".`);
			return 1;
		}
		const report = periodReport({}, { teamIds: [team.id], coachId: null }, { from, to }, isoDateInFinland());
		if (format === 'json') console.log(JSON.stringify(headlineJson(report), null, 2));
		else process.stdout.write(toCsv(reportTable(report, (key) => key, (reason) => reason)));
		return 0;
	}
};
