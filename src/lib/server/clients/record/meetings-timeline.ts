import type { TimelineEvent } from '../timeline';
import { listNetworkMeetings } from './network-meetings';
import { listClientConsultations } from './consultations';
import { listActivities, listExternalPlans } from './coaching-activities';

/** The timeline's rows for network meetings, consultations, activities (start and end) and external plans. */
export function meetingTimelineEvents(enrolmentIds: number[], today: string): TimelineEvent[] {
	const events: TimelineEvent[] = [];
	for (const m of listNetworkMeetings(enrolmentIds)) {
		const who = m.participants.map((p) => p.name).join(', ');
		events.push({ date: m.date, kind: 'network-meeting', text: m.topic, detail: [who, m.nextSteps].filter(Boolean).join(' — ') || null });
	}
	for (const c of listClientConsultations(enrolmentIds)) events.push({ date: c.date, kind: 'consultation', text: c.counterpart ?? '', detail: [c.question, c.answer].filter(Boolean).join(' — ') });
	for (const a of listActivities(enrolmentIds, today)) {
		const detail = [a.organiser, a.note].filter(Boolean).join(' — ') || null;
		events.push({ date: a.startsOn, kind: 'activity-start', text: a.kind, detail });
		// A planned end is not yet an event.
		if (a.endsOn && a.endsOn <= today) events.push({ date: a.endsOn, kind: 'activity-end', text: a.kind, detail: null });
	}
	for (const p of listExternalPlans(enrolmentIds)) events.push({ date: p.date, kind: 'external-plan', text: p.kind, detail: [p.owner, p.note].filter(Boolean).join(' — ') });
	return events;
}
