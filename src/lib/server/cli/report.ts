import type { Command } from './commands';
import { stringFlag, UsageError, type ParsedArgs } from './args';
import { findTeamByName } from '../accounts';
import { isoDateInFinland, parseDate } from '$lib/domain/dates';
import { headlineJson } from '$lib/domain/outcomes';
import { teamReportJson } from '$lib/domain/team-report';
import { periodReport } from '../outcomes/figures';
import { reportTable, toCsv } from '../outcomes/export';
import { computeTeamReportFor } from '../team-report/figures';
import { TEAM_REPORT_COLUMNS, teamReportRows } from '../team-report/export';

const REPORTS = ['outcomes', 'team'];

/** --team, --from, --to and --format, checked. */
function reportFlags(args: ParsedArgs) {
	const teamName = stringFlag(args, 'team', true)!;
	const from = parseDate(stringFlag(args, 'from', true)!);
	const to = parseDate(stringFlag(args, 'to', true)!);
	if (!from || !to) throw new UsageError('--from and --to must be dates (YYYY-MM-DD or d.m.yyyy)');
	if (to < from) throw new UsageError('--to cannot be before --from');
	const format = stringFlag(args, 'format') ?? 'json';
	if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
	return { teamName, period: { from, to }, format };
}

export const reportCommand: Command = {
	summary: 'Print a team’s outcome report (docs/domain/outcomes.md) or team report (docs/domain/team-report.md) for a period as JSON or CSV.',
	usage: 'report outcomes|team --team <name> --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]',
	run(args) {
		const which = args.positionals[0];
		if (!REPORTS.includes(which)) throw new UsageError('Unknown report; the reports are "outcomes" and "team".');
		const { teamName, period, format } = reportFlags(args);
		const team = findTeamByName(teamName);
		if (!team) {
			console.error(`No team named "${teamName}".`);
			return 1;
		}
		const scope = { teamIds: [team.id], coachId: null };
		if (which === 'team') {
			const report = computeTeamReportFor(scope, period, isoDateInFinland());
			if (format === 'json') console.log(JSON.stringify(teamReportJson(report), null, 2));
			else process.stdout.write(toCsv({ columns: TEAM_REPORT_COLUMNS, rows: teamReportRows(report, (key) => key) }));
			return 0;
		}
		const report = periodReport({}, scope, period, isoDateInFinland());
		if (format === 'json') console.log(JSON.stringify(headlineJson(report), null, 2));
		else process.stdout.write(toCsv(reportTable(report, (key) => key, (reason) => reason)));
		return 0;
	}
};
