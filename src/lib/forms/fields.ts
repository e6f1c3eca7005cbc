import { z } from 'zod';
import { isIsoDate } from '$lib/domain/dates';

/**
 * Field builders for form schemas. FormData gives strings; these turn them into typed values.
 * Messages are message-catalogue keys (err_*), translated on the server by parseForm.
 */

const trimmed = z.preprocess((v) => (typeof v === 'string' ? v.trim() : v), z.string({ required_error: 'err_required', invalid_type_error: 'err_required' }));

export function requiredText(max = 200) {
	return z.preprocess(
		(v) => (typeof v === 'string' ? v.trim() : v),
		z.string({ required_error: 'err_required', invalid_type_error: 'err_required' }).min(1, 'err_required').max(max, 'err_too_long')
	);
}

export function optionalText(max = 2000) {
	return z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
		z.string().max(max, 'err_too_long').nullable()
	);
}

export function email() {
	return z.preprocess(
		(v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
		z.string({ required_error: 'err_required' }).min(1, 'err_required').max(254, 'err_too_long').email('err_email')
	);
}

export function isoDate() {
	return trimmed.pipe(z.string().min(1, 'err_required').refine(isIsoDate, 'err_date'));
}

export function optionalIsoDate() {
	return z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null),
		z.string().refine(isIsoDate, 'err_date').nullable()
	);
}

/** HTML checkbox: present ("on") = true, absent = false. */
export function checkbox() {
	return z.preprocess((v) => v === 'on' || v === 'true' || v === '1' || v === 'yes', z.boolean());
}

export function integer(min: number, max: number) {
	return z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : undefined),
		z
			.number({ required_error: 'err_required', invalid_type_error: 'err_number' })
			.int('err_integer')
			.refine((n) => n >= min && n <= max, { message: 'err_range', params: { min, max } })
	);
}

export function optionalNumber(min: number, max: number) {
	return z.preprocess(
		(v) => (typeof v === 'string' && v.trim() !== '' ? Number(v.trim().replace(',', '.')) : null),
		z
			.number({ invalid_type_error: 'err_number' })
			.refine((n) => Number.isFinite(n) && n >= min && n <= max, { message: 'err_range', params: { min, max } })
			.nullable()
	);
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
	return z.enum(values, { errorMap: () => ({ message: 'err_choice' }) });
}

export function id() {
	return z.preprocess((v) => (typeof v === 'string' && v !== '' ? Number(v) : undefined), z.number({ required_error: 'err_required', invalid_type_error: 'err_required' }).int().positive('err_required'));
}
