import nodemailer from 'nodemailer';

/**
 * Outgoing e-mail through SMTP (nodemailer), configured by SMTP_URL (smtp:// or smtps://, user and
 * password in the URL) and MAIL_FROM. Without SMTP_URL nothing is sent and nothing else changes.
 */

export type MailMessage = { to: string; subject: string; text: string; html: string };

export type Mailer = { send(message: MailMessage): Promise<void>; close(): void };

export type MailSetup =
	| { state: 'off' }
	| { state: 'invalid'; reason: string }
	| { state: 'on'; url: string; from: string; host: string };

/** Reads the mail settings; never returns the password. */
export function mailSetup(env: Record<string, string | undefined> = process.env): MailSetup {
	const url = env.SMTP_URL?.trim();
	if (!url) return { state: 'off' };
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return { state: 'invalid', reason: 'SMTP_URL is not a URL (expected smtp://user:password@host:port or smtps://…)' };
	}
	if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') return { state: 'invalid', reason: `SMTP_URL must start with smtp:// or smtps:// (not ${parsed.protocol}//)` };
	if (!parsed.hostname) return { state: 'invalid', reason: 'SMTP_URL names no host' };
	const from = env.MAIL_FROM?.trim() || `Polku <polku@${parsed.hostname}>`;
	return { state: 'on', url, from, host: parsed.hostname };
}

/** Seconds to wait for the SMTP server before a send counts as failed (SMTP_TIMEOUT_SECONDS, default 30). */
function timeoutMs(env: Record<string, string | undefined>): number {
	const n = Number(env.SMTP_TIMEOUT_SECONDS);
	return (Number.isFinite(n) && n > 0 ? n : 30) * 1000;
}

export function createMailer(setup: Extract<MailSetup, { state: 'on' }>, env: Record<string, string | undefined> = process.env): Mailer {
	const ms = timeoutMs(env);
	const transport = nodemailer.createTransport({
		url: setup.url,
		connectionTimeout: ms,
		greetingTimeout: ms,
		socketTimeout: ms,
		// A local test server may use a self-signed certificate: SMTP_TLS_INSECURE=1 accepts it.
		tls: env.SMTP_TLS_INSECURE === '1' ? { rejectUnauthorized: false } : undefined
	});
	return {
		async send(message) {
			const info = await transport.sendMail({ from: setup.from, ...message });
			const rejected = (info as { rejected?: unknown[] }).rejected ?? [];
			if (rejected.length > 0) throw new Error(`recipient refused: ${rejected.map(String).join(', ')}`);
		},
		close() {
			transport.close();
		}
	};
}

/** A short, single-line reason for the log (SMTP response or connection error), without credentials. */
export function failureReason(err: unknown): string {
	const e = err as { code?: string; responseCode?: number; response?: string; message?: string };
	const parts = [e.code, e.responseCode, e.response ?? e.message].filter((p) => p !== undefined && p !== '');
	return parts.join(' ').replace(/\s+/g, ' ').replace(/\/\/[^@\s]*@/g, '//***@').slice(0, 300) || 'unknown error';
}
