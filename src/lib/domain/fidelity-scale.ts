import { IPS25_V1 } from './fidelity-scale-data';

/**
 * The shape of the IPS-25 fidelity scale and the rules that read it (docs/fidelity.md#the-scale-as-data).
 * The scale itself is plain data in fidelity-scale-data.ts.
 */

export { IPS25_V1 };

export type FidelitySection = 'staffing' | 'organisation' | 'services';
export type EvidenceKind = 'figure' | 'checklist' | 'judgement';
export type Text = { fi: string; sv: string; en: string };

/** A figure maps to a score by the first band it falls in (checked 5 → 2); otherwise 1. */
export type CutPoint = { score: number; min?: number; max?: number };

export type FigureRule =
	| 'caseload-per-fte'
	| 'employment-share'
	| 'own-coach-phase-share'
	| 'top-two-referrer-share'
	| 'coaches-per-lead'
	| 'counselling-before-start'
	| 'disclosure-discussed'
	| 'profile-update-after-job'
	| 'days-to-employer-contact'
	| 'current-job-search-plan'
	| 'employer-contacts-per-week'
	| 'employers-with-repeat-visits'
	| 'job-type-diversity'
	| 'employer-diversity'
	| 'competitive-share'
	| 'follow-along-schedule'
	| 'community-minutes-share'
	| 'outreach-before-not-reached';

export type FigureUnit = 'share' | 'days' | 'per-week' | 'ratio';

export type ScaleItem = {
	id: number;
	section: FidelitySection;
	title: Text;
	anchor5: Text;
	anchor1: Text;
	intermediate?: Text;
	evidence: EvidenceKind[];
	checklist?: Text[];
	/** Score suggested by the number of ticked elements (index = count). */
	checklistScores?: number[];
	figure?: {
		rule: FigureRule;
		unit: FigureUnit;
		/** Without cuts the figure is shown for information and suggests nothing. */
		cuts?: CutPoint[];
		/** Fewer counted records than this: "too little data", no suggestion. */
		minRecords: number;
	};
	draft?: boolean;
};

export type FidelityScale = { code: string; version: string; name: string; titlesAreWorkingLabels: boolean; items: ScaleItem[] };

/** The scale's item ids in order (1–25), from the data: nothing else counts the items. */
export const ITEM_IDS: readonly number[] = /* @__PURE__ */ IPS25_V1.items.map((item) => item.id);

/** Each item's section, from the data (docs/fidelity.md#sections). */
export const ITEM_SECTIONS: ReadonlyMap<number, FidelitySection> = /* @__PURE__ */ new Map(/* @__PURE__ */ IPS25_V1.items.map((item) => [item.id, item.section] as const));

/** The items before and after one in the scale's order (null at either end), for "previous" and "save and next". */
export function neighbourItems(items: readonly { id: number }[], itemId: number): { previousId: number | null; nextId: number | null } {
	const index = items.findIndex((item) => item.id === itemId);
	if (index < 0) return { previousId: null, nextId: null };
	return { previousId: items[index - 1]?.id ?? null, nextId: items[index + 1]?.id ?? null };
}

/**
 * The text in the UI language. Our scale has every language; a scale stored by a team as its own
 * version (JSON in `fidelity_scales`, not type-checked) may lack Swedish, and English beats a blank.
 */
export function localText(text: Text, locale: string): string {
	if (locale === 'sv') return text.sv || text.en;
	if (locale === 'en') return text.en;
	return text.fi;
}

/** The item without its texts: what scoring, evidence and stored reviews depend on. */
function withoutTexts(item: ScaleItem): unknown {
	const { title, anchor5, anchor1, intermediate, checklist, ...rest } = item;
	// Reviews store ticked checklist elements by index, so the number of elements counts; their wording does not.
	return { ...rest, checklistLength: checklist?.length ?? 0 };
}

/** JSON with object keys sorted, so two items compare equal whatever order their keys were stored in. */
function canonicalJson(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
	);
}

/**
 * True when two versions of a scale's items differ at most in their texts (titles, anchors,
 * intermediates, checklist wording): same items, sections, evidence kinds, cut points, checklist
 * sizes and scores, minimum records and draft marks. Such a change can be written over a stored
 * scale without moving any review's score or suggestion.
 */
export function differOnlyInTexts(a: ScaleItem[], b: ScaleItem[]): boolean {
	return a.length === b.length && a.every((item, i) => canonicalJson(withoutTexts(item)) === canonicalJson(withoutTexts(b[i])));
}
