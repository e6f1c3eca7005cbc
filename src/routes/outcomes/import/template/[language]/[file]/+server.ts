import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireStaff } from '$lib/server/policy';
import { templateCsv, TEMPLATE_LANGUAGES, type TemplateLanguage } from '$lib/server/import/template';
import { IMPORT_FILES, type ImportFileName } from '$lib/domain/import';

/** The import templates with sample rows: the format documented by example. */
export const GET: RequestHandler = ({ locals, params }) => {
	requireStaff(locals.actor);
	if (!(TEMPLATE_LANGUAGES as readonly string[]).includes(params.language) || !(IMPORT_FILES as readonly string[]).includes(params.file)) error(404, 'Not found');
	return new Response(templateCsv(params.language as TemplateLanguage, params.file as ImportFileName), {
		headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${params.file}"` }
	});
};
