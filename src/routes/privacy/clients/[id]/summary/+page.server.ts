import type { PageServerLoad } from './$types';
import { exportClientData, requirePersonalData } from '$lib/server/trust/personal-data';
import { auditClientRead } from '$lib/server/read-budget';

export const load: PageServerLoad = ({ locals, params }) => {
	const client = requirePersonalData(locals.actor, Number(params.id), 'export');
	auditClientRead({ actor: locals.actor, action: 'export', entity: 'personal-data', entityId: client.id, clientId: client.id, teamId: client.team_id, view: 'summary' });
	const data = exportClientData(client.id);
	// Plain values for display: JSON columns and timestamps as text.
	const show = (row: Record<string, unknown>) =>
		Object.entries(row).map(([key, value]) => [key, value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)] as const);
	return {
		exportedAt: data.exportedAt,
		client: show(data.client),
		enrolments: data.enrolments.map(show),
		records: Object.entries(data.records).map(([table, rows]) => ({ table, rows: rows.map(show) })),
		accessLog: data.accessLog.map(show)
	};
};
