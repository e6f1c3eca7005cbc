/** Placement rules (docs/domain/employers.md#placements, codes in docs/domain/codes.md). */
import type { EndReason, PlacementStatusCode } from './vocabularies';

const SATISFACTORY: readonly EndReason[] = ['better-job', 'fixed-term-ended'];

export function endingSatisfactory(reason: EndReason | null): boolean | null {
	return reason === null ? null : SATISFACTORY.includes(reason);
}

/** Allowed status moves: agreed → started → ended; agreed → did-not-start. */
export function nextStatuses(status: PlacementStatusCode): PlacementStatusCode[] {
	switch (status) {
		case 'agreed':
			return ['started', 'did-not-start'];
		case 'started':
			return ['ended'];
		default:
			return [];
	}
}

/** IPS: 1–60 hours per week is a job we track; more is a data-entry error. */
export const MAX_HOURS_PER_WEEK = 60;
