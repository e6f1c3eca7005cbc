import type { RequestHandler } from './$types';
import { serviceMapTeam } from '$lib/server/services/access';
import { searchServices } from '$lib/server/services/catalogue';
import { servicesCsv } from '$lib/server/services/csv';
import { logServiceExport } from '$lib/server/services/commands';

/** The team's whole catalogue (inactive entries too) in the import's own columns; its lead only. */
export const GET: RequestHandler = ({ locals, url }) => {
	const { actor, team } = serviceMapTeam(locals.actor, url.searchParams.get('team'), 'export');
	const rows = searchServices({ teamIds: [team.id], includeInactive: true });
	logServiceExport(actor, team.id, rows.length);
	return new Response(servicesCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="palvelukartta-${team.id}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
