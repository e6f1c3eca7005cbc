import type { RequestHandler } from './$types';
import { loadClientAccessReport } from '$lib/server/trust/audit-access';
import { basisText, recipientText } from '$lib/server/trust/access-report';
import { toCsv } from '$lib/server/csv';

/** The client's access report as CSV (UTF-8 with BOM so Excel shows ä and ö): uses, then disclosures. */
export const GET: RequestHandler = ({ locals, params }) => {
	const { client, uses, disclosures } = loadClientAccessReport(locals.actor, Number(params.id), 'export');
	const columns = ['time', 'user', 'email', 'role', 'action', 'record', 'view', 'ip', 'kind', 'recipient', 'basis', 'disclosed'];
	const values = [
		...uses.map((r) => [r.at.toISOString(), r.userName, r.userEmail, r.role, r.action, r.entity, r.view, r.ip, 'use', null, basisText(r.basis), null]),
		...disclosures.map((r) => [r.at.toISOString(), r.userName, r.userEmail, r.role, 'disclose', r.entity, r.view, r.ip, 'disclosure', recipientText(r.recipient), basisText(r.basis), r.what])
	];
	return new Response(toCsv({ columns, rows: values }, { bom: true }), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="access-report-client-${client.id}.csv"`
		}
	});
};
