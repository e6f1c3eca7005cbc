import * as m from '$lib/paraglide/messages';
import type { ACTIVITY_KINDS, EXTERNAL_PLAN_KINDS, Labels } from '$lib/domain/vocabularies';
import type { ActivityState } from '$lib/domain/meetings';

/** Code → UI text for activities during coaching and plans made elsewhere (codes: docs/domain/codes.md). */
export const activityKindLabels: Labels<typeof ACTIVITY_KINDS> = {
	'work-trial': m.activity_kind_work_trial,
	'rehabilitative-work': m.activity_kind_rehabilitative_work,
	studies: m.activity_kind_studies,
	course: m.activity_kind_course,
	rehabilitation: m.activity_kind_rehabilitation,
	'sick-leave': m.activity_kind_sick_leave,
	other: m.activity_kind_other
};

export const externalPlanKindLabels: Labels<typeof EXTERNAL_PLAN_KINDS> = {
	'activation-plan': m.extplan_kind_activation_plan,
	'employment-plan': m.extplan_kind_employment_plan,
	'rehabilitation-plan': m.extplan_kind_rehabilitation_plan,
	'care-plan': m.extplan_kind_care_plan,
	'client-plan': m.extplan_kind_client_plan,
	other: m.extplan_kind_other
};

export const activityStateLabels: Record<ActivityState, () => string> = {
	planned: m.activity_state_planned,
	ongoing: m.activity_state_ongoing,
	ended: m.activity_state_ended
};

export const activityKindLabel = (code: string): string => activityKindLabels[code as keyof typeof activityKindLabels]?.() ?? code;
export const externalPlanKindLabel = (code: string): string => externalPlanKindLabels[code as keyof typeof externalPlanKindLabels]?.() ?? code;
