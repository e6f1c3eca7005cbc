/**
 * What the employer portal may show (docs/domain/consent.md#employer-portal). A placement reaches the portal only when
 * the client chose to disclose (general or specific) for this placement AND a written consent that
 * names this employer is in force today. Oral consent covers one transaction only, so it never
 * opens the portal. Ended and did-not-start placements are no longer the employer's business.
 */
export type Disclosure = 'none' | 'general' | 'specific';
export type PlacementStatus = 'agreed' | 'started' | 'ended' | 'did-not-start';

export type ConsentForPortal = {
	/** The consent's id: the basis named in the disclosure log. */
	id?: number;
	employerId: number | null;
	form: 'y100' | 'own' | 'oral';
	validFrom: string;
	validTo: string | null;
	withdrawnAt: string | null;
};

export const PORTAL_STATUSES: readonly PlacementStatus[] = ['agreed', 'started'];

/** A consent covers the employer on `today` (ISO dates compare as strings). */
export function consentCoversEmployer(consent: ConsentForPortal, employerId: number, today: string): boolean {
	if (consent.employerId !== employerId) return false;
	if (consent.form === 'oral') return false;
	if (consent.validFrom > today) return false;
	if (consent.validTo !== null && consent.validTo < today) return false;
	// Withdrawal stops the sharing at once: withdrawn today = no longer valid.
	if (consent.withdrawnAt !== null && consent.withdrawnAt <= today) return false;
	return true;
}

export function visibleInPortal(
	placement: { employerId: number; disclosure: Disclosure; status: PlacementStatus },
	consents: readonly ConsentForPortal[],
	portalEmployerId: number,
	today: string
): boolean {
	if (placement.employerId !== portalEmployerId) return false;
	if (placement.disclosure === 'none') return false;
	if (!PORTAL_STATUSES.includes(placement.status)) return false;
	return clientConsentsToEmployer(consents, portalEmployerId, today);
}

/**
 * The one consent rule of the portal: one of the client's consents is a written consent naming this
 * employer, in force today. Placements and shared contacts both go through it.
 */
export function clientConsentsToEmployer(consents: readonly ConsentForPortal[], employerId: number, today: string): boolean {
	return consents.some((c) => consentCoversEmployer(c, employerId, today));
}

/**
 * The consent a disclosure to this employer rests on today: the one in force that runs longest
 * (open-ended first, then the latest end date), so the log names the consent that keeps covering it.
 */
export function consentForDisclosure<C extends ConsentForPortal>(consents: readonly C[], employerId: number, today: string): C | undefined {
	const covering = consents.filter((c) => consentCoversEmployer(c, employerId, today));
	return covering.sort((a, b) => (a.validTo === b.validTo ? 0 : a.validTo === null ? -1 : b.validTo === null ? 1 : a.validTo < b.validTo ? 1 : -1))[0];
}

/**
 * A contact may be shown to the employer only while every client it names (directly, or through the
 * placement it is linked to) consents to this employer in writing. A contact naming nobody is the
 * coach's own business with the employer and stays shareable. Returns the clients without consent.
 */
export function clientsBlockingShare(
	namedClientIds: readonly number[],
	consentsByClient: ReadonlyMap<number, readonly ConsentForPortal[]>,
	employerId: number,
	today: string
): number[] {
	return [...new Set(namedClientIds)].filter((id) => !clientConsentsToEmployer(consentsByClient.get(id) ?? [], employerId, today));
}

/** Only the first name reaches the employer (data minimisation). */
export function portalFirstName(firstName: string): string {
	return firstName.trim().split(/\s+/)[0];
}
