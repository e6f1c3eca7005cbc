import type { FormFailure } from '../forms';
import { formValues, invalid, translate } from '../forms';
import type { CommandResult } from './commands';

/** Turns a refused command into the form's field errors (translated), keeping the typed values. */
export function refusedForm(formData: FormData, result: Extract<CommandResult<unknown>, { ok: false }>, extra: Partial<FormFailure> = {}) {
	const errors: Record<string, string> = {};
	for (const [field, key] of Object.entries(result.errors)) errors[field] = translate(key);
	return invalid({ errors, values: formValues(formData), ...extra });
}

export function pageNumber(url: URL): number {
	const n = Number(url.searchParams.get('page') ?? '1');
	return Number.isInteger(n) && n > 0 ? n : 1;
}
