import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { completeSecondFactor } from '$lib/server/sign-in';
import * as m from '$lib/paraglide/messages';
import { safeRedirectPath } from '$lib/domain/safe-redirect';

// The second sign-in step (docs/domain/sign-in.md): only a session waiting for its code gets here.
// policy: public — the session from the password step is the credential; the code is checked by completeSecondFactor.
export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/');
	if (!locals.session) redirect(303, '/login');
	return {};
};

const messages = { invalid: m.signin_err_code, replayed: m.signin_err_replayed, locked: m.signin_err_locked, throttled: m.login_throttled };

export const actions: Actions = {
	// policy: public — as the load; wrong codes count in the account's lockout.
	default: async (event) => {
		if (!event.locals.session || event.locals.user) redirect(303, '/login');
		const code = String((await event.request.formData()).get('code') ?? '').slice(0, 40);
		const result = completeSecondFactor(event, code);
		if (result !== 'ok') return fail(result === 'throttled' ? 429 : 400, { message: messages[result]() });
		redirect(303, safeRedirectPath(event.url.searchParams.get('next'), event.url.origin));
	}
};
