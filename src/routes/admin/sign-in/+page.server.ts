import type { Actions, PageServerLoad } from './$types';
import { authorize } from '$lib/server/policy';
import { oidcOnly, oidcSettings, twoFactorPolicy } from '$lib/server/auth/sign-in-settings';
import { setTwoFactorPolicy } from '$lib/server/auth/sign-in-commands';

// Sign-in settings (docs/domain/sign-in.md): who needs a second factor; single sign-on as configured by environment.
export const load: PageServerLoad = ({ locals }) => {
	authorize(locals.actor, 'read', { kind: 'administration' });
	const sso = oidcSettings();
	return { policy: twoFactorPolicy(), sso: sso ? { issuer: sso.issuer, clientId: sso.clientId, label: sso.label, only: oidcOnly() } : null };
};

export const actions: Actions = {
	default: async ({ request, locals }) => {
		authorize(locals.actor, 'manage', { kind: 'administration' });
		const everyone = (await request.formData()).get('everyone') === 'on';
		setTwoFactorPolicy(locals.actor, everyone ? 'everyone' : 'roles');
		return { saved: true };
	}
};
