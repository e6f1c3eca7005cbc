import * as m from '$lib/paraglide/messages';

/** Code → translated label for the employer feature's enums (codes: docs/domain/codes.md). */
import type { CONTACT_MODES, EMPLOYER_CONTACT_PURPOSES, EMPLOYER_STAGES, END_REASONS, PLACEMENT_DISCLOSURES, PLACEMENT_STATUSES, Labels } from '$lib/domain/vocabularies';

const stages: Labels<typeof EMPLOYER_STAGES> = {
	'new-lead': m.employers_stage_new_lead,
	introduced: m.employers_stage_introduced,
	'learning-needs': m.employers_stage_learning_needs,
	'active-partner': m.employers_stage_active_partner,
	dormant: m.employers_stage_dormant
};
const modes: Labels<typeof CONTACT_MODES> = {
	'face-to-face': m.employers_mode_face_to_face,
	phone: m.employers_mode_phone,
	email: m.employers_mode_email,
	video: m.employers_mode_video,
	message: m.employers_mode_message
};
const purposes: Labels<typeof EMPLOYER_CONTACT_PURPOSES> = {
	introduction: m.employers_purpose_introduction,
	'learn-business': m.employers_purpose_learn_business,
	'present-candidate': m.employers_purpose_present_candidate,
	interview: m.employers_purpose_interview,
	'job-start': m.employers_purpose_job_start,
	'in-work-support': m.employers_purpose_in_work_support,
	'follow-up': m.employers_purpose_follow_up
};
const disclosures: Labels<typeof PLACEMENT_DISCLOSURES> = {
	none: m.employers_disclosure_none,
	general: m.employers_disclosure_general,
	specific: m.employers_disclosure_specific
};
const statuses: Labels<typeof PLACEMENT_STATUSES> = {
	agreed: m.employers_status_agreed,
	started: m.employers_status_started,
	ended: m.employers_status_ended,
	'did-not-start': m.employers_status_did_not_start
};
const endReasons: Labels<typeof END_REASONS> = {
	'better-job': m.employers_end_better_job,
	'quit-no-plan': m.employers_end_quit_no_plan,
	dismissed: m.employers_end_dismissed,
	'fixed-term-ended': m.employers_end_fixed_term_ended,
	'laid-off': m.employers_end_laid_off,
	other: m.employers_end_other
};
const followAlongKinds: Record<string, (p: { n: number }) => string> = {
	'before-start': () => m.employers_fa_before_start(),
	'after-start': () => m.employers_fa_after_start(),
	weekly: (p) => m.employers_fa_weekly(p),
	monthly: (p) => m.employers_fa_monthly(p),
	'after-job-loss': () => m.employers_fa_after_job_loss()
};
const followAlongStates: Record<string, () => string> = {
	done: m.employers_fa_state_done,
	missed: m.employers_fa_state_missed,
	overdue: m.employers_fa_state_overdue,
	due: m.employers_fa_state_due,
	upcoming: m.employers_fa_state_upcoming
};

const label = (table: Record<string, () => string>, code: string | null | undefined) => (code ? ((table as Record<string, (() => string) | undefined>)[code]?.() ?? code) : '–');
export const stageLabel = (code: string | null | undefined) => label(stages, code);
export const modeLabel = (code: string | null | undefined) => label(modes, code);
export const purposeLabel = (code: string | null | undefined) => label(purposes, code);
export const disclosureLabel = (code: string | null | undefined) => label(disclosures, code);
export const statusLabel = (code: string | null | undefined) => label(statuses, code);
export const endReasonLabel = (code: string | null | undefined) => label(endReasons, code);
export const followAlongLabel = (kind: string, n: number) => followAlongKinds[kind]?.({ n }) ?? kind;
export const followAlongStateLabel = (state: string) => label(followAlongStates, state);

export const options = (codes: readonly string[], fn: (code: string) => string) => codes.map((value) => ({ value, label: fn(value) }));
