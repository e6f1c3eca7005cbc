import { getSqlite } from './db';
import { actingRole, audit } from './audit';
import type { Actor } from './policy';

/**
 * The disclosure log (luovutusloki, docs/domain/privacy.md#disclosure-log): each time client data
 * leaves the staff circle, one audit row per client with action `disclose`, the recipient and the
 * basis. They are rows of the one hash-chained, append-only audit log (not a table of their own), so
 * the client's access report reads uses and disclosures from one place in one order.
 */

/** Who received the data: an employer organisation (through one of its users), the client, or a staff user who took it out of Polku. */
export type Recipient = { kind: 'employer'; employerId: number } | { kind: 'client' } | { kind: 'user'; userId: number };

export type Disclosure = {
	actor: Actor | null;
	clientId: number;
	teamId: number | null;
	/** What was disclosed: the record kind and id, the view it went out through, and the fields. */
	entity: string;
	entityId?: number | null;
	view: string;
	details: string;
	recipient: Recipient;
	/** `consent:<id>` for employers, `role:<role>` otherwise (consentBasis / roleBasis). */
	basis: string;
};

export function recipientCode(recipient: Recipient): string {
	if (recipient.kind === 'employer') return `employer:${recipient.employerId}`;
	if (recipient.kind === 'user') return `user:${recipient.userId}`;
	return 'client';
}

/** An employer disclosure rests on the client's written consent; without one it should not have been shown. */
export const consentBasis = (consentId: number | null) => (consentId === null ? 'consent:none' : `consent:${consentId}`);
/** A disclosure by staff rests on their role in the client's team. */
export const roleBasis = (actor: Actor | null, teamId: number | null) => `role:${actingRole(actor, teamId)}`;

/** Writes the disclosures, all or none (one transaction: an export's hundreds of rows commit once). */
export function disclose(disclosures: readonly Disclosure[]): void {
	if (disclosures.length === 0) return;
	getSqlite().transaction(() => {
		for (const d of disclosures) {
			audit({
				actor: d.actor,
				action: 'disclose',
				entity: d.entity,
				entityId: d.entityId ?? null,
				clientId: d.clientId,
				teamId: d.teamId,
				view: d.view,
				details: d.details,
				recipient: recipientCode(d.recipient),
				basis: d.basis
			});
		}
	})();
}

/** The client received their own data (a GDPR export, the printed plan) from a staff member. */
export function discloseToClient(actor: Actor | null, client: { id: number; teamId: number }, what: { entity: string; entityId?: number | null; view: string; details: string }): void {
	disclose([{ actor, clientId: client.id, teamId: client.teamId, ...what, recipient: { kind: 'client' }, basis: roleBasis(actor, client.teamId) }]);
}
