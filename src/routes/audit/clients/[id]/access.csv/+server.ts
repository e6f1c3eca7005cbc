import type { RequestHandler } from './$types';
import { loadClientAccessReport } from '$lib/server/trust/audit-access';
import { toCsv } from '$lib/server/csv';

/** The client's access report as CSV (UTF-8 with BOM so Excel shows ä and ö). */
export const GET: RequestHandler = ({ locals, params }) => {
	const { client, rows } = loadClientAccessReport(locals.actor, Number(params.id), 'export');
	const columns = ['time', 'user', 'email', 'role', 'action', 'record', 'view', 'ip'];
	const values = rows.map((r) => [r.at.toISOString(), r.userName, r.userEmail, r.role, r.action, r.entity, r.view, r.ip]);
	return new Response(toCsv({ columns, rows: values }, { bom: true }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="access-report-client-${client.id}.csv"`
		}
	});
};
