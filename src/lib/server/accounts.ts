import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from './db';
import { employers, teamMembers, teams, users, type User } from './db/schema';
import { dummyPasswordHash, hashPassword, verifyPasswordHash } from './auth/password';
import { lockoutUntil } from './auth/rate-limit';
import { invalidateUserSessions } from './auth/session';
import { audit, type AuditEntry } from './audit';

export type Locale = 'fi' | 'sv' | 'en';

export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

export function countUsers(): number {
	return getDb().select({ n: count() }).from(users).get()?.n ?? 0;
}

export function findUserByEmail(email: string): User | undefined {
	return getDb().select().from(users).where(eq(users.email, normaliseEmail(email))).get();
}

export function getUser(id: number): User | undefined {
	return getDb().select().from(users).where(eq(users.id, id)).get();
}

export function emailTaken(email: string): boolean {
	return findUserByEmail(email) !== undefined;
}

export type NewUser = {
	email: string;
	name: string;
	password: string | null;
	isAdmin?: boolean;
	employerId?: number | null;
	phone?: string | null;
	locale?: Locale;
	active?: boolean;
	mustChangePassword?: boolean;
	team?: { teamId: number; role: 'lead' | 'coach'; fte?: number } | null;
};

/** Creates an account; `logAs` gives the audit row written in the same transaction. */
export async function createUser(input: NewUser, logAs?: (userId: number) => AuditEntry): Promise<number> {
	const passwordHash = input.password ? await hashPassword(input.password) : null;
	const db = getDb();
	return db.transaction((tx) => {
		const row = tx
			.insert(users)
			.values({
				email: normaliseEmail(input.email),
				name: input.name.trim(),
				passwordHash,
				isAdmin: input.isAdmin ?? false,
				employerId: input.employerId ?? null,
				phone: input.phone ?? null,
				locale: input.locale ?? 'fi',
				active: input.active ?? true,
				mustChangePassword: input.mustChangePassword ?? false,
				passwordChangedAt: passwordHash ? new Date() : null
			})
			.returning({ id: users.id })
			.get();
		if (input.team) {
			tx.insert(teamMembers)
				.values({ teamId: input.team.teamId, userId: row.id, role: input.team.role, fte: input.team.fte ?? 1 })
				.run();
		}
		if (logAs) audit(logAs(row.id));
		return row.id;
	});
}

export type SignInResult =
	| { ok: true; user: User }
	| { ok: false; reason: 'invalid' | 'locked' };

/**
 * Checks credentials with a per-account lockout. Unknown e-mail, wrong password, deactivated and
 * locked accounts all look the same to the caller's user (one neutral message).
 */
export async function verifyCredentials(email: string, password: string, now = Date.now()): Promise<SignInResult> {
	const user = findUserByEmail(email);
	if (!user || !user.passwordHash) {
		await verifyPasswordHash(await dummyPasswordHash(), password);
		return { ok: false, reason: 'invalid' };
	}
	if (user.lockedUntil && user.lockedUntil.getTime() > now) {
		return { ok: false, reason: 'locked' };
	}
	const valid = await verifyPasswordHash(user.passwordHash, password);
	const db = getDb();
	if (!valid) {
		const failed = user.failedSignIns + 1;
		db.update(users)
			.set({ failedSignIns: failed, lockedUntil: lockoutUntil(failed, now) })
			.where(eq(users.id, user.id))
			.run();
		return { ok: false, reason: 'invalid' };
	}
	if (!user.active) return { ok: false, reason: 'invalid' };
	if (user.failedSignIns > 0 || user.lockedUntil) {
		db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
	}
	return { ok: true, user };
}

/** Changes the password and signs the user out everywhere else. */
export async function changePassword(userId: number, newPassword: string, keepSessionId?: string): Promise<void> {
	storePasswordHash(userId, await hashPassword(newPassword), { mustChange: false, keepSessionId });
}

/** Admin sets a one-time password: the user must change it at next sign-in. */
export async function setOneTimePassword(userId: number, password: string): Promise<void> {
	storePasswordHash(userId, await hashPassword(password), { mustChange: true });
}

/**
 * Stores an already hashed password, clears the lockout and signs the user out everywhere (but
 * `keepSessionId`). Synchronous, so a command can write it and its audit row in one transaction.
 */
