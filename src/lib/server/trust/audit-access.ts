import { error } from '@sveltejs/kit';
import { authorize, can, teamsWithRole, type Actor } from '../policy';
import { clientForAccessReport } from '../audit';

/**
 * Which part of the log an actor may read: admins the whole installation, leads their teams'
 * entries. Throws 404 for anyone else.
 */
export function requireAuditScope(actor: Actor | null | undefined): { teamIds: number[] | null } {
	if (actor && can(actor, 'read', { kind: 'audit', teamId: null })) return { teamIds: null };
	const teams = actor ? teamsWithRole(actor, 'lead') : [];
	if (!actor || teams.length === 0) error(404, 'Not found');
	for (const teamId of teams) authorize(actor, 'read', { kind: 'audit', teamId });
	return { teamIds: teams };
}

/** The client whose access report is asked for, if the actor may read that team's log (404 otherwise). */
export function requireClientAccessReport(actor: Actor | null | undefined, clientId: number, action: 'read' | 'export') {
	const client = Number.isInteger(clientId) ? clientForAccessReport(clientId) : undefined;
	if (!client) error(404, 'Not found');
	authorize(actor, action, { kind: 'audit', teamId: client.teamId });
	// Admins without a team role see the log, not client content: no name for them.
	const showName = actor.memberships.some((m) => m.teamId === client.teamId);
	return { id: client.id, teamId: client.teamId, name: showName ? `${client.firstName} ${client.lastName}` : null };
}
