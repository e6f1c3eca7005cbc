import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { clientFormAction } from '$lib/server/clients/form-action';
import * as forms from '$lib/server/clients/forms';
import * as commands from '$lib/server/clients/commands';
import { clientRecord } from '$lib/server/clients/record';
import * as referralForms from '$lib/server/clients/referral-forms';
import * as referrals from '$lib/server/clients/referral-commands';
import { pageNumber } from '$lib/server/pagination';
import * as meetingForms from '$lib/server/clients/record/meeting-forms';
import { addNetworkMeeting } from '$lib/server/clients/record/network-meetings';
import { addClientConsultation } from '$lib/server/clients/record/consultations';
import { addActivity, addExternalPlan, editActivity, editExternalPlan } from '$lib/server/clients/record/coaching-activities';
import { isoDateInFinland } from '$lib/domain/dates';
import { MIN_OUTREACH_ATTEMPTS } from '$lib/domain/closing';
import { exitFollowUpSchema, recordExitFollowUp } from '$lib/server/clients/exit-follow-ups';
import { feedbackLinkAction } from '$lib/server/feedback/links';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const access = requireClientRead(locals.actor, params.id, 'record');
	const today = isoDateInFinland();
	const data = clientRecord(access, pageNumber(url), today);
	if (!data) error(404, 'Not found');
	return { ...data, today, writeMode: access.writeMode, created: url.searchParams.has('created'), minOutreach: MIN_OUTREACH_ATTEMPTS };
};

const needEnrolment = (id: number | null) => {
	if (id === null) error(404, 'Not found');
	return id;
};

/** Each form: the policy from the client's row, the zod form, then the command and its audit row in one transaction. */
const save = (entity: string, action: 'create' | 'update' = 'create', covering = false) => ({ saved: entity, covering, audit: { entity, action } });

export const actions: Actions = {
	identity: (event) => clientFormAction(event, { schema: forms.identitySchema, ...save('client', 'update') }, (d, c) => commands.updateIdentity(c.clientId, d)),
	enrolment: (event) => clientFormAction(event, { schema: forms.enrolmentSchema, ...save('enrolment', 'update') }, (d, c) => commands.updateEnrolment(needEnrolment(c.enrolmentId), d, c.today)),
	handover: (event) => clientFormAction(event, { schema: forms.handoverSchema, ...save('assignment') }, (d, c) => commands.handover(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	phase: (event) => clientFormAction(event, { schema: forms.phaseSchema, ...save('phase-change') }, (d, c) => commands.changePhase(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	contact: (event) =>
		clientFormAction(event, { schema: forms.contactSchema, ...save('client-contact', 'create', true) }, (d, c) => commands.addContact(needEnrolment(c.enrolmentId), d, c.covering, c.actorId, c.today)),
	missed: (event) =>
		clientFormAction(event, { schema: forms.missedMeetingSchema, ...save('missed-meeting', 'create', true) }, (d, c) => commands.addMissedMeeting(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	// The support-need checklist and referrals log their own audit rows (docs/domain/work-ability.md#referrals-and-statements).
	supportNeeds: (event) =>
		clientFormAction(event, { schema: referralForms.supportNeedsSchema, saved: 'support-needs', covering: true, needsEnrolment: true }, (d, c) => referrals.saveSupportNeeds(event.locals.actor!, referrals.referralTarget(c), d, c.today)),
	referral: (event) =>
		clientFormAction(event, { schema: referralForms.referralSchema, saved: 'referral', covering: true, needsEnrolment: true, closedField: 'kind' }, (d, c) => referrals.addReferral(event.locals.actor!, referrals.referralTarget(c), d, c.today)),
	referralEdit: (event) =>
		clientFormAction(event, { schema: referralForms.referralEditSchema, saved: 'referral', covering: true, needsEnrolment: true, closedField: 'kind' }, (d, c) => referrals.editReferral(event.locals.actor!, referrals.referralTarget(c), d, c.today)),
	referralOutcome: (event) =>
		clientFormAction(event, { schema: referralForms.referralOutcomeSchema, saved: 'referral', covering: true, needsEnrolment: true, closedField: 'date' }, (d, c) => referrals.setReferralOutcome(event.locals.actor!, referrals.referralTarget(c), d, c.today)),
	outreach: (event) =>
		clientFormAction(event, { schema: forms.outreachSchema, ...save('outreach-attempt', 'create', true) }, (d, c) => commands.addOutreach(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	networkMeeting: (event) =>
		clientFormAction(event, { schema: meetingForms.networkMeetingSchema, arrays: meetingForms.MEETING_ARRAYS, ...save('network-meeting') }, (d, c) =>
			addNetworkMeeting({ enrolmentId: needEnrolment(c.enrolmentId), clientId: c.clientId, teamId: c.teamId }, d, c.actorId, c.today)
		),
	consultation: (event) =>
		clientFormAction(event, { schema: meetingForms.consultationSchema, ...save('consultation') }, (d, c) => addClientConsultation({ enrolmentId: needEnrolment(c.enrolmentId), teamId: c.teamId }, d, c.actorId, c.today)),
	activity: (event) => clientFormAction(event, { schema: meetingForms.activitySchema, ...save('coaching-activity') }, (d, c) => addActivity(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	editActivity: (event) => clientFormAction(event, { schema: meetingForms.editActivitySchema, ...save('coaching-activity', 'update') }, (d, c) => editActivity(needEnrolment(c.enrolmentId), d, c.today)),
	externalPlan: (event) => clientFormAction(event, { schema: meetingForms.externalPlanSchema, ...save('external-plan') }, (d, c) => addExternalPlan(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	editExternalPlan: (event) =>
		clientFormAction(event, { schema: meetingForms.editExternalPlanSchema, ...save('external-plan', 'update') }, (d, c) => editExternalPlan(needEnrolment(c.enrolmentId), d, c.today)),
	withdrawConsent: (event) => clientFormAction(event, { schema: forms.withdrawConsentSchema, ...save('consent', 'update') }, (d, c) => commands.withdrawConsent(c.clientId, d, c.today)),
	feedback: (event) => clientFormAction(event, { schema: forms.feedbackSchema, ...save('client-feedback') }, (d, c) => commands.addFeedback(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	followUp: (event) => clientFormAction(event, { schema: exitFollowUpSchema, ...save('exit-follow-up') }, (d, c) => recordExitFollowUp(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	feedbackLink: (event) => feedbackLinkAction(event),
	close: (event) => clientFormAction(event, { schema: forms.closingSchema, ...save('enrolment', 'update') }, (d, c) => commands.closeEnrolment(needEnrolment(c.enrolmentId), d, c.today)),
	reopen: async (event) => {
		const result = await clientFormAction(event, { schema: forms.reopenSchema, ...save('enrolment') }, (d, c) => commands.reopen(c.clientId, d, c.actorId, c.today));
		if ('saved' in result) redirect(303, `/clients/${event.params.id}?reopened`);
		return result;
	}
};
