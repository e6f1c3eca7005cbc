import * as m from '$lib/paraglide/messages';
import type { Basis, RecipientView } from '$lib/server/trust/access-report';

/** Labels of the access report's roles, bases, recipients and disclosed records (codes stay as they are when unknown). */
const roles: Record<string, () => string> = {
	admin: m.disclosure_role_admin,
	lead: m.disclosure_role_lead,
	coach: m.disclosure_role_coach,
	employer: m.disclosure_role_employer,
	system: m.disclosure_role_system
};
export const roleLabel = (role: string) => roles[role]?.() ?? role;

export function basisLabel(basis: Basis): string {
	if (basis.kind === 'role') return m.disclosure_basis_role({ role: roleLabel(basis.role) });
	return basis.consentId === null ? m.disclosure_basis_no_consent() : m.disclosure_basis_consent({ id: basis.consentId });
}

export function recipientLabel(recipient: RecipientView): string {
	if (recipient.kind === 'client') return m.disclosure_recipient_client();
	if (recipient.kind === 'unknown') return recipient.code;
	const name = recipient.name ?? `#${recipient.id}`;
	return recipient.kind === 'employer' ? m.disclosure_recipient_employer({ name }) : m.disclosure_recipient_user({ name });
}

const entities: Record<string, () => string> = {
	placement: m.disclosure_entity_placement,
	'employer-contact': m.disclosure_entity_employer_contact,
	'personal-data': m.disclosure_entity_personal_data,
	'support-plan': m.disclosure_entity_support_plan,
	client: m.disclosure_entity_client
};
/** A known record kind names its fields in the reader's language; anything else shows the logged (English) text. */
export const disclosedLabel = (entity: string, what: string | null) => entities[entity]?.() ?? (what ? `${entity}: ${what}` : entity);
