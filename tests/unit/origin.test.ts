import { describe, expect, it } from 'vitest';
import {
	LOCAL_HOST_HEADER,
	LOCAL_PROTOCOL_HEADER,
	applyOrigin,
	isCrossSiteFormPost,
	originSettings,
	refusalLocale,
	refusalPage
} from '../../scripts/origin.mjs';

const machine = {
	hostname: 'Polku-Server',
	interfaces: {
		lo: [{ address: '127.0.0.1' }, { address: '::1' }],
		eth0: [{ address: '192.168.1.20' }, { address: 'fe80::1' }]
	}
} as unknown as Parameters<typeof originSettings>[1];

const form = { 'content-type': 'application/x-www-form-urlencoded' };

describe('the origin a plain npm start answers as (local mode)', () => {
	const settings = originSettings({ PORT: '3000' }, machine);

	it('is http on the Host the browser used, when that names this machine', () => {
		for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'polku-server:3000', '192.168.1.20:3000', '[fe80::1]:3000']) {
			const headers: Record<string, string> = { host };
			expect(applyOrigin(headers, settings)).toBe(`http://${host}`);
			expect(headers[LOCAL_PROTOCOL_HEADER]).toBe('http');
			expect(headers[LOCAL_HOST_HEADER]).toBe(host);
		}
	});

	it('falls back to localhost for a Host that is not this machine, or another port', () => {
		expect(applyOrigin({ host: 'evil.example' }, settings)).toBe('http://localhost:3000');
		expect(applyOrigin({ host: 'localhost:4000' }, settings)).toBe('http://localhost:3000');
		expect(applyOrigin({}, settings)).toBe('http://localhost:3000');
	});

	it('ignores internal headers sent by a client', () => {
		const headers: Record<string, string> = { host: 'evil.example', [LOCAL_HOST_HEADER]: 'evil.example', [LOCAL_PROTOCOL_HEADER]: 'https' };
		expect(applyOrigin(headers, settings)).toBe('http://localhost:3000');
		expect(headers[LOCAL_HOST_HEADER]).toBe('localhost:3000');
	});

	it('refuses a foreign origin even with a spoofed Host header', () => {
		const headers = { ...form, host: 'evil.example', origin: 'http://evil.example' };
		expect(isCrossSiteFormPost('POST', headers, applyOrigin(headers, settings))).toBe(true);
	});

	it('accepts the browser\u2019s own origin', () => {
		const headers = { ...form, host: 'localhost:3000', origin: 'http://localhost:3000' };
		expect(isCrossSiteFormPost('POST', headers, applyOrigin(headers, settings))).toBe(false);
	});
});

describe('ORIGIN and proxy headers', () => {
	it('ORIGIN fixes the origin whatever the Host', () => {
		const settings = originSettings({ ORIGIN: 'https://polku.example.fi/', PORT: '3000' }, machine);
		const headers: Record<string, string> = { host: 'localhost:3000', [LOCAL_HOST_HEADER]: 'x' };
		expect(applyOrigin(headers, settings)).toBe('https://polku.example.fi');
		expect(headers[LOCAL_HOST_HEADER]).toBeUndefined();
	});

	it('proxy headers give the origin as adapter-node computes it', () => {
		const settings = originSettings({ PROTOCOL_HEADER: 'X-Forwarded-Proto', HOST_HEADER: 'x-forwarded-host' }, machine);
		expect(applyOrigin({ host: 'internal:3000', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'polku.example.fi' }, settings)).toBe('https://polku.example.fi');
		expect(applyOrigin({ host: 'internal:3000' }, settings)).toBe('https://internal:3000');
	});
});

describe('the cross-site form check', () => {
	const origin = 'http://localhost:3000';
	it('covers the methods and form types SvelteKit checks', () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain;charset=UTF-8']) {
				expect(isCrossSiteFormPost(method, { 'content-type': type, origin: 'http://evil.example' }, origin)).toBe(true);
			}
		}
		expect(isCrossSiteFormPost('POST', { ...form }, origin)).toBe(true);
	});
	it('leaves reads and JSON alone', () => {
		expect(isCrossSiteFormPost('GET', { ...form, origin: 'http://evil.example' }, origin)).toBe(false);
		expect(isCrossSiteFormPost('POST', { 'content-type': 'application/json', origin: 'http://evil.example' }, origin)).toBe(false);
	});
});

describe('the refusal page', () => {
	it('speaks the language cookie, else the browser language, else Finnish', () => {
		expect(refusalLocale({ cookie: 'a=b; PARAGLIDE_LOCALE=sv' })).toBe('sv');
		expect(refusalLocale({ 'accept-language': 'de-DE,en;q=0.8' })).toBe('en');
		expect(refusalLocale({})).toBe('fi');
	});
	it('names ORIGIN with the address used, escaped', () => {
		expect(refusalPage('en', 'http://polku-server:3000', 'http://localhost:3000')).toContain('<code>ORIGIN=http://polku-server:3000</code>');
		const page = refusalPage('fi', 'http://x"><script>alert(1)</script>', 'http://localhost:3000');
		expect(page).not.toContain('<script>');
		expect(page).toContain('ORIGIN=https://polku.example.fi');
		expect(page).toContain('<html lang="fi">');
	});
});
