import type { z } from 'zod';
import type { Actor } from '../policy';
import { getDb } from '../db';
import { audit } from '../audit';
import { audited, done, refused, stale, type CommandResult } from '../commands';
import { createUser, emailTaken } from '../accounts';
import type { answerRequestSchema, contactPersonSchema, EmployerContactInput, EmployerInput, inviteEmployerUserSchema } from './forms';
import { createEmployer, updateEmployer } from './employer';
import { addContactPerson, removeContactPerson } from './contact-persons';
import { answerContactRequest } from './contact-requests';
import { clientsBlockingContactShare, clientsInTeam, createEmployerContact, placementEmployer } from './contacts';

/**
 * The employer network's writes: each checks its rules, writes, and logs the change in the same
 * transaction (docs/domain/employers.md). `employer` is the row the policy authorized.
 */
type Employer = { id: number; teamId: number };

export function addEmployer(actor: Actor, teamId: number, input: EmployerInput): CommandResult<number> {
	return audited(
		() => done(createEmployer(teamId, input)),
		(id) => ({ actor, action: 'create', entity: 'employer', entityId: id, teamId })
	);
}

export function editEmployer(actor: Actor, employer: Employer, version: number, input: EmployerInput): CommandResult<number> {
	return audited(
		() => (updateEmployer(employer.id, version, input) ? done(employer.id) : stale()),
		(id) => ({ actor, action: 'update', entity: 'employer', entityId: id, teamId: employer.teamId })
	);
}

export function addEmployerContactPerson(actor: Actor, employer: Employer, input: z.infer<typeof contactPersonSchema>): CommandResult<number> {
	return audited(
		() => done(addContactPerson(employer.id, input)),
		(id) => ({ actor, action: 'create', entity: 'employer-contact-person', entityId: id, teamId: employer.teamId })
	);
}

/** Removing someone already removed is no error (the page shows the list as it is); only a removal is logged. */
export function removeEmployerContactPerson(actor: Actor, employer: Employer, personId: number): CommandResult<boolean> {
	return getDb().transaction(() => {
		const removed = removeContactPerson(employer.id, personId);
		if (removed) audit({ actor, action: 'delete', entity: 'employer-contact-person', entityId: personId, teamId: employer.teamId });
		return done(removed);
	});
}

/** An employer's contact request is answered once; a second answer finds it handled (409). */
export function answerEmployerRequest(actor: Actor, employer: Employer, input: z.infer<typeof answerRequestSchema>): CommandResult<number> {
	return audited(
		() => (answerContactRequest(employer.id, input.requestId, input.answer, actor.id) ? done(input.requestId) : stale('answer')),
		(id) => ({ actor, action: 'update', entity: 'contact-request', entityId: id, teamId: employer.teamId })
	);
}

/** An employer user for this organisation's portal; the e-mail must be free. The account and its log row are written together. */
export async function inviteEmployerUser(actor: Actor, employer: Employer, input: z.infer<typeof inviteEmployerUserSchema>): Promise<CommandResult<number>> {
	if (emailTaken(input.email)) return refused({ email: 'err_email_taken' });
	const id = await createUser({ ...input, employerId: employer.id, mustChangePassword: true }, (userId) => ({
		actor,
		action: 'create',
		entity: 'user',
		entityId: userId,
		teamId: employer.teamId,
		details: `employer user for employer ${employer.id}`
	}));
	return done(id);
}

/**
 * A contact with an employer: not in the future, next step not before it, named clients of the
 * employer's team, a placement at this employer, and shared with the employer only while every
 * named client consents to this employer in writing (docs/domain/consent.md).
 */
export function logEmployerContact(actor: Actor, employer: Employer, input: EmployerContactInput, today: string): CommandResult<number> {
	if (input.forClients && input.clientIds.length === 0) return refused({ clientIds: 'employers_err_named_clients' });
	if (input.date > today) return refused({ date: 'err_date_future' });
	if (input.nextStepDue && input.nextStepDue < input.date) return refused({ nextStepDue: 'err_date_order' });
	if (input.forClients && clientsInTeam(input.clientIds, employer.teamId).length !== new Set(input.clientIds).size) return refused({ clientIds: 'err_choice' });
	if (input.placementId !== null && placementEmployer(input.placementId)?.employerId !== employer.id) return refused({ placementId: 'err_choice' });
	if (input.sharedWithEmployer) {
		const withoutConsent = clientsBlockingContactShare(input, employer.id, today);
		if (withoutConsent.length > 0) return { ok: false, errors: { sharedWithEmployer: 'employers_err_shared_no_consent' }, params: { names: withoutConsent.join(', ') } };
	}
	return audited(
		() => done(createEmployerContact({ ...input, teamId: employer.teamId, coachId: actor.id })),
		(id) => ({ actor, action: 'create', entity: 'employer-contact', entityId: id, teamId: employer.teamId })
	);
}
