import { describe, expect, it } from 'vitest';
import { changedFields, isPhase, missingContent, validatePhaseChange, type PhaseContentFacts } from '$lib/domain/client-phases';

// Equivalent mutant left in client-phases.ts: `r.to < r.from` vs `<=` (the same phase is refused one line earlier).
describe('phases', () => {
	it('are the whole numbers 1–5', () => {
		expect([0, 1, 3, 5, 6, 2.5, -1].map(isPhase)).toEqual([false, true, true, true, false, false, false]);
	});

	it('a phase may start today, and on the day the current one started', () => {
		const req = { from: 2 as const, to: 3, reason: null, currentEnteredOn: '2026-05-01', today: '2026-06-15', closed: false };
		expect(validatePhaseChange({ ...req, enteredOn: '2026-06-15' })).toEqual({});
		expect(validatePhaseChange({ ...req, enteredOn: '2026-05-01' })).toEqual({});
		expect(validatePhaseChange({ ...req, enteredOn: '2026-04-30', currentEnteredOn: null })).toEqual({});
	});
});

describe('what each phase would normally have recorded', () => {
	const none: PhaseContentFacts = {
		entryDate: null,
		consentInForce: false,
		hasProfile: false,
		hasBenefitsCounselling: false,
		hasDisclosureDiscussion: false,
		hasJobSearchPlan: false,
		hasEmployerContact: false,
		hasPlacement: false,
		hasStartedPlacement: false
	};
	const all: PhaseContentFacts = {
		entryDate: '2026-01-01',
		consentInForce: true,
		hasProfile: true,
		hasBenefitsCounselling: true,
		hasDisclosureDiscussion: true,
		hasJobSearchPlan: true,
		hasEmployerContact: true,
		hasPlacement: true,
		hasStartedPlacement: true
	};

	it('adds the content of each phase in turn', () => {
		expect(missingContent(2, none)).toEqual(['agreement', 'consent', 'profile', 'benefits', 'disclosure']);
		expect(missingContent(3, none)).toEqual(['agreement', 'consent', 'profile', 'benefits', 'disclosure', 'job-search-plan', 'employer-contact']);
		expect(missingContent(4, none)).toEqual(['agreement', 'consent', 'profile', 'benefits', 'disclosure', 'job-search-plan', 'employer-contact', 'placement']);
		expect(missingContent(5, none)).toEqual(['agreement', 'consent', 'profile', 'benefits', 'disclosure', 'job-search-plan', 'employer-contact', 'placement', 'job-start']);
	});

	it('lists nothing once everything is recorded', () => {
		for (const phase of [1, 2, 3, 4, 5] as const) expect(missingContent(phase, all)).toEqual([]);
		expect(missingContent(5, { ...all, hasJobSearchPlan: false })).toEqual(['job-search-plan']);
	});
});

describe('what changed in a versioned record', () => {
	it('a first version lists the fields filled in, not empty or missing ones', () => {
		const fields = ['a', 'b', 'c', 'd'] as const;
		expect(changedFields(null, { a: 'x', b: undefined, c: null, d: '' }, fields)).toEqual(['a']);
	});
	it('a missing field and an empty one (null) are the same', () => {
		const fields = ['a', 'b'] as const;
		expect(changedFields({ a: null, b: 'x' }, { a: undefined, b: 'x' }, fields)).toEqual([]);
	});
});
