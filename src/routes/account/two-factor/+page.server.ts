import type { Actions, PageServerLoad } from './$types';
import { authorize, mustHaveSecondFactor } from '$lib/server/policy';
import { twoFactorPage } from '$lib/server/auth/two-factor-page';
import { confirmEnrolment, newRecoveryCodes } from '$lib/server/auth/sign-in-commands';
import { twoFactorPolicy } from '$lib/server/auth/sign-in-settings';
import { refusedForm } from '$lib/server/forms';
import { formatRecoveryCode } from '$lib/domain/sign-in';

// The user's own second factor (docs/domain/sign-in.md): enrol with a first code, new recovery codes.
export const load: PageServerLoad = async ({ locals }) => {
	authorize(locals.actor, 'read', { kind: 'account', userId: locals.actor?.id ?? -1 });
	return { ...(await twoFactorPage(locals.actor)), required: mustHaveSecondFactor(locals.actor, twoFactorPolicy()) };
};

export const actions: Actions = {
	confirm: async ({ request, locals }) => {
		authorize(locals.actor, 'create', { kind: 'account', userId: locals.actor?.id ?? -1 });
		const formData = await request.formData();
		const result = confirmEnrolment(locals.actor, String(formData.get('code') ?? '').slice(0, 40));
		if (!result.ok) return refusedForm(formData, result);
		return { recoveryCodes: result.value.map(formatRecoveryCode) };
	},
	newCodes: ({ locals }) => {
		authorize(locals.actor, 'update', { kind: 'account', userId: locals.actor?.id ?? -1 });
		const result = newRecoveryCodes(locals.actor);
		return { recoveryCodes: result.ok ? result.value.map(formatRecoveryCode) : [] };
	}
};
