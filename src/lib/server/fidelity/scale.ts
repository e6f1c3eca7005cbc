import { and, desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '../db';
import { fidelityScales } from '../db/schema';
import { IPS25_V1, type ScaleItem } from '$lib/domain/fidelity-scale';

export type StoredScale = { id: number; code: string; version: string; name: string; items: ScaleItem[] };

/**
 * Makes sure every database holds scale version 1 (idempotent; run after migrations). A team can
 * add an adapted version later as a new row; existing reviews keep pointing at theirs.
 */
export function ensureFidelityScale(db: Db): void {
	const existing = db
		.select({ id: fidelityScales.id })
		.from(fidelityScales)
		.where(and(eq(fidelityScales.code, IPS25_V1.code), eq(fidelityScales.version, IPS25_V1.version)))
		.get();
	if (existing) return;
	db.insert(fidelityScales).values({ code: IPS25_V1.code, version: IPS25_V1.version, name: IPS25_V1.name, items: IPS25_V1.items, active: true }).run();
}

function toStored(row: typeof fidelityScales.$inferSelect): StoredScale {
	return { id: row.id, code: row.code, version: row.version, name: row.name, items: row.items as ScaleItem[] };
}

// A stored scale version never changes (an adapted scale is a new row), so one parse per process is enough.
const scalesById = new Map<number, StoredScale>();

export function scaleById(id: number): StoredScale | undefined {
	const known = scalesById.get(id);
	if (known) return known;
	const row = getDb().select().from(fidelityScales).where(eq(fidelityScales.id, id)).get();
	if (!row) return undefined;
	const scale = toStored(row);
	scalesById.set(id, scale);
	return scale;
}

/** The scale new reviews use: the newest active one. */
export function activeScale(): StoredScale {
	const db = getDb();
	ensureFidelityScale(db);
	const row = db.select({ id: fidelityScales.id }).from(fidelityScales).where(eq(fidelityScales.active, true)).orderBy(desc(fidelityScales.id)).get();
	return scaleById(row!.id)!;
}
