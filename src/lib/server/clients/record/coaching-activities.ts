import { and, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '../../db';
import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { coachingActivities, externalPlans } from '../../db/schema';
import { done, hasErrors, refused, stale, type CommandResult } from '../../commands';
import { activityState, validateActivity, validateExternalPlan } from '$lib/domain/meetings';
import { openEnrolment } from './network-meetings';
import type { ActivityInput, ExternalPlanInput } from './meeting-forms';

/**
 * Activities during coaching (työkokeilu, kuntouttava työtoiminta, studies …) and plans made
 * elsewhere (docs/domain/work-ability.md#activities-during-coaching). Edits are saved only over the
 * version the form was opened on.
 */

/** The enrolments' activities, latest start first, each with its state on `today`. */
export function listActivities(enrolmentIds: number[], today: string) {
	if (enrolmentIds.length === 0) return [];
	return queries()
		.activities.all({ enrolmentIds: JSON.stringify(enrolmentIds) })
		.map((a) => ({ id: a.id, enrolmentId: a.enrolmentId, kind: a.kind, startsOn: a.startsOn, endsOn: a.endsOn, organiser: a.organiser, note: a.note, version: a.version, state: activityState(a, today) }));
}

/** The enrolments' plans made elsewhere, newest first. */
export function listExternalPlans(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	return queries().externalPlans.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
}

// Read on every view of the client record: prepared once.
const queries = prepared((db) => ({
	activities: db
		.select()
		.from(coachingActivities)
		.where(inJsonPlaceholder(coachingActivities.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(coachingActivities.startsOn), desc(coachingActivities.id))
		.prepare(),
	externalPlans: db
		.select({ id: externalPlans.id, kind: externalPlans.kind, date: externalPlans.date, owner: externalPlans.owner, note: externalPlans.note, version: externalPlans.version })
		.from(externalPlans)
		.where(inJsonPlaceholder(externalPlans.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(externalPlans.date), desc(externalPlans.id))
		.prepare()
}));

function activityErrors(enrolmentId: number, input: ActivityInput & { id?: number }, today: string) {
	const others = getDb().select({ id: coachingActivities.id, kind: coachingActivities.kind, startsOn: coachingActivities.startsOn, endsOn: coachingActivities.endsOn }).from(coachingActivities).where(eq(coachingActivities.enrolmentId, enrolmentId)).all();
	return validateActivity(input, others, today);
}

export function addActivity(enrolmentId: number, input: ActivityInput, actorId: number, today: string): CommandResult<number> {
	if (!openEnrolment(enrolmentId)) return refused({ kind: 'clients_err_closed' });
	const { errors, clash } = activityErrors(enrolmentId, input, today);
	if (hasErrors(errors)) return { ok: false, errors, params: { from: clash?.startsOn ?? '' } };
	const { id } = getDb().insert(coachingActivities).values({ enrolmentId, ...input, createdBy: actorId }).returning({ id: coachingActivities.id }).get();
	return done(id);
}

/** An edit (typically the end date once known), over the version the form was opened on. */
export function editActivity(enrolmentId: number, input: ActivityInput & { id: number; version: number }, today: string): CommandResult<number> {
	if (!openEnrolment(enrolmentId)) return refused({ kind: 'clients_err_closed' });
	const { errors, clash } = activityErrors(enrolmentId, input, today);
	if (hasErrors(errors)) return { ok: false, errors, params: { from: clash?.startsOn ?? '' } };
	const { id, version, ...values } = input;
	const changed = getDb()
		.update(coachingActivities)
		.set({ ...values, updatedAt: new Date(), version: sql`${coachingActivities.version} + 1` })
		.where(and(eq(coachingActivities.id, id), eq(coachingActivities.enrolmentId, enrolmentId), eq(coachingActivities.version, version)))
		.run().changes;
	return changed === 1 ? done(id) : stale();
}

export function addExternalPlan(enrolmentId: number, input: ExternalPlanInput, actorId: number, today: string): CommandResult<number> {
	if (!openEnrolment(enrolmentId)) return refused({ kind: 'clients_err_closed' });
	const errors = validateExternalPlan({ date: input.date, today });
	if (hasErrors(errors)) return refused(errors);
	const { id } = getDb().insert(externalPlans).values({ enrolmentId, ...input, createdBy: actorId }).returning({ id: externalPlans.id }).get();
	return done(id);
}

export function editExternalPlan(enrolmentId: number, input: ExternalPlanInput & { id: number; version: number }, today: string): CommandResult<number> {
	if (!openEnrolment(enrolmentId)) return refused({ kind: 'clients_err_closed' });
	const errors = validateExternalPlan({ date: input.date, today });
	if (hasErrors(errors)) return refused(errors);
	const { id, version, ...values } = input;
	const changed = getDb()
		.update(externalPlans)
		.set({ ...values, updatedAt: new Date(), version: sql`${externalPlans.version} + 1` })
		.where(and(eq(externalPlans.id, id), eq(externalPlans.enrolmentId, enrolmentId), eq(externalPlans.version, version)))
		.run().changes;
	return changed === 1 ? done(id) : stale();
}
