import * as m from '$lib/paraglide/messages';
import type { EXIT_SITUATIONS, Labels } from '$lib/domain/vocabularies';

/** Code → UI text for the follow-up after exit (codes: docs/domain/codes.md). */
export const exitSituationLabels: Labels<typeof EXIT_SITUATIONS> = {
	'working-competitive': m.followup_situation_working_competitive,
	'working-other': m.followup_situation_working_other,
	studying: m.followup_situation_studying,
	'other-service': m.followup_situation_other_service,
	unemployed: m.followup_situation_unemployed,
	'not-reached': m.followup_situation_not_reached
};

export const exitSituationLabel = (code: string | null | undefined): string => (code && code in exitSituationLabels ? exitSituationLabels[code as keyof typeof exitSituationLabels]() : (code ?? '–'));
export const exitSituationOptions = () => Object.entries(exitSituationLabels).map(([value, label]) => ({ value, label: label() }));
