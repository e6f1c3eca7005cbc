import { desc, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { phaseChanges } from '../../db/schema';
import { userNames } from './user-names';
import { missingContent, type Phase } from '$lib/domain/client-phases';

const id = (name: string) => sql.placeholder(name);

const phaseQueries = prepared((db) => ({
	history: db
		.select()
		.from(phaseChanges)
		.where(inJsonPlaceholder(phaseChanges.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(phaseChanges.enteredOn), desc(phaseChanges.id))
		.prepare(),
	// What the phase checklist needs, in one round trip.
	facts: db
		.select({
			hasProfile: sql<number>`EXISTS (SELECT 1 FROM vocational_profiles WHERE enrolment_id = ${id('enrolmentId')})`,
			hasBenefitsCounselling: sql<number>`EXISTS (SELECT 1 FROM benefits_counselling WHERE enrolment_id = ${id('enrolmentId')})`,
			hasDisclosureDiscussion: sql<number>`EXISTS (SELECT 1 FROM disclosure_discussions WHERE enrolment_id = ${id('enrolmentId')})`,
			hasJobSearchPlan: sql<number>`EXISTS (SELECT 1 FROM job_search_plans WHERE enrolment_id = ${id('enrolmentId')})`,
			hasEmployerContact: sql<number>`EXISTS (SELECT 1 FROM employer_contact_clients WHERE client_id = ${id('clientId')})`,
			hasPlacement: sql<number>`EXISTS (SELECT 1 FROM placements WHERE enrolment_id = ${id('enrolmentId')})`,
			hasStartedPlacement: sql<number>`EXISTS (SELECT 1 FROM placements WHERE enrolment_id = ${id('enrolmentId')} AND status IN ('started', 'ended'))`
		})
		.from(sql`(SELECT 1)`)
		.prepare()
}));

/** The phase section: the phase changes of the enrolments, newest first. */
export function listPhaseHistory(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	const rows = phaseQueries().history.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
	const names = userNames(rows.map((r) => r.changedBy));
	return rows.map((r) => ({ id: r.id, enrolmentId: r.enrolmentId, phase: r.phase, enteredOn: r.enteredOn, reason: r.reason, changedBy: r.changedBy ? (names.get(r.changedBy) ?? null) : null }));
}

/** What the phases up to the current one still lack (shown, never blocking). */
export function phaseGaps(enrolment: { id: number; currentPhase: number; entryDate: string | null }, clientId: number, consentInForce: boolean) {
	const facts = phaseQueries().facts.get({ enrolmentId: enrolment.id, clientId });
	return missingContent(enrolment.currentPhase as Phase, {
		entryDate: enrolment.entryDate,
		consentInForce,
		hasProfile: Boolean(facts?.hasProfile),
		hasBenefitsCounselling: Boolean(facts?.hasBenefitsCounselling),
		hasDisclosureDiscussion: Boolean(facts?.hasDisclosureDiscussion),
		hasJobSearchPlan: Boolean(facts?.hasJobSearchPlan),
		hasEmployerContact: Boolean(facts?.hasEmployerContact),
		hasPlacement: Boolean(facts?.hasPlacement),
		hasStartedPlacement: Boolean(facts?.hasStartedPlacement)
	});
}
