import type { RequestHandler } from './$types';
import { contextReport, requireTeamReportContext } from '$lib/server/team-report/figures';
import { buildTeamReportExport } from '$lib/server/team-report/export';
import { getLocale } from '$lib/paraglide/runtime';
import { fullFigureLabel } from '../labels';

/** The team report's figures as CSV (UTF-8 with BOM) or XLSX: figures only; leads only; audit-logged. */
export const GET: RequestHandler = ({ locals, url }) => {
	const ctx = requireTeamReportContext(locals.actor, url);
	const file = buildTeamReportExport({
		actor: locals.actor!,
		scope: ctx.scope,
		period: ctx.choice.period,
		report: () => contextReport(ctx),
		format: url.searchParams.get('format') ?? 'csv',
		// Excel in Finland and Sweden expects semicolons; English locales commas.
		delimiter: getLocale() === 'en' ? ',' : ';',
		label: fullFigureLabel,
		view: url.pathname
	});
	return new Response(file.body as BodyInit, {
		headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' }
	});
};
