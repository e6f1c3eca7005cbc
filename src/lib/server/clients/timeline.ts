import { desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../db';
import { enrolments, phaseChanges, clientContacts, outreachAttempts, missedMeetings, consents, clientFeedback, vocationalProfiles, benefitsCounselling, disclosureDiscussions, jobSearchPlans, jobSearchActivities, kykyviisariResults, supportPlans, enrolmentAssignments } from '../db/schema';
import { listClientEmployerContacts, listClientPlacements } from './record/work';
import { userNames } from './record/user-names';
import { referralTimelineEvents } from './record/referrals';
import { meetingTimelineEvents } from './record/meetings-timeline';
import { isoDateInFinland } from '$lib/domain/dates';

export type TimelineKind =
	| 'referral'
	| 'entry'
	| 'phase'
	| 'assignment'
	| 'contact'
	| 'outreach'
	| 'missed-meeting'
	| 'referral-requested'
	| 'referral-done'
	| 'referral-cancelled'
	| 'consent'
	| 'consent-withdrawn'
	| 'profile'
	| 'benefits'
	| 'disclosure'
	| 'job-search-plan'
	| 'job-search-activity'
	| 'kykyviisari'
	| 'support-plan'
	| 'feedback'
	| 'employer-contact'
	| 'placement-start'
	| 'placement-end'
	| 'network-meeting'
	| 'consultation'
	| 'activity-start'
	| 'activity-end'
	| 'external-plan'
	| 'closing';

export type TimelineEvent = { date: string; kind: TimelineKind; text: string; detail: string | null; covering?: boolean };

/**
 * Everything that happened with a client, newest first. Reads every table of the client's record;
 * a client has at most a few thousand rows in all, so the whole timeline is one printable page.
 */
export function clientTimeline(clientId: number): TimelineEvent[] {
	const db = getDb();
	const events: TimelineEvent[] = [];
	const ens = db.select().from(enrolments).where(eq(enrolments.clientId, clientId)).all();
	const ids = ens.map((e) => e.id);
	for (const e of ens) {
		events.push({ date: e.referralDate, kind: 'referral', text: e.referralSource, detail: e.referrer });
		if (e.entryDate) events.push({ date: e.entryDate, kind: 'entry', text: '', detail: e.agreedGoals });
		if (e.closedDate) events.push({ date: e.closedDate, kind: 'closing', text: e.closingReason ?? '', detail: e.closingNote });
	}
	if (ids.length > 0) {
		const phases = db.select().from(phaseChanges).where(inArray(phaseChanges.enrolmentId, ids)).all();
		const assignments = db.select().from(enrolmentAssignments).where(inArray(enrolmentAssignments.enrolmentId, ids)).all();
		const names = userNames(assignments.map((a) => a.userId));
		for (const p of phases) events.push({ date: p.enteredOn, kind: 'phase', text: String(p.phase), detail: p.reason });
		for (const a of assignments) events.push({ date: a.startedOn, kind: 'assignment', text: a.kind, detail: a.userId ? (names.get(a.userId) ?? null) : a.personName });
		for (const c of db.select().from(clientContacts).where(inArray(clientContacts.enrolmentId, ids)).orderBy(desc(clientContacts.date)).all()) {
			events.push({ date: c.date, kind: 'contact', text: `${c.mode}|${c.place}|${c.durationMinutes}`, detail: [c.note, c.nextStep].filter(Boolean).join(' — ') || null, covering: c.covering });
		}
		for (const o of db.select().from(outreachAttempts).where(inArray(outreachAttempts.enrolmentId, ids)).all()) events.push({ date: o.date, kind: 'outreach', text: o.channel, detail: o.result });
		for (const x of db.select().from(missedMeetings).where(inArray(missedMeetings.enrolmentId, ids)).all()) events.push({ date: x.date, kind: 'missed-meeting', text: x.kind, detail: x.note });
		events.push(...referralTimelineEvents(ids));
		for (const p of db.select().from(vocationalProfiles).where(inArray(vocationalProfiles.enrolmentId, ids)).all()) {
			events.push({ date: p.createdAt.toISOString().slice(0, 10), kind: 'profile', text: String(p.version), detail: p.changeNote });
		}
		for (const b of db.select().from(benefitsCounselling).where(inArray(benefitsCounselling.enrolmentId, ids)).all()) events.push({ date: b.date, kind: 'benefits', text: b.status, detail: b.topics });
		for (const d of db.select().from(disclosureDiscussions).where(inArray(disclosureDiscussions.enrolmentId, ids)).all()) events.push({ date: d.date, kind: 'disclosure', text: d.decision, detail: d.notes });
		for (const j of db.select().from(jobSearchPlans).where(inArray(jobSearchPlans.enrolmentId, ids)).all()) {
			events.push({ date: j.createdAt.toISOString().slice(0, 10), kind: 'job-search-plan', text: String(j.version), detail: j.targetJobs });
		}
		for (const a of db.select().from(jobSearchActivities).where(inArray(jobSearchActivities.enrolmentId, ids)).all()) {
			events.push({ date: a.date, kind: 'job-search-activity', text: a.kind, detail: [a.jobTitle, a.employerName, a.result].filter(Boolean).join(', ') || null });
		}
		for (const k of db.select().from(kykyviisariResults).where(inArray(kykyviisariResults.enrolmentId, ids)).all()) events.push({ date: k.date, kind: 'kykyviisari', text: String(k.overall), detail: null });
		for (const s of db.select().from(supportPlans).where(inArray(supportPlans.enrolmentId, ids)).all()) events.push({ date: s.planDate, kind: 'support-plan', text: String(s.version), detail: s.changeNote });
		events.push(...meetingTimelineEvents(ids, isoDateInFinland()));
		for (const f of db.select().from(clientFeedback).where(inArray(clientFeedback.enrolmentId, ids)).all()) events.push({ date: f.date, kind: 'feedback', text: `${f.satisfaction}|${f.recommend ?? ''}`, detail: f.comment });
	}
	for (const c of db.select().from(consents).where(eq(consents.clientId, clientId)).all()) {
		events.push({ date: c.validFrom, kind: 'consent', text: c.form, detail: c.purpose });
		if (c.withdrawnAt) events.push({ date: c.withdrawnAt, kind: 'consent-withdrawn', text: c.form, detail: c.purpose });
	}
	for (const e of listClientEmployerContacts(clientId)) events.push({ date: e.date, kind: 'employer-contact', text: e.employerName, detail: [e.purpose, e.outcome].filter(Boolean).join(' — ') });
	for (const p of listClientPlacements(clientId)) {
		if (p.startDate) events.push({ date: p.startDate, kind: 'placement-start', text: `${p.jobTitle}, ${p.employerName}`, detail: p.status });
		if (p.endDate) events.push({ date: p.endDate, kind: 'placement-end', text: `${p.jobTitle}, ${p.employerName}`, detail: null });
	}
	return events.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
