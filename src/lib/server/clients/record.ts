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

export type ClientRecord = NonNullable<ReturnType<typeof clientRecord>>;

// Not cached: under a day's mix of reads and saves, a kept record was served again for 2 % of views
// (docs/performance.md#caches), so every view reads the sections afresh, with prepared queries.

/** Everything the client record page shows (one page of contacts); null = no such client. */
export function clientRecord(access: ClientAccess & { writeMode: WriteMode }, contactsPage: number, today: string) {
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
