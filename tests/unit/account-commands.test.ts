import { beforeAll, describe, expect, it } from 'vitest';
import { createTeam, createUser, getUser, getUserWithRoles, verifyCredentials } from '$lib/server/accounts';
import { getSqlite } from '$lib/server/db';
import { createSession, generateSessionToken, validateSessionToken } from '$lib/server/auth/session';
import { addTeam, addUser, assignTeamRole, removeFromTeam, resetPassword, setUserActivity } from '$lib/server/admin/commands';
import { changeOwnPassword, signOut, signOutEverywhere } from '$lib/server/auth/commands';
import type { Actor } from '$lib/server/policy';

/**
 * The account commands (administration, sign-out, own password): each refuses what it must and then
 * changes and logs nothing; each done command writes exactly one audit row, in its transaction.
 */

type AuditRow = { user_id: number | null; action: string; entity: string; entity_id: number | null; team_id: number | null; details: string | null };

const auditCount = () => (getSqlite().prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const lastAudit = () => getSqlite().prepare('SELECT user_id, action, entity, entity_id, team_id, details FROM audit_log ORDER BY id DESC LIMIT 1').get() as AuditRow;

/** Runs `write` and returns what it answered with the audit rows it added. */
async function logged<T>(write: () => T | Promise<T>): Promise<{ answer: T; rows: number }> {
	const before = auditCount();
	const answer = await write();
	return { answer, rows: auditCount() - before };
}

let admin: Actor;
let teamId: number;
let userId: number;

beforeAll(async () => {
	const adminId = await createUser({ email: 'admin@commands.fi', name: 'Admin', password: 'admin password 1', isAdmin: true });
	admin = { id: adminId, isAdmin: true, employerId: null, memberships: [] };
	teamId = createTeam({ name: 'Komentotiimi', municipality: null });
	userId = await createUser({ email: 'coach@commands.fi', name: 'Coach', password: 'coach password 1', team: { teamId, role: 'coach' } });
});

describe('administration commands', () => {
	it('addTeam refuses a taken name and logs a new team', async () => {
		const taken = await logged(() => addTeam(admin, { name: 'Komentotiimi', municipality: null }));
		expect(taken.answer).toEqual({ ok: false, errors: { name: 'err_name_taken' } });
		expect(taken.rows).toBe(0);
		const added = await logged(() => addTeam(admin, { name: 'Uusi tiimi', municipality: 'Espoo' }));
		expect(added.answer.ok).toBe(true);
		expect(added.rows).toBe(1);
		const id = added.answer.ok ? added.answer.value : -1;
		expect(lastAudit()).toMatchObject({ user_id: admin.id, action: 'create', entity: 'team', entity_id: id, team_id: id });
	});

	it('addUser refuses a taken e-mail, an employer user without organisation and a staff role without team', async () => {
		const base = { kind: 'staff' as const, name: 'New', email: 'new@commands.fi', phone: null, isAdmin: false, teamId: null, role: 'none' as const, employerId: null, password: 'new password 12' };
		const cases = [
			[{ ...base, email: 'COACH@commands.fi' }, { email: 'err_email_taken' }],
			[{ ...base, kind: 'employer' as const }, { employerId: 'err_required' }],
			[{ ...base, role: 'coach' as const }, { teamId: 'err_required' }]
		] as const;
		for (const [input, errors] of cases) {
			const refused = await logged(() => addUser(admin, input));
			expect(refused.answer).toEqual({ ok: false, errors });
			expect(refused.rows).toBe(0);
		}
		expect(getSqlite().prepare("SELECT count(*) AS n FROM users WHERE email = 'new@commands.fi'").get()).toEqual({ n: 0 });
	});

	it('addUser creates the account with its role and a one-time password, and logs it once', async () => {
		const added = await logged(() =>
			addUser(admin, { kind: 'staff', name: 'New', email: 'new@commands.fi', phone: null, isAdmin: false, teamId, role: 'lead', employerId: null, password: 'new password 12' })
		);
		expect(added.rows).toBe(1);
		const id = added.answer.ok ? added.answer.value : -1;
		expect(getUser(id)?.mustChangePassword).toBe(true);
		expect(getUserWithRoles(id)?.roles).toEqual([{ teamId, teamName: 'Komentotiimi', role: 'lead' }]);
		expect(lastAudit()).toMatchObject({ action: 'create', entity: 'user', entity_id: id, team_id: teamId });
	});

	it('setUserActivity deactivates (ending the sessions) and activates, one row each', async () => {
		const token = generateSessionToken();
		createSession(token, userId);
		const off = await logged(() => setUserActivity(admin, userId, false));
		expect(off).toEqual({ answer: { ok: true, value: userId }, rows: 1 });
		expect(lastAudit()).toMatchObject({ action: 'update', entity: 'user', entity_id: userId, details: 'deactivated' });
		expect(getUser(userId)?.active).toBe(false);
		expect(validateSessionToken(token).session).toBeNull();
		const on = await logged(() => setUserActivity(admin, userId, true));
		expect(on.rows).toBe(1);
		expect(lastAudit().details).toBe('activated');
	});

	it('resetPassword sets a one-time password, ends the sessions and logs once', async () => {
		const token = generateSessionToken();
		createSession(token, userId);
		const reset = await logged(() => resetPassword(admin, userId, 'one time password 2'));
		expect(reset.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ action: 'update', entity: 'user', entity_id: userId, details: 'one-time password set' });
		expect(validateSessionToken(token).session).toBeNull();
		const signIn = await verifyCredentials('coach@commands.fi', 'one time password 2');
		expect(signIn.ok && signIn.user.mustChangePassword).toBe(true);
	});

	it('assignTeamRole and removeFromTeam change the membership and log once each', async () => {
		const otherTeam = createTeam({ name: 'Toinen komentotiimi', municipality: null });
		const assigned = await logged(() => assignTeamRole(admin, userId, { teamId: otherTeam, role: 'lead', fte: 0.5 }));
		expect(assigned.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ action: 'update', entity: 'team-member', entity_id: userId, team_id: otherTeam, details: 'lead' });
		expect(getUserWithRoles(userId)?.roles.map((r) => [r.teamId, r.role])).toContainEqual([otherTeam, 'lead']);
		const removed = await logged(() => removeFromTeam(admin, userId, otherTeam));
		expect(removed.rows).toBe(1);
		expect(lastAudit()).toMatchObject({ action: 'delete', entity: 'team-member', entity_id: userId, team_id: otherTeam });
		expect(getUserWithRoles(userId)?.roles.map((r) => r.teamId)).not.toContain(otherTeam);
	});

	it('a write that fails leaves no audit row (one transaction)', async () => {
		const before = auditCount();
		expect(() => assignTeamRole(admin, userId, { teamId: 999_999, role: 'coach', fte: 1 })).toThrow();
		expect(auditCount()).toBe(before);
	});
});

