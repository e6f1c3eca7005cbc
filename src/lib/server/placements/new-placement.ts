import { error } from '@sveltejs/kit';
import { authorize, type Actor } from '../policy';
import { auditClientRead } from '../read-budget';
import { employerOptions } from '../employers/register';
import { currentEnrolmentOf } from './placements';

/** The client's current enrolment, if the actor may add placements to it (its own coach or a lead; 404 otherwise). */
export function requireEnrolmentForPlacement(actor: Actor | null, rawClientId: string) {
	const enrolment = currentEnrolmentOf(Number(rawClientId));
	if (!enrolment) error(404, 'Not found');
	authorize(actor, 'update', { kind: 'client', teamId: enrolment.teamId, coachId: enrolment.coachId });
	return enrolment;
}

/** The new-placement page: the policy first, then the read's audit row (read-budget.ts), then the team's employers to choose from. */
export function loadNewPlacementPage(actor: Actor | null, rawClientId: string) {
	const enrolment = requireEnrolmentForPlacement(actor, rawClientId);
	auditClientRead({ actor, action: 'read', entity: 'client', entityId: enrolment.clientId, clientId: enrolment.clientId, teamId: enrolment.teamId, view: 'placement-new' });
	return {
		client: { id: enrolment.clientId, firstName: enrolment.firstName, lastName: enrolment.lastName },
		closed: enrolment.closedDate !== null,
		employers: employerOptions([enrolment.teamId])
	};
}
