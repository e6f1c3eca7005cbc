import type { Actions, PageServerLoad } from './$types';
import { recordAnonymousConsultation, requireConsultationTeam, teamConsultations } from '$lib/server/consultations/team-consultations';
import { anonymousConsultationSchema } from '$lib/server/clients/record/meeting-forms';
import { commandAnswer, invalid, parseForm } from '$lib/server/forms';
import { isoDateInFinland } from '$lib/domain/dates';

/** The team's anonymous consultations: list and a new one (coaches and lead of the team). */
export const load: PageServerLoad = ({ locals, url }) => {
	const { team, teams } = requireConsultationTeam(locals.actor, url.searchParams.get('team'));
	return { team, teams, today: isoDateInFinland(), consultations: teamConsultations(team.id) };
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const { actor, team } = requireConsultationTeam(locals.actor, url.searchParams.get('team'), 'create');
		const formData = await request.formData();
		const parsed = parseForm(anonymousConsultationSchema, formData);
		if (!parsed.ok) return invalid(parsed.failure);
		return commandAnswer(formData, recordAnonymousConsultation(actor, team.id, parsed.data, isoDateInFinland()), 'consultation');
	}
};
