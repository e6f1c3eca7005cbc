import { beforeAll, describe, expect, it, vi } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTeam, createUser } from '$lib/server/accounts';
import { getDb } from '$lib/server/db';
import { clients, employerContacts, enrolments, phaseChanges, placements, teamMembers, users } from '$lib/server/db/schema';
import { runImport, runImportAsync, type ImportInput, type ImportProgress } from '$lib/server/import/apply';
import { templateCsv } from '$lib/server/import/template';
import { periodReport } from '$lib/server/outcomes/figures';
import { reportCommand } from '$lib/server/cli/report';
import { parseArgs } from '$lib/server/cli/args';
import { IMPORT_FILES } from '$lib/domain/import';

const TODAY = '2026-11-23';
let teamId: number;

function templateFiles(language: 'fi' | 'en'): ImportInput['files'] {
	return Object.fromEntries(
		IMPORT_FILES.map((f) => {
			const bytes = new TextEncoder().encode(templateCsv(language, f));
			return [f, { bytes, size: bytes.byteLength }];
		})
	);
}
const file = (text: string) => {
	const bytes = new TextEncoder().encode(text);
	return { bytes, size: bytes.byteLength };
};
const countOf = (table: typeof clients | typeof enrolments | typeof placements | typeof employerContacts) => getDb().select({ n: count() }).from(table).get()!.n;

beforeAll(async () => {
	teamId = createTeam({ name: 'Vantaan IPS-tiimi', municipality: 'Vantaa' });
	await createUser({ email: 'coach@example.fi', name: 'Kaisa Koski', password: null, team: { teamId, role: 'coach' } });
	await createUser({ email: 'coach2@example.fi', name: 'Mikko Mäkelä', password: null, team: { teamId, role: 'coach', fte: 0.5 } });
	await createUser({ email: 'outsider@example.fi', name: 'Outi Ulko', password: null });
});

