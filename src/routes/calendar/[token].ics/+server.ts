import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { authorizeFeedRead, feedRequestBucket, readFeed } from '$lib/server/reminders/calendar';
import { isoDateInFinland } from '$lib/domain/dates';

/** A user's personal calendar feed (docs/domain/reminders.md#calendar-feed); the token is the only credential. */
export const GET: RequestHandler = ({ params, getClientAddress }) => {
	let ip = 'unknown';
	try {
		ip = getClientAddress();
	} catch {
		/* no address (tests) */
	}
	if (!feedRequestBucket.consume(ip)) error(429, 'Too many requests');
	const feed = authorizeFeedRead(params.token);
	return new Response(readFeed(feed, isoDateInFinland()), {
		headers: { 'content-type': 'text/calendar; charset=utf-8', 'cache-control': 'private, no-store', 'content-disposition': 'inline; filename="polku.ics"' }
	});
};
