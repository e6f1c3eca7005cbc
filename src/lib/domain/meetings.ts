/**
 * Rules of network meetings, consultations, activities during coaching and plans made elsewhere
 * (docs/domain/work-ability.md#network-meetings-and-consultations). Pure: no framework, no database.
 */
import { addDays } from './dates';

type Errors = Record<string, string>;

/** How far ahead an activity may start or end: further than this is a typing error, not a plan. */
export const MAX_DAYS_AHEAD = 366;

/** A network meeting: held (not in the future), during the enrolment, with somebody besides the client. */
export function validateNetworkMeeting(input: { date: string; participants: number; referralDate: string; today: string }): Errors {
	const errors: Errors = {};
	if (input.date > input.today) errors.date = 'err_date_future';
	else if (input.date < input.referralDate) errors.date = 'clients_err_before_referral';
	if (input.participants < 1) errors.participants = 'meeting_err_no_participants';
	return errors;
}

/** A consultation: asked already (not in the future); with a client, not before the client's referral. */
export function validateConsultation(input: { date: string; referralDate: string | null; today: string }): Errors {
	if (input.date > input.today) return { date: 'err_date_future' };
	if (input.referralDate !== null && input.date < input.referralDate) return { date: 'clients_err_before_referral' };
	return {};
}

export type ActivityPeriod = { id?: number; kind: string; startsOn: string; endsOn: string | null };

/** Two periods share at least one day; an open end runs on indefinitely. */
export function periodsOverlap(a: ActivityPeriod, b: ActivityPeriod): boolean {
	const aEnd = a.endsOn ?? '9999-12-31';
	const bEnd = b.endsOn ?? '9999-12-31';
	return a.startsOn <= bEnd && b.startsOn <= aEnd;
}

/**
 * An activity: the end not before the start, neither more than MAX_DAYS_AHEAD ahead, and no other
 * episode of the same kind in the same days (that is a double entry: edit the one there is).
 */
export function validateActivity(input: ActivityPeriod, others: ActivityPeriod[], today: string): { errors: Errors; clash: ActivityPeriod | null } {
	const errors: Errors = {};
	const limit = addDays(today, MAX_DAYS_AHEAD);
	if (input.startsOn > limit) errors.startsOn = 'activity_err_far_future';
	if (input.endsOn !== null) {
		if (input.endsOn < input.startsOn) errors.endsOn = 'err_date_order';
		else if (input.endsOn > limit) errors.endsOn = 'activity_err_far_future';
	}
	if (Object.keys(errors).length > 0) return { errors, clash: null };
	const clash = others.find((o) => o.id !== input.id && o.kind === input.kind && periodsOverlap(o, input)) ?? null;
	if (clash) errors.startsOn = 'activity_err_overlap';
	return { errors, clash };
}

export type ActivityState = 'planned' | 'ongoing' | 'ended';

/** Planned before its start, ongoing from its start to its end day (inclusive), then ended. */
export function activityState(activity: { startsOn: string; endsOn: string | null }, today: string): ActivityState {
	if (activity.startsOn > today) return 'planned';
	if (activity.endsOn !== null && activity.endsOn < today) return 'ended';
	return 'ongoing';
}

/** A plan made elsewhere is dated when it was made: never in the future. */
export function validateExternalPlan(input: { date: string; today: string }): Errors {
	return input.date > input.today ? { date: 'err_date_future' } : {};
}

// --- Does a text name a client? --------------------------------------------------------------

/** A henkilötunnus-shaped run: six digits, a century sign, three digits and a check character. */
const HETU_PATTERN = /(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])/i;

/** The text holds something shaped like a personal identity code (valid or not: a typo still identifies). */
export function containsHenkilotunnus(text: string): boolean {
	return HETU_PATTERN.test(text);
}

const words = (text: string): string[] =>
	text
		.normalize('NFC')
		.toLocaleLowerCase('fi')
		.split(/[^\p{L}'-]+/u)
		.filter((w) => w.length > 0);

/**
 * A word of the text is the name, or the name inflected (Finnish endings change a name's end:
 * Virtanen → Virtasen, Matti → Matin): for names of five letters or more the word may keep all but
 * the last three letters (at least three) and differ in length by at most four.
 */
export function nameWordMatches(word: string, name: string): boolean {
	if (word === name) return true;
	if (name.length < 5) return false;
	const stem = name.slice(0, Math.max(3, name.length - 3));
	return word.startsWith(stem) && Math.abs(word.length - name.length) <= 4;
}

export type PersonName = { firstName: string; lastName: string };

/**
 * The clients whose first and last name stand side by side in the text (either order, inflected
 * forms too). A first or last name alone is not enough: common names would warn all the time.
 */
export function namedClients<T extends PersonName>(text: string, clients: readonly T[]): T[] {
	const textWords = words(text);
	if (textWords.length < 2) return [];
	return clients.filter((client) => {
		const first = words(client.firstName);
		const last = words(client.lastName);
		if (first.length === 0 || last.length === 0) return false;
		const name = [...first, ...last];
		const reversed = [...last, ...first];
		return [name, reversed].some((sequence) => containsSequence(textWords, sequence));
	});
}

function containsSequence(textWords: string[], sequence: string[]): boolean {
	for (let i = 0; i + sequence.length <= textWords.length; i++) {
		if (sequence.every((name, j) => nameWordMatches(textWords[i + j], name))) return true;
	}
	return false;
}

export type IdentifyingFinding = { field: string; kind: 'name'; names: string[] } | { field: string; kind: 'henkilotunnus' };

/** What in an anonymous consultation's fields may identify a client: per field, a client's name or a henkilötunnus. */
export function identifyingContent<T extends PersonName>(fields: Record<string, string | null>, clients: readonly T[]): IdentifyingFinding[] {
	const findings: IdentifyingFinding[] = [];
	for (const [field, text] of Object.entries(fields)) {
		if (!text) continue;
		const named = namedClients(text, clients);
		if (named.length > 0) findings.push({ field, kind: 'name', names: named.map((c) => `${c.firstName} ${c.lastName}`) });
		else if (containsHenkilotunnus(text)) findings.push({ field, kind: 'henkilotunnus' });
	}
	return findings;
}
