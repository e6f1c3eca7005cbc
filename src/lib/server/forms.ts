import { fail } from '@sveltejs/kit';
import type { z } from 'zod';
import * as m from '$lib/paraglide/messages';
import type { CommandResult, Refusal } from './commands';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;
export type FormFailure = { errors: FieldErrors; values: FormValues; message?: string };

type MessageFn = (params?: Record<string, unknown>) => string;
const catalogue = m as unknown as Record<string, MessageFn | undefined>;

/** Translates a catalogue key (err_*) in the request's locale; unknown keys fall back to a generic message. */
export function translate(key: string, params: Record<string, unknown> = {}): string {
	const fn = catalogue[key];
	return fn ? fn(params) : m.err_invalid();
}

function issueMessage(issue: z.ZodIssue): string {
	const params: Record<string, unknown> = {};
	if (issue.code === 'too_big') params.max = Number(issue.maximum);
	if (issue.code === 'too_small') params.min = Number(issue.minimum);
	if (issue.code === 'invalid_type' && (issue.received === 'undefined' || issue.received === 'null')) return translate('err_required');
	if (catalogue[issue.message]) return translate(issue.message, { ...params, ...((issue as { params?: Record<string, unknown> }).params ?? {}) });
	return translate('err_invalid');
}

/** Form values to send back so the form refills (never passwords). */
export function formValues(formData: FormData, omit: string[] = []): FormValues {
	const values: FormValues = {};
	for (const [key, value] of formData) {
		if (typeof value !== 'string' || omit.includes(key) || /password/i.test(key)) continue;
		values[key] = key in values ? `${values[key]},${value}` : value;
	}
	return values;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; failure: FormFailure };

/** Validates FormData with a zod schema; field errors come back translated, keyed by field name. */
export function parseForm<S extends z.ZodTypeAny>(schema: S, formData: FormData, arrayFields: string[] = []): Parsed<z.infer<S>> {
	const raw: Record<string, unknown> = {};
	for (const key of new Set(formData.keys())) {
		const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
		raw[key] = arrayFields.includes(key) ? all : all[0];
	}
	for (const key of arrayFields) raw[key] ??= [];
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = issue.path.join('.') || '_form';
		errors[field] ??= issueMessage(issue);
	}
	return { ok: false, failure: { errors, values: formValues(formData) } };
}

/** fail(400) with field errors and the typed values. */
export function invalid(failure: FormFailure, status = 400) {
	return fail(status, failure);
}

/** A single field's error after validation passed (duplicate e-mail, stale version …). */
export function fieldError(formData: FormData, field: string, key: string, params: Record<string, unknown> = {}, status = 400) {
	return fail(status, { errors: { [field]: translate(key, params) }, values: formValues(formData) } satisfies FormFailure);
}

/** A refused command as the form's answer: each message key translated next to its field, the typed values kept. */
export function refusedForm(formData: FormData, result: Refusal, extra: Partial<FormFailure> = {}) {
	const errors: FieldErrors = {};
	for (const [field, key] of Object.entries(result.errors)) errors[field] = translate(key, result.params ?? {});
	return invalid({ errors, values: formValues(formData), ...extra }, result.status ?? 400);
}

/** A command's result as the form's answer: `{ saved }` (which form was saved), or the refusal. */
export function commandAnswer<T>(formData: FormData, result: CommandResult<T>, saved: string) {
	return result.ok ? { saved } : refusedForm(formData, result);
}

/**
 * A form action's middle: parses the form with its zod schema, runs the command on the data, and
 * answers `answer(value, data)` when done (which may redirect), else the refusal next to its fields
 * with the typed values kept.
 */
export async function formCommand<S extends z.ZodTypeAny, T, A>(
	request: Request,
	schema: S,
	command: (data: z.infer<S>) => CommandResult<T> | Promise<CommandResult<T>>,
	answer: (value: T, data: z.infer<S>) => A
) {
	const formData = await request.formData();
	const parsed = parseForm(schema, formData);
	if (!parsed.ok) return invalid(parsed.failure);
	const result = await command(parsed.data);
	return result.ok ? answer(result.value, parsed.data) : refusedForm(formData, result);
}
