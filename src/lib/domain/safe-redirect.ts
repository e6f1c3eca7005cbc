/**
 * Where to send the browser after sign-in or a language change, from a user-supplied target
 * (`?next=`, a form's `redirectTo`) and the app's own origin (`event.url.origin`). Only a path of this
 * app is ever returned; anything else gives '/'.
 *
 * Browsers are more lenient than a `startsWith('/')` check: they read `\` as `/` and drop tabs and
 * line breaks, so `/\evil.example` and `/<TAB>/evil.example` lead to another site, and a line break
 * in a Location header fails the response. So the target is refused if it (or any percent-decoded
 * form of it) holds a backslash or a control character, if it resolves to another origin, or if its
 * path would start with `//` (a protocol-relative address).
 */
export function safeRedirectPath(target: unknown, origin: string): string {
	if (typeof target !== 'string' || target === '' || target.length > 2000) return '/';
	// A path, or an absolute address on this origin; not a scheme-relative form like `http:evil.example`.
	const own = new URL(origin).origin;
	if (!target.startsWith('/') && !target.startsWith(own + '/')) return '/';
	if (!decodedForms(target).every((form) => !UNSAFE.test(form) && !/^\s*[/\\]{2}/.test(form))) return '/';
	let url: URL;
	try {
		url = new URL(target, origin);
	} catch {
		return '/';
	}
	if (url.origin !== own) return '/';
	const path = url.pathname + url.search + url.hash;
	return path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

/** A backslash or a C0 control character (tab, CR, LF, NUL …) or DEL. */
const UNSAFE = /[\\\u0000-\u001f\u007f]/;

/**
 * The target and each percent-decoding of it until nothing changes (double-encoded `%255C` → `%5C`
 * → `\`). Byte-wise, so a stray `%` in a query never throws; at most 5 rounds, deeper nesting is
 * refused by an unsafe marker.
 */
function decodedForms(target: string): string[] {
	const forms = [target];
	let current = target;
	for (let round = 0; round < 5; round++) {
		const next = current.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		if (next === current) return forms;
		forms.push(next);
		current = next;
	}
	return [...forms, '\\'];
}
