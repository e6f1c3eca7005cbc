import type { Actor } from '../policy';
import { auditClientRead } from '../read-budget';
import { requireClientWrite } from './access';
import { getIdentity } from './record/identity';
import { employerOptions } from '../employers/register';
import { isoDateInFinland } from '$lib/domain/dates';

/**
 * The page for recording a consent: only the client's own coach or a lead of the team (a teammate
 * who may read the record gets 403, anybody else 404); the read is logged (read-budget.ts).
 */
export function loadNewConsentPage(actor: Actor | null, rawClientId: string) {
	const access = requireClientWrite(actor, rawClientId);
	auditClientRead({ actor, action: 'read', entity: 'client', entityId: access.clientId, clientId: access.clientId, teamId: access.teamId, view: 'consent-new' });
	const identity = getIdentity(access.clientId)!;
	return {
		client: { id: access.clientId, firstName: identity.firstName, lastName: identity.lastName },
		employers: employerOptions([access.teamId]),
		today: isoDateInFinland()
	};
}
