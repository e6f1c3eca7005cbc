import { desc, eq, inArray, sql } from 'drizzle-orm';
import { searchServices, servicesById } from '../../services/catalogue';
import { getDb } from '../../db';
import { prepared } from '../../db/prepared';
import { referrals, services, supportNeeds } from '../../db/schema';
import { medianWaitDays, referralStatus, referralSuggestions, referralWaitDays, type SupportNeedAnswers } from '$lib/domain/referrals';

/** Reads of the support-need checklist and the referrals (docs/domain/work-ability.md#referrals-and-statements). */

export type SupportNeeds = typeof supportNeeds.$inferSelect;

// Read on every view of the client record: prepared once.
const queries = prepared((db) => ({
	supportNeeds: db.select().from(supportNeeds).where(eq(supportNeeds.enrolmentId, sql.placeholder('enrolmentId'))).prepare(),
	referrals: db
		.select({
			id: referrals.id,
			kind: referrals.kind,
			serviceId: referrals.serviceId,
			serviceName: services.name,
			statementType: referrals.statementType,
			requestedOn: referrals.requestedOn,
			doneOn: referrals.doneOn,
			cancelledOn: referrals.cancelledOn,
			note: referrals.note,
			version: referrals.version
		})
		.from(referrals)
		.leftJoin(services, eq(services.id, referrals.serviceId))
		.where(eq(referrals.enrolmentId, sql.placeholder('enrolmentId')))
		.orderBy(desc(referrals.requestedOn), desc(referrals.id))
		.prepare()
}));

export function getSupportNeeds(enrolmentId: number): SupportNeeds | null {
	return queries().supportNeeds.get({ enrolmentId }) ?? null;
}

/** The enrolment's referrals, newest request first, with the service's name, status and waiting time. */
export function listReferrals(enrolmentId: number) {
	return queries()
		.referrals.all({ enrolmentId })
		.map((r) => ({ ...r, status: referralStatus(r), waitDays: referralWaitDays(r) }));
}

export type ReferralRow = ReturnType<typeof listReferrals>[number];

/** The team's active services from its service map (and any the enrolment's referrals already name), for the referral form's choice list. */
export function referralServiceChoices(teamId: number, namedIds: number[]) {
	const active = searchServices({ teamIds: [teamId] });
	const named = servicesById(teamId, namedIds).filter((s) => !s.active);
	return [...active, ...named].map((s) => ({ id: s.id, name: s.name, provider: s.provider }));
}

function answersOf(row: SupportNeeds | null): SupportNeedAnswers | null {
	return row
		? { healthCheckDone: row.healthCheckDone, healthCheckOn: row.healthCheckOn, onSickLeave: row.onSickLeave, rehabilitationInUse: row.rehabilitationInUse, typClient: row.typClient, coordinatorNeeded: row.coordinatorNeeded }
		: null;
}

/** What the record's checklist and referral sections show for the current enrolment. */
export function referralSection(enrolmentId: number, teamId: number, today: string) {
	const needs = getSupportNeeds(enrolmentId);
	const list = listReferrals(enrolmentId);
	const namedIds = list.map((r) => r.serviceId).filter((id): id is number => id !== null);
	return {
		supportNeeds: needs,
		referrals: list,
		medianWaitDays: medianWaitDays(list),
		suggestions: referralSuggestions(answersOf(needs), list, today),
		services: referralServiceChoices(teamId, namedIds)
	};
}

export type ReferralSection = ReturnType<typeof referralSection>;

type ReferralEvent = { date: string; kind: 'referral-requested' | 'referral-done' | 'referral-cancelled'; text: string; detail: string | null };

/** Timeline rows: the request, and the day it was done or cancelled. `text` is `kind|status`. */
export function referralTimelineEvents(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	const rows = getDb()
		.select({ kind: referrals.kind, requestedOn: referrals.requestedOn, doneOn: referrals.doneOn, cancelledOn: referrals.cancelledOn, note: referrals.note, serviceName: services.name, statementType: referrals.statementType })
		.from(referrals)
		.leftJoin(services, eq(services.id, referrals.serviceId))
		.where(inArray(referrals.enrolmentId, enrolmentIds))
		.all();
	return rows.flatMap((r) => {
		const detail = [r.serviceName, r.note].filter(Boolean).join(' — ') || null;
		const kind = r.kind === 'medical-statement' && r.statementType ? `${r.kind}:${r.statementType}` : r.kind;
		const events: ReferralEvent[] = [{ date: r.requestedOn, kind: 'referral-requested', text: kind, detail }];
		if (r.doneOn) events.push({ date: r.doneOn, kind: 'referral-done', text: kind, detail: null });
		if (r.cancelledOn) events.push({ date: r.cancelledOn, kind: 'referral-cancelled', text: kind, detail: null });
		return events;
	});
}
