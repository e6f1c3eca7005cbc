import type { Actions, PageServerLoad, RequestEvent } from './$types';
import type { z } from 'zod';
import { parseForm, invalid } from '$lib/server/forms';
import { audit } from '$lib/server/audit';
import { requireClientRead, requireClientWrite } from '$lib/server/clients/access';
import * as forms from '$lib/server/clients/forms';
import * as content from '$lib/server/clients/content';
import * as record from '$lib/server/clients/record';
import { refusedForm } from '$lib/server/clients/page';
import type { CommandResult } from '$lib/server/clients/commands';
import { isoDateInFinland } from '$lib/domain/dates';
import { changedFields } from '$lib/domain/client-phases';

const PROFILE_FIELDS = ['workHistory', 'education', 'skills', 'interests', 'helpsAndHinders', 'supportNetwork', 'jobGoals'] as const;

/** Phase 2–3 content: vocational profile, benefits counselling, disclosure discussion, job-search plan, Kykyviisari. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'profile');
	const identity = record.getIdentity(access.clientId)!;
	const enrolmentId = access.enrolmentId;
	const profiles = enrolmentId ? record.profileVersions(enrolmentId) : [];
	return {
		today: isoDateInFinland(),
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable: access.writeMode === 'own' && !access.closed,
		profiles: profiles.map((p, i) => ({ ...p, changed: changedFields(profiles[i + 1] ?? null, p, PROFILE_FIELDS) as string[] })),
		benefits: enrolmentId ? record.listBenefits(enrolmentId) : [],
		disclosure: enrolmentId ? record.listDisclosure(enrolmentId) : [],
		jobSearchPlans: enrolmentId ? record.jobSearchPlanVersions(enrolmentId) : [],
		activities: enrolmentId ? record.listJobSearchActivities(enrolmentId) : [],
		kykyviisari: enrolmentId ? record.listKykyviisari(enrolmentId) : []
	};
};

async function run<S extends z.ZodTypeAny>(event: RequestEvent, schema: S, entity: string, command: (data: z.infer<S>, enrolmentId: number, actorId: number, today: string) => CommandResult<unknown>) {
	const access = requireClientWrite(event.locals.actor, event.params.id);
	const formData = await event.request.formData();
	const parsed = parseForm(schema, formData);
	if (!parsed.ok) return invalid(parsed.failure);
	if (access.enrolmentId === null) return refusedForm(formData, { ok: false, errors: { _form: 'clients_err_closed' } });
	const result = command(parsed.data, access.enrolmentId, event.locals.actor!.id, isoDateInFinland());
	if (!result.ok) return refusedForm(formData, result);
	audit({ actor: event.locals.actor, action: 'create', entity, entityId: access.enrolmentId, clientId: access.clientId, teamId: access.teamId });
	return { saved: entity };
}

export const actions: Actions = {
	profile: (e) => run(e, forms.profileSchema, 'vocational-profile', (d, id, actor) => content.saveProfile(id, d, actor)),
	benefits: (e) => run(e, forms.benefitsSchema, 'benefits-counselling', (d, id, actor, today) => content.addBenefitsCounselling(id, d, actor, today)),
	disclosure: (e) => run(e, forms.disclosureSchema, 'disclosure-discussion', (d, id, actor, today) => content.addDisclosureDiscussion(id, d, actor, today)),
	activity: (e) => run(e, forms.jobSearchActivitySchema, 'job-search-activity', (d, id, actor, today) => content.addJobSearchActivity(id, d, actor, today)),
	jobSearchPlan: (e) => run(e, forms.jobSearchPlanSchema, 'job-search-plan', (d, id, actor) => content.saveJobSearchPlan(id, d, actor)),
	kykyviisari: (e) => run(e, forms.kykyviisariSchema, 'kykyviisari', (d, id, actor, today) => content.addKykyviisari(id, d, actor, today))
};
