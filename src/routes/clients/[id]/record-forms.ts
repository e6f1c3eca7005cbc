/**
 * The client record's many forms share one `form` answer: its hidden `_form` field says which form
 * it belongs to, so only that form shows the errors and typed values, and opens again after a refusal.
 */
export type RecordForms = {
	/** The form the last answer was for, or null. */
	name: string | null;
	/** The last answer was a save. */
	saved: boolean;
	errorsOf(name: string): Record<string, string>;
	valuesOf(name: string): Record<string, string>;
	/** A collapsed form opens again when its submit was refused. */
	reopens(name: string): boolean;
};

type FormAnswer = { values?: unknown; errors?: unknown; saved?: unknown } | null | undefined;

export function recordForms(form: FormAnswer): RecordForms {
	const values = (form?.values ?? {}) as Record<string, string>;
	const name = form?.values ? (values._form ?? null) : null;
	const saved = Boolean(form && 'saved' in form);
	return {
		name,
		saved,
		errorsOf: (of) => (name === of ? ((form?.errors ?? {}) as Record<string, string>) : {}),
		valuesOf: (of) => (name === of ? values : {}),
		reopens: (of) => name === of && !saved
	};
}
