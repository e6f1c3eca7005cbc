/**
 * The five IPS phases (docs/domain/phases.md#phase-moves). Phases overlap, so a step forward (also a skip) is always
 * allowed; a step back needs a reason; nothing blocks a phase because an earlier one is incomplete,
 * but `missingContent` shows what is not recorded yet.
 */

export const PHASES = [1, 2, 3, 4, 5] as const;
export type Phase = (typeof PHASES)[number];

export function isPhase(value: number): value is Phase {
	return Number.isInteger(value) && value >= 1 && value <= 5;
}

export type PhaseChangeRequest = {
	from: Phase;
	to: number;
	enteredOn: string;
	reason: string | null;
	/** When the current phase was entered: a new phase cannot start before it. */
	currentEnteredOn: string | null;
	today: string;
	closed: boolean;
};

/** Field → message key (err_* / clients_err_*); empty when the change is allowed. */
export function validatePhaseChange(r: PhaseChangeRequest): Record<string, string> {
	const errors: Record<string, string> = {};
	if (r.closed) errors.phase = 'clients_err_closed';
	else if (!isPhase(r.to)) errors.phase = 'err_choice';
	else if (r.to === r.from) errors.phase = 'clients_err_phase_same';
	else if (r.to < r.from && !r.reason?.trim()) errors.reason = 'clients_err_phase_reason';
	if (r.enteredOn > r.today) errors.enteredOn = 'err_date_future';
	else if (r.currentEnteredOn && r.enteredOn < r.currentEnteredOn) errors.enteredOn = 'clients_err_phase_date';
	return errors;
}

export type PhaseContentFacts = {
	entryDate: string | null;
	consentInForce: boolean;
	hasProfile: boolean;
	hasBenefitsCounselling: boolean;
	hasDisclosureDiscussion: boolean;
	hasJobSearchPlan: boolean;
	hasEmployerContact: boolean;
	hasPlacement: boolean;
	hasStartedPlacement: boolean;
};

export type MissingContent =
	| 'agreement'
	| 'consent'
	| 'profile'
	| 'benefits'
	| 'disclosure'
	| 'job-search-plan'
	| 'employer-contact'
	| 'placement'
	| 'job-start';

/** What the phases up to the current one would normally have recorded by now. */
export function missingContent(phase: Phase, f: PhaseContentFacts): MissingContent[] {
	const missing: MissingContent[] = [];
	if (!f.entryDate) missing.push('agreement');
	if (!f.consentInForce) missing.push('consent');
	if (phase >= 2) {
		if (!f.hasProfile) missing.push('profile');
		if (!f.hasBenefitsCounselling) missing.push('benefits');
		if (!f.hasDisclosureDiscussion) missing.push('disclosure');
	}
	if (phase >= 3) {
		if (!f.hasJobSearchPlan) missing.push('job-search-plan');
		if (!f.hasEmployerContact) missing.push('employer-contact');
	}
	if (phase >= 4 && !f.hasPlacement) missing.push('placement');
	if (phase >= 5 && !f.hasStartedPlacement) missing.push('job-start');
	return missing;
}

/** For a versioned record: which fields differ between two versions ("what changed"). */
export function changedFields<T extends Record<string, unknown>>(previous: T | null, next: T, fields: readonly (keyof T)[]): (keyof T)[] {
	if (!previous) return fields.filter((f) => next[f] !== null && next[f] !== undefined && next[f] !== '');
	return fields.filter((f) => (previous[f] ?? null) !== (next[f] ?? null));
}
