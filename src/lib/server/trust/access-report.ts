import { inArray } from 'drizzle-orm';
import { getDb } from '../db';
import { employers, users } from '../db/schema';
import type { clientAccessReport } from '../audit';

/**
 * The access report's two parts (docs/domain/privacy.md#the-clients-log-report): uses of the
 * client's data by staff, with the role they acted in as the basis, and disclosures, with the
 * recipient and the basis recorded when the data left (a consent id or the discloser's role).
 */

type ReportRow = ReturnType<typeof clientAccessReport>[number];

export type Basis = { kind: 'role'; role: string } | { kind: 'consent'; consentId: number | null };
export type RecipientView = { kind: 'employer' | 'user'; name: string | null; id: number } | { kind: 'client' } | { kind: 'unknown'; code: string };

export function parseBasis(code: string | null, role: string): Basis {
	if (code?.startsWith('consent:')) {
		const id = Number(code.slice('consent:'.length));
		return { kind: 'consent', consentId: Number.isInteger(id) && id > 0 ? id : null };
	}
	return { kind: 'role', role: code?.startsWith('role:') ? code.slice('role:'.length) : role };
}

/** `employer:3` / `user:7` / `client` as read from the log. */
function recipientRef(code: string | null): { kind: 'employer' | 'user'; id: number } | { kind: 'client' } | null {
	if (code === 'client') return { kind: 'client' };
	const match = /^(employer|user):(\d+)$/.exec(code ?? '');
	return match ? { kind: match[1] as 'employer' | 'user', id: Number(match[2]) } : null;
}

/** The names of the employers and users the rows name as recipients. */
export function recipientNames(rows: readonly ReportRow[]) {
	const ids = { employer: new Set<number>(), user: new Set<number>() };
	for (const row of rows) {
		const ref = recipientRef(row.recipient);
		if (ref && ref.kind !== 'client') ids[ref.kind].add(ref.id);
	}
	const db = getDb();
	const employerNames = ids.employer.size ? db.select({ id: employers.id, name: employers.name }).from(employers).where(inArray(employers.id, [...ids.employer])).all() : [];
	const userNames = ids.user.size ? db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...ids.user])).all() : [];
	return { employer: new Map(employerNames.map((e) => [e.id, e.name])), user: new Map(userNames.map((u) => [u.id, u.name])) };
}

export function splitAccessReport(rows: readonly ReportRow[], names: ReturnType<typeof recipientNames>) {
	const uses = rows
		.filter((r) => r.action !== 'disclose')
		.map((r) => ({ at: r.at, userName: r.userName, userEmail: r.userEmail, role: r.role, action: r.action, entity: r.entity, view: r.view, ip: r.ip, basis: parseBasis(null, r.role) }));
	const disclosures = rows
		.filter((r) => r.action === 'disclose')
		.map((r) => {
			const ref = recipientRef(r.recipient);
			const recipient: RecipientView = !ref ? { kind: 'unknown', code: r.recipient ?? '' } : ref.kind === 'client' ? ref : { ...ref, name: names[ref.kind].get(ref.id) ?? null };
			return { at: r.at, userName: r.userName, userEmail: r.userEmail, role: r.role, entity: r.entity, view: r.view, ip: r.ip, what: r.details, recipient, basis: parseBasis(r.basis, r.role) };
		});
	return { uses, disclosures };
}

/** One line of text for a basis or recipient in the CSV (English codes, like the rest of the file). */
export const basisText = (basis: Basis) => (basis.kind === 'role' ? `role:${basis.role}` : basis.consentId === null ? 'consent:none' : `consent:${basis.consentId}`);
export const recipientText = (recipient: RecipientView) =>
	recipient.kind === 'client' ? 'the client' : recipient.kind === 'unknown' ? recipient.code : `${recipient.kind}:${recipient.id}${recipient.name ? ` (${recipient.name})` : ''}`;
