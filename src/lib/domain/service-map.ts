import { SERVICE_AREAS } from './vocabularies';

/**
 * Rules of the service map (docs/domain/work-ability.md#service-map). Pure: no database, no framework.
 */

export type ServiceArea = (typeof SERVICE_AREAS)[number];

/** A service is the same service when its name and provider match, whatever the case and spacing. */
export function serviceKey(name: string, provider: string): string {
	const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fi');
	return `${norm(name)}\u0000${norm(provider)}`;
}

/** "Active" in a CSV cell: empty means yes; yes/no in Finnish, Swedish or English, or 1/0. Null when unreadable. */
export function parseActive(cell: string): boolean | null {
	const value = cell.trim().toLocaleLowerCase('fi');
	if (['', 'yes', 'kyllä', 'k', 'ja', 'true', '1', 'x'].includes(value)) return true;
	if (['no', 'ei', 'e', 'nej', 'false', '0'].includes(value)) return false;
	return null;
}

/** Rows (1-based data row numbers) whose service already appeared earlier in the same file. */
export function duplicateRows(rows: readonly { row: number; name: string; provider: string }[]): { row: number; firstRow: number }[] {
	const seen = new Map<string, number>();
	const duplicates: { row: number; firstRow: number }[] = [];
	for (const r of rows) {
		const key = serviceKey(r.name, r.provider);
		const first = seen.get(key);
		if (first === undefined) seen.set(key, r.row);
		else duplicates.push({ row: r.row, firstRow: first });
	}
	return duplicates;
}

/** Catalogue order: by area in the map's order (the seven Kykyviisari areas, then other), then by name. */
export function byAreaThenName<T extends { area: ServiceArea; name: string }>(a: T, b: T): number {
	const area = SERVICE_AREAS.indexOf(a.area) - SERVICE_AREAS.indexOf(b.area);
	return area !== 0 ? area : a.name.localeCompare(b.name, 'fi');
}

/** A web address a browser can open safely: http(s) only, so a catalogue link never runs script. */
export function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' || url.protocol === 'http:';
	} catch {
		return false;
	}
}
