import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { parseForm, invalid } from '$lib/server/forms';
import { oneTimePasswordSchema, teamRoleSchema } from '$lib/forms/accounts';
import { getUserWithRoles, listTeams, removeTeamRole, setOneTimePassword, setTeamRole, setUserActive } from '$lib/server/accounts';
import { audit } from '$lib/server/audit';

function userOr404(id: string) {
	const user = getUserWithRoles(Number(id));
	if (!user) error(404, 'Not found');
	return user;
}

export const load: PageServerLoad = ({ locals, params, url }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	return { user: userOr404(params.id), teams: listTeams(), created: url.searchParams.has('created') };
};

export const actions: Actions = {
	setActive: async ({ request, locals, params }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		const active = (await request.formData()).get('active') === 'true';
		setUserActive(user.id, active);
		audit({ actor: locals.actor, action: 'update', entity: 'user', entityId: user.id, details: active ? 'activated' : 'deactivated' });
		return { saved: true };
	},
	oneTimePassword: async ({ request, locals, params }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		const parsed = parseForm(oneTimePasswordSchema, await request.formData());
		if (!parsed.ok) return invalid(parsed.failure);
		await setOneTimePassword(user.id, parsed.data.password);
		audit({ actor: locals.actor, action: 'update', entity: 'user', entityId: user.id, details: 'one-time password set' });
		return { passwordSet: true };
	},
	setRole: async ({ request, locals, params }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		const parsed = parseForm(teamRoleSchema, await request.formData());
		if (!parsed.ok) return invalid(parsed.failure);
		setTeamRole(parsed.data.teamId, user.id, parsed.data.role, parsed.data.fte ?? 1);
		audit({ actor: locals.actor, action: 'update', entity: 'team-member', entityId: user.id, teamId: parsed.data.teamId, details: parsed.data.role });
		return { saved: true };
	},
	removeRole: async ({ request, locals, params }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const user = userOr404(params.id);
		const teamId = Number((await request.formData()).get('teamId'));
		removeTeamRole(teamId, user.id);
		audit({ actor: locals.actor, action: 'delete', entity: 'team-member', entityId: user.id, teamId });
		return { saved: true };
	}
};
