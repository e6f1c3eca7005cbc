import { describe, expect, it } from 'vitest';
import { byAreaThenName, duplicateRows, isWebAddress, parseActive, serviceKey } from '$lib/domain/service-map';

describe('service map rules', () => {
	it('treats name and provider as the service, whatever the case and spacing', () => {
		expect(serviceKey('Vertaistukiryhmä ', 'Helmi  ry')).toBe(serviceKey('vertaistukiryhmä', 'HELMI ry'));
		expect(serviceKey('Ryhmä', 'A')).not.toBe(serviceKey('Ryhmä', 'B'));
	});
	it('reads yes/no in three languages, empty as yes, and refuses anything else', () => {
		expect(['', 'kyllä', 'Yes', 'ja', '1'].map(parseActive)).toEqual([true, true, true, true, true]);
		expect(['ei', 'No', 'nej', '0'].map(parseActive)).toEqual([false, false, false, false]);
		expect(parseActive('maybe')).toBeNull();
	});
	it('names each repeated row and the row it repeats', () => {
		expect(duplicateRows([{ row: 1, name: 'A', provider: 'P' }, { row: 2, name: 'B', provider: 'P' }, { row: 4, name: 'a', provider: 'p' }])).toEqual([{ row: 4, firstRow: 1 }]);
	});
	it('accepts only http(s) addresses, so a link never runs script', () => {
		expect(isWebAddress('https://www.kela.fi')).toBe(true);
		expect(isWebAddress('javascript:alert(1)')).toBe(false);
		expect(isWebAddress('www.kela.fi')).toBe(false);
	});
	it('orders by area in the map’s order, then by name', () => {
		const rows = [{ area: 'other' as const, name: 'A' }, { area: 'mind' as const, name: 'B' }, { area: 'mind' as const, name: 'A' }, { area: 'wellbeing' as const, name: 'Z' }];
		expect(rows.sort(byAreaThenName).map((r) => `${r.area}:${r.name}`)).toEqual(['wellbeing:Z', 'mind:A', 'mind:B', 'other:A']);
	});
});

describe('service map: keys, yes/no and addresses (mutation-tested)', () => {
	// Equivalent mutant: lower- vs upper-case folding in serviceKey (the key is only compared with other keys).
	it('keeps words apart: spacing is folded, not removed', () => {
		expect(serviceKey('Helmi ry', 'Vantaa')).not.toBe(serviceKey('Helmiry', 'Vantaa'));
		expect(serviceKey('Helmi\t ry', 'Vantaa')).toBe(serviceKey('Helmi ry', 'Vantaa'));
	});
	it('reads every yes and no form, with spaces around it', () => {
		expect([' kyllä ', 'k', 'true', 'x', 'X', 'JA'].map(parseActive)).toEqual([true, true, true, true, true, true]);
		expect([' ei ', 'e', 'false', 'NO'].map(parseActive)).toEqual([false, false, false, false]);
		expect(['y', 'n', 'kyl'].map(parseActive)).toEqual([null, null, null]);
	});
	it('accepts http and https, nothing else', () => {
		expect(isWebAddress('http://example.fi')).toBe(true);
		expect(isWebAddress('https://example.fi/palvelu')).toBe(true);
		expect(isWebAddress('ftp://example.fi')).toBe(false);
		expect(isWebAddress('mailto:palvelu@example.fi')).toBe(false);
		expect(isWebAddress('data:text/html,hi')).toBe(false);
	});
});
