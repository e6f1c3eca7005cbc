import { test, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { cookieOf, postForm, signInFully, startOwnServer, type OwnServer } from './own-server';
import { DEMO_PASSWORD, DEMO_USERS } from './helpers';

/**
 * Input fuzzing on a private copy of the demo data: signed in as each staff role, crawl the pages
 * reachable from the menu, collect every POST form, and send each one malformed values (empty,
 * huge, wrong types, markup, SQL, unicode edge cases, impossible dates and numbers). No response
 * may be a 5xx, the database must stay intact with the rows that existed untouched, and markup
 * sent in must never run when the pages are shown again.
 */
test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

let server: OwnServer;
test.beforeAll(async () => {
	server = await startOwnServer({ SIGNIN_IP_BURST: '10000', CLIENT_READ_BURST: '100000' }, { demo: true });
});
test.afterAll(() => {
	server.stop();
	fs.rmSync(server.dir, { recursive: true, force: true });
});

// Beyond every field's limit, while the whole body stays under the server's BODY_SIZE_LIMIT (512 KB).
const HUGE = 'x'.repeat(20_000);
const VARIANTS: { name: string; value: (field: string) => string | string[] | null }[] = [
	{ name: 'missing fields', value: () => null },
	{ name: 'empty', value: () => '' },
	{ name: 'huge', value: () => HUGE },
	{ name: 'markup', value: () => '<script>alert(1)</script>"><img src=x onerror=alert(2)>' },
	{ name: 'sql', value: () => "1' OR '1'='1'; DROP TABLE clients; --" },
	{ name: 'unicode', value: () => '\u0000\u202E𝕏\uFEFF e\u0301 \uD83D' },
	{ name: 'bad date', value: () => '2026-02-30' },
	{ name: 'numbers', value: () => '-1e309' },
	{ name: 'arrays', value: (f) => [f, `${f}-2`] }
];
/**
 * Forms that end the tester's own session or switch its language, or take no input at all and
 * end a user's sessions or remove their second factor (docs/domain/sign-in.md): not data inputs.
 */
const SKIP_ACTIONS = [/\/logout/, /\/language/, /\?\/(endSessions|resetSecondFactor)$/];

type FoundForm = { page: string; action: string; fields: string[] };

async function crawl(page: Page, start: string[], limit: number): Promise<{ pages: string[]; forms: FoundForm[] }> {
	const seen = new Set<string>();
	const queue = [...start];
	const forms = new Map<string, FoundForm>();
	while (queue.length && seen.size < limit) {
		const url = queue.shift()!;
		if (seen.has(url)) continue;
		seen.add(url);
		const response = await page.goto(url);
		if (!response || response.status() !== 200) continue;
		const found = await page.evaluate(() => ({
			links: [...document.querySelectorAll('main a[href^="/"]')].map((a) => (a as HTMLAnchorElement).getAttribute('href')!),
			// Attributes, not properties: a field named "action" or "method" would shadow form.action.
			forms: [...document.querySelectorAll('form')]
				.filter((f) => (f.getAttribute('method') ?? 'get').toLowerCase() === 'post')
				.map((f) => {
					const url = new URL(f.getAttribute('action') ?? '', location.href);
					return {
						action: url.pathname + url.search,
						fields: [...new Set([...f.elements].map((e) => e.getAttribute('name') ?? '').filter(Boolean))]
					};
				})
		}));
		for (const form of found.forms) {
			if (SKIP_ACTIONS.some((re) => re.test(form.action))) continue;
			const key = `${form.action.replace(/\d+/g, 'N')}|${form.fields.join(',')}`;
			if (!forms.has(key)) forms.set(key, { page: url, ...form });
		}
		for (const link of found.links) {
			const clean = link.split('#')[0];
			// Stay on pages, not downloads; one sample per list page.
			if (!clean || /\.(csv|xlsx|json)(\?|$)/.test(clean) || /[?&]page=/.test(clean)) continue;
			if (!seen.has(clean)) queue.push(clean);
		}
	}
	return { pages: [...seen], forms: [...forms.values()] };
}

function snapshot(file: string): Map<string, string> {
	const db = new Database(file, { readonly: true });
	try {
		// data_changes is the cache counter (triggers raise it on any insert, and new rows are allowed here).
		const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('audit_log', 'sessions', 'settings', 'users', 'data_changes') AND name NOT LIKE '__drizzle%'").all() as { name: string }[]).map((t) => t.name);
		const rows = new Map<string, string>();
		for (const table of tables) {
			for (const row of db.prepare(`SELECT rowid AS _rowid, * FROM "${table}"`).all() as Record<string, unknown>[]) {
				const { _rowid, updated_at: _u, version: _v, ...rest } = row;
				rows.set(`${table}#${_rowid}`, JSON.stringify(rest));
			}
		}
		return rows;
	} finally {
		db.close();
	}
}

for (const role of ['lead', 'coach', 'admin'] as const) {
	test(`malformed input to every form a ${role} can reach: no 5xx, nothing existing changed, no script runs`, async ({ browser }) => {
		const signIn = await signInFully(server, { email: DEMO_USERS[role], password: DEMO_PASSWORD });
		expect(signIn.status).toBe(303);
		const cookie = cookieOf(signIn);
		const context = await browser.newContext({ baseURL: server.base });
		await context.addCookies(cookie.split('; ').map((c) => ({ name: c.split('=')[0], value: c.slice(c.indexOf('=') + 1), url: server.base })));
		const page = await context.newPage();
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(`${page.url()}: ${d.message()}`);
			void d.dismiss();
		});
		const { pages, forms } = await crawl(page, ['/', '/clients', '/team', '/employers', '/fidelity', '/outcomes', '/admin', '/audit', '/privacy', '/account'], 60);
		expect(forms.length).toBeGreaterThan(0);

		const before = snapshot(server.dbFile);
		const failures: string[] = [];
		for (const form of forms) {
			for (const variant of VARIANTS) {
				const body = new URLSearchParams();
				for (const field of form.fields) {
					const value = variant.value(field);
					if (value === null) continue;
					for (const v of Array.isArray(value) ? value : [value]) body.append(field, v);
				}
				const send = () =>
					fetch(`${server.base}${form.action}`, {
						method: 'POST',
						redirect: 'manual',
						headers: { origin: server.base, accept: 'text/html', cookie, 'content-type': 'application/x-www-form-urlencoded' },
						body: body.toString()
					});
				// A kept-alive connection the server closes as idle just when it is reused fails with a reset
				// before any answer (browsers resend then too); the answer is what this test judges.
				const response = await send().catch((err: Error & { cause?: { code?: string } }) => {
					if (err.cause?.code === 'ECONNRESET') return send();
					throw err;
				});
				await response.text();
				if (response.status >= 500) failures.push(`${response.status} ${form.action} (${variant.name}) from ${form.page}`);
			}
		}
		expect(failures).toEqual([]);

		const after = snapshot(server.dbFile);
		const changed = [...before].filter(([key, value]) => after.has(key) && after.get(key) !== value).map(([key]) => key);
		const removed = [...before.keys()].filter((key) => !after.has(key));
		expect({ changed, removed }).toEqual({ changed: [], removed: [] });
		const db = new Database(server.dbFile, { readonly: true });
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		db.close();

		// Whatever markup was stored is shown as text, never run.
		for (const url of pages) await page.goto(url);
		expect(dialogs).toEqual([]);
		await context.close();
	});
}
