import { getDb } from './db';
import { audit, type AuditEntry } from './audit';

/**
 * What every write command answers: done with a value, or refused with field → message key (the
 * form layer translates the keys and puts each message next to its field). Status 409 means
 * someone else saved the same record first. See docs/architecture.md#commands.
 */
export type CommandResult<T = void> =
	| { ok: true; value: T }
	/** `params` fill the messages' placeholders (e.g. the names a refusal is about). */
	| { ok: false; errors: Record<string, string>; status?: 400 | 409; params?: Record<string, unknown> };
export type Refusal = Extract<CommandResult<unknown>, { ok: false }>;

export const done = <T>(value: T): CommandResult<T> => ({ ok: true, value });
export const refused = (errors: Record<string, string>, status: 400 | 409 = 400): Refusal => (status === 409 ? { ok: false, errors, status } : { ok: false, errors });
/** The record changed since the form was loaded (its version no longer matches). */
export const stale = (field = '_form'): Refusal => refused({ [field]: 'err_stale' }, 409);
export const hasErrors = (errors: Record<string, string>) => Object.keys(errors).length > 0;

/**
 * Runs a write and its audit row in one transaction: the log never misses a change, nor records
 * one that did not happen. A refused command writes nothing, so nothing is logged for it.
 */
export function audited<T>(write: () => CommandResult<T>, entryFor: (value: T) => AuditEntry): CommandResult<T> {
	return getDb().transaction(() => {
		const result = write();
		if (result.ok) audit(entryFor(result.value));
		return result;
	});
}
