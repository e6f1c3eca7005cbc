import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb } from '../../db';
import { prepared } from '../../db/prepared';
import { inJsonPlaceholder } from '../../db/sql';
import { clients, consultations, users } from '../../db/schema';
import { done, hasErrors, refused, type CommandResult } from '../../commands';
import { identifyingContent, validateConsultation } from '$lib/domain/meetings';
import { openEnrolment } from './network-meetings';
import type { AnonymousConsultationInput, ConsultationInput } from './meeting-forms';

/**
 * Consultations (konsultaatiot): about a client on the record, or anonymous on the team's page — no
 * enrolment, only the question and the answer (docs/domain/work-ability.md#consultations).
 */

const columns = { id: consultations.id, date: consultations.date, counterpart: consultations.counterpart, question: consultations.question, answer: consultations.answer, createdByName: users.name };

/** The consultations about the enrolments' client, newest first. */
export function listClientConsultations(enrolmentIds: number[]) {
	if (enrolmentIds.length === 0) return [];
	return clientConsultations().all({ enrolmentIds: JSON.stringify(enrolmentIds) });
}

// Read on every view of the client record: prepared once.
const clientConsultations = prepared((db) =>
	db
		.select(columns)
		.from(consultations)
		.leftJoin(users, eq(users.id, consultations.createdBy))
		.where(inJsonPlaceholder(consultations.enrolmentId, 'enrolmentIds'))
		.orderBy(desc(consultations.date), desc(consultations.id))
		.prepare()
);

/** The team's anonymous consultations, newest first (at most `limit`). */
export function listAnonymousConsultations(teamId: number, limit = 200) {
	return getDb()
		.select(columns)
		.from(consultations)
		.leftJoin(users, eq(users.id, consultations.createdBy))
		.where(and(eq(consultations.teamId, teamId), isNull(consultations.enrolmentId)))
		.orderBy(desc(consultations.date), desc(consultations.id))
		.limit(limit)
		.all();
}

/** A consultation about the client, counted for the client's team. */
export function addClientConsultation(target: { enrolmentId: number; teamId: number }, input: ConsultationInput, actorId: number, today: string): CommandResult<number> {
	const enrolment = openEnrolment(target.enrolmentId);
	if (!enrolment) return refused({ date: 'clients_err_closed' });
	const errors = validateConsultation({ date: input.date, referralDate: enrolment.referralDate, today });
	if (hasErrors(errors)) return refused(errors);
	const { id } = getDb()
		.insert(consultations)
		.values({ teamId: target.teamId, enrolmentId: target.enrolmentId, ...input, createdBy: actorId })
		.returning({ id: consultations.id })
		.get();
	return done(id);
}

function teamClientNames(teamId: number) {
	return getDb().select({ firstName: clients.firstName, lastName: clients.lastName }).from(clients).where(eq(clients.teamId, teamId)).all();
}

/**
 * An anonymous consultation: stored with no enrolment. Text that seems to name one of the team's
 * clients, or holds a henkilötunnus, is sent back with a warning at each field and a confirm box;
 * saved once the coach confirms (a second submit).
 */
export function addAnonymousConsultation(teamId: number, input: AnonymousConsultationInput, actorId: number, today: string): CommandResult<number> {
	const errors = validateConsultation({ date: input.date, referralDate: null, today });
	if (hasErrors(errors)) return refused(errors);
	if (!input.confirmed) {
		const findings = identifyingContent({ counterpart: input.counterpart, question: input.question, answer: input.answer }, teamClientNames(teamId));
		if (findings.length > 0) {
			const warnings: Record<string, string> = { confirmed: 'consultation_confirm_needed' };
			for (const f of findings) warnings[f.field] = f.kind === 'name' ? 'consultation_warn_name' : 'consultation_warn_henkilotunnus';
			const names = findings.flatMap((f) => (f.kind === 'name' ? f.names : []));
			return { ok: false, errors: warnings, params: { names: [...new Set(names)].join(', ') } };
		}
	}
	const { id } = getDb()
		.insert(consultations)
		.values({ teamId, enrolmentId: null, date: input.date, counterpart: input.counterpart, question: input.question, answer: input.answer, createdBy: actorId })
		.returning({ id: consultations.id })
		.get();
	return done(id);
}