describe('own account commands', () => {
	let coach: Actor;
	beforeAll(async () => {
		const id = await createUser({ email: 'self@commands.fi', name: 'Self', password: 'my password 123', team: { teamId, role: 'coach' } });
		coach = { id, isAdmin: false, employerId: null, memberships: [{ teamId, role: 'coach' }] };
	});

	it('changeOwnPassword refuses a wrong current password and changes nothing', async () => {
		const hash = getUser(coach.id)?.passwordHash;
		const wrong = await logged(() => changeOwnPassword(coach, { currentPassword: 'not my password', password: 'a new password 1' }));
		expect(wrong).toEqual({ answer: { ok: false, errors: { currentPassword: 'err_password_wrong' } }, rows: 0 });
		expect(getUser(coach.id)?.passwordHash).toBe(hash);
	});

	it('changeOwnPassword keeps this session, ends the others and logs once', async () => {
		const here = generateSessionToken();
		const elsewhere = generateSessionToken();
		const session = createSession(here, coach.id);
		createSession(elsewhere, coach.id);
		const changed = await logged(() => changeOwnPassword(coach, { currentPassword: 'my password 123', password: 'a new password 1' }, session.id));
		expect(changed).toEqual({ answer: { ok: true, value: coach.id }, rows: 1 });
		expect(lastAudit()).toMatchObject({ user_id: coach.id, action: 'update', entity: 'password', entity_id: coach.id });
		expect(validateSessionToken(here).session).not.toBeNull();
		expect(validateSessionToken(elsewhere).session).toBeNull();
		expect((await verifyCredentials('self@commands.fi', 'a new password 1')).ok).toBe(true);
	});

	it('signOut ends one session and signOutEverywhere all of them, one row each', async () => {
		const one = generateSessionToken();
		const two = generateSessionToken();
		const session = createSession(one, coach.id);
		createSession(two, coach.id);
		expect((await logged(() => signOut(coach, session.id))).rows).toBe(1);
		expect(lastAudit()).toMatchObject({ user_id: coach.id, action: 'sign-out', entity: 'user', entity_id: coach.id, details: null });
		expect(validateSessionToken(one).session).toBeNull();
		expect(validateSessionToken(two).session).not.toBeNull();
		expect((await logged(() => signOutEverywhere(coach))).rows).toBe(1);
		expect(lastAudit()).toMatchObject({ action: 'sign-out', details: 'all sessions' });
		expect(validateSessionToken(two).session).toBeNull();
	});
});
