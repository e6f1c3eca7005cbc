import { error } from '@sveltejs/kit';
import { authorize, can, memberTeams, pickTeam, type Actor } from '../policy';
import { teamNames } from '../accounts';
import { getService, type Service } from './catalogue';

/**
 * Which team's service map a page shows, and the service a URL names, checked by the policy
 * (docs/domain/work-ability.md#service-map). Denied reads answer 404.
 */
export function serviceMapTeam(actor: Actor | null | undefined, requested: string | null, action: 'read' | 'create' | 'manage' | 'export' = 'read') {
	if (!actor) error(404, 'Not found');
	const teams = teamNames(memberTeams(actor));
	// A URL naming a team the actor is not in answers 404, rather than showing their own team's map.
	if (requested && !teams.some((t) => String(t.id) === requested)) error(404, 'Not found');
	const team = pickTeam(actor, teams, requested);
	authorize(actor, action, { kind: 'services', teamId: team.id });
	return { actor, teams, team, canManage: can(actor, 'manage', { kind: 'services', teamId: team.id }) };
}

export function requireService(actor: Actor | null | undefined, idParam: string, action: 'read' | 'update' = 'read'): { actor: Actor; service: Service; canManage: boolean } {
	const id = /^\d{1,9}$/.test(idParam) ? Number(idParam) : null;
	const service = id === null ? null : getService(id);
	if (!service) error(404, 'Not found');
	authorize(actor, action, { kind: 'services', teamId: service.teamId });
	return { actor, service, canManage: can(actor, 'manage', { kind: 'services', teamId: service.teamId }) };
}
