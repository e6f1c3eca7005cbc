import type { PageServerLoad } from './$types';
import { loadPersonalDataExport } from '$lib/server/trust/personal-data';

export const load: PageServerLoad = ({ locals, params }) => {
	const { data } = loadPersonalDataExport(locals.actor, Number(params.id), 'summary');
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
