import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireImportTeams } from '$lib/server/import/access';
import { runImport, type ImportInput } from '$lib/server/import/apply';
import { MAX_IMPORT_BYTES } from '$lib/server/import/parse';
import { isoDateInFinland } from '$lib/domain/dates';
import { IMPORT_FILES, type ImportError } from '$lib/domain/import';
import { translate } from '$lib/server/forms';

export const load: PageServerLoad = ({ locals }) => ({ teams: requireImportTeams(locals.actor), files: [...IMPORT_FILES] });

function messageFor(e: ImportError): string {
	return translate(`outcomes_import_err_${e.code.replaceAll('-', '_')}`);
}

async function handle(teams: ReturnType<typeof requireImportTeams>, locals: App.Locals, request: Request, dryRun: boolean) {
	const formData = await request.formData();
	const team = teams.find((t) => String(t.id) === formData.get('team'));
	if (!team) return fail(400, { errors: { team: translate('err_choice') }, result: null });
	const files: ImportInput['files'] = {};
	for (const name of IMPORT_FILES) {
		const file = formData.get(name.replace('.csv', ''));
		// A file input left empty sends a nameless empty part: that file is simply not imported.
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) continue;
		// An oversize file is refused by its size, never read; an empty one is reported as empty.
		const readable = file.size > 0 && file.size <= MAX_IMPORT_BYTES;
		files[name] = { bytes: readable ? new Uint8Array(await file.arrayBuffer()) : null, size: file.size };
	}
	const result = runImport({ files, teamName: team.name, dryRun, actor: locals.actor, today: isoDateInFinland() });
	const summary = {
		ok: result.ok,
		dryRun,
		teamId: team.id,
		counts: Object.entries(result.counts).map(([file, c]) => ({ file, ...c })),
		employersCreated: result.employersCreated,
		errors: result.errors.slice(0, 500).map((e) => ({ file: e.file, row: e.row, column: e.column, value: e.value ?? null, message: messageFor(e) })),
		errorCount: result.errors.length
	};
	return result.ok ? { result: summary, errors: {} } : fail(400, { result: summary, errors: {} });
}

export const actions: Actions = {
	dryRun: ({ locals, request }) => handle(requireImportTeams(locals.actor), locals, request, true),
	import: ({ locals, request }) => handle(requireImportTeams(locals.actor), locals, request, false)
};
