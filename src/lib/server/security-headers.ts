/**
 * Headers on every response. The Content-Security-Policy itself is set by SvelteKit (svelte.config.js,
 * kit.csp) so its inline bootstrap script gets a hash instead of 'unsafe-inline'.
 */
export function securityHeaders(https: boolean): Record<string, string> {
	const headers: Record<string, string> = {
		'X-Content-Type-Options': 'nosniff',
		'Referrer-Policy': 'same-origin',
		'X-Frame-Options': 'DENY',
		'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
		'Cross-Origin-Opener-Policy': 'same-origin'
	};
	if (https) headers['Strict-Transport-Security'] = 'max-age=31536000; includeSubDomains';
	return headers;
}
