import type { Actions, PageServerLoad } from './$types';
import { requireClientRead } from '$lib/server/clients/access';
import { clientFormAction } from '$lib/server/clients/form-action';
import * as forms from '$lib/server/clients/forms';
import * as content from '$lib/server/clients/content';
import { getIdentity } from '$lib/server/clients/record/identity';
import * as phaseContent from '$lib/server/clients/record/phase-content';
import { isoDateInFinland } from '$lib/domain/dates';
import { changedFields } from '$lib/domain/client-phases';

const PROFILE_FIELDS = ['workHistory', 'education', 'skills', 'interests', 'helpsAndHinders', 'supportNetwork', 'jobGoals'] as const;

/** Phase 2–3 content: vocational profile, benefits counselling, disclosure discussion, job-search plan, Kykyviisari. */
export const load: PageServerLoad = ({ locals, params }) => {
	const access = requireClientRead(locals.actor, params.id, 'profile');
	const identity = getIdentity(access.clientId)!;
	const enrolmentId = access.enrolmentId;
	const profiles = enrolmentId ? phaseContent.profileVersions(enrolmentId) : [];
	return {
		today: isoDateInFinland(),
		clientId: access.clientId,
		name: `${identity.firstName} ${identity.lastName}`,
		writable: access.writeMode === 'own' && !access.closed,
		profiles: profiles.map((p, i) => ({ ...p, changed: changedFields(profiles[i + 1] ?? null, p, PROFILE_FIELDS) as string[] })),
		benefits: enrolmentId ? phaseContent.listBenefits(enrolmentId) : [],
		disclosure: enrolmentId ? phaseContent.listDisclosure(enrolmentId) : [],
		jobSearchPlans: enrolmentId ? phaseContent.jobSearchPlanVersions(enrolmentId) : [],
		activities: enrolmentId ? phaseContent.listJobSearchActivities(enrolmentId) : [],
		kykyviisari: enrolmentId ? phaseContent.listKykyviisari(enrolmentId) : []
	};
};

/** Phase 2–3 content goes into the open enrolment; each save is audited against that enrolment. */
const save = (entity: string) => ({ saved: entity, needsEnrolment: true, audit: { entity, entityId: 'enrolment' as const } });

export const actions: Actions = {
	profile: (e) => clientFormAction(e, { schema: forms.profileSchema, ...save('vocational-profile') }, (d, c) => content.saveProfile(c.enrolmentId!, d, c.actorId)),
	benefits: (e) => clientFormAction(e, { schema: forms.benefitsSchema, ...save('benefits-counselling') }, (d, c) => content.addBenefitsCounselling(c.enrolmentId!, d, c.actorId, c.today)),
	disclosure: (e) => clientFormAction(e, { schema: forms.disclosureSchema, ...save('disclosure-discussion') }, (d, c) => content.addDisclosureDiscussion(c.enrolmentId!, d, c.actorId, c.today)),
	activity: (e) => clientFormAction(e, { schema: forms.jobSearchActivitySchema, ...save('job-search-activity') }, (d, c) => content.addJobSearchActivity(c.enrolmentId!, d, c.actorId, c.today)),
	jobSearchPlan: (e) => clientFormAction(e, { schema: forms.jobSearchPlanSchema, ...save('job-search-plan') }, (d, c) => content.saveJobSearchPlan(c.enrolmentId!, d, c.actorId)),
	kykyviisari: (e) => clientFormAction(e, { schema: forms.kykyviisariSchema, ...save('kykyviisari') }, (d, c) => content.addKykyviisari(c.enrolmentId!, d, c.actorId, c.today))
};