export function storePasswordHash(userId: number, passwordHash: string, options: { mustChange: boolean; keepSessionId?: string }): void {
	getDb()
		.update(users)
		.set({ passwordHash, mustChangePassword: options.mustChange, passwordChangedAt: new Date(), failedSignIns: 0, lockedUntil: null })
		.where(eq(users.id, userId))
		.run();
	invalidateUserSessions(userId, options.keepSessionId);
}

export function setUserActive(userId: number, active: boolean): void {
	getDb().update(users).set({ active }).where(eq(users.id, userId)).run();
	if (!active) invalidateUserSessions(userId);
}

export function setUserLocale(userId: number, locale: Locale): void {
	getDb().update(users).set({ locale }).where(eq(users.id, userId)).run();
}

export function updateUserProfile(userId: number, profile: { name: string; phone: string | null }): void {
	getDb().update(users).set(profile).where(eq(users.id, userId)).run();
}

export type UserListRow = {
	id: number;
	email: string;
	name: string;
	isAdmin: boolean;
	active: boolean;
	employerName: string | null;
	roles: { teamId: number; teamName: string; role: 'lead' | 'coach' }[];
};

export function listUsers(): UserListRow[] {
	const db = getDb();
	const rows = db
		.select({
			id: users.id,
			email: users.email,
			name: users.name,
			isAdmin: users.isAdmin,
			active: users.active,
			employerName: employers.name
		})
		.from(users)
		.leftJoin(employers, eq(employers.id, users.employerId))
		.orderBy(asc(users.name))
		.all();
	const memberships = db
		.select({ userId: teamMembers.userId, teamId: teamMembers.teamId, teamName: teams.name, role: teamMembers.role })
		.from(teamMembers)
		.innerJoin(teams, eq(teams.id, teamMembers.teamId))
		.all();
	return rows.map((r) => ({
		...r,
		roles: memberships.filter((mb) => mb.userId === r.id).map(({ teamId, teamName, role }) => ({ teamId, teamName, role }))
	}));
}

export function getUserWithRoles(id: number): UserListRow | undefined {
	return listUsers().find((u) => u.id === id);
}

export function listTeams() {
	const db = getDb();
	return db
		.select({
			id: teams.id,
			name: teams.name,
			municipality: teams.municipality,
			members: sql<number>`(select count(*) from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`
		})
		.from(teams)
		.orderBy(asc(teams.name))
		.all();
}

export function getTeam(id: number) {
	return getDb().select().from(teams).where(eq(teams.id, id)).get();
}

export function findTeamByName(name: string) {
	return getDb().select().from(teams).where(eq(teams.name, name.trim())).get();
}

export function createTeam(input: { name: string; municipality: string | null }): number {
	return getDb()
		.insert(teams)
		.values({ name: input.name.trim(), municipality: input.municipality })
		.returning({ id: teams.id })
		.get().id;
}

export function teamNames(ids: number[]): { id: number; name: string }[] {
	if (ids.length === 0) return [];
	return getDb().select({ id: teams.id, name: teams.name }).from(teams).where(inArray(teams.id, ids)).orderBy(asc(teams.name)).all();
}

export function teamMembersOf(teamId: number) {
	return getDb()
		.select({ userId: users.id, name: users.name, email: users.email, phone: users.phone, role: teamMembers.role, fte: teamMembers.fte, active: users.active })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(eq(teamMembers.teamId, teamId))
		.orderBy(asc(users.name))
		.all();
}

/** Adds or changes a user's role in a team (one role per team). */
export function setTeamRole(teamId: number, userId: number, role: 'lead' | 'coach', fte = 1): void {
	getDb()
		.insert(teamMembers)
		.values({ teamId, userId, role, fte })
		.onConflictDoUpdate({ target: [teamMembers.teamId, teamMembers.userId], set: { role, fte } })
		.run();
}

export function removeTeamRole(teamId: number, userId: number): void {
	getDb()
		.delete(teamMembers)
		.where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
		.run();
}

/** Employer organisations to link an employer user to (admin's new-user form). */
export function listEmployerOptions() {
	return getDb().select({ id: employers.id, name: employers.name }).from(employers).orderBy(asc(employers.name)).all();
}
