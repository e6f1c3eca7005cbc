import net from 'node:net';
import { SMTPServer } from 'smtp-server';
import { getSqlite } from '$lib/server/db';

/** Test helpers for the reminder tests: a real SMTP server in the test process, MIME decoding, hand-made rows. */

export type Received = { from: string; to: string[]; subject: string; text: string; html: string; raw: string };

export type TestSmtp = { url: string; port: number; received: Received[]; close(): Promise<void> };

/** An SMTP server with AUTH (any password) and no TLS; `refuse` answers 550 to every recipient. */
export async function startSmtp(options: { refuse?: boolean } = {}): Promise<TestSmtp> {
	const received: Received[] = [];
	const server = new SMTPServer({
		logger: false,
		disabledCommands: ['STARTTLS'],
		allowInsecureAuth: true,
		authOptional: true,
		onAuth(auth, _session, callback) {
			callback(null, { user: auth.username });
		},
		onRcptTo(address, _session, callback) {
			if (options.refuse) callback(Object.assign(new Error(`Mailbox ${address.address} unavailable`), { responseCode: 550 }));
			else callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				received.push({ ...decodeMail(raw), from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
				callback();
			});
		}
	});
	const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.server.address() as net.AddressInfo).port)));
	return { url: `smtp://polku:secret@127.0.0.1:${port}`, port, received, close: () => new Promise((r) => server.close(() => r())) };
}

/** A TCP server that accepts connections and never says anything (an SMTP server that times out). */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
	const sockets = new Set<net.Socket>();
	const server = net.createServer((s) => sockets.add(s));
	const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)));
	return {
		url: `smtp://127.0.0.1:${port}`,
		close: () =>
			new Promise((r) => {
				for (const s of sockets) s.destroy();
				server.close(() => r());
			})
	};
}

function decodeQuotedPrintable(body: string): string {
	const soft = body.replace(/=\r?\n/g, '');
	const bytes: number[] = [];
	for (let i = 0; i < soft.length; i++) {
		if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
			bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(...Buffer.from(soft[i], 'utf8'));
	}
	return Buffer.from(bytes).toString('utf8');
}

function decodeWords(header: string): string {
	return header
		.replace(/\?=\s+=\?/g, '?==?')
		.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_all, enc: string, text: string) =>
			enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' '))
		);
}

function headerValue(head: string, name: string): string {
	const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
	const m = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded);
	return m ? m[1].trim() : '';
}

function decodePart(part: string): { type: string; body: string } {
	const split = part.search(/\r?\n\r?\n/);
	const head = part.slice(0, split);
	const body = part.slice(split).replace(/^\r?\n\r?\n/, '');
	const encoding = headerValue(head, 'Content-Transfer-Encoding').toLowerCase();
	const type = headerValue(head, 'Content-Type').split(';')[0].toLowerCase();
	const decoded = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
	return { type, body: decoded };
}

/** Subject, text and HTML of a nodemailer message (multipart/alternative). */
export function decodeMail(raw: string): { subject: string; text: string; html: string } {
	const split = raw.search(/\r?\n\r?\n/);
	const head = raw.slice(0, split);
	const subject = decodeWords(headerValue(head, 'Subject'));
	const boundary = /boundary="?([^";\r\n]+)"?/i.exec(head.replace(/\r?\n[ \t]+/g, ' '))?.[1];
	let text = '';
	let html = '';
	if (boundary) {
		for (const part of raw.split(`--${boundary}`).slice(1)) {
			if (part.startsWith('--')) break;
			const { type, body } = decodePart(part.replace(/^\r?\n/, ''));
			if (type === 'text/plain') text = body;
			if (type === 'text/html') html = body;
		}
	} else text = decodePart(raw).body;
	return { subject, text, html };
}

export const run = (sql: string, ...params: unknown[]) => Number(getSqlite().prepare(sql).run(...params).lastInsertRowid);
