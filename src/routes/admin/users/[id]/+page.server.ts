import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { formCommand } from '$lib/server/forms';
import { oneTimePasswordSchema, teamRoleSchema } from '$lib/forms/accounts';
import { getUserWithRoles, listTeams } from '$lib/server/accounts';
import { assignTeamRole, removeFromTeam, resetPassword, setUserActivity } from '$lib/server/admin/commands';
import { endUserSessions, resetSecondFactor } from '$lib/server/auth/sign-in-commands';
import { adminSignInState } from '$lib/server/auth/oidc-identities';

function userOr404(id: string) {
	const user = getUserWithRoles(Number(id));
	if (!user) error(404, 'Not found');
	return user;
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	const user = userOr404(params.id);
	return { user, teams: listTeams(), created: url.searchParams.has('created'), signIn: adminSignInState(user.id) };
};

export const actions: Actions = {
	setActive: async ({ request, locals, params }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		setUserActivity(actor, user.id, (await request.formData()).get('active') === 'true');
		return { saved: true };
	},
	oneTimePassword: async ({ request, locals, params }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		return formCommand(request, oneTimePasswordSchema, ({ password }) => resetPassword(actor, user.id, password), () => ({ passwordSet: true }));
	},
	setRole: async ({ request, locals, params }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		return formCommand(request, teamRoleSchema, (role) => assignTeamRole(actor, user.id, role), () => ({ saved: true }));
	},
	// Sessions and second factor (docs/domain/sign-in.md); both audited.
	resetSecondFactor: ({ locals, params }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		resetSecondFactor(actor, userOr404(params.id).id);
		return { secondFactorReset: true };
	},
	endSessions: ({ locals, params }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		endUserSessions(actor, userOr404(params.id).id);
		return { sessionsEnded: true };
	},
	removeRole: async ({ request, locals, params }) => {
		const actor = locals.actor;
		authorize(actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		removeFromTeam(actor, user.id, Number((await request.formData()).get('teamId')));
		return { saved: true };
	}
};
