import type { RequestHandler } from './$types';
import { exportClientData, requirePersonalData } from '$lib/server/trust/personal-data';
import { auditClientRead } from '$lib/server/read-budget';

/** GDPR access right: everything stored about the client as one JSON file. */
export const GET: RequestHandler = ({ locals, params }) => {
	const client = requirePersonalData(locals.actor, Number(params.id), 'export');
	auditClientRead({ actor: locals.actor, action: 'export', entity: 'personal-data', entityId: client.id, clientId: client.id, teamId: client.team_id, view: 'export.json' });
	return new Response(JSON.stringify(exportClientData(client.id), null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="client-${client.id}-data.json"`
		}
	});
};
