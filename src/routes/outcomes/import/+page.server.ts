import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireImportTeams } from '$lib/server/import/access';
import type { ImportInput, ImportResult } from '$lib/server/import/apply';
import { importJobFor, runningImportOf, startImportJob } from '$lib/server/import/jobs';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, parseImportFile, type ParseResult } from '$lib/server/import/parse';
import { isoDateInFinland } from '$lib/domain/dates';
import { IMPORT_FILES, type ImportError, type ImportFileName } from '$lib/domain/import';
import { translate } from '$lib/server/forms';
import { formatNumber } from '$lib/format';

function messageFor(e: ImportError): string {
	return translate(`outcomes_import_err_${e.code.replaceAll('-', '_')}`);
}

function summarise(result: ImportResult) {
	return {
		ok: result.ok,
		dryRun: result.dryRun,
		teamId: result.teamId,
		counts: Object.entries(result.counts).map(([file, c]) => ({ file, ...c })),
		employersCreated: result.employersCreated,
		errors: result.errors.slice(0, 500).map((e) => ({ file: e.file, row: e.row, column: e.column, value: e.value ?? null, message: messageFor(e) })),
		errorCount: result.errors.length
	};
}

export const load: PageServerLoad = ({ locals, url }) => {
	// policy: leads only (requireImportTeams); a job only to the lead who started it, while they lead its team.
	const teams = requireImportTeams(locals.actor);
	const id = url.searchParams.get('job');
	const found = id ? importJobFor(locals.actor!, id, teams.map((t) => t.id)) : null;
	if (id && !found) error(404, 'Not found');
	const job = found && {
		id: found.id,
		dryRun: found.dryRun,
		running: found.finishedAt === null,
		failed: found.failed,
		progress: found.progress,
		result: found.result ? summarise(found.result) : null
	};
	return { teams, files: [...IMPORT_FILES], job };
};

/** Per file field: the size and row caps are checked here, so their message stands next to the field. */
type FieldErrors = Partial<Record<'team' | 'form' | 'enrolments' | 'employer_contacts' | 'placements', string>>;

async function handle(teams: ReturnType<typeof requireImportTeams>, locals: App.Locals, request: Request, dryRun: boolean) {
	const formData = await request.formData();
	const team = teams.find((t) => String(t.id) === formData.get('team'));
	if (!team) return fail(400, { errors: { team: translate('err_choice') } as FieldErrors });
	if (runningImportOf(locals.actor!)) return fail(409, { errors: { form: translate('outcomes_import_already_running') } as FieldErrors });
	const files: ImportInput['files'] = {};
	const parsed: Partial<Record<ImportFileName, ParseResult>> = {};
	const errors: FieldErrors = {};
	for (const name of IMPORT_FILES) {
		const field = name.replace('.csv', '') as keyof FieldErrors;
		const file = formData.get(field);
		// A file input left empty sends a nameless empty part: that file is simply not imported.
		if (!(file instanceof File) || (file.size === 0 && file.name === '')) continue;
		// An oversize file is refused by its size, never read; an empty one is reported as empty.
		const readable = file.size > 0 && file.size <= MAX_IMPORT_BYTES;
		files[name] = { bytes: readable ? new Uint8Array(await file.arrayBuffer()) : null, size: file.size };
		// One parse per file (bounded by the size cap); validation and writing run in the job.
		parsed[name] = parseImportFile(name, files[name].bytes, files[name].size);
		files[name].bytes = null;
		const capped = parsed[name].errors.find((e) => e.code === 'too-large' || e.code === 'too-many-rows');
		if (capped?.code === 'too-large') errors[field] = translate('outcomes_import_err_too_large');
		if (capped?.code === 'too-many-rows') {
			errors[field] = translate('outcomes_import_err_too_many_rows_count', { count: formatNumber(Number(capped.value), 0), max: formatNumber(MAX_IMPORT_ROWS, 0) });
		}
	}
	// Over a cap: refused as a whole, nothing saved, the message next to the file field.
	if (Object.keys(errors).length) return fail(400, { errors });
	const { job } = startImportJob(locals.actor!, team.id, { files, parsed, teamName: team.name, dryRun, actor: locals.actor!, today: isoDateInFinland() });
	redirect(303, `/outcomes/import?job=${job.id}`);
}

export const actions: Actions = {
	// policy: leads only, into a team they lead (requireImportTeams)
	dryRun: ({ locals, request }) => handle(requireImportTeams(locals.actor), locals, request, true),
	import: ({ locals, request }) => handle(requireImportTeams(locals.actor), locals, request, false)
};
