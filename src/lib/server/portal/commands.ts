import type { Actor } from '../policy';
import { audited, done, type CommandResult } from '../commands';
import { sendContactRequest } from './portal';

/**
 * The employer portal's one write: a contact request to the team, logged in the same transaction
 * (docs/architecture.md#commands). The route has authorized the employer user for `employerId`.
 */
export function requestContact(actor: Actor, employerId: number, message: string): CommandResult<number> {
	return audited(
		() => done(sendContactRequest(employerId, actor.id, message)),
		(id) => ({ actor, action: 'create', entity: 'contact-request', entityId: id, details: `employer ${employerId}` })
	);
}
