import { listNetworkMeetings } from './network-meetings';
import { listClientConsultations } from './consultations';
import { listActivities, listExternalPlans } from './coaching-activities';

/** The client record's sections for the current enrolment: network meetings, consultations, activities, external plans. */
export function meetingRecord(enrolmentIds: number[], today: string) {
	return {
		networkMeetings: listNetworkMeetings(enrolmentIds),
		consultations: listClientConsultations(enrolmentIds),
		activities: listActivities(enrolmentIds, today),
		externalPlans: listExternalPlans(enrolmentIds)
	};
}
