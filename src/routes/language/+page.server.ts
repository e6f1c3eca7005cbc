import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { setUserLocale } from '$lib/server/accounts';
import { setLocaleCookie } from '$lib/server/sign-in';
import { safeRedirectPath } from '$lib/domain/safe-redirect';

const LOCALES = ['fi', 'sv', 'en'] as const;

// Public: anyone may choose the UI language; a signed-in user's choice is saved to the account.
// policy: public — nothing to show here.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	// policy: public — anyone may choose the UI language; only the user's own setting is written.
	default: async ({ request, cookies, locals, url }) => {
		const form = await request.formData();
		const locale = String(form.get('locale') ?? '');
		if ((LOCALES as readonly string[]).includes(locale)) {
			setLocaleCookie(cookies, locale, url.protocol === 'https:');
			if (locals.user) setUserLocale(locals.user.id, locale as (typeof LOCALES)[number]);
		}
		// Only paths of this app: never an open redirect.
		redirect(303, safeRedirectPath(form.get('redirectTo'), url.origin));
	}
};
