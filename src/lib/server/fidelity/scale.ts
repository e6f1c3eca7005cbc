import { and, desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '../db';
import { fidelityScales } from '../db/schema';
import { IPS25_V1, differOnlyInTexts, type ScaleItem } from '$lib/domain/fidelity-scale';

export type StoredScale = { id: number; code: string; version: string; name: string; items: ScaleItem[] };

// A stored scale's scoring never changes (an adapted scale is a new row; only texts are refreshed at
// start-up, before any read), so one parse per process is enough.
const scalesById = new Map<number, StoredScale>();
const textsRefreshed = new WeakSet<Db>();

/**
 * Makes sure every database holds scale version 1 (idempotent; run after migrations). A team can
 * add an adapted version later as a new row; existing reviews keep pointing at theirs.
 *
 * A database seeded by an earlier release has version 1 with the texts of that time (before the
 * Swedish texts, for one). When the stored items differ from ours only in texts, the stored items
 * are replaced by ours, so text corrections and translations reach every database at start-up.
 * When anything else differs (cut points corrected in the database, as the scale file allows), the
 * row is the team's and is left alone: its texts describe its own cut points.
 */
export function ensureFidelityScale(db: Db): void {
	const existing = db
		.select({ id: fidelityScales.id })
		.from(fidelityScales)
		.where(and(eq(fidelityScales.code, IPS25_V1.code), eq(fidelityScales.version, IPS25_V1.version)))
		.get();
	if (!existing) {
		db.insert(fidelityScales).values({ code: IPS25_V1.code, version: IPS25_V1.version, name: IPS25_V1.name, items: IPS25_V1.items, active: true }).run();
		textsRefreshed.add(db);
		scalesById.clear();
		return;
	}
	// activeScale() calls this on every request; the texts need comparing once per connection. A new
	// connection may be to another file (tests), so parsed scales of the old one are forgotten.
	if (textsRefreshed.has(db)) return;
	textsRefreshed.add(db);
	scalesById.clear();
	const stored = db.select({ items: fidelityScales.items }).from(fidelityScales).where(eq(fidelityScales.id, existing.id)).get()!.items as ScaleItem[];
	if (JSON.stringify(stored) === JSON.stringify(IPS25_V1.items) || !differOnlyInTexts(stored, IPS25_V1.items)) return;
	db.update(fidelityScales).set({ items: IPS25_V1.items }).where(eq(fidelityScales.id, existing.id)).run();
}

function toStored(row: typeof fidelityScales.$inferSelect): StoredScale {
	return { id: row.id, code: row.code, version: row.version, name: row.name, items: row.items as ScaleItem[] };
}

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
