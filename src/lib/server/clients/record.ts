import { TeamRecordsCache } from '../db/changes';
import { listNetworkNames } from './network';
import type { ClientAccess, WriteMode } from './access';
import { getIdentity } from './record/identity';
import { listEnrolments } from './record/enrolments';
import { listAssignments, teamStaff } from './record/people';
import { listPhaseHistory, phaseGaps } from './record/phase';
import { listContacts } from './record/contacts';
import { listOutreach } from './record/outreach';
import { listMissedMeetings } from './record/missed-meetings';
import { referralSection } from './record/referrals';
import { listConsents } from './record/consents';
import { listFeedback } from './record/feedback';
import { listClientEmployerContacts, listClientPlacements } from './record/work';
import { meetingRecord } from './record/meetings-record';
import { exitFollowUpOf } from './exit-follow-ups';
import { feedbackLinkStatus } from '../feedback/links';

// The client record page, composed from one module per section (record/*.ts); the profile, plan and
// timeline pages read the sections they need directly.

export type ClientRecord = NonNullable<ReturnType<typeof computeClientRecord>>;

// Kept until the next change in the client's home team (every row about the client raises it,
// wherever it was saved). Under a day's mix of reads and saves it serves only ~2 % of views again,
// but without it ten concurrent views of one record miss their p95 target (61 ms against 50;
// docs/performance.md#caches). Shared between requests: do not modify.
const records = new TeamRecordsCache('client-record', 300);

/** Everything the client record page shows (one page of contacts); null = no such client. */
export function clientRecord(access: ClientAccess & { writeMode: WriteMode }, contactsPage: number, today: string): ClientRecord | null {
	return records.get(`${access.clientId}|${access.writeMode}|${contactsPage}|${today}`, [access.teamId], () => computeClientRecord(access, contactsPage, today));
}

function computeClientRecord(access: ClientAccess & { writeMode: WriteMode }, contactsPage: number, today: string) {
	const identity = getIdentity(access.clientId);
	if (!identity) return null;
	const enrolments = listEnrolments(access.clientId);
	const current = enrolments[0] ?? null;
	const enrolmentIds = enrolments.map((e) => e.id);
	const consents = listConsents(access.clientId, today);
	return {
		identity,
		current,
		earlier: enrolments.slice(1),
		assignments: listAssignments(enrolmentIds),
		phaseHistory: listPhaseHistory(enrolmentIds),
		contacts: current ? listContacts(current.id, contactsPage) : null,
		outreach: current ? listOutreach(current.id) : [],
		missedMeetings: current ? listMissedMeetings(current.id) : [],
		referrals: current ? referralSection(current.id, access.teamId, today) : null,
		consents,
		feedback: listFeedback(enrolmentIds),
		feedbackLinks: current && !current.closedDate ? feedbackLinkStatus(current.id) : null,
		exitFollowUp: exitFollowUpOf(current, today),
		placements: listClientPlacements(access.clientId),
		network: listNetworkNames(access.clientId),
		employerContacts: listClientEmployerContacts(access.clientId, 20),
		missing: current && !current.closedDate ? phaseGaps(current, access.clientId, consents.state === 'valid' || consents.state === 'expiring') : [],
		staff: access.writeMode === 'own' ? teamStaff(access.teamId) : [],
		...meetingRecord(current ? [current.id] : [], today)
	};
}
