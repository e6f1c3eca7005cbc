/**
 * The client's own feedback through a one-time link (docs/domain/team-report.md#client-feedback).
 * Pure: the answer's values are checked here, and whether a link can still be answered.
 */

/** A feedback link can be answered for this many days after it was made. */
export const FEEDBACK_LINK_DAYS = 30;
/** Satisfaction is a Finnish school grade, 4–10. */
export const SATISFACTION_MIN = 4;
export const SATISFACTION_MAX = 10;
/** Likelihood to recommend, 0–10 (the NPS question). */
export const RECOMMEND_MIN = 0;
export const RECOMMEND_MAX = 10;
/** The free-text answers are cut off at this many characters. */
export const FEEDBACK_TEXT_MAX = 2000;

export type FeedbackAnswer = { satisfaction: number; recommend: number; comment: string | null; improvement: string | null; anonymous: boolean };
export type FeedbackAnswerResult = { ok: true; answer: FeedbackAnswer } | { ok: false; errors: Record<string, string> };

const DAY_MS = 86_400_000;

/** When a link made at `createdAt` stops working. */
export function feedbackLinkExpiry(createdAt: Date): Date {
	return new Date(createdAt.getTime() + FEEDBACK_LINK_DAYS * DAY_MS);
}

/** A link can be answered: not used, and not yet expired (expiry is exclusive). */
export function feedbackLinkUsable(link: { expiresAt: Date; usedAt: Date | null }, now: Date): boolean {
	return link.usedAt === null && now.getTime() < link.expiresAt.getTime();
}

/** What the coach sees about a link (never the token): answered, waiting or expired. */
export function feedbackLinkState(link: { expiresAt: Date; usedAt: Date | null }, now: Date): 'answered' | 'open' | 'expired' {
	if (link.usedAt !== null) return 'answered';
	return feedbackLinkUsable(link, now) ? 'open' : 'expired';
}

/** A whole number in the range, from a form value; null when blank or not such a number. */
function wholeNumber(value: unknown, min: number, max: number): number | null | 'bad' {
	if (typeof value !== 'string' || value.trim() === '') return null;
	const text = value.trim();
	if (!/^\d{1,2}$/.test(text)) return 'bad';
	const n = Number(text);
	return n >= min && n <= max ? n : 'bad';
}

function freeText(value: unknown): string | null {
	if (typeof value !== 'string') return null;
	const text = value.trim().slice(0, FEEDBACK_TEXT_MAX);
	return text === '' ? null : text;
}

/** Checks a submitted answer: both numbers are required and in range; the texts are optional. Errors are message keys. */
export function parseFeedbackAnswer(form: Record<string, unknown>): FeedbackAnswerResult {
	const errors: Record<string, string> = {};
	const satisfaction = wholeNumber(form.satisfaction, SATISFACTION_MIN, SATISFACTION_MAX);
	const recommend = wholeNumber(form.recommend, RECOMMEND_MIN, RECOMMEND_MAX);
	if (satisfaction === null) errors.satisfaction = 'feedback_err_choose';
	else if (satisfaction === 'bad') errors.satisfaction = 'feedback_err_range_satisfaction';
	if (recommend === null) errors.recommend = 'feedback_err_choose';
	else if (recommend === 'bad') errors.recommend = 'feedback_err_range_recommend';
	if (typeof satisfaction !== 'number' || typeof recommend !== 'number') return { ok: false, errors };
	const anonymous = form.anonymous === 'on' || form.anonymous === 'true' || form.anonymous === '1';
	return { ok: true, answer: { satisfaction, recommend, comment: freeText(form.comment), improvement: freeText(form.improvement), anonymous } };
}
