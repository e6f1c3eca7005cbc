/** Service volume: what the clients got in the period (docs/domain/team-report.md#service-volume). */
import { daysBetween } from '../dates';
import { servedEnrolments, type OutcomeEnrolment } from '../outcomes';
import { inPeriod, type Period } from '../period';
import { CONTACT_MODES, CONTACT_PLACES, REFERRAL_KINDS } from '../vocabularies';
import { addToGroup, codeGroups, countByCode, countFigure, groupFigures, mean, median, roundOne, teamFigure } from './figure';
import type { ServiceFigures, TeamFigure, TeamReportInput, TeamReportReferral } from './types';

const CANCELLED = ['cancelled-by-client', 'cancelled-by-coach'];

/** Days from request to done of referrals done in the period (a done date before the request is left out). */
function waits(referrals: readonly TeamReportReferral[], period: Period): { id: number; kind: string; days: number }[] {
	return referrals
		.filter((r) => r.doneOn !== null && inPeriod(r.doneOn, period) && r.doneOn >= r.requestedOn)
		.map((r) => ({ id: r.id, kind: r.kind, days: daysBetween(r.requestedOn, r.doneOn!) }));
}

function medianFigure(rows: readonly { id: number; days: number }[]): TeamFigure {
	const value = median(rows.map((r) => r.days));
	return teamFigure('referral', value === null ? null : roundOne(value), rows.map((r) => r.id));
}

/**
 * The period's contacts in one pass (a county's year is ~600 000 rows): their ids, by mode and by
 * place, and contacts per client: every client of a served enrolment, with the contacts of the period
 * on any of their enrolments in scope.
 */
function contactFigures(input: TeamReportInput, period: Period) {
	// The outcome report's "served" rule (open on a day of the period, entry known); only its date fields are read.
	const served = servedEnrolments(input.enrolments as unknown as OutcomeEnrolment[], period).served;
	// One counter per served client, reached from each of the client's enrolments in scope.
	const counts = new Map<number, { n: number }>(served.map((e) => [e.clientId, { n: 0 }]));
	const counterOf = new Map<number, { n: number }>();
	for (const e of input.enrolments) {
		const counter = counts.get(e.clientId);
		if (counter) counterOf.set(e.id, counter);
	}
	const ids: number[] = [];
	const byMode = codeGroups(CONTACT_MODES);
	const byPlace = codeGroups(CONTACT_PLACES);
	for (const c of input.contacts) {
		if (!inPeriod(c.date, period)) continue;
		ids.push(c.id);
		addToGroup(byMode, c.mode, c.id);
		addToGroup(byPlace, c.place, c.id);
		const counter = counterOf.get(c.enrolmentId);
		if (counter) counter.n++;
	}
	const perClient = [...counts.values()].map((c) => c.n);
	return {
		contacts: teamFigure('contact', ids.length, ids),
		contactsByMode: groupFigures('contact', byMode),
		contactsByPlace: groupFigures('contact', byPlace),
		perClientMean: mean(perClient),
		perClientMedian: median(perClient),
		servedIds: served.map((e) => e.id)
	};
}

export function serviceFigures(input: TeamReportInput, period: Period): ServiceFigures {
	const contacts = contactFigures(input, period);
	const missed = input.missed.filter((r) => inPeriod(r.date, period));
	const consultations = input.consultations.filter((c) => inPeriod(c.date, period));
	const requested = input.referrals.filter((r) => inPeriod(r.requestedOn, period));
	const done = waits(input.referrals, period);
	const { perClientMean, perClientMedian, servedIds } = contacts;
	return {
		contacts: contacts.contacts,
		contactsByMode: contacts.contactsByMode,
		contactsByPlace: contacts.contactsByPlace,
		contactsPerClientMean: teamFigure('enrolment', perClientMean === null ? null : roundOne(perClientMean), servedIds),
		contactsPerClientMedian: teamFigure('enrolment', perClientMedian === null ? null : roundOne(perClientMedian), servedIds),
		cancelledBookings: countFigure('missed', missed.filter((r) => CANCELLED.includes(r.kind))),
		noShows: countFigure('missed', missed.filter((r) => r.kind === 'no-show')),
		networkMeetings: countFigure('network-meeting', input.networkMeetings.filter((r) => inPeriod(r.date, period))),
		consultations: countFigure('consultation', consultations),
		anonymousConsultations: countFigure('consultation', consultations.filter((c) => c.enrolmentId === null)),
		referrals: countByCode('referral', requested, (r) => r.kind, REFERRAL_KINDS),
		referralWaitMedianDays: medianFigure(done),
		referralWaitMedianByKind: Object.fromEntries(REFERRAL_KINDS.map((kind) => [kind, medianFigure(done.filter((w) => w.kind === kind))])),
		shareSupportPlanWithin90: teamFigure('enrolment', input.supportPlanWithin90.value, input.supportPlanWithin90.ids)
	};
}
