import type { Actor } from '../policy';
import { commandAnswer, refusedForm } from '../forms';
import { reminderHourFrom } from '$lib/domain/reminders';
import { mailSetup } from './mailer';
import { createFeed, digestChoice, feedStatus, revokeFeed, setDigestChoice } from './preferences';

/** The reminder part of /account: what the page shows and what its three forms do. */

export function reminderSettings(actor: Actor, env: Record<string, string | undefined> = process.env) {
	return { digest: digestChoice(actor.id), feed: feedStatus(actor.id), mail: mailSetup(env).state, hour: reminderHourFrom(env.REMINDER_HOUR) };
}

export function saveDigestChoice(actor: Actor, formData: FormData) {
	return commandAnswer(formData, setDigestChoice(actor, String(formData.get('digest') ?? '')), 'digest');
}

/** The new address is answered once (only its hash is kept). */
export function turnFeedOn(actor: Actor, origin: string) {
	const result = createFeed(actor);
	if (!result.ok) return refusedForm(new FormData(), result);
	return { saved: 'feed', feedUrl: `${origin}/calendar/${result.value.token}.ics` };
}

export function turnFeedOff(actor: Actor) {
	const result = revokeFeed(actor);
	if (!result.ok) return refusedForm(new FormData(), result);
	return { saved: 'feed-off' };
}
