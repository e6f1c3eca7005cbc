import type { Actor } from '../policy';
import { audited, done, refused, type CommandResult } from '../commands';
import { invalidateUserSessions } from './session';
import { confirmSecret, removeSecondFactor, replaceRecoveryCodes } from './totp';
import { deleteOwnSession } from './devices';
import { storeTwoFactorPolicy } from './sign-in-settings';
import type { TwoFactorPolicy } from '../../domain/sign-in';

/**
 * Writes about signing in (docs/domain/sign-in.md): enrolment, recovery codes, sessions and the
 * second-factor setting; each with its audit row in the same transaction. Routes have authorized.
 */

/** The first code confirms the secret; the ten recovery codes are answered once, to be shown once. */
export function confirmEnrolment(actor: Actor, code: string): CommandResult<string[]> {
	return audited(
		() => (confirmSecret(actor.id, code) ? done(replaceRecoveryCodes(actor.id)) : refused({ code: 'signin_err_code' })),
		() => ({ actor, action: 'create', entity: 'second-factor', entityId: actor.id, details: 'totp enrolled' })
	);
}

export function newRecoveryCodes(actor: Actor): CommandResult<string[]> {
	return audited(
		() => done(replaceRecoveryCodes(actor.id)),
		() => ({ actor, action: 'update', entity: 'second-factor', entityId: actor.id, details: 'new recovery codes' })
	);
}

/** The actor ends one of their own sessions (another device). */
export function endOwnSession(actor: Actor, sessionId: string): CommandResult<number> {
	return audited(
		() => (deleteOwnSession(actor.id, sessionId) ? done(actor.id) : refused({ _form: 'signin_err_session_gone' })),
		(id) => ({ actor, action: 'sign-out', entity: 'session', entityId: id, details: 'one session ended by its owner' })
	);
}

/** Admin: removes a user's second factor; they are signed out and enrol again. */
export function resetSecondFactor(actor: Actor, userId: number): CommandResult<number> {
	return audited(
		() => {
			removeSecondFactor(userId);
			invalidateUserSessions(userId);
			return done(userId);
		},
		(id) => ({ actor, action: 'delete', entity: 'second-factor', entityId: id, details: 'reset by an administrator' })
	);
}

/** Admin: ends every session of a user. */
export function endUserSessions(actor: Actor, userId: number): CommandResult<number> {
	return audited(
		() => {
			invalidateUserSessions(userId);
			return done(userId);
		},
		(id) => ({ actor, action: 'sign-out', entity: 'session', entityId: id, details: 'all sessions ended by an administrator' })
	);
}

export function setTwoFactorPolicy(actor: Actor, policy: TwoFactorPolicy): CommandResult<TwoFactorPolicy> {
	return audited(
		() => {
			storeTwoFactorPolicy(policy);
			return done(policy);
		},
		(value) => ({ actor, action: 'update', entity: 'sign-in-settings', details: `second factor required: ${value}` })
	);
}
