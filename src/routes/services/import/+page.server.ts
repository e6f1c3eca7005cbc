import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { serviceMapTeam } from '$lib/server/services/access';
import { MAX_SERVICE_BYTES, MAX_SERVICE_ROWS, parseServiceCsv, SERVICE_CSV_COLUMNS } from '$lib/server/services/csv';
import { importServices } from '$lib/server/services/commands';
import { translate } from '$lib/server/forms';

/** The lead loads a catalogue file: every row is checked first, then all are saved or none. */
export const load: PageServerLoad = ({ locals, url }) => {
	const { team, teams } = serviceMapTeam(locals.actor, url.searchParams.get('team'), 'manage');
	return { team, teams, columns: [...SERVICE_CSV_COLUMNS], maxRows: MAX_SERVICE_ROWS };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { actor, team } = serviceMapTeam(locals.actor, url.searchParams.get('team'), 'manage');
		const file = (await request.formData()).get('file');
		if (!(file instanceof File) || file.size === 0) return fail(400, { errors: { file: translate('services_err_no_file') }, rowErrors: [] });
		if (file.size > MAX_SERVICE_BYTES) return fail(400, { errors: { file: translate('services_err_file_too_large') }, rowErrors: [] });
		const parsed = parseServiceCsv(new Uint8Array(await file.arrayBuffer()));
		if (parsed.errors.length > 0) {
			const fileError = parsed.errors.find((e) => e.row === null);
			return fail(400, { errors: { file: fileError?.message ?? translate('services_err_rows', { count: parsed.errors.length }) }, rowErrors: parsed.errors.filter((e) => e.row !== null).slice(0, 200) });
		}
		const result = importServices(actor, team.id, parsed.rows);
		return result.ok ? { imported: result.value } : fail(400, { errors: { file: translate('err_invalid') }, rowErrors: [] });
	}
};
