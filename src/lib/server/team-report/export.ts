import { error } from '@sveltejs/kit';
import { teamReportFigures, type TeamReport } from '$lib/domain/team-report';
import { audit } from '../audit';
import type { Actor } from '../policy';
import type { Cell } from '../csv';
import { authorizeExport, type ResolvedScope } from '../outcomes/figures';
import { csvStream, inOneChunk, xlsxStream, type ExportFile } from '../outcomes/export';
import type { Period } from '$lib/domain/period';

export const TEAM_REPORT_COLUMNS = ['figure', 'label', 'value', 'records_counted'];

/** The report as rows: one per figure, key first (the CLI's and the spreadsheet's), figures only, never a client. */
export function teamReportRows(report: TeamReport, label: (key: string) => string): Cell[][] {
	return teamReportFigures(report).map(({ key, figure }) => [key, label(key), figure.value, figure.ids.length + (figure.anonymousIds?.length ?? 0)]);
}

export type TeamReportExportRequest = {
	actor: Actor;
	scope: ResolvedScope;
	period: Period;
	/** Computed after the policy check. */
	report: () => TeamReport;
	format: string;
	delimiter: ',' | ';';
	label: (key: string) => string;
	view: string;
};

/**
 * The team report as CSV (UTF-8 with BOM) or XLSX, through the outcome exports' writers: leads only
 * (the outcome export policy), audit-logged before the first byte. Unknown formats answer 404.
 */
export function buildTeamReportExport(req: TeamReportExportRequest): ExportFile {
	if (req.format !== 'csv' && req.format !== 'xlsx') error(404, 'Not found');
	authorizeExport(req.actor, req.scope, false);
	const sheet = { name: `team report ${req.period.from} ${req.period.to}`, columns: TEAM_REPORT_COLUMNS, chunks: inOneChunk(teamReportRows(req.report(), req.label)) };
	audit({
		actor: req.actor,
		action: 'export',
		entity: 'team-report',
		teamId: req.scope.teamIds.length === 1 ? req.scope.teamIds[0] : null,
		view: req.view,
		details: JSON.stringify({ format: req.format, period: req.period, teams: req.scope.teamIds, coach: req.scope.coachId })
	});
	const filename = `polku-team-report-${req.period.from}-${req.period.to}.${req.format}`;
	const done = () => {};
	if (req.format === 'csv') return { filename, contentType: 'text/csv; charset=utf-8', body: csvStream(sheet, req.delimiter, done) };
	return { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: xlsxStream([sheet], done) };
}
