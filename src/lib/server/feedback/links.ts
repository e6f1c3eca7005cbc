import { createHash, randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { getDb } from '../db';
import { feedbackLinks } from '../db/schema';
import { audited, done, refused, type CommandResult } from '../commands';
import { refusedForm } from '../forms';
import { requireClientWrite } from '../clients/access';
import { feedbackLinkExpiry, feedbackLinkState } from '$lib/domain/client-feedback';

/**
 * One-time feedback links (docs/domain/team-report.md#client-feedback): 32 random bytes in the
 * address, only their sha-256 in the database (as the calendar feed's token). The coach sees the
 * address and its QR code once, in the answer to the form that made it.
 */

export function hashFeedbackToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Tokens are base64url of 32 bytes; anything else is not looked up at all. */
export const FEEDBACK_TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Makes a link for the enrolment; the token is returned once, never stored. */
export function createFeedbackLink(enrolmentId: number, actorId: number, now: Date = new Date()): CommandResult<{ token: string; linkId: number }> {
	const token = randomBytes(32).toString('base64url');
	const row = getDb()
		.insert(feedbackLinks)
		.values({ enrolmentId, tokenHash: hashFeedbackToken(token), createdBy: actorId, createdAt: now, expiresAt: feedbackLinkExpiry(now) })
		.returning({ id: feedbackLinks.id })
		.get();
	return done({ token, linkId: row.id });
}

export type FeedbackLinkStatus = { id: number; createdAt: Date; expiresAt: Date; state: 'answered' | 'open' | 'expired' };

/** The enrolment's links, newest first, as the coach sees them (never the token). */
export function feedbackLinkStatus(enrolmentId: number, now: Date = new Date()): FeedbackLinkStatus[] {
	return getDb()
		.select({ id: feedbackLinks.id, createdAt: feedbackLinks.createdAt, expiresAt: feedbackLinks.expiresAt, usedAt: feedbackLinks.usedAt })
		.from(feedbackLinks)
		.where(eq(feedbackLinks.enrolmentId, enrolmentId))
		.orderBy(desc(feedbackLinks.id))
		.limit(10)
		.all()
		.map((l) => ({ id: l.id, createdAt: l.createdAt, expiresAt: l.expiresAt, state: feedbackLinkState(l, now) }));
}

/** The answer page's address and its QR code as inline SVG (server-rendered: shown without JavaScript). */
export async function feedbackLinkView(origin: string, token: string): Promise<{ url: string; qrSvg: string }> {
	const url = `${origin}/feedback/${token}`;
	const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
	return { url, qrSvg };
}

type Event = { locals: App.Locals; params: { id: string }; request: Request; url: URL };

/**
 * The client record's "make a feedback link" form: the client's own coach or lead (policy, from the
 * client's row), on an open enrolment; the link's creation is audited in the same transaction.
 */
export async function feedbackLinkAction(event: Event) {
	const access = requireClientWrite(event.locals.actor, event.params.id);
	const formData = await event.request.formData();
	const actor = event.locals.actor!;
	if (access.enrolmentId === null || access.closed) return refusedForm(formData, refused({ _form: 'clients_err_closed' }));
	const enrolmentId = access.enrolmentId;
	const result = audited(
		() => createFeedbackLink(enrolmentId, actor.id),
		(value) => ({ actor, action: 'create', entity: 'feedback-link', entityId: value.linkId, clientId: access.clientId, teamId: access.teamId })
	);
	if (!result.ok) return refusedForm(formData, result);
	return { saved: 'feedback-link', feedbackLink: await feedbackLinkView(event.url.origin, result.value.token) };
}