describe('import into the database', () => {
	it('a dry run validates and counts but writes nothing', () => {
		const result = runImport({ files: templateFiles('fi'), teamName: 'Vantaan IPS-tiimi', dryRun: true, actor: null, today: TODAY });
		expect(result.errors).toEqual([]);
		expect(result.ok).toBe(true);
		expect(result.counts['enrolments.csv']).toEqual({ rows: 3, created: 3, updated: 0 });
		expect(result.employersCreated).toBe(2);
		expect(countOf(clients)).toBe(0);
	});

	it('imports the Finnish template, and a re-import duplicates nothing', () => {
		const first = runImport({ files: templateFiles('fi'), teamName: 'Vantaan IPS-tiimi', dryRun: false, actor: null, today: TODAY });
		expect(first.ok).toBe(true);
		expect(first.counts['placements.csv']).toEqual({ rows: 2, created: 2, updated: 0 });
		const before = [countOf(clients), countOf(enrolments), countOf(placements), countOf(employerContacts)];
		expect(before).toEqual([3, 3, 2, 3]);
		const again = runImport({ files: templateFiles('fi'), teamName: 'Vantaan IPS-tiimi', dryRun: false, actor: null, today: TODAY });
		expect(again.counts['placements.csv']).toEqual({ rows: 2, created: 0, updated: 2 });
		expect(again.employersCreated).toBe(0);
		expect([countOf(clients), countOf(enrolments), countOf(placements), countOf(employerContacts)]).toEqual(before);
		// the ongoing job moved MALLI-001 to phase 5 through recordPhaseChange
		const e = getDb().select({ id: enrolments.id, phase: enrolments.currentPhase }).from(enrolments).where(eq(enrolments.importRef, 'MALLI-001|2026-01-02')).get()!;
		expect(e.phase).toBe(5);
		expect(getDb().select({ p: phaseChanges.phase }).from(phaseChanges).where(eq(phaseChanges.enrolmentId, e.id)).all().map((r) => r.p)).toEqual([1, 5]);
	});

	it('computes the hand-worked figures for the imported sample (Q1 2026)', () => {
		const r = periodReport({}, { teamIds: [teamId], coachId: null }, { from: '2026-01-01', to: '2026-03-31' }, TODAY);
		// served: MALLI-001 (entry 15.1.), MALLI-002 (entry 20.2.); MALLI-003 has no entry date
		expect(r.served.value).toBe(2);
		expect(r.served.excluded).toHaveLength(1);
		// worked: MALLI-001's café job from 2.3.; MALLI-002's job starts 1.4.
		expect(r.worked.value).toBe(1);
		expect(r.employmentRate.value).toBe(0.5);
		// employer contacts: 15.1.→5.2. = 21 days, 20.2.→3.3. = 11 days
		expect(r.meanDaysToFirstEmployerContact.value).toBe(16);
		// first job: 15.1.→2.3. = 46 days, 20.2.→1.4. = 40 days
		expect(r.meanDaysToFirstJob.value).toBe(43);
		expect(r.jobStarts.value).toBe(1);
		// coach 1.0 FTE has MALLI-001, coach2 0.5 FTE has MALLI-002: 2 / 1.5
		expect(r.caseloadPerCoach.value).toBe(1.3);
	});

	it('the CLI prints exactly the documented JSON keys', () => {
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const code = reportCommand.run(parseArgs(['outcomes', '--team', 'Vantaan IPS-tiimi', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'json']));
		expect(code).toBe(0);
		const json = JSON.parse(String(log.mock.calls[0][0]));
		log.mockRestore();
		expect(Object.keys(json)).toEqual([
			'served',
			'worked',
			'workedInclSubsidy',
			'employmentRate',
			'employmentRateInclSubsidy',
			'employmentRateOutOfWork',
			'employmentRateOutOfWorkInclSubsidy',
			'jobStarts',
			'clientsWithFirstJobStart',
			'meanDaysToFirstEmployerContact',
			'medianDaysToFirstEmployerContact',
			'meanDaysToFirstJob',
			'medianDaysToFirstJob'
		]);
		expect(json.employmentRate).toBe(0.5);
	});

	it('is all or nothing: one bad row imports nothing', () => {
		const files = templateFiles('en');
		files['placements.csv'] = file(
			'client_ref,employer_name,job_title,status,start_date\nSAMPLE-001,Sample Café Ltd,Café worker,started,2026-03-02\nSAMPLE-002,Example Storage Ltd,Warehouse worker,started,2026-13-01\n'
		);
		const before = countOf(clients);
		const result = runImport({ files, teamName: 'Vantaan IPS-tiimi', dryRun: false, actor: null, today: TODAY });
		expect(result.ok).toBe(false);
		expect(result.errors).toEqual([{ file: 'placements.csv', row: 3, column: 'start_date', code: 'bad-date', value: '2026-13-01' }]);
		expect(countOf(clients)).toBe(before);
	});

	it('unknown coach e-mail, a coach outside the team and an unknown client_ref are errors', () => {
		const result = runImport({
			files: {
				'enrolments.csv': file('client_ref,first_name,last_name,coach_email,referral_date\nX1,Aino,A,nobody@example.fi,2026-01-01\nX2,Eero,B,outsider@example.fi,2026-01-01\n'),
				'placements.csv': file('client_ref,employer_name,job_title,status\nNOPE,Oy,Job,agreed\n')
			},
			teamName: 'Vantaan IPS-tiimi',
			dryRun: true,
			actor: null,
			today: TODAY
		});
		expect(result.errors).toEqual([
			{ file: 'enrolments.csv', row: 2, column: 'coach_email', code: 'unknown-coach', value: 'nobody@example.fi' },
			{ file: 'enrolments.csv', row: 3, column: 'coach_email', code: 'coach-not-in-team', value: 'outsider@example.fi' },
			{ file: 'placements.csv', row: 2, column: 'client_ref', code: 'unknown-client', value: 'NOPE' }
		]);
	});

	it('--create-team and --create-coaches make a team and inactive coach accounts without a password', () => {
		const result = runImport({
			files: { 'enrolments.csv': file('client_ref,first_name,last_name,coach_email,referral_date\nN1,Aino,A,new.coach@example.fi,2026-01-01\n') },
			teamName: 'Uusi tiimi',
			createTeam: true,
			createCoaches: true,
			dryRun: false,
			actor: null,
			today: TODAY
		});
		expect(result.ok).toBe(true);
		expect(result.teamCreated).toBe(true);
		const user = getDb().select().from(users).where(eq(users.email, 'new.coach@example.fi')).get()!;
		expect(user.active).toBe(false);
		expect(user.passwordHash).toBeNull();
		expect(getDb().select().from(teamMembers).where(eq(teamMembers.userId, user.id)).get()).toMatchObject({ teamId: result.teamId, role: 'coach' });
	});

	it('an unknown team without --create-team is an error', () => {
		const result = runImport({ files: templateFiles('en'), teamName: 'Ei ole', dryRun: true, actor: null, today: TODAY });
		expect(result.errors).toContainEqual({ file: null, row: null, column: null, code: 'unknown-team', value: 'Ei ole' });
	});
});

