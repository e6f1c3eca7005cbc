import { error } from '@sveltejs/kit';
import { can, type Actor } from '../policy';
import { auditClientRead } from '../read-budget';
import { authorizePlacement } from '../employers/access';
import { consentsForEmployer, getPlacement } from './placements';
import { followAlongRows } from './follow-along';
import { isoDateInFinland } from '$lib/domain/dates';
import { consentCoversEmployer, visibleInPortal } from '$lib/domain/disclosure';
import { endingSatisfactory, nextStatuses } from '$lib/domain/placements';

/**
 * The placement page: the policy first (the client's team and coach; 404 otherwise), then the read's
 * audit row (a placement is client data, read-budget.ts), then the placement with its follow-along,
 * the employer consents and what the actor may do with it.
 */
export function loadPlacementPage(actor: Actor | null, rawId: string) {
	const access = authorizePlacement(actor, 'read', rawId);
	auditClientRead({ actor, action: 'read', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId });
	const placement = getPlacement(access.id);
	if (!placement) error(404, 'Not found');
	const today = isoDateInFinland();
	const consents = consentsForEmployer(access.clientId, access.employerId).map((c) => ({ ...c, valid: consentCoversEmployer(c, access.employerId, today) }));
	const resource = { kind: 'client' as const, teamId: access.teamId, coachId: access.coachId };
	return {
		placement,
		today,
		satisfactory: endingSatisfactory(placement.endReason),
		nextStatuses: nextStatuses(placement.status),
		followAlong: followAlongRows(placement, today),
		consents,
		inPortal: visibleInPortal(placement, consents, access.employerId, today),
		canEdit: can(actor, 'update', resource),
		enrolmentClosed: access.closedDate !== null,
		promptRestart: placement.status === 'ended' && placement.currentPhase >= 4 && access.closedDate === null
	};
}
