import { test, expect } from '@playwright/test';
import fs from 'node:fs';
import { cookieOf, OWN_ADMIN, postForm, signInFully, startOwnServer, type OwnServer } from './own-server';

// Sign-in hardening at the HTTP level, on a private server with a low per-IP throttle and proxy headers.
let server: OwnServer;
test.beforeAll(async () => {
	server = await startOwnServer({ ORIGIN: '', SIGNIN_IP_BURST: '8', PROTOCOL_HEADER: 'x-forwarded-proto', ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' });
});
test.afterAll(() => {
	server.stop();
	fs.rmSync(server.dir, { recursive: true, force: true });
});

const fromIp = (ip: string) => ({ 'x-forwarded-for': ip, 'x-forwarded-proto': 'http' });

test('security headers: CSP without unsafe-inline scripts, no framing, nosniff, referrer policy; HSTS only over HTTPS', async () => {
	const plain = await fetch(`${server.base}/login`, { headers: fromIp('10.0.0.1') });
	const csp = plain.headers.get('content-security-policy') ?? '';
	const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
	expect(scriptSrc).toContain("'self'");
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(csp).toContain("frame-ancestors 'none'");
	expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
	expect(plain.headers.get('referrer-policy')).toBe('same-origin');
	expect(plain.headers.get('strict-transport-security')).toBeNull();
	const https = await fetch(`${server.base}/login`, { headers: { ...fromIp('10.0.0.1'), 'x-forwarded-proto': 'https' } });
	expect(https.headers.get('strict-transport-security')).toContain('max-age=');
});

test('a cross-site form post is refused by the CSRF origin check', async () => {
	const response = await postForm(server.base, '/login', OWN_ADMIN, '', { origin: 'https://evil.example', ...fromIp('10.0.0.2') });
	expect(response.status).toBe(403);
});

test('an account locks after 5 wrong passwords, even for the right one, with the neutral message', async () => {
	const admin = cookieOf(await signInFully(server, OWN_ADMIN, fromIp('10.0.0.3')));
	const email = 'locked-user@example.org';
	const created = await postForm(server.base, '/admin/users/new', { kind: 'staff', name: 'Lukittava', email, role: 'none', password: 'first-password-123' }, admin, fromIp('10.0.0.3'));
	expect(created.status).toBe(303);
	for (let i = 0; i < 5; i++) {
		const wrong = await postForm(server.base, '/login', { email, password: `wrong-password-${i}` }, '', fromIp(`10.0.1.${i}`));
		expect(wrong.status).toBe(400);
	}
	const right = await postForm(server.base, '/login', { email, password: 'first-password-123' }, '', fromIp('10.0.1.9'));
	expect(right.status).toBe(400);
	expect(await right.text()).toContain('Sähköposti tai salasana on väärin');
});

test('one address is throttled after its burst of attempts, other addresses are not', async () => {
	let throttled = 0;
	for (let i = 0; i < 12; i++) {
		const response = await postForm(server.base, '/login', { email: 'nobody@example.org', password: 'wrong-password-x' }, '', fromIp('10.0.2.1'));
		if (response.status === 429) throttled++;
	}
	expect(throttled).toBeGreaterThanOrEqual(3);
	const other = await postForm(server.base, '/login', OWN_ADMIN, '', fromIp('10.0.2.2'));
	expect(other.status).toBe(303);
});

test('sign-in rotates the session: the cookie sent along is ended', async () => {
	const first = cookieOf(await postForm(server.base, '/login', OWN_ADMIN, '', fromIp('10.0.3.1')));
	const second = await postForm(server.base, '/login', OWN_ADMIN, first, fromIp('10.0.3.1'));
	expect(second.status).toBe(303);
	expect(cookieOf(second)).not.toBe(first);
	const withOld = await fetch(`${server.base}/account`, { headers: { cookie: first, ...fromIp('10.0.3.1') }, redirect: 'manual' });
	expect(withOld.status).toBe(303);
	expect(withOld.headers.get('location')).toContain('/login');
});
