import type { Actions, PageServerLoad } from './$types';
import { authorize, canReceiveReminders, requireSignedIn } from '$lib/server/policy';
import { reminderSettings, saveDigestChoice, turnFeedOff, turnFeedOn } from '$lib/server/reminders/account';
import { activeSessions } from '$lib/server/auth/devices';
import { endOwnSession } from '$lib/server/auth/sign-in-commands';
import { hasSecondFactor } from '$lib/server/auth/totp';
import { commandAnswer } from '$lib/server/forms';

export const load: PageServerLoad = ({ locals }) => {
	requireSignedIn(locals.actor);
	return {
		account: { name: locals.user!.name, email: locals.user!.email, locale: locals.user!.locale },
		reminders: canReceiveReminders(locals.actor) ? reminderSettings(locals.actor) : null,
		// Sessions and second factor: docs/domain/sign-in.md.
		sessions: activeSessions(locals.actor.id, locals.session?.id ?? null),
		secondFactor: { enrolled: hasSecondFactor(locals.actor.id), sso: locals.session?.method === 'sso' }
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
	endSession: async ({ request, locals }) => {
		authorize(locals.actor, 'delete', { kind: 'account', userId: locals.actor?.id ?? -1 });
		const formData = await request.formData();
		return commandAnswer(formData, endOwnSession(locals.actor, String(formData.get('session') ?? '')), 'session');
	},
	feedOff: ({ locals }) => {
		authorize(locals.actor, 'delete', { kind: 'reminders', userId: locals.actor?.id ?? -1 });
		return turnFeedOff(locals.actor);
	}
};
