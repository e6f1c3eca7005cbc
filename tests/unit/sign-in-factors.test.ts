import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser, getUser } from '$lib/server/accounts';
import { getSqlite } from '$lib/server/db';
import { createSession, generateSessionToken, validateSessionToken } from '$lib/server/auth/session';
import { checkSecondFactor, hasSecondFactor, pendingSecret, storeConfirmedSecret, totpCodeFor, unusedRecoveryCodes, enrolmentView } from '$lib/server/auth/totp';
import { confirmEnrolment, endOwnSession, endUserSessions, resetSecondFactor, setTwoFactorPolicy } from '$lib/server/auth/sign-in-commands';
import { activeSessions } from '$lib/server/auth/devices';
import { twoFactorPolicy } from '$lib/server/auth/sign-in-settings';
import { matchIdentity, storeIdentity } from '$lib/server/auth/oidc-identities';
import { mustHaveSecondFactor, type Actor } from '$lib/server/policy';
import { totpStep } from '$lib/domain/sign-in';
import { addEmployer } from './fixtures';

/** The second factor, sessions and identity linking (docs/domain/sign-in.md), on a real database. */

const lastAudit = () => getSqlite().prepare('SELECT user_id, action, entity, entity_id, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as { user_id: number; action: string; entity: string; entity_id: number; details: string };
const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

let admin: Actor;
let coach: Actor;
let teamId: number;

beforeAll(async () => {
	const adminId = await createUser({ email: 'admin@factors.fi', name: 'Admin', password: 'admin password 1', isAdmin: true });
	admin = { id: adminId, isAdmin: true, employerId: null, memberships: [] };
	teamId = createTeam({ name: 'Tekijätiimi', municipality: null });
	const coachId = await createUser({ email: 'coach@factors.fi', name: 'Coach', password: 'coach password 1', team: { teamId, role: 'coach' } });
	coach = { id: coachId, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
});

describe('TOTP enrolment', () => {
	it('shows a secret as text and a QR code, confirms it with a first code and gives ten recovery codes once', async () => {
		const secret = pendingSecret(coach.id)!;
		expect(secret).toMatch(/^[A-Z2-7]{32}$/);
		expect(pendingSecret(coach.id)).toBe(secret); // the same until confirmed
		const view = await enrolmentView(secret, 'coach@factors.fi');
		expect(view.uri).toContain('otpauth://totp/');
		expect(view.qr).toMatch(/^data:image\/svg\+xml;base64,/);
		expect(view.secret.replace(/ /g, '')).toBe(secret);

		expect(confirmEnrolment(coach, '12345x')).toEqual({ ok: false, errors: { code: 'signin_err_code' } });
		expect(hasSecondFactor(coach.id)).toBe(false);
		const done = confirmEnrolment(coach, totpCodeFor(secret, totpStep(Date.now())));
		expect(done.ok).toBe(true);
		if (!done.ok) return;
		expect(done.value).toHaveLength(10);
		expect(new Set(done.value).size).toBe(10);
		expect(hasSecondFactor(coach.id)).toBe(true);
		expect(unusedRecoveryCodes(coach.id)).toBe(10);
		expect(lastAudit()).toMatchObject({ user_id: coach.id, action: 'create', entity: 'second-factor' });
		// Only hashes are kept.
		const stored = getSqlite().prepare('SELECT code_hash FROM recovery_codes WHERE user_id = ?').all(coach.id) as { code_hash: string }[];
		expect(stored.map((r) => r.code_hash)).not.toContain(done.value[0]);
		expect(pendingSecret(coach.id)).toBeNull();
	});
});

describe('the code at sign-in', () => {
	let userId: number;
	beforeAll(async () => {
		userId = await createUser({ email: 'lead@factors.fi', name: 'Lead', password: 'lead password 12', team: { teamId, role: 'lead' } });
		storeConfirmedSecret(userId, SECRET);
	});

	it('accepts the current code once; the same code again within its window is refused', () => {
		const code = totpCodeFor(SECRET, totpStep(T0));
		expect(checkSecondFactor(userId, code, T0)).toBe('ok');
		expect(checkSecondFactor(userId, code, T0 + 5_000)).toBe('replayed');
		// An older step is refused too; the next step is accepted.
		expect(checkSecondFactor(userId, totpCodeFor(SECRET, totpStep(T0) - 1), T0 + 5_000)).toBe('replayed');
		expect(checkSecondFactor(userId, totpCodeFor(SECRET, totpStep(T0) + 1), T0 + 31_000)).toBe('ok');
	});

	it('a recovery code works once', () => {
		const other = { ...coach };
		const codes = confirmEnrolmentFor(other);
		expect(checkSecondFactor(other.id, codes[0].toUpperCase().replace(/(.{5})/, '$1-'), T0)).toBe('recovery');
		expect(checkSecondFactor(other.id, codes[0], T0)).toBe('invalid');
		expect(unusedRecoveryCodes(other.id)).toBe(9);
	});

	it('wrong codes count in the lockout: 20 wrong codes lock the account, even against the right code', () => {
		const results = Array.from({ length: 20 }, (_, i) => checkSecondFactor(userId, String(100000 + i), T0 + 60_000));
		expect(results.slice(0, 5).every((r) => r === 'invalid')).toBe(true);
		expect(results.slice(5).every((r) => r === 'locked')).toBe(true);
		expect(getUser(userId)!.lockedUntil!.getTime()).toBeGreaterThan(T0 + 60_000);
		expect(checkSecondFactor(userId, totpCodeFor(SECRET, totpStep(T0 + 61_000)), T0 + 61_000)).toBe('locked');
		// After the lockout the right code works again and clears the count.
		const later = T0 + 60_000 + 16 * 60_000;
		expect(checkSecondFactor(userId, totpCodeFor(SECRET, totpStep(later)), later)).toBe('ok');
		expect(getUser(userId)!.failedSignIns).toBe(0);
	});

	it('an admin resets a user second factor: removed, signed out, audited', () => {
		const token = generateSessionToken();
		createSession(token, userId);
		expect(resetSecondFactor(admin, userId).ok).toBe(true);
		expect(hasSecondFactor(userId)).toBe(false);
		expect(unusedRecoveryCodes(userId)).toBe(0);
		expect(validateSessionToken(token).session).toBeNull();
		expect(lastAudit()).toMatchObject({ user_id: admin.id, action: 'delete', entity: 'second-factor', entity_id: userId });
	});
});

function confirmEnrolmentFor(actor: Actor): string[] {
	getSqlite().prepare('DELETE FROM user_totp WHERE user_id = ?').run(actor.id);
	const secret = pendingSecret(actor.id)!;
	getSqlite().prepare('UPDATE user_totp SET last_used_step = NULL WHERE user_id = ?').run(actor.id);
	const result = confirmEnrolment(actor, totpCodeFor(secret, totpStep(Date.now())));
	if (!result.ok) throw new Error('enrolment failed');
	return result.value;
}

describe('who must enrol', () => {
	it('admins and leads by default, everyone when the setting says so (audited)', () => {
		expect(twoFactorPolicy()).toBe('roles');
		expect(mustHaveSecondFactor(admin, twoFactorPolicy())).toBe(true);
		expect(mustHaveSecondFactor(coach, twoFactorPolicy())).toBe(false);
		expect(setTwoFactorPolicy(admin, 'everyone').ok).toBe(true);
		expect(lastAudit()).toMatchObject({ action: 'update', entity: 'sign-in-settings', details: 'second factor required: everyone' });
		expect(mustHaveSecondFactor(coach, twoFactorPolicy())).toBe(true);
		setTwoFactorPolicy(admin, 'roles');
	});
});

describe('sessions and devices', () => {
	it('lists the active sessions with the browser, ends one of the own, refuses another user session', () => {
		const here = generateSessionToken();
		const there = generateSessionToken();
		const mine = createSession(here, coach.id, Date.now(), { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36' });
		const other = createSession(there, coach.id, Date.now(), { userAgent: 'Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0', method: 'sso' });
		createSession(generateSessionToken(), coach.id, Date.now(), { twoFactorVerified: false });
		const rows = activeSessions(coach.id, mine.id);
		expect(rows.map((r) => [r.browser, r.current, r.method]).sort()).toEqual([
			['Chrome 131 (Linux)', true, 'password'],
			['Firefox 128 (Windows)', false, 'sso']
		]);
		expect(endOwnSession(admin, other.id)).toEqual({ ok: false, errors: { _form: 'signin_err_session_gone' } });
		expect(endOwnSession(coach, other.id).ok).toBe(true);
		expect(validateSessionToken(there).session).toBeNull();
		expect(validateSessionToken(here).session).not.toBeNull();
		expect(lastAudit()).toMatchObject({ user_id: coach.id, action: 'sign-out', entity: 'session' });
	});

	it('an admin ends all of a user sessions (audited)', () => {
		const token = generateSessionToken();
		createSession(token, coach.id);
		expect(endUserSessions(admin, coach.id).ok).toBe(true);
		expect(validateSessionToken(token).session).toBeNull();
		expect(activeSessions(coach.id, null)).toEqual([]);
		expect(lastAudit()).toMatchObject({ user_id: admin.id, action: 'sign-out', entity: 'session', entity_id: coach.id });
	});
});

describe('linking an OpenID Connect identity', () => {
	const issuer = 'https://idp.example';
	it('by verified e-mail the first time, by issuer + subject afterwards; never unknown, unverified, inactive or employer', async () => {
		expect(matchIdentity({ issuer, subject: 's1', email: 'ADMIN@factors.fi', emailVerified: true })).toMatchObject({ ok: true, link: true, user: { id: admin.id } });
		storeIdentity(admin.id, { issuer, subject: 's1', email: null, emailVerified: false });
		expect(matchIdentity({ issuer, subject: 's1', email: 'someone.else@example.org', emailVerified: false })).toMatchObject({ ok: true, link: false, user: { id: admin.id } });
		// Another subject claiming the same e-mail does not take the account over.
		expect(matchIdentity({ issuer, subject: 's2', email: 'admin@factors.fi', emailVerified: true })).toMatchObject({ ok: false, reason: 'linked-elsewhere' });
		expect(matchIdentity({ issuer, subject: 's3', email: 'nobody@factors.fi', emailVerified: true })).toMatchObject({ ok: false, reason: 'unknown' });
		expect(matchIdentity({ issuer, subject: 's4', email: 'coach@factors.fi', emailVerified: false })).toMatchObject({ ok: false, reason: 'unverified' });
		expect(matchIdentity({ issuer, subject: 's5', email: null, emailVerified: false })).toMatchObject({ ok: false, reason: 'unknown' });
		const gone = await createUser({ email: 'gone@factors.fi', name: 'Gone', password: null, active: false });
		expect(matchIdentity({ issuer, subject: 's6', email: 'gone@factors.fi', emailVerified: true })).toMatchObject({ ok: false, reason: 'inactive', user: { id: gone } });
		storeIdentity(gone, { issuer, subject: 's7', email: null, emailVerified: false });
		expect(matchIdentity({ issuer, subject: 's7', email: null, emailVerified: false })).toMatchObject({ ok: false, reason: 'inactive' });
		const employerId = addEmployer(teamId, 'Firma Oy');
		await createUser({ email: 'boss@factors.fi', name: 'Boss', password: 'boss password 12', employerId });
		expect(matchIdentity({ issuer, subject: 's8', email: 'boss@factors.fi', emailVerified: true })).toMatchObject({ ok: false, reason: 'employer' });
		// Nothing was created by any of these.
		expect(getSqlite().prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 5 });
	});
});
