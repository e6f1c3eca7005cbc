import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { authorizeExport, periodReport } from '$lib/server/outcomes/service';
import { outcomesContext } from '$lib/server/outcomes/request';
import { isRawTable, rawTable, RAW_TABLES, reportTable, toCsv, toXlsx, type Table } from '$lib/server/outcomes/export';
import { audit } from '$lib/server/audit';
import { getLocale } from '$lib/paraglide/runtime';
import { closingReasonLabel, figureLabel } from '../figures';

/** Report or raw tables as CSV (UTF-8 with BOM) or XLSX. Leads only; every export is audit-logged. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const ctx = outcomesContext(locals.actor, url);
	const table = url.searchParams.get('table') ?? 'report';
	const format = url.searchParams.get('format') ?? 'csv';
	if (format !== 'csv' && format !== 'xlsx') error(404, 'Not found');
	if (table !== 'report' && table !== 'all' && !isRawTable(table)) error(404, 'Not found');
	if (table === 'all' && format !== 'xlsx') error(404, 'Not found');
	authorizeExport(locals.actor!, ctx.scope, table !== 'report');

	const period = ctx.choice.period;
	const tables: Table[] = [];
	if (table === 'report' || table === 'all') tables.push(reportTable(periodReport(locals, ctx.scope, period, ctx.today), figureLabel, closingReasonLabel));
	for (const name of RAW_TABLES) if (table === name || table === 'all') tables.push(rawTable(name, ctx.scope.teamIds, period));

	audit({
		actor: locals.actor,
		action: 'export',
		entity: 'outcomes',
		teamId: ctx.scope.teamIds.length === 1 ? ctx.scope.teamIds[0] : null,
		view: url.pathname,
		details: JSON.stringify({ table, format, period, teams: ctx.scope.teamIds, coach: ctx.scope.coachId, rows: tables.reduce((n, t) => n + t.rows.length, 0) })
	});

	const filename = `polku-${table}-${period.from}-${period.to}.${format}`;
	const headers = { 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-store' };
	if (format === 'csv') {
		// Excel in Finland and Sweden expects semicolons; English locales commas.
		const delimiter = getLocale() === 'en' ? ',' : ';';
		return new Response(toCsv(tables[0], { delimiter, bom: true }), { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
	}
	const body = await toXlsx(tables);
	return new Response(body as BodyInit, { headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
};
