import { and, eq, inArray } from 'drizzle-orm';
import { clientFeedback } from '../db/schema';
import { enrolmentAt, type Writer } from './write';
import type { FileCounts } from './types';

/**
 * feedback.csv: each answer is stored in client_feedback (source 'import') against the client's
 * enrolment open on its date (else the latest referred by then, else the latest, as placements).
 * A re-import finds its earlier rows by enrolment, date and values: the n-th identical row of the
 * file is the n-th stored one, so importing the same file twice adds nothing.
 */
export function* writeFeedback(w: Writer): Generator<number, void, void> {
	const rows = w.plan.feedbackRows;
	if (!rows.length) return;
	const targets = rows.map((r) => enrolmentAt(w.enrolmentsOf.get(w.clientIdByRef.get(r.clientRef)!) ?? [], r.date));
	const enrolmentIds = [...new Set(targets.filter((e) => e !== undefined && e.id > 0).map((e) => e!.id))];
	const stored = new Map<string, number>();
	for (let i = 0; i < enrolmentIds.length; i += 500) {
		const found = w.tx
			.select({ enrolmentId: clientFeedback.enrolmentId, date: clientFeedback.date, satisfaction: clientFeedback.satisfaction, recommend: clientFeedback.recommend })
			.from(clientFeedback)
			.where(and(inArray(clientFeedback.enrolmentId, enrolmentIds.slice(i, i + 500)), eq(clientFeedback.source, 'import')))
			.all();
		for (const f of found) {
			const key = `${f.enrolmentId}|${f.date}|${f.satisfaction}|${f.recommend}`;
			stored.set(key, (stored.get(key) ?? 0) + 1);
		}
	}
	const counts: FileCounts = { rows: rows.length, created: 0, updated: 0 };
	const seen = new Map<string, number>();
	for (let i = 0; i < rows.length; i++) {
		if (w.tick()) yield w.handled();
		const r = rows[i];
		const enrolment = targets[i];
		if (!enrolment) continue; // validated: every client_ref has an enrolment
		const key = `${enrolment.id}|${r.date}|${r.satisfaction}|${r.recommend}`;
		const n = (seen.get(key) ?? 0) + 1;
		seen.set(key, n);
		if (n <= (stored.get(key) ?? 0)) {
			counts.updated++;
			continue;
		}
		if (!w.dry) w.tx.insert(clientFeedback).values({ enrolmentId: enrolment.id, date: r.date, satisfaction: r.satisfaction, recommend: r.recommend, source: 'import', createdBy: w.actorId }).run();
		counts.created++;
	}
	w.result.counts['feedback.csv'] = counts;
}
