import { describe, expect, it } from 'vitest';
import { IPS25_V1, differOnlyInTexts, localText, type ScaleItem, type Text } from '$lib/domain/fidelity-scale';

type Found = { path: string; text: Record<string, unknown> };

/** Every object in the scale that carries any language key, wherever it sits (so a new text field is covered too). */
function textsIn(value: unknown, path = 'scale'): Found[] {
	if (Array.isArray(value)) return value.flatMap((v, i) => textsIn(v, `${path}[${i}]`));
	if (!value || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if ('fi' in record || 'sv' in record || 'en' in record) return [{ path, text: record }];
	return Object.entries(record).flatMap(([key, v]) => textsIn(v, `${path}.${key}`));
}

const copy = (items: ScaleItem[]): ScaleItem[] => structuredClone(items);

describe('IPS-25 scale texts', () => {
	const found = textsIn(IPS25_V1.items);

	it('finds every text: 25 titles, 50 anchors, the intermediates and all checklist elements', () => {
		const intermediates = IPS25_V1.items.filter((i) => i.intermediate).length;
		const elements = IPS25_V1.items.reduce((n, i) => n + (i.checklist?.length ?? 0), 0);
		expect(intermediates).toBe(6);
		expect(elements).toBe(32);
		expect(found).toHaveLength(25 + 50 + intermediates + elements);
	});

	it('every text has non-empty Finnish, Swedish and English', () => {
		const incomplete = found.filter(({ text }) => ['fi', 'sv', 'en'].some((l) => typeof text[l] !== 'string' || !(text[l] as string).trim()));
		expect(incomplete.map((f) => f.path)).toEqual([]);
	});

	it('the Swedish is not a copy of the English or the Finnish (except language-neutral texts like cut-point lists)', () => {
		const copied = found.filter(({ text }) => text.fi !== text.en && (text.sv === text.en || text.sv === text.fi));
		expect(copied.map((f) => f.path)).toEqual([]);
	});

	it('uses the Swedish terms of docs/domain.md#terms (arbetstränare, klient, vårdteam), not Sweden-Swedish or English ones', () => {
		const swedish = found.map(({ text }) => text.sv as string).join('\n');
		expect(swedish).toContain('arbetstränare');
		expect(swedish).toContain('klient');
		expect(swedish).not.toMatch(/\bcoach|jobbcoach|brukare|handläggare/i);
	});
});

describe('localText', () => {
	const t = IPS25_V1.items[0].anchor5;

	it('picks the UI language; Finnish for anything else', () => {
		expect(localText(t, 'sv')).toBe('Varje arbetstränare på heltid har högst 20 klienter.');
		expect(localText(t, 'en')).toBe(t.en);
		expect(localText(t, 'fi')).toBe(t.fi);
		expect(localText(t, 'de')).toBe(t.fi);
	});

	it('shows English for a stored (untyped) scale text without Swedish rather than a blank', () => {
		expect(localText({ fi: 'Teksti', sv: '', en: 'Text' }, 'sv')).toBe('Text');
	});
});

describe('differOnlyInTexts', () => {
	it('is true for the same items and for changed or missing texts, whatever the key order', () => {
		expect(differOnlyInTexts(IPS25_V1.items, copy(IPS25_V1.items))).toBe(true);
		// As seeded by the release before the Swedish texts: anchors, intermediates and checklists fi + en only.
		const drop = (t: Text) => ({ fi: t.fi, en: t.en }) as Text;
		const old = copy(IPS25_V1.items).map((item) => ({
			...item,
			anchor5: drop(item.anchor5),
			anchor1: drop(item.anchor1),
			intermediate: item.intermediate && drop(item.intermediate),
			checklist: item.checklist?.map(drop),
			// JSON read back from the database need not keep the keys in the order of the code.
			figure: item.figure && (Object.fromEntries(Object.entries(item.figure).reverse()) as ScaleItem['figure'])
		}));
		expect(differOnlyInTexts(old, IPS25_V1.items)).toBe(true);
	});

	it('is false when a cut point, a checklist score, the checklist size, a draft mark or the item count differs', () => {
		const cut = copy(IPS25_V1.items);
		cut[0].figure!.cuts![0].max = 21;
		expect(differOnlyInTexts(cut, IPS25_V1.items)).toBe(false);

		const scores = copy(IPS25_V1.items);
		scores[4].checklistScores = [1, 2, 2, 3, 4, 5];
		expect(differOnlyInTexts(scores, IPS25_V1.items)).toBe(false);

		const size = copy(IPS25_V1.items);
		size[4].checklist = size[4].checklist!.slice(0, 4);
		expect(differOnlyInTexts(size, IPS25_V1.items)).toBe(false);

		const draft = copy(IPS25_V1.items);
		delete draft[2].draft;
		expect(differOnlyInTexts(draft, IPS25_V1.items)).toBe(false);

		const minRecords = copy(IPS25_V1.items);
		minRecords[18].figure!.minRecords = 3;
		expect(differOnlyInTexts(minRecords, IPS25_V1.items)).toBe(false);

		expect(differOnlyInTexts(IPS25_V1.items.slice(0, 24), IPS25_V1.items)).toBe(false);
	});
});
