/**
 * Pages with several forms share one `form` answer from their actions. Each form carries a hidden
 * field naming it (`_form` by default; the employer and placement pages call it `form`), echoed back
 * with the typed values of a refusal, so only that form shows the errors and values, and a collapsed
 * form opens again after its submit was refused. See docs/decisions/0003-hand-written-form-helpers.md.
 */
export type MultiForm = {
	/** The form the last answer was for, or null. */
	name: string | null;
	/** The last answer was a save. */
	saved: boolean;
	errorsOf(name: string): Record<string, string>;
	valuesOf(name: string): Record<string, string>;
	/** A collapsed form opens again when its submit was refused. */
	reopens(name: string): boolean;
};

/** An action's answer as the page gets it (`form`): refusals carry `errors` and `values`, saves `saved`. */
export type FormAnswer = { values?: unknown; errors?: unknown; saved?: unknown } | null | undefined;

export function multiForm(form: FormAnswer, field = '_form'): MultiForm {
	const values = (form?.values ?? {}) as Record<string, string | undefined>;
	const name = values[field] ?? null;
	const saved = Boolean(form && 'saved' in form);
	const errors = (form?.errors ?? {}) as Record<string, string>;
	return {
		name,
		saved,
		errorsOf: (of) => (name === of ? errors : {}),
		valuesOf: (of) => (name === of ? (values as Record<string, string>) : {}),
		reopens: (of) => name === of && !saved
	};
}
