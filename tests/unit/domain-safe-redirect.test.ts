import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from '$lib/domain/safe-redirect';

const ORIGIN = 'http://polku.example:3000';
const go = (target: unknown) => safeRedirectPath(target, ORIGIN);
/** A query holding "A" percent-encoded `levels` times over (A → %41 → %2541 → …). */
const encoded = (levels: number) => `/clients?q=%${'25'.repeat(levels - 1)}41`;

// Equivalent mutants left in safe-redirect.ts: the `target === ''` test (an empty target fails the next check
// too), the `own + '/'` slash, the origin comparison after parsing and the final startsWith('/') (a target that
// passed the earlier checks always parses to this origin and a path starting with one slash), and the catch of
// new URL() (a path or an address on the app's own origin always parses).
describe('safe redirect targets', () => {
	it('keeps a path of up to 2000 characters, refuses a longer one', () => {
		const path2000 = '/' + 'a'.repeat(1999);
		expect(go(path2000)).toBe(path2000);
		expect(go(path2000 + 'a')).toBe('/');
	});

	it('decodes up to four levels of percent-encoding to look for tricks, refuses anything nested deeper', () => {
		expect(go(encoded(1))).toBe('/clients?q=%41');
		expect(go(encoded(4))).toBe(encoded(4));
		expect(go(encoded(5))).toBe('/');
		expect(go(encoded(6))).toBe('/');
	});

	it('keeps an address on its own origin, as a path', () => {
		expect(go(`${ORIGIN}/clients/3?tab=plan`)).toBe('/clients/3?tab=plan');
		expect(go(`${ORIGIN}`)).toBe('/');
	});
});
