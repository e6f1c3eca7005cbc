/** Service volume: what the clients got in the period (docs/domain/team-report.md#service-volume). */
import { daysBetween } from '../dates';
import { servedEnrolments, type OutcomeEnrolment } from '../outcomes';
import { inPeriod, type Period } from '../period';
import { CONTACT_MODES, CONTACT_PLACES, REFERRAL_KINDS } from '../vocabularies';
import { countByCode, countFigure, mean, median, roundOne, teamFigure } from './figure';
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

/** Contacts per client: every client of a served enrolment, with the contacts of the period on any of their enrolments in scope. */
function contactsPerClient(input: TeamReportInput, period: Period): { perClient: number[]; enrolmentIds: number[] } {
	// The outcome report's "served" rule (open on a day of the period, entry known); only its date fields are read.
	const served = servedEnrolments(input.enrolments as unknown as OutcomeEnrolment[], period).served;
	// One counter per served client, reached from each of the client's enrolments in scope: one look-up per contact.
	const counts = new Map<number, { n: number }>(served.map((e) => [e.clientId, { n: 0 }]));
	const counterOf = new Map<number, { n: number }>();
	for (const e of input.enrolments) {
		const counter = counts.get(e.clientId);
		if (counter) counterOf.set(e.id, counter);
	}
	for (const c of input.contacts) {
		const counter = counterOf.get(c.enrolmentId);
		if (counter) counter.n++;
	}
	return { perClient: [...counts.values()].map((c) => c.n), enrolmentIds: served.map((e) => e.id) };
}

export function serviceFigures(input: TeamReportInput, period: Period): ServiceFigures {
	const contacts = input.contacts.filter((c) => inPeriod(c.date, period));
	const missed = input.missed.filter((r) => inPeriod(r.date, period));
	const consultations = input.consultations.filter((c) => inPeriod(c.date, period));
	const requested = input.referrals.filter((r) => inPeriod(r.requestedOn, period));
	const done = waits(input.referrals, period);
	const { perClient, enrolmentIds } = contactsPerClient({ ...input, contacts }, period);
	const perClientMean = mean(perClient);
	const perClientMedian = median(perClient);
	return {
		contacts: countFigure('contact', contacts),
		contactsByMode: countByCode('contact', contacts, (c) => c.mode, CONTACT_MODES),
		contactsByPlace: countByCode('contact', contacts, (c) => c.place, CONTACT_PLACES),
		contactsPerClientMean: teamFigure('enrolment', perClientMean === null ? null : roundOne(perClientMean), enrolmentIds),
		contactsPerClientMedian: teamFigure('enrolment', perClientMedian === null ? null : roundOne(perClientMedian), enrolmentIds),
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
