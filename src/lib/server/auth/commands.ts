import type { Actor } from '../policy';
import { getDb } from '../db';
import { audit } from '../audit';
import { audited, done, refused, type CommandResult } from '../commands';
import { getUser, storePasswordHash } from '../accounts';
import { hashPassword, verifyPasswordHash } from './password';
import { invalidateSession, invalidateUserSessions } from './session';

/**
 * The signed-in user's own account writes: signing out and changing the password, each logged in
 * the same transaction as the change (docs/architecture.md#commands).
 */

/** Ends this session; `actor` is who it belonged to (null when the account is gone). */
export function signOut(actor: Actor | null, sessionId: string): void {
	getDb().transaction(() => {
		audit({ actor, action: 'sign-out', entity: 'user', entityId: actor?.id });
		invalidateSession(sessionId);
	});
}

/** Ends every session of the actor, on every device. */
export function signOutEverywhere(actor: Actor): void {
	getDb().transaction(() => {
		audit({ actor, action: 'sign-out', entity: 'user', entityId: actor.id, details: 'all sessions' });
		invalidateUserSessions(actor.id);
	});
}

/**
 * The actor's new password, given the current one; signs out every other session (`keepSessionId`
 * stays). A wrong current password is refused at its field.
 */
export async function changeOwnPassword(actor: Actor, input: { currentPassword: string; password: string }, keepSessionId?: string): Promise<CommandResult<number>> {
	const user = getUser(actor.id);
	if (!user?.passwordHash || !(await verifyPasswordHash(user.passwordHash, input.currentPassword))) return refused({ currentPassword: 'err_password_wrong' });
	const passwordHash = await hashPassword(input.password);
	return audited(
		() => {
			storePasswordHash(user.id, passwordHash, { mustChange: false, keepSessionId });
			return done(user.id);
		},
		(id) => ({ actor, action: 'update', entity: 'password', entityId: id })
	);
}
