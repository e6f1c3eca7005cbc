import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { cookieOf, postForm, signInFully, startOwnServer, type OwnServer } from './own-server';
import { DEMO_PASSWORD, DEMO_USERS } from './helpers';

/**
 * Findings of the external security scan (issue #26), over HTTP against a private demo server:
 * no open redirect after sign-in or a language change, and a per-user budget for reads of client
 * data (set low here: 3 reads, then one a minute).
 */
test.describe.configure({ mode: 'serial' });

let server: OwnServer;
test.beforeAll(async () => {
	server = await startOwnServer({ CLIENT_READ_BURST: '3', CLIENT_READ_PER_MINUTE: '1' }, { demo: true });
});
test.afterAll(() => {
	server.stop();
	fs.rmSync(server.dir, { recursive: true, force: true });
});

function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new Database(server.dbFile, { readonly: true, fileMustExist: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

const signInWithNext = (next: string) => postForm(server.base, `/login?next=${next}`, { email: DEMO_USERS.coach2, password: DEMO_PASSWORD });

test('sign-in never redirects off the app, whatever next= holds', async () => {
	for (const next of ['/%5Cevil.example', '/%09/evil.example', '/%0D%0ASet-Cookie:x=1', '/%255Cevil.example', '%2F%2Fevil.example', 'https:evil.example', 'http%3A%2F%2Fevil.example']) {
		const response = await signInWithNext(next);
		expect(response.status, next).toBe(303);
		expect(response.headers.get('location'), next).toBe('/');
		// The session was made and works: the redirect is the only thing changed.
		const home = await fetch(`${server.base}/`, { headers: { cookie: cookieOf(response) }, redirect: 'manual' });
		expect(home.status, next).toBeLessThan(400);
		expect(home.headers.get('location') ?? '', next).not.toContain('/login');
	}
	const good = await signInWithNext(encodeURIComponent('/clients?phase=3#list'));
	expect(good.headers.get('location')).toBe('/clients?phase=3#list');
});

test('the language switcher never redirects off the app', async () => {
	for (const redirectTo of ['/\\evil.example', '/\t/evil.example', '//evil.example', 'https://evil.example/', '/\r\nSet-Cookie:x=1']) {
		const response = await postForm(server.base, '/language', { locale: 'sv', redirectTo });
		expect(response.status, JSON.stringify(redirectTo)).toBe(303);
		expect(response.headers.get('location'), JSON.stringify(redirectTo)).toBe('/');
		expect(response.headers.getSetCookie().join(' ')).toContain('PARAGLIDE_LOCALE=sv');
	}
	const good = await postForm(server.base, '/language', { locale: 'en', redirectTo: '/accessibility?x=1' });
	expect(good.headers.get('location')).toBe('/accessibility?x=1');
});

test('reads over the budget: 429 with a readable page and a refusal in the audit log; other users unaffected', async () => {
	const [{ clientId, coachId }] = query<{ clientId: number; coachId: number }>(
		`SELECT e.client_id AS clientId, u.id AS coachId FROM enrolments e JOIN users u ON u.id = e.coach_id WHERE u.email = ? AND e.closed_date IS NULL ORDER BY e.id LIMIT 1`,
		DEMO_USERS.coach
	);
	const coach = cookieOf(await postForm(server.base, '/login', { email: DEMO_USERS.coach, password: DEMO_PASSWORD }));
	const lead = cookieOf(await signInFully(server, { email: DEMO_USERS.lead, password: DEMO_PASSWORD }));
	// The session cookie with a language cookie of our choice (sign-in set the account's own).
	const withLocale = (cookie: string, locale: string) => [...cookie.split('; ').filter((c) => !c.startsWith('PARAGLIDE_LOCALE=')), `PARAGLIDE_LOCALE=${locale}`].join('; ');
	const get = (path: string, cookie: string, locale = 'fi') => fetch(`${server.base}${path}`, { headers: { cookie: withLocale(cookie, locale), accept: 'text/html' }, redirect: 'manual' });

	for (const path of [`/clients/${clientId}`, `/clients/${clientId}/timeline`, `/clients/${clientId}`]) expect((await get(path, coach)).status, path).toBe(200);
	const refused = await get(`/clients/${clientId}`, coach);
	expect(refused.status).toBe(429);
	const page = await refused.text();
	expect(page).toContain('Liian monta asiakastietojen avausta');
	expect(page).toContain('Odota minuutti ja yritä uudelleen.');
	expect(page).not.toContain('Something went wrong');
	const english = await get(`/clients/${clientId}/profile`, coach, 'en');
	expect(english.status).toBe(429);
	expect(await english.text()).toContain('Too many client records opened');
	// Pages of one client's data other than the record share the budget.
	expect((await get(`/clients/${clientId}/plan`, coach)).status).toBe(429);

	// Three served reads, each in the log; the refused ones logged as refusals.
	const rows = query<{ action: string; view: string }>(`SELECT action, view FROM audit_log WHERE user_id = ? AND client_id = ? ORDER BY id`, coachId, clientId);
	expect(rows).toEqual([
		{ action: 'read', view: 'record' },
		{ action: 'read', view: 'timeline' },
		{ action: 'read', view: 'record' },
		{ action: 'read-refused', view: 'record' },
		{ action: 'read-refused', view: 'profile' },
		{ action: 'read-refused', view: 'support-plan' }
	]);

	// The team lead reads the same client as usual, and sees the refusals in the access report.
	expect((await get(`/clients/${clientId}`, lead)).status).toBe(200);
	const report = await get(`/audit/clients/${clientId}`, lead);
	expect(report.status).toBe(200);
	expect(await report.text()).toContain('read-refused');
});
