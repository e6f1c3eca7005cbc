import type { RequestHandler } from './$types';
import { requireOutcomesContext } from '$lib/server/outcomes/request';
import { buildExport } from '$lib/server/outcomes/export';
import { getLocale } from '$lib/paraglide/runtime';
import { closingReasonLabel, figureLabel } from '../figures';

/** Report or raw tables as CSV (UTF-8 with BOM) or XLSX. Leads only; every export is audit-logged. */
export const GET: RequestHandler = async ({ locals, url }) => {
	const ctx = requireOutcomesContext(locals.actor, url);
	const file = await buildExport({
		actor: locals.actor!,
		holder: locals,
		scope: ctx.scope,
		period: ctx.choice.period,
		today: ctx.today,
		table: url.searchParams.get('table') ?? 'report',
		format: url.searchParams.get('format') ?? 'csv',
		// Excel in Finland and Sweden expects semicolons; English locales commas.
		delimiter: getLocale() === 'en' ? ',' : ';',
		label: figureLabel,
		closingReasonLabel,
		view: url.pathname
	});
	return new Response(file.body as BodyInit, {
		headers: { 'content-type': file.contentType, 'content-disposition': `attachment; filename="${file.filename}"`, 'cache-control': 'no-store' }
	});
};
