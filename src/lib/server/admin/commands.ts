import type { z } from 'zod';
import type { Actor } from '../policy';
import { audited, done, refused, type CommandResult } from '../commands';
import { hashPassword } from '../auth/password';
import { createTeam, createUser, emailTaken, findTeamByName, removeTeamRole, setTeamRole, setUserActive, storePasswordHash } from '../accounts';
import type { newUserSchema, teamRoleSchema, teamSchema } from '$lib/forms/accounts';

/**
 * The administrator's writes: teams and accounts. The route has authorized the actor
 * (`manage` administration); each command checks its own rules and writes its audit row in the
 * same transaction (docs/architecture.md#commands).
 */

/** A new team; team names are unique. */
export function addTeam(actor: Actor, input: z.infer<typeof teamSchema>): CommandResult<number> {
	if (findTeamByName(input.name)) return refused({ name: 'err_name_taken' });
	return audited(
		() => done(createTeam(input)),
		(id) => ({ actor, action: 'create', entity: 'team', entityId: id, teamId: id })
	);
}

/**
 * A new staff or employer account with a one-time password. The e-mail must be free, an employer
 * user names their organisation, and a staff role names its team.
 */
export async function addUser(actor: Actor, input: z.infer<typeof newUserSchema>): Promise<CommandResult<number>> {
	if (emailTaken(input.email)) return refused({ email: 'err_email_taken' });
	if (input.kind === 'employer' && !input.employerId) return refused({ employerId: 'err_required' });
	const staff = input.kind === 'staff';
	if (staff && input.role !== 'none' && !input.teamId) return refused({ teamId: 'err_required' });
	const user = {
		email: input.email,
		name: input.name,
		phone: input.phone,
		password: input.password,
		mustChangePassword: true,
		isAdmin: staff && input.isAdmin,
		employerId: staff ? null : input.employerId,
		team: staff && input.role !== 'none' && input.teamId ? { teamId: input.teamId, role: input.role } : null
	};
	const id = await createUser(user, (userId) => ({ actor, action: 'create', entity: 'user', entityId: userId, teamId: staff ? input.teamId : null }));
	return done(id);
}

/** Activates or deactivates an account; deactivating signs it out everywhere. */
export function setUserActivity(actor: Actor, userId: number, active: boolean): CommandResult<number> {
	return audited(
		() => {
			setUserActive(userId, active);
			return done(userId);
		},
		(id) => ({ actor, action: 'update', entity: 'user', entityId: id, details: active ? 'activated' : 'deactivated' })
	);
}

/** A one-time password the user must change at next sign-in; signs them out everywhere. */
export async function resetPassword(actor: Actor, userId: number, password: string): Promise<CommandResult<number>> {
	const passwordHash = await hashPassword(password);
	return audited(
		() => {
			storePasswordHash(userId, passwordHash, { mustChange: true });
			return done(userId);
		},
		(id) => ({ actor, action: 'update', entity: 'user', entityId: id, details: 'one-time password set' })
	);
}

/** Adds or changes the user's role in a team (one role per team). */
export function assignTeamRole(actor: Actor, userId: number, input: z.infer<typeof teamRoleSchema>): CommandResult<number> {
	return audited(
		() => {
			setTeamRole(input.teamId, userId, input.role, input.fte ?? 1);
			return done(userId);
		},
		(id) => ({ actor, action: 'update', entity: 'team-member', entityId: id, teamId: input.teamId, details: input.role })
	);
}

/** Removes the user's role in a team (logged even when they had none there, as the page asked). */
export function removeFromTeam(actor: Actor, userId: number, teamId: number): CommandResult<number> {
	return audited(
		() => {
			removeTeamRole(teamId, userId);
			return done(userId);
		},
		(id) => ({ actor, action: 'delete', entity: 'team-member', entityId: id, teamId })
	);
}
