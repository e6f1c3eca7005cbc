import type { z } from 'zod';
import { can, type Actor } from '../policy';
import type { AuditEntry } from '../audit';
import { audited, done, refused, stale, type CommandResult } from '../commands';
import type { PlacementInput } from '../employers/forms';
import { employerOptions } from '../employers/register';
import type {
	addConsentSchema,
	didNotStartSchema,
	endPlacementSchema,
	placementUpdateSchema,
	restartJobSearchSchema,
	startPlacementSchema,
	stepDownSchema,
	withdrawConsentSchema
} from '../employers/forms';
import {
	addEmployerConsent,
	createPlacement,
	currentEnrolmentOf,
	endPlacement,
	getPlacement,
	markDidNotStart,
	placementAccess,
	recordStepDown,
	restartJobSearch,
	startPlacement,
	updatePlacement,
	withdrawConsent
} from './placements';

/**
 * The placement page's writes: each checks its own rules (dates, the enrolment still open, the
 * version read), writes, and logs the change in the same transaction. See docs/domain/employers.md.
 */
export type PlacementAccess = NonNullable<ReturnType<typeof placementAccess>>;
type Context = { actor: Actor; access: PlacementAccess; today: string };
type Input<S extends z.ZodTypeAny> = z.infer<S>;

function placementEntry({ actor, access }: Context, details: string | null = null): AuditEntry {
	return { actor, action: 'update', entity: 'placement', entityId: access.id, clientId: access.clientId, teamId: access.teamId, details };
}

export function updatePlacementDetails(context: Context, input: Input<typeof placementUpdateSchema>): CommandResult<void> {
	const { version, ...fields } = input;
	return audited(() => (updatePlacement(context.access.id, version, fields) ? done(undefined) : stale()), () => placementEntry(context));
}

/** Starting the job moves the enrolment to phase 5; not on a closed enrolment, not in the future. */
export function startJob(context: Context, input: Input<typeof startPlacementSchema>): CommandResult<void> {
	if (context.access.closedDate !== null) return refused({ startDate: 'employers_err_enrolment_closed' });
	if (input.startDate > context.today) return refused({ startDate: 'err_date_future' });
	return audited(
		() => (startPlacement(context.access.id, input.version, input.startDate, context.actor.id) ? done(undefined) : stale('startDate')),
		() => placementEntry(context, 'started; phase 5')
	);
}

/** The job ends on or after its start, not in the future. */
export function endJob(context: Context, input: Input<typeof endPlacementSchema>): CommandResult<void> {
	const placement = getPlacement(context.access.id);
	if (placement?.startDate && input.endDate < placement.startDate) return refused({ endDate: 'err_date_order' });
	if (input.endDate > context.today) return refused({ endDate: 'err_date_future' });
	return audited(
		() => (endPlacement(context.access.id, input.version, input.endDate, input.endReason) ? done(undefined) : stale('endDate')),
		() => placementEntry(context, `ended: ${input.endReason}`)
	);
}

export function jobDidNotStart(context: Context, input: Input<typeof didNotStartSchema>): CommandResult<void> {
	return audited(() => (markDidNotStart(context.access.id, input.version) ? done(undefined) : stale()), () => placementEntry(context, 'did not start'));
}

/** Stepping down the in-work support: on or after the start. */
export function stepDownSupport(context: Context, input: Input<typeof stepDownSchema>): CommandResult<void> {
	const placement = getPlacement(context.access.id);
	if (placement?.startDate && input.stepDownDate < placement.startDate) return refused({ stepDownDate: 'err_date_order' });
	return audited(
		() => (recordStepDown(context.access.id, input.version, input.stepDownDate) ? done(undefined) : stale('stepDownDate')),
		() => placementEntry(context, 'step-down')
	);
}

/** After a job ends: back to job search (phase 3), while the enrolment is open. */
export function returnToJobSearch(context: Context, input: Input<typeof restartJobSearchSchema>): CommandResult<void> {
	const { actor, access, today } = context;
	if (access.closedDate !== null) return refused({ reason: 'employers_err_enrolment_closed' });
	return audited(
		() => {
			restartJobSearch(access.enrolmentId, today, input.reason, actor.id);
			return done(undefined);
		},
		() => ({ actor, action: 'update', entity: 'enrolment', entityId: access.enrolmentId, clientId: access.clientId, teamId: access.teamId, details: 'phase 3 after job ended' })
	);
}

/** A written consent naming this employer: valid from ≤ valid to. */
export function addConsentForEmployer(context: Context, input: Input<typeof addConsentSchema>): CommandResult<number> {
	const { actor, access } = context;
	if (input.validTo && input.validTo < input.validFrom) return refused({ validTo: 'err_date_order' });
	const { consentForm, ...rest } = input;
	return audited(
		() => done(addEmployerConsent(access.clientId, access.employerId, { form: consentForm, ...rest }, actor.id)),
		(id) => ({ actor, action: 'create', entity: 'consent', entityId: id, clientId: access.clientId, teamId: access.teamId })
	);
}

export function withdrawConsentForEmployer(context: Context, input: Input<typeof withdrawConsentSchema>): CommandResult<void> {
	const { actor, access, today } = context;
	return audited(
		() => (withdrawConsent(input.consentId, access.clientId, access.employerId, today) ? done(undefined) : stale()),
		() => ({ actor, action: 'update', entity: 'consent', entityId: input.consentId, clientId: access.clientId, teamId: access.teamId, details: 'withdrawn' })
	);
}

type Enrolment = NonNullable<ReturnType<typeof currentEnrolmentOf>>;

/** A new job for the client's current enrolment: not on a closed one, and at one of the team's employers. */
export function addPlacement(actor: Actor, enrolment: Enrolment, input: PlacementInput): CommandResult<number> {
	if (enrolment.closedDate !== null) return refused({ _form: 'employers_err_enrolment_closed' });
	const employer = employerOptions([enrolment.teamId]).find((e) => e.id === input.employerId);
	if (!employer || !can(actor, 'read', { kind: 'employer', teamId: employer.teamId })) return refused({ employerId: 'err_choice' });
	return audited(
		() => done(createPlacement(enrolment, input, actor.id)),
		(id) => ({ actor, action: 'create', entity: 'placement', entityId: id, clientId: enrolment.clientId, teamId: enrolment.teamId })
	);
}
