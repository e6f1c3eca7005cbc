/** Cutting and joining outcome inputs: one coach's share, every coach's at once, several teams' as one. */
import type { OutcomeEmployerContact, OutcomeInput, OutcomePlacement } from './types';

/** Keeps the enrolments of one coach (and the rows that hang on them). */
export function inputForCoach(input: OutcomeInput, coachId: number): OutcomeInput {
	const enrolments = input.enrolments.filter((e) => e.coachId === coachId);
	const clientIds = new Set(enrolments.map((e) => e.clientId));
	const enrolmentIds = new Set(enrolments.map((e) => e.id));
	return {
		enrolments,
		placements: input.placements.filter((pl) => clientIds.has(pl.clientId)),
		employerContacts: input.employerContacts.filter((c) => c.clientIds.some((id) => clientIds.has(id))),
		feedback: input.feedback.filter((f) => enrolmentIds.has(f.enrolmentId)),
		coaches: input.coaches.filter((c) => c.userId === coachId)
	};
}

/** Every coach's input in one pass (the per-coach table): same rows as `inputForCoach` for each coach. */
export function inputsByCoach(input: OutcomeInput): Map<number, OutcomeInput> {
	const out = new Map<number, OutcomeInput>();
	const coachesOfClient = new Map<number, Set<number>>();
	const coachOfEnrolment = new Map<number, number>();
	for (const e of input.enrolments) {
		if (e.coachId === null) continue;
		let coachInput = out.get(e.coachId);
		if (!coachInput) out.set(e.coachId, (coachInput = { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] }));
		coachInput.enrolments.push(e);
		coachOfEnrolment.set(e.id, e.coachId);
		const coaches = coachesOfClient.get(e.clientId);
		if (coaches) coaches.add(e.coachId);
		else coachesOfClient.set(e.clientId, new Set([e.coachId]));
	}
	for (const pl of input.placements) for (const coachId of coachesOfClient.get(pl.clientId) ?? []) out.get(coachId)!.placements.push(pl);
	for (const c of input.employerContacts) {
		const coaches = new Set<number>();
		for (const clientId of c.clientIds) for (const coachId of coachesOfClient.get(clientId) ?? []) coaches.add(coachId);
		for (const coachId of coaches) out.get(coachId)!.employerContacts.push(c);
	}
	for (const f of input.feedback) {
		const coachId = coachOfEnrolment.get(f.enrolmentId);
		if (coachId !== undefined) out.get(coachId)!.feedback.push(f);
	}
	for (const c of input.coaches) {
		let coachInput = out.get(c.userId);
		if (!coachInput) out.set(c.userId, (coachInput = { enrolments: [], placements: [], employerContacts: [], feedback: [], coaches: [] }));
		coachInput.coaches.push(c);
	}
	return out;
}

/**
 * One input from the inputs of several teams (each loaded for one team and the same period), equal
 * to the input loaded for all of them at once: a client with enrolments in two teams brings its
 * placements and employer contacts into both, so those are kept once (a contact naming clients of
 * both teams names all of them). Rows come in id order, as from the loader.
 */
export function mergeOutcomeInputs(inputs: readonly OutcomeInput[]): OutcomeInput {
	if (inputs.length === 1) return inputs[0];
	const byId = <T extends { id: number }>(a: T, b: T) => a.id - b.id;
	const placements = new Map<number, OutcomePlacement>();
	const contacts = new Map<number, OutcomeEmployerContact>();
	for (const input of inputs) {
		for (const pl of input.placements) placements.set(pl.id, pl);
		for (const c of input.employerContacts) {
			const seen = contacts.get(c.id);
			contacts.set(c.id, seen ? { ...seen, clientIds: [...new Set([...seen.clientIds, ...c.clientIds])] } : c);
		}
	}
	return {
		enrolments: inputs.flatMap((i) => i.enrolments).sort(byId),
		placements: [...placements.values()].sort(byId),
		employerContacts: [...contacts.values()].sort(byId),
		feedback: inputs.flatMap((i) => i.feedback).sort(byId),
		coaches: inputs.flatMap((i) => i.coaches)
	};
}
