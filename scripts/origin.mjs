// Which origin the app answers as, and the refusal page for a form posted from any other.
//
// adapter-node takes the public origin from ORIGIN, or from proxy headers (PROTOCOL_HEADER,
// HOST_HEADER), and otherwise assumes `https://<Host>`. A plain `npm start` serves http, so every
// browser form post (Origin `http://localhost:3000`) failed SvelteKit's cross-site check. Without
// ORIGIN and proxy headers, Polku therefore runs in *local* mode: the scheme is http (that is what
// this server speaks) and the host is the request's Host header *only if it names this machine*
// (localhost, a loopback address, the host name or an interface address, on the listening port).
// A spoofed Host falls back to localhost, so it can never make a foreign Origin acceptable.
// SvelteKit's own origin check stays on; this module only tells it the right origin, and shows a
// readable page (fi/sv/en) when a post is refused. See docs/architecture.md#origin-and-csrf.
import os from 'node:os';

/** Internal headers through which local mode hands adapter-node the origin; any sent by a client are dropped. */
export const LOCAL_PROTOCOL_HEADER = 'x-polku-local-protocol';
export const LOCAL_HOST_HEADER = 'x-polku-local-host';

/**
 * @param {Record<string, string | undefined>} env
 * @returns {{ mode: 'fixed', origin: string } | { mode: 'proxy', protocolHeader: string, hostHeader: string, portHeader: string } | { mode: 'local', port: string, hosts: Set<string>, canonicalHost: string }}
 */
export function originSettings(env, machine = { hostname: os.hostname(), interfaces: os.networkInterfaces() }) {
	if (env.ORIGIN) return { mode: 'fixed', origin: new URL(env.ORIGIN).origin };
	if (env.PROTOCOL_HEADER || env.HOST_HEADER) {
		return {
			mode: 'proxy',
			protocolHeader: (env.PROTOCOL_HEADER ?? '').toLowerCase(),
			hostHeader: (env.HOST_HEADER ?? '').toLowerCase(),
			portHeader: (env.PORT_HEADER ?? '').toLowerCase()
		};
	}
	const port = String(env.PORT || '3000');
	return { mode: 'local', port, hosts: localHosts(port, env.HOST, machine), canonicalHost: `localhost:${port}` };
}

/**
 * Host header values (`name:port`, lower case) that address this machine on the listening port.
 * @param {string} port
 * @param {string | undefined} listenHost
 * @param {{ hostname: string, interfaces: NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]> }} machine
 */
export function localHosts(port, listenHost, machine) {
	const names = new Set(['localhost', '127.0.0.1', '[::1]']);
	if (machine.hostname) names.add(machine.hostname.toLowerCase());
	if (listenHost && listenHost !== '0.0.0.0' && listenHost !== '::') names.add(bracketed(listenHost.toLowerCase()));
	for (const list of Object.values(machine.interfaces)) {
		for (const info of list ?? []) names.add(bracketed(info.address.toLowerCase()));
	}
	const hosts = new Set();
	for (const name of names) {
		hosts.add(`${name}:${port}`);
		if (port === '80') hosts.add(name);
	}
	return hosts;
}

/** @param {string} address */
function bracketed(address) {
	return address.includes(':') && !address.startsWith('[') ? `[${address}]` : address;
}

/** @param {string | string[] | undefined} value */
function first(value) {
	const text = Array.isArray(value) ? value[0] : value;
	return text?.split(',')[0]?.trim() || undefined;
}

/**
 * In local mode, sets the internal headers adapter-node reads; in every mode, drops copies sent by clients.
 * Returns the origin the app will see for this request.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {ReturnType<typeof originSettings>} settings
 */
export function applyOrigin(headers, settings) {
	delete headers[LOCAL_PROTOCOL_HEADER];
	delete headers[LOCAL_HOST_HEADER];
	if (settings.mode === 'fixed') return settings.origin;
	if (settings.mode === 'proxy') {
		const protocol = (settings.protocolHeader && first(headers[settings.protocolHeader])) || 'https';
		const host = (settings.hostHeader && first(headers[settings.hostHeader])) || headers.host || '';
		const port = settings.portHeader && first(headers[settings.portHeader]);
		return `${protocol}://${host}${port ? `:${port}` : ''}`;
	}
	const sent = (headers.host ?? '').toLowerCase();
	const host = settings.hosts.has(sent) ? sent : settings.canonicalHost;
	headers[LOCAL_PROTOCOL_HEADER] = 'http';
	headers[LOCAL_HOST_HEADER] = host;
	return `http://${host}`;
}

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const UNSAFE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * The same condition as SvelteKit's cross-site form check: a form post whose Origin is not the app's.
 * @param {string | undefined} method
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {string} appOrigin
 */
