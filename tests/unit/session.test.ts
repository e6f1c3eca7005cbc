import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, changePassword, verifyCredentials, setUserActive, setOneTimePassword } from '$lib/server/accounts';
import {
	absoluteTimeoutMs,
	createSession,
	generateSessionToken,
	idleTimeoutMs,
	invalidateUserSessions,
	validateSessionToken
} from '$lib/server/auth/session';
import { LOCKOUT_THRESHOLD } from '$lib/server/auth/rate-limit';

let userId: number;
beforeAll(async () => {
	userId = await createUser({ email: 'Coach@Example.fi', name: 'Coach', password: 'correct horse battery', team: null });
});

describe('sessions', () => {
	it('validates a fresh token and stores only its hash', () => {
		const token = generateSessionToken();
		const session = createSession(token, userId);
		expect(session.id).not.toContain(token);
		const result = validateSessionToken(token);
		expect(result.user?.email).toBe('coach@example.fi');
		expect(result.actor?.id).toBe(userId);
	});

	it('rejects an unknown token', () => {
		expect(validateSessionToken('no-such-token').session).toBeNull();
	});

	it('expires after the idle timeout and slides while used', () => {
		const t0 = Date.now();
		const token = generateSessionToken();
		createSession(token, userId, t0);
		const later = t0 + idleTimeoutMs() - 60_000;
		expect(validateSessionToken(token, later).session).not.toBeNull();
		// Used just before the idle limit: the limit slides forward from that use.
		expect(validateSessionToken(token, later + idleTimeoutMs() - 60_000).session).not.toBeNull();
		expect(validateSessionToken(token, later + 2 * idleTimeoutMs()).session).toBeNull();
	});

	it('ends at the absolute timeout however actively used', () => {
		const t0 = Date.now();
		const token = generateSessionToken();
		createSession(token, userId, t0);
		let t = t0;
		while (t < t0 + absoluteTimeoutMs() - idleTimeoutMs() / 2) {
			t += idleTimeoutMs() / 2;
			expect(validateSessionToken(token, t).session).not.toBeNull();
		}
		expect(validateSessionToken(token, t0 + absoluteTimeoutMs() + 1).session).toBeNull();
	});

	it('signs out everywhere except the current session on password change', async () => {
		const a = generateSessionToken();
		const b = generateSessionToken();
		const sessionA = createSession(a, userId);
		createSession(b, userId);
		await changePassword(userId, 'another long password', sessionA.id);
		expect(validateSessionToken(a).session).not.toBeNull();
		expect(validateSessionToken(b).session).toBeNull();
		invalidateUserSessions(userId);
		expect(validateSessionToken(a).session).toBeNull();
	});

	it('ends the sessions of a deactivated user, and a one-time password forces a change', async () => {
		const token = generateSessionToken();
		createSession(token, userId);
		setUserActive(userId, false);
		expect(validateSessionToken(token).session).toBeNull();
		expect((await verifyCredentials('coach@example.fi', 'another long password')).ok).toBe(false);
		setUserActive(userId, true);
		await setOneTimePassword(userId, 'one time password 1');
		const result = await verifyCredentials('coach@example.fi', 'one time password 1');
		expect(result.ok && result.user.mustChangePassword).toBe(true);
	});
});

describe('credentials and lockout', () => {
	it('gives the same answer for an unknown e-mail and a wrong password', async () => {
		const unknown = await verifyCredentials('nobody@example.fi', 'whatever password');
		const wrong = await verifyCredentials('coach@example.fi', 'wrong password!!');
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
	});

	it(`locks the account after ${LOCKOUT_THRESHOLD} failures, even for the right password`, async () => {
		const id = await createUser({ email: 'lock@example.fi', name: 'Lock', password: 'the right password' });
		expect(id).toBeGreaterThan(0);
		for (let i = 0; i < LOCKOUT_THRESHOLD; i++) await verifyCredentials('lock@example.fi', 'bad guess ' + i);
		expect(await verifyCredentials('lock@example.fi', 'the right password')).toEqual({ ok: false, reason: 'locked' });
		// After the lockout period the right password works again.
		const later = Date.now() + 16 * 60_000;
		expect((await verifyCredentials('lock@example.fi', 'the right password', later)).ok).toBe(true);
	});
});
