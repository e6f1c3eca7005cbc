import { describe, expect, it } from 'vitest';
import { gunzipSync } from 'node:zlib';
import { compressHtml } from '$lib/server/compression';

const page = '<!doctype html><p>' + 'Asiakas '.repeat(1000) + '</p>';
const html = (body = page, headers: Record<string, string> = {}) => new Response(body, { headers: { 'content-type': 'text/html', etag: '"abc"', ...headers } });
const request = (headers: Record<string, string> = {}) => new Request('http://localhost/', { headers });

describe('HTML compression', () => {
	it('gzips a page for a client that accepts gzip, with a weak ETag and Vary', async () => {
		const response = await compressHtml(request({ 'accept-encoding': 'gzip, deflate, br' }), html());
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('etag')).toBe('W/"abc"');
		expect(response.headers.get('vary')).toContain('Accept-Encoding');
		const body = Buffer.from(await response.arrayBuffer());
		expect(body.byteLength).toBeLessThan(page.length / 10);
		expect(gunzipSync(body).toString()).toBe(page);
	});

	it('answers 304 when the client already has the page', async () => {
		const response = await compressHtml(request({ 'accept-encoding': 'gzip', 'if-none-match': 'W/"abc"' }), html());
		expect(response.status).toBe(304);
	});

	it('leaves other clients, small pages and other types alone', async () => {
		expect((await compressHtml(request(), html())).headers.get('content-encoding')).toBeNull();
		expect((await compressHtml(request({ 'accept-encoding': 'gzip' }), html('<p>small</p>'))).headers.get('content-encoding')).toBeNull();
		const json = new Response('{"a":1}'.repeat(1000), { headers: { 'content-type': 'application/json' } });
		expect((await compressHtml(request({ 'accept-encoding': 'gzip' }), json)).headers.get('content-encoding')).toBeNull();
	});
});
