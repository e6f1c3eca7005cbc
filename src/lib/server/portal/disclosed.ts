import type { Actor } from '../policy';
import { consentBasis, disclose, type Disclosure } from '../disclosures';
import { portalPlacementRow, portalPlacementRows, portalSharedContactRows, type PortalContactRow, type PortalPlacementRow } from './portal';

/**
 * The portal's pages with their disclosure log rows (docs/domain/privacy.md#disclosure-log): every
 * placement and every shared contact naming clients that an employer user is shown is logged as
 * disclosed to the employer on the client's consent. Only the column-limited shapes are returned.
 * The route has authorized the actor for this employer.
 */

const PLACEMENT_FIELDS = 'first name, job title, start date, coach contact details';
const CONTACT_FIELDS = 'date, mode, purpose, person met, outcome, next step';

function placementDisclosure(actor: Actor, employerId: number, row: PortalPlacementRow, view: string): Disclosure {
	return {
		actor,
		clientId: row.clientId,
		teamId: row.teamId,
		entity: 'placement',
		entityId: row.placement.id,
		view,
		details: PLACEMENT_FIELDS,
		recipient: { kind: 'employer', employerId },
		basis: consentBasis(row.consentId)
	};
}

function contactDisclosures(actor: Actor, employerId: number, row: PortalContactRow): Disclosure[] {
	return row.named.map(({ clientId, consentId }) => ({
		actor,
		clientId,
		teamId: row.teamId,
		entity: 'employer-contact',
		entityId: row.contact.id,
		view: 'portal',
		details: CONTACT_FIELDS,
		recipient: { kind: 'employer', employerId },
		basis: consentBasis(consentId)
	}));
}

/** The portal's front page: placements and shared contacts, each client's part logged as disclosed. */
export function portalPageData(actor: Actor, employerId: number, today: string) {
	const placements = portalPlacementRows(employerId, today);
	const contacts = portalSharedContactRows(employerId, today);
	disclose([...placements.map((p) => placementDisclosure(actor, employerId, p, 'portal')), ...contacts.flatMap((c) => contactDisclosures(actor, employerId, c))]);
	return { placements: placements.map((p) => p.placement), contacts: contacts.map((c) => c.contact) };
}

/** One placement as the employer sees it (undefined → 404), logged as disclosed. */
export function portalPlacementData(actor: Actor, employerId: number, placementId: number, today: string) {
	const row = portalPlacementRow(employerId, placementId, today);
	if (row) disclose([placementDisclosure(actor, employerId, row, 'portal-placement')]);
	return row?.placement;
}