describe('an import in steps (the web form)', () => {
	const ENROLMENT_HEADER = 'client_ref,first_name,last_name,coach_email,referral_date,entry_date';
	const large = (n: number) => file([ENROLMENT_HEADER, ...Array.from({ length: n }, (_, i) => `BIG-${i},Aino,Iso${i},coach@example.fi,1.2.2024,15.2.2024`)].join('\n'));

	it('gives the same result as at once, and a dry run counts as the import then does', async () => {
		const files = templateFiles('en');
		files['placements.csv'] = file(
			'client_ref,employer_name,business_id,job_title,status,start_date\nSAMPLE-001,Sample Café Ltd,,Café worker,started,2026-03-02\nSAMPLE-002,Uusi Firma Oy,1618033-3,Cook,started,2026-03-01\nSAMPLE-002,UUSI FIRMA OY,,Chef,agreed,\n'
		);
		const input = { files, teamName: 'Vantaan IPS-tiimi', dryRun: true, actor: null, today: TODAY };
		const dry = await runImportAsync(input);
		expect(dry).toEqual(runImport(input));
		expect(dry.ok).toBe(true);
		const before = [countOf(clients), countOf(placements)];
		const real = runImport({ ...input, dryRun: false });
		expect({ ...real, dryRun: true }).toEqual(dry);
		// The second placement created its employer; the third finds it by name (any letter case).
		expect(real.employersCreated).toBe(dry.employersCreated);
		expect(countOf(placements)).toBe(before[1] + real.counts['placements.csv']!.created);
		// Re-imported: the dry run finds every row as the import does (all updated, nothing new).
		const again = await runImportAsync(input);
		expect(again.counts['placements.csv']).toEqual({ rows: 3, created: 0, updated: 3 });
		expect({ ...runImport({ ...input, dryRun: false }), dryRun: true }).toEqual(again);
	});

	it('reports progress, and another task on the event loop runs before a large check finishes', async () => {
		const progress: ImportProgress[] = [];
		let finished = false;
		const run = runImportAsync({ files: { 'enrolments.csv': large(12_000) }, teamName: 'Vantaan IPS-tiimi', dryRun: true, actor: null, today: TODAY }, (p) => progress.push({ ...p })).then((r) => {
			finished = true;
			return r;
		});
		// Another request's work, queued after the import started.
		const finishedWhenOtherRan = await new Promise<boolean>((resolve) => setTimeout(() => resolve(finished), 0));
		expect(finishedWhenOtherRan).toBe(false);
		const result = await run;
		expect(result.counts['enrolments.csv']).toEqual({ rows: 12_000, created: 12_000, updated: 0 });
		expect(progress[0]).toEqual({ phase: 'validate', done: 2000, total: 12_000 });
		expect(progress).toContainEqual({ phase: 'write', done: 12_000, total: 12_000 });
		expect(getDb().select({ n: count() }).from(clients).where(eq(clients.importRef, 'BIG-0')).get()!.n).toBe(0);
	});
});
