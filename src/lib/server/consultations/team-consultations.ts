import { error } from '@sveltejs/kit';
import { authorize, memberTeams, pickTeam, type Actor } from '../policy';
import { teamNames } from '../accounts';
import { audited, type CommandResult } from '../commands';
import { addAnonymousConsultation, listAnonymousConsultations } from '../clients/record/consultations';
import type { AnonymousConsultationInput } from '../clients/record/meeting-forms';

/**
 * The team page of anonymous consultations (docs/domain/work-ability.md#consultations): the team's
 * coaches and lead, one team at a time. A URL naming a team the actor is not in answers 404.
 */
export function requireConsultationTeam(actor: Actor | null | undefined, requested: string | null, action: 'read' | 'create' = 'read') {
	if (!actor) error(404, 'Not found');
	const teams = teamNames(memberTeams(actor));
	if (requested && !teams.some((t) => String(t.id) === requested)) error(404, 'Not found');
	const team = pickTeam(actor, teams, requested);
	authorize(actor, action, { kind: 'consultations', teamId: team.id });
	return { actor, teams, team };
}

/** The team's anonymous consultations for the page. */
export function teamConsultations(teamId: number) {
	return listAnonymousConsultations(teamId);
}

/** Saves an anonymous consultation and its audit row in one transaction (no client on either). */
export function recordAnonymousConsultation(actor: Actor, teamId: number, input: AnonymousConsultationInput, today: string): CommandResult<number> {
	return audited(
		() => addAnonymousConsultation(teamId, input, actor.id, today),
		(id) => ({ actor, action: 'create', entity: 'consultation', entityId: id, teamId, details: input.confirmed ? 'anonymous, confirmed' : 'anonymous' })
	);
}
