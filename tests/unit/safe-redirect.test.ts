import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '$lib/domain/safe-redirect';

const ORIGIN = 'http://polku.example:3000';
const go = (target: unknown) => safeRedirectPath(target, ORIGIN);

describe('safeRedirectPath', () => {
	it('keeps paths of the app, with query and fragment', () => {
		expect(go('/clients/3?x=1#y')).toBe('/clients/3?x=1#y');
		expect(go('/')).toBe('/');
		expect(go('/outcomes?from=2026-01-01&to=2026-03-31')).toBe('/outcomes?from=2026-01-01&to=2026-03-31');
		expect(go('/clients?q=M%C3%A4ki%20100%25')).toBe('/clients?q=M%C3%A4ki%20100%25');
		expect(go('/clients?q=100%')).toBe('/clients?q=100%');
		expect(go(`${ORIGIN}/team`)).toBe('/team');
	});

	it('gives / for nothing or non-text', () => {
		expect(go(null)).toBe('/');
		expect(go(undefined)).toBe('/');
		expect(go('')).toBe('/');
		expect(go(42)).toBe('/');
	});

	it('refuses backslashes, raw and encoded (browsers read \\ as /)', () => {
		for (const target of ['/\\evil.example', '\\\\evil.example', '/\\/evil', '\\/evil.example', '/%5Cevil.example', '/%5cevil.example', '/%255Cevil.example', '/%25255Cevil.example', '/clients/3?x=%5C'])
			expect(go(target), target).toBe('/');
	});

	it('refuses tabs, line breaks and other control characters, raw and encoded', () => {
		for (const target of ['/\t/evil.example', '/%09/evil.example', '/%2509/evil.example', '/\r\nSet-Cookie:x=1', '/%0D%0ASet-Cookie:x=1', '/%250D%250ASet-Cookie:x=1', '/\u0000', '/%00', '/%7F', '/clients\n'])
			expect(go(target), JSON.stringify(target)).toBe('/');
	});

	it('refuses other sites: absolute and protocol-relative addresses', () => {
		for (const target of [
			'http://evil.example',
			'https://evil.example/clients/3',
			'https:evil.example',
			'http:evil.example:3000',
			'//evil.example',
			'///evil.example',
			' //evil.example',
			'/%2F/evil.example',
			'/%2f%2fevil.example',
			'/.//evil.example',
			'http://polku.example:3001/',
			'https://polku.example:3000/',
			'javascript:alert(1)',
			'data:text/html,x',
			'mailto:x@evil.example'
		])
			expect(go(target), target).toBe('/');
	});

	it('never returns anything but a single-slash path of the app', () => {
		for (const target of ['clients/3', '../../etc', '?x=1', '#top', '/a/../../b', 'evil.example']) {
			const path = go(target);
			expect(path.startsWith('/') && !path.startsWith('//'), `${target} → ${path}`).toBe(true);
			expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
		}
	});
});
