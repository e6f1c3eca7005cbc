import { describe, expect, it } from 'vitest';
import { computeTeamReport, mergeTeamReportInputs, type TeamReportContact, type TeamReportInput } from '$lib/domain/team-report';
import { mergeSorted } from '$lib/domain/team-report/merge';
import { computeOutcomes, supportPlanShare, type OutcomeEnrolment } from '$lib/domain/outcomes';

const Y2026 = { from: '2026-01-01', to: '2026-12-31' };
const TODAY = '2026-12-07';

const blank = (fields: Partial<TeamReportInput> = {}): TeamReportInput => ({
	enrolments: [],
	contacts: [],
	missed: [],
	networkMeetings: [],
	consultations: [],
	referrals: [],
	feedback: [],
	anonymousFeedback: [],
	followUps: [],
	kykyviisari: [],
	supportPlanWithin90: { value: null, ids: [] },
	...fields
});
const enrolment = (id: number, teamId: number, clientId = id) => ({ id, clientId, teamId, coachId: 10, entryDate: '2026-03-01', closedDate: null, birthYear: 1990, unemploymentMonths: 5, referralSource: 'kela', situationAtReferral: null });
const contact = (id: number, enrolmentId: number, mode = 'phone'): TeamReportContact => ({ id, enrolmentId, date: '2026-04-01', mode, place: 'office' });

describe('joining teams’ rows', () => {
	it('merges lists in key order, whatever their number and lengths', () => {
		const key = (n: number) => n;
		expect(mergeSorted([[1, 4, 9], [2, 3], [], [5, 10, 11, 12], [0]], key)).toEqual([0, 1, 2, 3, 4, 5, 9, 10, 11, 12]);
		expect(mergeSorted([[3, 7]], key)).toEqual([3, 7]);
		expect(mergeSorted([], key)).toEqual([]);
		const lists = Array.from({ length: 40 }, (_, team) => Array.from({ length: 30 }, (_, i) => i * 40 + team));
		expect(mergeSorted(lists, key)).toEqual(Array.from({ length: 1200 }, (_, i) => i));
	});

	it('gives the report of the rows loaded together, the scope’s support-plan share its own', () => {
		// A client re-opened in the other team counts once in contacts per client.
		const teamOne = blank({ enrolments: [enrolment(1, 1), enrolment(4, 1)], contacts: [contact(2, 1), contact(5, 4, 'face-to-face'), contact(8, 1)], anonymousFeedback: [{ id: 1, enrolmentId: null, teamId: 1, date: '2026-05-01', satisfaction: 9, recommend: 10 }] });
		const teamTwo = blank({ enrolments: [enrolment(3, 2, 1)], contacts: [contact(1, 3), contact(7, 3, 'video')], consultations: [{ id: 1, teamId: 2, enrolmentId: null, date: '2026-02-01' }] });
		const share = { value: 0.5, ids: [1, 3] };
		const merged = mergeTeamReportInputs([teamOne, teamTwo], share);
		expect(merged.contacts.map((c) => c.id)).toEqual([1, 2, 5, 7, 8]);
		expect(merged.enrolments.map((e) => e.id)).toEqual([1, 3, 4]);
		const together = blank({
			enrolments: [enrolment(1, 1), enrolment(3, 2, 1), enrolment(4, 1)],
			contacts: [contact(1, 3), contact(2, 1), contact(5, 4, 'face-to-face'), contact(7, 3, 'video'), contact(8, 1)],
			anonymousFeedback: teamOne.anonymousFeedback,
			consultations: teamTwo.consultations,
			supportPlanWithin90: share
		});
		const report = computeTeamReport(merged, Y2026, TODAY);
		expect(report).toEqual(computeTeamReport(together, Y2026, TODAY));
		expect(report.service.contactsPerClientMean.value).toBe(2.5);
		expect(report.service.contactsByMode.phone.ids).toEqual([1, 2, 8]);
		expect(mergeTeamReportInputs([teamOne], share).supportPlanWithin90).toBe(share);
		expect(mergeTeamReportInputs([], share)).toEqual(blank({ supportPlanWithin90: share }));
	});
});

describe('the support-plan share alone', () => {
	const e = (id: number, over: Partial<OutcomeEnrolment>): OutcomeEnrolment => ({ id, clientId: id, teamId: 1, coachId: 10, entryDate: '2026-02-01', closedDate: null, closingReason: null, outOfWorkAtReferral: true, firstContactDate: '2026-02-01', firstSupportPlanDate: null, ...over });
	it('is the outcome report’s figure, value and ids', () => {
		const enrolments = [
			e(1, { firstSupportPlanDate: '2026-03-01' }),
			e(2, { firstSupportPlanDate: '2026-08-01' }),
			e(3, {}),
			e(4, { firstContactDate: '2026-11-30' }),
			e(5, { firstContactDate: null }),
			e(6, { entryDate: '2027-01-05' }),
			e(7, { closedDate: '2025-12-01' })
		];
		const full = computeOutcomes({ enrolments, placements: [], employerContacts: [], feedback: [], coaches: [] }, Y2026, TODAY).shareSupportPlanWithin90;
		expect(supportPlanShare(enrolments, Y2026, TODAY)).toEqual(full);
		expect(full.value).toBe(0.3333);
		expect(full.ids).toEqual([1, 2, 3]);
	});
});
