import type { RequestHandler } from './$types';
import { audit, clientAccessReport } from '$lib/server/audit';
import { requireClientAccessReport } from '$lib/server/trust/audit-access';
import { toCsv } from '$lib/server/csv';

/** The client's access report as CSV (UTF-8 with BOM so Excel shows ä and ö). */
export const GET: RequestHandler = ({ locals, params }) => {
	const client = requireClientAccessReport(locals.actor, Number(params.id), 'export');
	audit({ actor: locals.actor, action: 'export', entity: 'access-report', clientId: client.id, teamId: client.teamId, view: 'access-report.csv' });
	const rows = clientAccessReport(client.id).map((r) => ({
		time: r.at.toISOString(),
		user: r.userName ?? '',
		email: r.userEmail ?? '',
		role: r.role,
		action: r.action,
		record: r.entity,
		view: r.view ?? '',
		ip: r.ip ?? ''
	}));
	return new Response(toCsv(rows, ['time', 'user', 'email', 'role', 'action', 'record', 'view', 'ip']), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="access-report-client-${client.id}.csv"`
		}
	});
};
