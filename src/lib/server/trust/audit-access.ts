import { error } from '@sveltejs/kit';
import { authorize, seesClientNames, type Actor } from '../policy';
import { clientForAccessReport } from '../audit';

/** The client whose access report is asked for, if the actor may read that team's log (404 otherwise). */
export function requireClientAccessReport(actor: Actor | null | undefined, clientId: number, action: 'read' | 'export') {
	const client = Number.isInteger(clientId) ? clientForAccessReport(clientId) : undefined;
	if (!client) error(404, 'Not found');
	authorize(actor, action, { kind: 'audit', teamId: client.teamId });
	const showName = seesClientNames(actor, client.teamId);
	return { id: client.id, teamId: client.teamId, name: showName ? `${client.firstName} ${client.lastName}` : null };
}
