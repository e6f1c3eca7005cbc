import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import ical, { ICalCalendarMethod } from 'ical-generator';
import { getDb } from '../db';
import { users } from '../db/schema';
import { loadActor } from '../auth/session';
import { authorize, type Actor } from '../policy';
import { audit } from '../audit';
import { TokenBucket, envCount } from '../auth/rate-limit';
import { calendarEvents } from '$lib/domain/reminders';
import { calendarFacts } from './collect';
import { feedByToken, markFeedRead } from './preferences';
import { appBaseUrl, eventLabel, type MailLocale } from './render';
import * as m from '$lib/paraglide/messages';

/**
 * The personal calendar feed (/calendar/<token>.ics): the owner's dated items as all-day events whose
 * titles carry initials and the kind of event only, each linking back to Polku. Reading it is
 * audited as a use by its owner; unknown and revoked tokens get the same 404.
 */

/** Feed requests per client address: a burst of FEED_RATE_BURST (30), then one every 10 s. */
export const feedRequestBucket = new TokenBucket<string>(envCount(process.env.FEED_RATE_BURST, 30), 10_000);

/** Whose feed a token opens, as that user's actor; 404 for unknown, revoked or no-longer-allowed. */
export function authorizeFeedRead(token: string): { actor: Actor; feedId: number; locale: MailLocale } {
	const feed = feedByToken(token);
	const user = feed ? getDb().select({ id: users.id, isAdmin: users.isAdmin, employerId: users.employerId, active: users.active, locale: users.locale }).from(users).where(eq(users.id, feed.userId)).get() : undefined;
	if (!feed || !user || !user.active) error(404, 'Not found');
	const actor = loadActor(user);
	authorize(actor, 'read', { kind: 'reminders', userId: user.id });
	return { actor, feedId: feed.feedId, locale: user.locale };
}

/** The iCalendar text of a user's feed on a day. */
export function calendarText(actor: Actor, locale: MailLocale, today: string, baseUrl: string = appBaseUrl()): string {
	const calendar = ical({ name: m.reminders_feed_calendar_name({}, { locale }), prodId: { company: 'Polku', product: 'Polku', language: locale.toUpperCase() }, method: ICalCalendarMethod.PUBLISH, ttl: 3600 });
	for (const e of calendarEvents(calendarFacts(actor, today), today)) {
		const day = new Date(Date.UTC(+e.date.slice(0, 4), +e.date.slice(5, 7) - 1, +e.date.slice(8, 10)));
		calendar.createEvent({
			id: e.uid,
			start: day,
			allDay: true,
			summary: `${e.initials} – ${eventLabel(e.kind, locale)}`,
			url: `${baseUrl}${e.path}`,
			description: `${baseUrl}${e.path}`
		});
	}
	return calendar.toString();
}

/** Reads the feed: audited as the owner's read, then the calendar. */
export function readFeed(feed: { actor: Actor; feedId: number; locale: MailLocale }, today: string): string {
	audit({ actor: feed.actor, action: 'read', entity: 'calendar-feed', entityId: feed.feedId, view: 'calendar' });
	markFeedRead(feed.feedId);
	return calendarText(feed.actor, feed.locale, today);
}
