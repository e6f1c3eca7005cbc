import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTeam, createUser } from '$lib/server/accounts';
import { getDb } from '$lib/server/db';
import { clientFeedback, clients, enrolments } from '$lib/server/db/schema';
import { runImport } from '$lib/server/import/apply';

const TODAY = '2026-11-23';
const file = (text: string) => {
	const bytes = new TextEncoder().encode(text);
	return { bytes, size: bytes.byteLength };
};
const ENROLMENTS = [
	'client_ref;first_name;last_name;coach_email;referral_date;entry_date;out_of_work_at_referral;closed_date;closing_reason;birth_year;unemployment_months',
	'P-1;Pekka;Palaute;fb.coach@example.fi;1.1.2025;10.1.2025;kyllä;30.6.2025;employed;1980;30',
	'P-1;Pekka;Palaute;fb.coach@example.fi;1.3.2026;5.3.2026;kyllä;;;;',
	'P-2;Paula;Palaute;fb.coach@example.fi;1.2.2026;;ei;;;1999;'
].join('\n');

const run = (files: Record<string, string>, dryRun = false) =>
	runImport({ files: Object.fromEntries(Object.entries(files).map(([name, text]) => [name, file(text)])), teamName: 'Palautetiimi', dryRun, actor: null, today: TODAY });

beforeAll(async () => {
	const teamId = createTeam({ name: 'Palautetiimi', municipality: null });
	await createUser({ email: 'fb.coach@example.fi', name: 'Fb Coach', password: null, team: { teamId, role: 'coach' } });
});

describe('import of feedback and intake columns', () => {
	it('stores birth year on the client and months out of work on the enrolment', () => {
		const result = run({ 'enrolments.csv': ENROLMENTS });
		expect(result.errors).toEqual([]);
		const pekka = getDb().select().from(clients).where(eq(clients.importRef, 'P-1')).get()!;
		expect(pekka.birthYear).toBe(1980);
		const months = getDb().select({ ref: enrolments.importRef, m: enrolments.unemploymentMonths }).from(enrolments).where(eq(enrolments.clientId, pekka.id)).orderBy(enrolments.id).all();
		expect(months).toEqual([
			{ ref: 'P-1|2025-01-01', m: 30 },
			{ ref: 'P-1|2026-03-01', m: null }
		]);
		expect(getDb().select().from(clients).where(eq(clients.importRef, 'P-2')).get()!.birthYear).toBe(1999);
	});

	it('stores each answer against the enrolment open on its date, source "import"; a re-import adds nothing', () => {
		const feedback = ['client_ref,date,satisfaction,recommend', 'P-1,2025-05-01,9,10', 'P-1,2026-06-01,7,6', 'P-1,2026-06-01,7,6', 'P-2,2026-03-01,4,0'].join('\n');
		const first = run({ 'feedback.csv': feedback });
		expect(first.errors).toEqual([]);
		expect(first.counts['feedback.csv']).toEqual({ rows: 4, created: 4, updated: 0 });
		const rows = getDb()
			.select({ ref: enrolments.importRef, date: clientFeedback.date, s: clientFeedback.satisfaction, r: clientFeedback.recommend, source: clientFeedback.source })
			.from(clientFeedback)
			.innerJoin(enrolments, eq(enrolments.id, clientFeedback.enrolmentId))
			.orderBy(clientFeedback.id)
			.all();
		expect(rows).toEqual([
			{ ref: 'P-1|2025-01-01', date: '2025-05-01', s: 9, r: 10, source: 'import' },
			{ ref: 'P-1|2026-03-01', date: '2026-06-01', s: 7, r: 6, source: 'import' },
			{ ref: 'P-1|2026-03-01', date: '2026-06-01', s: 7, r: 6, source: 'import' },
			{ ref: 'P-2|2026-02-01', date: '2026-03-01', s: 4, r: 0, source: 'import' }
		]);
		const again = run({ 'feedback.csv': feedback });
		expect(again.counts['feedback.csv']).toEqual({ rows: 4, created: 0, updated: 4 });
		expect(getDb().select().from(clientFeedback).all()).toHaveLength(4);
	});

	it('bad rows: row-numbered errors and nothing saved, not even the good files', () => {
		const before = getDb().select().from(clientFeedback).all().length;
		const result = run({
			'enrolments.csv': ENROLMENTS.replace('P-2;Paula;Palaute;fb.coach@example.fi;1.2.2026;;ei;;;1999;', 'P-3;Paavo;Uusi;fb.coach@example.fi;1.2.2026;;ei;;;1999;'),
			'feedback.csv': ['client_ref,date,satisfaction,recommend', 'P-1,2026-06-02,11,5', 'NOPE,2026-06-02,8,5'].join('\n')
		});
		expect(result.ok).toBe(false);
		expect(result.errors.map((e) => `${e.file}:${e.row}:${e.column}:${e.code}`)).toEqual(['feedback.csv:2:satisfaction:bad-number', 'feedback.csv:3:client_ref:unknown-client']);
		const unknown = run({ 'feedback.csv': ['client_ref,date,satisfaction,recommend', 'NOPE,2026-06-02,8,5'].join('\n') });
		expect(unknown.errors.map((e) => `${e.file}:${e.row}:${e.column}:${e.code}`)).toEqual(['feedback.csv:2:client_ref:unknown-client']);
		expect(getDb().select().from(clientFeedback).all()).toHaveLength(before);
		expect(getDb().select().from(clients).where(eq(clients.importRef, 'P-3')).get()).toBeUndefined();
	});
});
