import { fail, type ActionFailure } from '@sveltejs/kit';
import { parseForm, translate, formValues, type FormFailure } from '../forms';
import { can, memberTeams, type Actor } from '../policy';
import { teamMembersOf } from '../accounts';
import { isValidBusinessId } from '$lib/domain/business-id';
import { employerSchema, type EmployerInput } from './forms';
import { findByBusinessId, findByName } from './employer';

/**
 * Shared validation of the employer form (new and edit): schema, duplicates by Y-tunnus
 * (installation-wide) and by name within the team, owner coach must be a team member.
 */
export type EmployerFormFailure = FormFailure & { duplicateLink: { id: number; name: string } | null };

export function validateEmployerForm(formData: FormData, teamId: number, exceptId?: number): { ok: true; data: EmployerInput } | { ok: false; response: ActionFailure<EmployerFormFailure> } {
	const parsed = parseForm(employerSchema, formData);
	if (!parsed.ok) return { ok: false, response: fail(400, { ...parsed.failure, duplicateLink: null }) };
	const input = parsed.data;
	const values = formValues(formData);
	if (input.businessId && !isValidBusinessId(input.businessId)) {
		return { ok: false, response: fail(400, { errors: { businessId: translate('employers_err_business_id') }, values, duplicateLink: null }) };
	}
	if (input.businessId) {
		const duplicate = findByBusinessId(input.businessId, exceptId);
		if (duplicate) {
			// Another team's employer is not linked (its page would be 404 anyway): only named when the same team.
			const duplicateLink = duplicate.teamId === teamId ? { id: duplicate.id, name: duplicate.name } : null;
			return { ok: false, response: fail(400, { errors: { businessId: translate('employers_err_business_id_taken') }, values, duplicateLink }) };
		}
	}
	const sameName = findByName(teamId, input.name, exceptId);
	if (sameName && formData.get('confirmName') !== 'on') {
		return { ok: false, response: fail(400, { errors: { name: translate('employers_err_name_taken') }, values, duplicateLink: { id: sameName.id, name: input.name } }) };
	}
	if (input.ownerCoachId !== null && !teamMembersOf(teamId).some((mb) => mb.userId === input.ownerCoachId)) {
		return { ok: false, response: fail(400, { errors: { ownerCoachId: translate('err_choice') }, values, duplicateLink: null }) };
	}
	return { ok: true, data: input };
}

/** The team a new employer goes to: the chosen one if the actor may create there, else the first. */
export function creationTeam(actor: Actor, requested: number | null): number | null {
	const teams = memberTeams(actor).filter((teamId) => can(actor, 'create', { kind: 'employer', teamId }));
	if (requested !== null) return teams.includes(requested) ? requested : null;
	return teams[0] ?? null;
}
