import { desc, eq, sql } from 'drizzle-orm';
import { prepared } from '../../db/prepared';
import { consents, employers } from '../../db/schema';
import { consentState } from '$lib/domain/caseload-flags';

const consentsQuery = prepared((db) =>
	db
		.select({
			id: consents.id,
			form: consents.form,
			parties: consents.parties,
			categories: consents.categories,
			healthData: consents.healthData,
			purpose: consents.purpose,
			validFrom: consents.validFrom,
			validTo: consents.validTo,
			signedHow: consents.signedHow,
			withdrawnAt: consents.withdrawnAt,
			employerName: employers.name
		})
		.from(consents)
		.leftJoin(employers, eq(employers.id, consents.employerId))
		.where(eq(consents.clientId, sql.placeholder('clientId')))
		.orderBy(desc(consents.validFrom), desc(consents.id))
		.prepare()
);

/** The consents section: the client's consents, newest first, each with its state today and the state of them all. */
export function listConsents(clientId: number, today: string) {
	const rows = consentsQuery().all({ clientId });
	return {
		state: consentState(rows, today),
		rows: rows.map((c) => ({
			id: c.id,
			form: c.form,
			parties: c.parties,
			categories: c.categories,
			healthData: c.healthData,
			purpose: c.purpose,
			validFrom: c.validFrom,
			validTo: c.validTo,
			signedHow: c.signedHow,
			withdrawnAt: c.withdrawnAt,
			employerName: c.employerName,
			state: consentState([c], today)
		}))
	};
}
