import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../../db';
import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { enrolments, networkMeetingParticipants, networkMeetings, networkPeople, teamMembers, users } from '../../db/schema';
import { done, hasErrors, refused, type CommandResult } from '../../commands';
import { validateNetworkMeeting } from '$lib/domain/meetings';
import type { NetworkMeetingInput } from './meeting-forms';

/** Network meetings (verkostopalaverit) of an enrolment (docs/domain/work-ability.md#network-meetings). */

export type MeetingParticipant = { kind: 'network' | 'staff' | 'other'; name: string; role: string | null };

export type NetworkMeeting = {
	id: number;
	date: string;
	clientPresent: boolean;
	topic: string;
	nextSteps: string | null;
	participants: MeetingParticipant[];
};

/** The enrolment's meetings, newest first, each with who took part (network people, staff, typed names). */
// Read on every view of the client record: prepared once.
const meetingQueries = prepared((db) => ({
	meetings: db.select().from(networkMeetings).where(inJsonPlaceholder(networkMeetings.enrolmentId, 'enrolmentIds')).orderBy(desc(networkMeetings.date), desc(networkMeetings.id)).prepare(),
	participants: db
		.select({ meetingId: networkMeetingParticipants.meetingId, personName: networkPeople.name, personRole: networkPeople.role, userName: users.name, name: networkMeetingParticipants.name })
		.from(networkMeetingParticipants)
		.leftJoin(networkPeople, eq(networkPeople.id, networkMeetingParticipants.networkPersonId))
		.leftJoin(users, eq(users.id, networkMeetingParticipants.userId))
		.where(inJsonPlaceholder(networkMeetingParticipants.meetingId, 'meetingIds'))
		.orderBy(networkMeetingParticipants.id)
		.prepare()
}));

export function listNetworkMeetings(enrolmentIds: number[]): (NetworkMeeting & { enrolmentId: number })[] {
	if (enrolmentIds.length === 0) return [];
	const meetings = meetingQueries().meetings.all({ enrolmentIds: JSON.stringify(enrolmentIds) });
	if (meetings.length === 0) return [];
	const rows = meetingQueries().participants.all({ meetingIds: JSON.stringify(meetings.map((m) => m.id)) });
	const byMeeting = new Map<number, MeetingParticipant[]>();
	for (const r of rows) {
		// A network person removed later leaves the name typed when they were picked (kept in `name`).
		const p: MeetingParticipant = r.personName !== null ? { kind: 'network', name: r.personName, role: r.personRole } : r.userName !== null ? { kind: 'staff', name: r.userName, role: null } : { kind: 'other', name: r.name ?? '', role: null };
		byMeeting.set(r.meetingId, [...(byMeeting.get(r.meetingId) ?? []), p]);
	}
	return meetings.map((m) => ({ id: m.id, enrolmentId: m.enrolmentId, date: m.date, clientPresent: m.clientPresent, topic: m.topic, nextSteps: m.nextSteps, participants: byMeeting.get(m.id) ?? [] }));
}

/** The enrolment, if open: meetings, consultations and activities are recorded on an open one. */
export function openEnrolment(enrolmentId: number) {
	const row = getDb().select({ id: enrolments.id, referralDate: enrolments.referralDate, closedDate: enrolments.closedDate }).from(enrolments).where(eq(enrolments.id, enrolmentId)).get();
	return row && row.closedDate === null ? row : null;
}

/** Network people picked must be the client's, staff picked the team's: ids come from the form. */
function pickedPeople(clientId: number, teamId: number, personIds: number[], userIds: number[]): { id: number; name: string }[] | null {
	const db = getDb();
	const people = personIds.length === 0 ? [] : db.select({ id: networkPeople.id, name: networkPeople.name }).from(networkPeople).where(and(eq(networkPeople.clientId, clientId), inArray(networkPeople.id, personIds))).all();
	const staff = userIds.length === 0 ? [] : db.select({ id: teamMembers.userId }).from(teamMembers).where(and(eq(teamMembers.teamId, teamId), inArray(teamMembers.userId, userIds))).all();
	return people.length === personIds.length && new Set(staff.map((s) => s.id)).size === userIds.length ? people : null;
}

/** A meeting and its participants in one go (the caller's transaction); its id. At least one participant. */
export function addNetworkMeeting(target: { enrolmentId: number; clientId: number; teamId: number }, input: NetworkMeetingInput, actorId: number, today: string): CommandResult<number> {
	const enrolment = openEnrolment(target.enrolmentId);
	if (!enrolment) return refused({ date: 'clients_err_closed' });
	const personIds = [...new Set(input.networkPersonIds)];
	const userIds = [...new Set(input.userIds)];
	const participants = personIds.length + userIds.length + input.otherNames.length;
	const errors = validateNetworkMeeting({ date: input.date, participants, referralDate: enrolment.referralDate, today });
	if (hasErrors(errors)) return refused(errors);
	const people = pickedPeople(target.clientId, target.teamId, personIds, userIds);
	if (!people) return refused({ participants: 'err_choice' });
	const db = getDb();
	const { id } = db
		.insert(networkMeetings)
		.values({ enrolmentId: target.enrolmentId, date: input.date, clientPresent: input.clientPresent, topic: input.topic, nextSteps: input.nextSteps, createdBy: actorId })
		.returning({ id: networkMeetings.id })
		.get();
	const rows = [
		...people.map((person) => ({ meetingId: id, networkPersonId: person.id, name: person.name })),
		...userIds.map((userId) => ({ meetingId: id, userId })),
		...input.otherNames.map((name) => ({ meetingId: id, name }))
	];
	db.insert(networkMeetingParticipants).values(rows).run();
	return done(id);
}
