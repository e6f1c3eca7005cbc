import { error } from '@sveltejs/kit';
import { authorize, type Action, type Actor } from '../policy';
import { employerTeam } from './employer';
import { placementAccess } from '../placements/placements';

/** Loads the employer's team from the row and authorizes on it; unknown ids and refusals are 404. */
export function authorizeEmployer(actor: Actor | null, action: Action, rawId: string | number) {
	const row = employerTeam(Number(rawId));
	if (!row) error(404, 'Not found');
	authorize(actor, action, { kind: 'employer', teamId: row.teamId });
	return row;
}

/** A placement is part of the client record: the client's team and coach decide. */
export function authorizePlacement(actor: Actor | null, action: Action, rawId: string | number) {
	const row = placementAccess(Number(rawId));
	if (!row) error(404, 'Not found');
	authorize(actor, action, { kind: 'client', teamId: row.teamId, coachId: row.coachId });
	return row;
}
