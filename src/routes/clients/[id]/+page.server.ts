import { error, redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { parseForm, invalid } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { requireClientRead, requireClientWrite } from '$lib/server/clients/access';
import * as forms from '$lib/server/clients/forms';
import * as commands from '$lib/server/clients/commands';
import * as record from '$lib/server/clients/record';
import { refusedForm, pageNumber } from '$lib/server/clients/page';
import { isoDateInFinland } from '$lib/domain/dates';
import { MIN_OUTREACH_ATTEMPTS } from '$lib/domain/closing';

export const load: PageServerLoad = ({ locals, params, url }) => {
	const access = requireClientRead(locals.actor, params.id, 'record');
	const today = isoDateInFinland();
	const data = record.clientRecord(access, pageNumber(url), today);
	if (!data) error(404, 'Not found');
	return { ...data, today, writeMode: access.writeMode, created: url.searchParams.has('created'), minOutreach: MIN_OUTREACH_ATTEMPTS };
};

/** Parses, checks the right to write (from the DB row), runs the command, audits. */
async function run<S extends z.ZodTypeAny>(
	event: RequestEvent,
	schema: S,
	opts: { covering?: boolean; arrays?: string[]; entity: string; action?: 'create' | 'update' },
	command: (data: z.infer<S>, ctx: { clientId: number; enrolmentId: number | null; teamId: number; covering: boolean; actorId: number; today: string }) => commands.CommandResult<unknown>
) {
	const { locals, params, request } = event;
	const access = requireClientWrite(locals.actor, params.id, opts.covering ?? false);
	const formData = await request.formData();
	const parsed = parseForm(schema, formData, opts.arrays ?? []);
	if (!parsed.ok) return invalid(parsed.failure);
	const ctx = { clientId: access.clientId, enrolmentId: access.enrolmentId, teamId: access.teamId, covering: access.writeMode === 'covering', actorId: locals.actor!.id, today: isoDateInFinland() };
	const result = command(parsed.data, ctx);
	if (!result.ok) return refusedForm(formData, result);
	audit({
		actor: locals.actor,
		action: opts.action ?? 'create',
		entity: opts.entity,
		entityId: typeof result.value === 'number' ? result.value : access.enrolmentId,
		clientId: access.clientId,
		teamId: access.teamId,
		details: ctx.covering ? 'covering' : null
	});
	return { saved: opts.entity };
}

const needEnrolment = (id: number | null) => {
	if (id === null) error(404, 'Not found');
	return id;
};

export const actions: Actions = {
	identity: (event) => run(event, forms.identitySchema, { entity: 'client', action: 'update' }, (d, c) => commands.updateIdentity(c.clientId, d)),
	enrolment: (event) => run(event, forms.enrolmentSchema, { entity: 'enrolment', action: 'update' }, (d, c) => commands.updateEnrolment(needEnrolment(c.enrolmentId), d, c.today)),
	handover: (event) => run(event, forms.handoverSchema, { entity: 'assignment' }, (d, c) => commands.handover(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	phase: (event) => run(event, forms.phaseSchema, { entity: 'phase-change' }, (d, c) => commands.changePhase(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	contact: (event) =>
		run(event, forms.contactSchema, { entity: 'client-contact', covering: true }, (d, c) => commands.addContact(needEnrolment(c.enrolmentId), d, c.covering, c.actorId, c.today)),
	outreach: (event) =>
		run(event, forms.outreachSchema, { entity: 'outreach-attempt', covering: true }, (d, c) => commands.addOutreach(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	withdrawConsent: (event) => run(event, forms.withdrawConsentSchema, { entity: 'consent', action: 'update' }, (d, c) => commands.withdrawConsent(c.clientId, d, c.today)),
	feedback: (event) => run(event, forms.feedbackSchema, { entity: 'client-feedback' }, (d, c) => commands.addFeedback(needEnrolment(c.enrolmentId), d, c.actorId, c.today)),
	close: (event) => run(event, forms.closingSchema, { entity: 'enrolment', action: 'update' }, (d, c) => commands.closeEnrolment(needEnrolment(c.enrolmentId), d, c.today)),
	reopen: async (event) => {
		const result = await run(event, forms.reopenSchema, { entity: 'enrolment' }, (d, c) => commands.reopen(c.clientId, d, c.actorId, c.today));
		if ('saved' in result) redirect(303, `/clients/${event.params.id}?reopened`);
		return result;
	}
};
