import type { Actions, PageServerLoad } from './$types';
import { authorize, canReceiveReminders, requireSignedIn } from '$lib/server/policy';
import { reminderSettings, saveDigestChoice, turnFeedOff, turnFeedOn } from '$lib/server/reminders/account';

export const load: PageServerLoad = ({ locals }) => {
	requireSignedIn(locals.actor);
	return {
		account: { name: locals.user!.name, email: locals.user!.email, locale: locals.user!.locale },
		reminders: canReceiveReminders(locals.actor) ? reminderSettings(locals.actor) : null
	};
};

// Digest choice and calendar feed (docs/domain/reminders.md): each user's own only.
export const actions: Actions = {
	digest: async ({ request, locals }) => {
		authorize(locals.actor, 'update', { kind: 'reminders', userId: locals.actor?.id ?? -1 });
		return saveDigestChoice(locals.actor, await request.formData());
	},
	feedOn: ({ locals, url }) => {
		authorize(locals.actor, 'create', { kind: 'reminders', userId: locals.actor?.id ?? -1 });
		return turnFeedOn(locals.actor, url.origin);
	},
	feedOff: ({ locals }) => {
		authorize(locals.actor, 'delete', { kind: 'reminders', userId: locals.actor?.id ?? -1 });
		return turnFeedOff(locals.actor);
	}
};
