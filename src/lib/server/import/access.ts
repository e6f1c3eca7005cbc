import { error } from '@sveltejs/kit';
import { authorize, ledTeams, type Actor } from '../policy';
import { teamNames } from '../accounts';

/** The teams the actor may import into: the ones they lead (404 for anyone who leads none). */
export function requireImportTeams(actor: Actor | null | undefined) {
	if (!actor) error(404, 'Not found');
	const ids = ledTeams(actor);
	if (ids.length === 0) error(404, 'Not found');
	for (const teamId of ids) authorize(actor, 'manage', { kind: 'team', teamId });
	return teamNames(ids);
}