export function isCrossSiteFormPost(method, headers, appOrigin) {
	const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
	return UNSAFE_METHODS.includes(method ?? '') && FORM_TYPES.includes(type) && headers.origin !== appOrigin;
}

const TEXTS = {
	fi: {
		title: 'Lomaketta ei hyväksytty',
		lead: 'Polku hylkäsi lomakkeen, koska se lähetettiin eri osoitteesta kuin se, jolla Polku tuntee itsensä. Mitään ei tallennettu.',
		sent: 'Lomake lähetettiin osoitteesta',
		expected: 'Polku odotti osoitetta',
		fix: 'Jos avasit Polun tästä osoitteesta, ylläpitäjä asettaa palvelimelle ympäristömuuttujan',
		restart: 'ja käynnistää Polun uudelleen. Jos et avannut tätä osoitetta, jokin toinen sivusto yritti lähettää lomakkeen puolestasi: älä muuta asetuksia.',
		back: 'Palaa etusivulle'
	},
	sv: {
		title: 'Formuläret godkändes inte',
		lead: 'Polku avvisade formuläret eftersom det skickades från en annan adress än den som Polku känner sig själv under. Ingenting sparades.',
		sent: 'Formuläret skickades från',
		expected: 'Polku väntade sig adressen',
		fix: 'Om du öppnade Polku på den här adressen ställer administratören in miljövariabeln',
		restart: 'på servern och startar om Polku. Om du inte öppnade den adressen försökte en annan webbplats skicka formuläret i ditt namn: ändra inga inställningar.',
		back: 'Till startsidan'
	},
	en: {
		title: 'Form not accepted',
		lead: 'Polku refused the form because it was sent from another address than the one Polku knows itself by. Nothing was saved.',
		sent: 'The form was sent from',
		expected: 'Polku expected',
		fix: 'If you opened Polku at that address, the administrator sets the environment variable',
		restart: 'on the server and restarts Polku. If you did not open that address, another site tried to send the form on your behalf: change no settings.',
		back: 'Back to the start page'
	}
};

/**
 * The page's language: the language cookie the app sets, else the browser's first supported language, else Finnish.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @returns {'fi' | 'sv' | 'en'}
 */
export function refusalLocale(headers) {
	const cookie = /(?:^|;\s*)PARAGLIDE_LOCALE=(fi|sv|en)(?:;|$)/.exec(headers.cookie ?? '');
	if (cookie) return /** @type {'fi' | 'sv' | 'en'} */ (cookie[1]);
	for (const part of (headers['accept-language'] ?? '').split(',')) {
		const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
		if (tag === 'fi' || tag === 'sv' || tag === 'en') return tag;
	}
	return 'fi';
}

/** @param {string} text */
function escapeHtml(text) {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * @param {'fi' | 'sv' | 'en'} locale
 * @param {string | undefined} sentOrigin the Origin header of the refused post
 * @param {string} appOrigin
 */
export function refusalPage(locale, sentOrigin, appOrigin) {
	const t = TEXTS[locale];
	const sent = escapeHtml(sentOrigin || '–');
	const setting = sentOrigin && /^https?:\/\/[^/\s]+$/.test(sentOrigin) ? `ORIGIN=${escapeHtml(sentOrigin)}` : 'ORIGIN=https://polku.example.fi';
	return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} – Polku</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;background:#fff}code{background:#eef1f5;padding:.1em .3em;border-radius:3px;word-break:break-all}a{color:#0b4f8a}</style>
</head>
<body>
<main>
<h1>${t.title}</h1>
<p>${t.lead}</p>
<dl>
<dt>${t.sent}</dt><dd><code>${sent}</code></dd>
<dt>${t.expected}</dt><dd><code>${escapeHtml(appOrigin)}</code></dd>
</dl>
<p>${t.fix} <code>${setting}</code> ${t.restart}</p>
<p><a href="/">${t.back}</a></p>
</main>
</body>
</html>`;
}
