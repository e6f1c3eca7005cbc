import type { RequestHandler } from './$types';
import { loadPersonalDataExport } from '$lib/server/trust/personal-data';

/** GDPR access right: everything stored about the client as one JSON file. */
export const GET: RequestHandler = ({ locals, params }) => {
	const { clientId, data } = loadPersonalDataExport(locals.actor, Number(params.id), 'export.json');
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="client-${clientId}-data.json"`
		}
	});
};
