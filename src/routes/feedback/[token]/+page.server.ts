import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { answerFeedback, feedbackLinkOpen, feedbackRequestBucket } from '$lib/server/feedback/answer';
import { translate } from '$lib/server/forms';
import { parseFeedbackAnswer } from '$lib/domain/client-feedback';
import { isoDateInFinland } from '$lib/domain/dates';

// The client's feedback page (docs/domain/team-report.md#client-feedback): no sign-in, the one-time
// token is the only credential. Unknown, used and expired links get one and the same page.

function throttle(getClientAddress: () => string): void {
	let ip = 'unknown';
	try {
		ip = getClientAddress();
	} catch {
		/* no address (tests) */
	}
	if (!feedbackRequestBucket.consume(ip)) error(429, 'Too many requests');
}

// Not cached; the page's <meta name="referrer"> keeps the token out of any Referer header.
const NO_STORE = { 'cache-control': 'private, no-store' };

// policy: public — the token is the credential; the page shows nothing about the client or the team.
export const load: PageServerLoad = ({ params, url, getClientAddress, setHeaders }) => {
	throttle(getClientAddress);
	setHeaders(NO_STORE);
	return { open: feedbackLinkOpen(params.token), easy: url.searchParams.get('easy') === '1' };
};

export const actions: Actions = {
	// policy: public — stores one answer per link (answerFeedback uses the link up and writes the audit row).
	default: async ({ params, request, getClientAddress }) => {
		throttle(getClientAddress);
		const formData = await request.formData();
		const values = Object.fromEntries([...formData.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>;
		const parsed = parseFeedbackAnswer(values);
		if (!parsed.ok) {
			const errors = Object.fromEntries(Object.entries(parsed.errors).map(([field, key]) => [field, translate(key)]));
			return fail(400, { errors, values });
		}
		const result = answerFeedback(params.token, parsed.answer, isoDateInFinland());
		return result.ok ? { thanks: true } : { gone: true };
	}
};
