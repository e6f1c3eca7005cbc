import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { hasOwnCaseload, ledTeams, memberTeams, requireStaff, roleLabelIn } from '$lib/server/policy';
import { teamNames } from '$lib/server/accounts';
import { openFidelityActionsForLead } from '$lib/server/fidelity/actions';

/** Start page. Employers go to their portal; coaches to their caseload; others see their sections. */
export const load: PageServerLoad = ({ locals }) => {
	if (!locals.actor) redirect(303, '/login');
	if (locals.actor.employerId !== null) redirect(303, '/portal');
	requireStaff(locals.actor);
	const actor = locals.actor;
	if (hasOwnCaseload(actor)) redirect(303, '/clients');
	return {
		name: locals.user!.name,
		isAdmin: actor.isAdmin,
		teams: teamNames(memberTeams(actor)).map((t) => ({ ...t, role: roleLabelIn(actor, t.id)! })),
		isLead: ledTeams(actor).length > 0,
		// The lead's start page carries the fidelity action plan forward between reviews.
		openActions: openFidelityActionsForLead(actor)
	};
};
