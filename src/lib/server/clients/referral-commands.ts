import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '../db';
import { enrolments, referrals, services, supportNeeds } from '../db/schema';
import { audited, done, hasErrors, refused, stale, type CommandResult } from '../commands';
import type { AuditEntry } from '../audit';
import type { Actor } from '../policy';
import type { ClientWriteContext } from './form-action';
import { validateReferral, validateSupportNeeds, type ReferralInput } from '$lib/domain/referrals';
import type { ReferralEditInput, ReferralFormInput, ReferralOutcomeInput, SupportNeedsInput } from './referral-forms';

/**
 * Writes of the support-need checklist and the referrals; each logs itself in the same transaction.
 * The caller has passed `requireClientWrite` for the client (docs/domain/work-ability.md#referrals-and-statements).
 */

/** Whose record is written: read from the database by the policy check, never from the form. */
export type ReferralTarget = { clientId: number; teamId: number; enrolmentId: number; covering: boolean };

/** The target of a client-record form action (its `needsEnrolment` refuses a client without an enrolment first). */
export function referralTarget(c: ClientWriteContext): ReferralTarget {
	return { clientId: c.clientId, teamId: c.teamId, enrolmentId: c.enrolmentId ?? 0, covering: c.covering };
}

const entry = (actor: Actor, target: ReferralTarget, entity: string, action: AuditEntry['action']) => (id: number): AuditEntry => ({
	actor,
	action,
	entity,
	entityId: id,
	clientId: target.clientId,
	teamId: target.teamId,
	details: target.covering ? 'covering' : null
});

function openEnrolment(enrolmentId: number): boolean {
	const row = getDb().select({ closedDate: enrolments.closedDate }).from(enrolments).where(eq(enrolments.id, enrolmentId)).get();
	return row !== undefined && row.closedDate === null;
}

/** The checklist, created on first save and then edited over the version it was opened on. */
export function saveSupportNeeds(actor: Actor, target: ReferralTarget, input: SupportNeedsInput, today: string): CommandResult<number> {
	return audited(
		() => {
			if (!openEnrolment(target.enrolmentId)) return refused({ _form: 'clients_err_closed' });
			const errors = validateSupportNeeds(input, today);
			if (hasErrors(errors)) return refused(errors);
			const { version, ...fields } = input;
			const db = getDb();
			const existing = db.select({ id: supportNeeds.id }).from(supportNeeds).where(eq(supportNeeds.enrolmentId, target.enrolmentId)).get();
			if (!existing) {
				// Someone else created it after this form was opened on an existing one: do not overwrite theirs.
				if (version !== 0) return stale();
				return done(db.insert(supportNeeds).values({ enrolmentId: target.enrolmentId, ...fields, createdBy: actor.id }).returning({ id: supportNeeds.id }).get().id);
			}
			const changed = db
				.update(supportNeeds)
				.set({ ...fields, updatedAt: new Date(), version: sql`${supportNeeds.version} + 1` })
				.where(and(eq(supportNeeds.id, existing.id), eq(supportNeeds.version, version)))
				.run().changes;
			return changed === 1 ? done(existing.id) : stale();
		},
		entry(actor, target, 'support-needs', input.version === 0 ? 'create' : 'update')
	);
}

/** A named service must be the team's; a new choice must be active (an edit may keep an inactive one it already names). */
function serviceError(teamId: number, serviceId: number | null, keeps: number | null): string | null {
	if (serviceId === null) return null;
	const row = getDb().select({ teamId: services.teamId, active: services.active }).from(services).where(eq(services.id, serviceId)).get();
	if (!row || row.teamId !== teamId) return 'err_choice';
	return row.active || serviceId === keeps ? null : 'referral_err_service_inactive';
}

function checkReferral(target: ReferralTarget, input: ReferralInput, today: string, keepsService: number | null): Record<string, string> {
	const errors = validateReferral(input, today);
	if (!errors.serviceId) {
		const bad = serviceError(target.teamId, input.serviceId, keepsService);
		if (bad) errors.serviceId = bad;
	}
	return errors;
}

export function addReferral(actor: Actor, target: ReferralTarget, input: ReferralFormInput, today: string): CommandResult<number> {
	return audited(
		() => {
			if (!openEnrolment(target.enrolmentId)) return refused({ kind: 'clients_err_closed' });
			const errors = checkReferral(target, input, today, null);
			if (hasErrors(errors)) return refused(errors);
			const row = getDb()
				.insert(referrals)
				.values({ enrolmentId: target.enrolmentId, ...input, createdBy: actor.id })
				.returning({ id: referrals.id })
				.get();
			return done(row.id);
		},
		entry(actor, target, 'referral', 'create')
	);
}

/** The referral of this enrolment with this id; another enrolment's id is not found. */
function referralOf(target: ReferralTarget, referralId: number) {
	return getDb().select().from(referrals).where(and(eq(referrals.id, referralId), eq(referrals.enrolmentId, target.enrolmentId))).get() ?? null;
}

/** Saved only over the version the form was opened on; another save in between answers 409. */
export function editReferral(actor: Actor, target: ReferralTarget, input: ReferralEditInput, today: string): CommandResult<number> {
	return audited(
		() => {
			if (!openEnrolment(target.enrolmentId)) return refused({ kind: 'clients_err_closed' });
			const { referralId, version, ...fields } = input;
			const current = referralOf(target, referralId);
			if (!current) return refused({ _form: 'err_choice' });
			const errors = checkReferral(target, fields, today, current.serviceId);
			if (hasErrors(errors)) return refused(errors);
			return updateReferral(referralId, version, fields);
		},
		entry(actor, target, 'referral', 'update')
	);
}

function updateReferral(referralId: number, version: number, fields: Partial<typeof referrals.$inferInsert>): CommandResult<number> {
	const changed = getDb()
		.update(referrals)
		.set({ ...fields, updatedAt: new Date(), version: sql`${referrals.version} + 1` })
		.where(and(eq(referrals.id, referralId), eq(referrals.version, version)))
		.run().changes;
	return changed === 1 ? done(referralId) : stale();
}

/** Marks an open referral done or cancelled on a day, by the same date rules as the full form. */
export function setReferralOutcome(actor: Actor, target: ReferralTarget, input: ReferralOutcomeInput, today: string): CommandResult<number> {
	return audited(
		() => {
			if (!openEnrolment(target.enrolmentId)) return refused({ date: 'clients_err_closed' });
			const current = referralOf(target, input.referralId);
			if (!current) return refused({ date: 'err_choice' });
			if (current.version !== input.version) return stale('date');
			if (current.doneOn || current.cancelledOn) return refused({ date: 'referral_err_not_open' });
			const next = { ...current, doneOn: input.outcome === 'done' ? input.date : null, cancelledOn: input.outcome === 'cancelled' ? input.date : null };
			const errors = validateReferral(next, today);
			const message = errors.doneOn ?? errors.cancelledOn;
			if (message) return refused({ date: message });
			return updateReferral(current.id, input.version, { doneOn: next.doneOn, cancelledOn: next.cancelledOn });
		},
		entry(actor, target, 'referral', 'update')
	);
}
