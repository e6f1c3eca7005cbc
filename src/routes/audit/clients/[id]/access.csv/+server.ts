import type { RequestHandler } from './$types';
import { clientAccessReport } from '$lib/server/audit';
import { auditClientRead } from '$lib/server/read-budget';
import { requireClientAccessReport } from '$lib/server/trust/audit-access';
import { toCsv } from '$lib/server/csv';

/** The client's access report as CSV (UTF-8 with BOM so Excel shows ä and ö). */
export const GET: RequestHandler = ({ locals, params }) => {
	const client = requireClientAccessReport(locals.actor, Number(params.id), 'export');
	auditClientRead({ actor: locals.actor, action: 'export', entity: 'access-report', clientId: client.id, teamId: client.teamId, view: 'access-report.csv' });
	const rows = clientAccessReport(client.id).map((r) => [r.at.toISOString(), r.userName, r.userEmail, r.role, r.action, r.entity, r.view, r.ip]);
	const columns = ['time', 'user', 'email', 'role', 'action', 'record', 'view', 'ip'];
	return new Response(toCsv({ columns, rows }, { bom: true }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="access-report-client-${client.id}.csv"`
		}
	});
};
