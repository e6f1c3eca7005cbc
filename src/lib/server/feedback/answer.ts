import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '../db';
import { anonymousFeedback, clientFeedback, enrolments, feedbackLinks } from '../db/schema';
import { audited, done, refused, type CommandResult } from '../commands';
import { TokenBucket, envCount } from '../auth/rate-limit';
import { feedbackLinkUsable, type FeedbackAnswer } from '$lib/domain/client-feedback';
import { FEEDBACK_TOKEN_SHAPE, hashFeedbackToken } from './links';

/**
 * The public answer page's server side (docs/domain/team-report.md#client-feedback). The token is the
 * only credential; unknown, used and expired links get the same answer, and nothing about the client
 * or the team is read for the page.
 */

/** Requests to the answer page per client address: a burst of FEEDBACK_RATE_BURST (20), then one every 15 s. */
export const feedbackRequestBucket = new TokenBucket<string>(envCount(process.env.FEEDBACK_RATE_BURST, 20), 15_000);

type LinkRow = { id: number; enrolmentId: number; expiresAt: Date; usedAt: Date | null };

function linkByToken(token: string): LinkRow | null {
	if (!FEEDBACK_TOKEN_SHAPE.test(token)) return null;
	return (
		getDb()
			.select({ id: feedbackLinks.id, enrolmentId: feedbackLinks.enrolmentId, expiresAt: feedbackLinks.expiresAt, usedAt: feedbackLinks.usedAt })
			.from(feedbackLinks)
			.where(eq(feedbackLinks.tokenHash, hashFeedbackToken(token)))
			.get() ?? null
	);
}

/** Whether the link can still be answered (one answer for unknown, malformed, used and expired alike). */
export function feedbackLinkOpen(token: string, now: Date = new Date()): boolean {
	const link = linkByToken(token);
	return link !== null && feedbackLinkUsable(link, now);
}

/** Midnight UTC of the instant: answer times are kept to the day, so an anonymous answer is not matched to its link by time. */
const dayOf = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * Stores the client's answer and uses the link up, in one transaction with its audit row: against the
 * enrolment (source 'link'), or, when the client chose so, as anonymous feedback of the enrolment's
 * team with no client or enrolment (the audit row then names the team only). Refused ('gone') when
 * the link cannot be answered.
 */
export function answerFeedback(token: string, answer: FeedbackAnswer, today: string, now: Date = new Date()): CommandResult<AnswerSaved> {
	return audited(
		() => storeAnswer(token, answer, today, now),
		(v) =>
			v.anonymous
				? { actor: null, action: 'create', entity: 'anonymous-feedback', teamId: v.teamId, details: 'feedback link' }
				: { actor: null, action: 'create', entity: 'client-feedback', entityId: v.id, clientId: v.clientId, teamId: v.teamId, details: `feedback link ${v.linkId}` }
	);
}

type AnswerSaved = { anonymous: boolean; id: number; teamId: number; clientId: number; linkId: number };

function storeAnswer(token: string, answer: FeedbackAnswer, today: string, now: Date): CommandResult<AnswerSaved> {
	const link = linkByToken(token);
	if (!link || !feedbackLinkUsable(link, now)) return refused({ _form: 'gone' });
	const db = getDb();
	// Only one answer even if two arrive at once: the update takes the link only while it is unused.
	const used = db
		.update(feedbackLinks)
		.set({ usedAt: dayOf(now) })
		.where(and(eq(feedbackLinks.id, link.id), isNull(feedbackLinks.usedAt)))
		.run();
	if (used.changes !== 1) return refused({ _form: 'gone' });
	const { teamId, clientId } = db.select({ teamId: enrolments.teamId, clientId: enrolments.clientId }).from(enrolments).where(eq(enrolments.id, link.enrolmentId)).get()!;
	const values = { date: today, satisfaction: answer.satisfaction, recommend: answer.recommend, comment: answer.comment, improvement: answer.improvement };
	if (answer.anonymous) {
		const { id } = db.insert(anonymousFeedback).values({ teamId, ...values, createdAt: dayOf(now) }).returning({ id: anonymousFeedback.id }).get();
		return done({ anonymous: true, id, teamId, clientId, linkId: link.id });
	}
	const { id } = db.insert(clientFeedback).values({ enrolmentId: link.enrolmentId, ...values, source: 'link', createdBy: null }).returning({ id: clientFeedback.id }).get();
	return done({ anonymous: false, id, teamId, clientId, linkId: link.id });
}
