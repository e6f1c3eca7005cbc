import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { clientFormAction } from '$lib/server/clients/form-action';
import * as forms from '$lib/server/clients/forms';
import * as commands from '$lib/server/clients/commands';
import { clientRecord } from '$lib/server/clients/record';
import { pageNumber } from '$lib/server/pagination';
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
	outreach: (event) =>
		clientFormAction(event, { schema: forms.outreachSchema, ...save('outreach-attempt', 'create', true) }, (d, c) => commands.addOutreach(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
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
