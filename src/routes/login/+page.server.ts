import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { signIn } from '$lib/server/sign-in';
import { oidcOnly, oidcSettings } from '$lib/server/auth/sign-in-settings';
import { signInSchema } from '$lib/forms/accounts';
import * as m from '$lib/paraglide/messages';
import { safeRedirectPath } from '$lib/domain/safe-redirect';

// Public route: the sign-in form. Signed-in users go to their start page.
// policy: public — the sign-in form.
export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, '/');
	const sso = oidcSettings();
	const next = url.searchParams.get('next');
	return { sso: sso ? { label: sso.label, href: next ? `/login/oidc?next=${encodeURIComponent(next)}` : '/login/oidc' } : null, ssoOnly: oidcOnly() };
};

export const actions: Actions = {
	// policy: public — credentials are checked by signIn (throttled, neutral message).
	default: async (event) => {
		const formData = await event.request.formData();
		const parsed = signInSchema.safeParse({ email: formData.get('email') ?? '', password: formData.get('password') ?? '' });
		const email = parsed.success ? parsed.data.email : '';
		if (!parsed.success) return fail(400, { message: m.login_failed(), email });
		const result = await signIn(event, parsed.data.email, parsed.data.password);
		if (result === 'throttled') return fail(429, { message: m.login_throttled(), email });
		if (result === 'sso-only') return fail(400, { message: m.signin_sso_only({ label: oidcSettings()?.label ?? m.signin_sso_button() }), email });
		if (result !== 'ok' && result !== 'two-factor') return fail(400, { message: m.login_failed(), email });
		// Back to the page asked for, only if it is a path of this app (never an open redirect).
		const next = safeRedirectPath(event.url.searchParams.get('next'), event.url.origin);
		if (result === 'two-factor') redirect(303, next === '/' ? '/login/two-factor' : `/login/two-factor?next=${encodeURIComponent(next)}`);
		redirect(303, next);
	}
};
