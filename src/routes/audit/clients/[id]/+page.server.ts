import type { PageServerLoad } from './$types';
import { clientAccessReport } from '$lib/server/audit';
import { auditClientRead } from '$lib/server/read-budget';
import { requireClientAccessReport } from '$lib/server/trust/audit-access';

export const load: PageServerLoad = ({ locals, params }) => {
	const client = requireClientAccessReport(locals.actor, Number(params.id), 'read');
	auditClientRead({ actor: locals.actor, action: 'read', entity: 'access-report', clientId: client.id, teamId: client.teamId, view: 'access-report' });
	return { client, rows: clientAccessReport(client.id) };
};
