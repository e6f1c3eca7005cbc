import type { PageServerLoad } from './$types';
import { audit, clientAccessReport } from '$lib/server/audit';
import { requireClientAccessReport } from '$lib/server/trust/audit-access';

export const load: PageServerLoad = ({ locals, params }) => {
	const client = requireClientAccessReport(locals.actor, Number(params.id), 'read');
	audit({ actor: locals.actor, action: 'read', entity: 'access-report', clientId: client.id, teamId: client.teamId, view: 'access-report' });
	return { client, rows: clientAccessReport(client.id) };
};
