import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, getSqlite, mmapBytes } from '$lib/server/db';
import { TeamRecordsCache, cacheSwitchedOff, teamsVersion, teamVersions } from '$lib/server/db/changes';
import { addClient, addEmployer, addEnrolment, addTeam, addUser } from './fixtures';

// The team change counters of migration 0007: which team's cached views a save invalidates.
const NOW = Date.now();
let teamA: number;
let teamB: number;
let userId: number;
let clientA: number;
let enrolmentA: number;
let employerB: number;

const run = (sql: string, ...params: unknown[]) => Number(getSqlite().prepare(sql).run(...params).lastInsertRowid);
const counter = (scope: string) => (getSqlite().prepare('SELECT counter FROM data_changes WHERE scope = ?').get(scope) as { counter: number } | undefined)?.counter ?? 0;

/** Which of team A, team B and the shared counter a write raised. */
function raised(write: () => void): { a: boolean; b: boolean; shared: boolean } {
	const before = [counter(`team:${teamA}`), counter(`team:${teamB}`), counter('shared')];
	write();
	const after = [counter(`team:${teamA}`), counter(`team:${teamB}`), counter('shared')];
	return { a: after[0] > before[0], b: after[1] > before[1], shared: after[2] > before[2] };
}


beforeAll(() => {
	getDb();
	teamA = addTeam('Tiimi A');
	teamB = addTeam('Tiimi B');
	userId = addUser('coach@team.fi', 'Coach');
	clientA = addClient(teamA);
	enrolmentA = addEnrolment(clientA, teamA);
	employerB = addEmployer(teamB, 'Kauppa Oy');
});

describe('team change counters', () => {
	it('raise the team of an enrolment for a row about it, and no other team', () => {
		expect(raised(() => run("INSERT INTO client_contacts (enrolment_id, date, duration_minutes, mode, place, created_at) VALUES (?, '2026-05-01', 30, 'face-to-face', 'office', ?)", enrolmentA, NOW))).toEqual({ a: true, b: false, shared: false });
		expect(raised(() => run("UPDATE client_contacts SET date = '2026-05-02' WHERE enrolment_id = ?", enrolmentA))).toEqual({ a: true, b: false, shared: false });
		expect(raised(() => run('DELETE FROM client_contacts WHERE enrolment_id = ?', enrolmentA))).toEqual({ a: true, b: false, shared: false });
		expect(raised(() => run("UPDATE clients SET first_name = 'Aini' WHERE id = ?", clientA))).toEqual({ a: true, b: false, shared: false });
	});

	it('raise every team a client has an enrolment in, for rows about the client', () => {
		const client = addClient(teamA);
		addEnrolment(client, teamA);
		// Re-opened in team B: its placements and consents count in both teams' figures.
		const reopened = addEnrolment(client, teamB);
		expect(raised(() => run("INSERT INTO consents (client_id, form, parties, categories, valid_from, created_at) VALUES (?, 'y100', '[]', '[]', '2026-01-01', ?)", client, NOW))).toEqual({ a: true, b: true, shared: false });
		expect(raised(() => run("INSERT INTO placements (enrolment_id, client_id, employer_id, job_title, created_at, updated_at) VALUES (?, ?, ?, 'Myyjä', ?, ?)", reopened, client, employerB, NOW, NOW))).toEqual({ a: true, b: true, shared: false });
	});

	it("raise an employer's team for jobs at it, and for the names of clients its page shows", () => {
		const client = addClient(teamA);
		addEnrolment(client, teamA);
		const job = run("INSERT INTO placements (enrolment_id, client_id, employer_id, job_title, created_at, updated_at) VALUES ((SELECT max(id) FROM enrolments), ?, ?, 'Varastotyö', ?, ?)", client, employerB, NOW, NOW);
		expect(job).toBeGreaterThan(0);
		expect(raised(() => run("UPDATE placements SET status = 'started' WHERE id = ?", job))).toEqual({ a: true, b: true, shared: false });
		expect(raised(() => run("UPDATE clients SET last_name = 'Uusinimi' WHERE id = ?", client))).toEqual({ a: true, b: true, shared: false });
		expect(raised(() => run("UPDATE clients SET last_name = 'Toinen' WHERE id = ?", clientA))).toEqual({ a: true, b: false, shared: false });
	});

	it('raise both teams when an enrolment moves between them', () => {
		const client = addClient(teamA);
		const enrolment = addEnrolment(client, teamA);
		run('UPDATE clients SET team_id = ? WHERE id = ?', teamB, client);
		expect(raised(() => run('UPDATE enrolments SET team_id = ? WHERE id = ?', teamB, enrolment))).toEqual({ a: true, b: true, shared: false });
	});

	it("raise an employer contact's own team and the teams of the clients it names", () => {
		let contact = 0;
		expect(raised(() => (contact = run("INSERT INTO employer_contacts (employer_id, team_id, date, mode, purpose, created_at) VALUES (?, ?, '2026-05-01', 'face-to-face', 'follow-up', ?)", employerB, teamB, NOW)))).toEqual({ a: false, b: true, shared: false });
		// Naming a client changes the client's team's figures and the contact's team's fidelity evidence.
		expect(raised(() => run('INSERT INTO employer_contact_clients (employer_contact_id, client_id) VALUES (?, ?)', contact, clientA))).toEqual({ a: true, b: true, shared: false });
		// Moving the contact's date changes team A's client's figures too.
		expect(raised(() => run("UPDATE employer_contacts SET date = '2026-05-03' WHERE id = ?", contact))).toEqual({ a: true, b: true, shared: false });
	});

	it('raise a fidelity review\'s team for its scores', () => {
		const scale = (getSqlite().prepare('SELECT id FROM fidelity_scales LIMIT 1').get() as { id: number }).id;
		const review = run("INSERT INTO fidelity_reviews (team_id, scale_id, review_date, period_from, period_to, type, created_at, updated_at) VALUES (?, ?, '2026-05-01', '2025-11-01', '2026-04-30', 'self', ?, ?)", teamB, scale, NOW, NOW);
		expect(raised(() => run('INSERT INTO fidelity_item_scores (review_id, item_id, score) VALUES (?, 1, 3)', review))).toEqual({ a: false, b: true, shared: false });
	});

	it('raise the shared counter for rows no single team owns, not for sign-in bookkeeping', () => {
		expect(raised(() => run("UPDATE employers SET name = 'Kauppa Oyj' WHERE id = ?", employerB))).toEqual({ a: false, b: false, shared: true });
		expect(raised(() => run("UPDATE users SET name = 'Coach Two' WHERE id = ?", userId))).toEqual({ a: false, b: false, shared: true });
		expect(raised(() => run('UPDATE users SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?', userId))).toEqual({ a: false, b: false, shared: false });
		expect(raised(() => run("INSERT INTO team_members (team_id, user_id, role) VALUES (?, ?, 'coach')", teamA, userId))).toEqual({ a: true, b: false, shared: false });
	});

	it('do not count sessions or the audit log as changes', () => {
		const all = () => JSON.stringify([...teamVersions()]);
		const before = all();
		run("INSERT INTO audit_log (at, role, action, entity, team_id) VALUES (0, 'system', 'read', 'test', ?)", teamA);
		run("INSERT INTO sessions (id, user_id, expires_at, created_at, last_seen_at) VALUES ('team-changes', ?, ?, ?, ?)", userId, NOW + 60_000, NOW, NOW);
		expect(all()).toBe(before);
	});

	it('has insert, update and delete team triggers on every table the records cache tracks', () => {
		const tables = (getSqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
		const triggers = getSqlite().prepare("SELECT name, tbl_name AS tbl, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_team_changes'").all() as { name: string; tbl: string; sql: string }[];
		const untracked = tables.filter((t) => ['insert', 'update', 'delete'].some((op) => !triggers.some((tr) => tr.name === `${t}_${op}_team_changes`))).sort();
		// The reminder tables (schema/reminders.ts) are no team view's data: a sent digest or a feed read must not empty the caches.
		const reminderTables = ['calendar_feeds', 'client_reminders', 'reminder_deliveries', 'reminder_preferences'];
		// Second factor and SSO links (schema/sign-in.ts) are sign-in bookkeeping like sessions: no team view shows them.
		const signInTables = ['recovery_codes', 'user_identities', 'user_totp'];
		expect(untracked.filter((t) => !reminderTables.includes(t) && !signInTables.includes(t))).toEqual(['__drizzle_migrations', 'audit_log', 'data_changes', 'fidelity_scales', 'sessions']);
		// A table about an enrolment, a client or a review must find its teams through that column (or its own team_id).
		for (const table of tables) {
			const columns = (getSqlite().prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
			const keys = ['enrolment_id', 'client_id', 'review_id'].filter((c) => columns.includes(c));
			if (keys.length === 0 || table === 'audit_log') continue;
			if (columns.includes('team_id')) keys.push('team_id');
			for (const tr of triggers.filter((t) => t.tbl === table)) expect(tr.sql, tr.name).toMatch(new RegExp(`(NEW|OLD)\\.(${keys.join('|')})`));
		}
	});
});

describe('team records cache', () => {
	it('keeps an entry until its own team changes, whatever other teams do', () => {
		const cache = new TeamRecordsCache('test');
		let computed = 0;
		const figure = () => cache.get(`team ${teamA}`, [teamA], () => ++computed);
		expect(figure()).toBe(1);
		run("INSERT INTO client_contacts (enrolment_id, date, duration_minutes, mode, place, created_at) VALUES (?, '2026-05-01', 30, 'phone', 'office', ?)", addEnrolment(addClient(teamB), teamB), NOW);
		expect(figure()).toBe(1);
		run("INSERT INTO client_contacts (enrolment_id, date, duration_minutes, mode, place, created_at) VALUES (?, '2026-05-01', 30, 'phone', 'office', ?)", enrolmentA, NOW);
		expect(figure()).toBe(2);
		run("UPDATE employers SET name = 'Kauppa' WHERE id = ?", employerB);
		expect(figure()).toBe(3);
		expect(figure()).toBe(3);
	});

	it('forgets the oldest entry beyond its size', () => {
		const cache = new TeamRecordsCache('test', 2);
		let computed = 0;
		cache.get('a', [teamA], () => ++computed);
		cache.get('b', [teamA], () => ++computed);
		cache.get('c', [teamA], () => ++computed);
		expect(cache.get('a', [teamA], () => ++computed)).toBe(4);
		expect(cache.get('c', [teamA], () => 0)).toBe(3);
	});

	it('computes every time when POLKU_CACHE_OFF names it (or says all)', () => {
		expect(cacheSwitchedOff('caseload-pages', 'client-record, caseload-pages')).toBe(true);
		expect(cacheSwitchedOff('caseload-pages', 'all')).toBe(true);
		expect(cacheSwitchedOff('caseload-pages', 'caseload')).toBe(false);
		expect(cacheSwitchedOff('caseload-pages', undefined)).toBe(false);
		const before = process.env.POLKU_CACHE_OFF;
		process.env.POLKU_CACHE_OFF = 'test-off';
		try {
			const cache = new TeamRecordsCache('test-off');
			let computed = 0;
			cache.get('a', [teamA], () => ++computed);
			expect(cache.get('a', [teamA], () => ++computed)).toBe(2);
		} finally {
			if (before === undefined) delete process.env.POLKU_CACHE_OFF;
			else process.env.POLKU_CACHE_OFF = before;
		}
	});

	it('versions a set of teams whatever their order or repeats', () => {
		const versions = teamVersions();
		expect(teamsVersion([teamB, teamA, teamA], versions)).toBe(teamsVersion([teamA, teamB], versions));
		expect(teamsVersion([teamA], versions)).not.toBe(teamsVersion([teamB], versions));
	});
});

describe('reading the database through a memory map', () => {
	it('maps nothing unless POLKU_SQLITE_MMAP_MB names a size in MB', () => {
		expect(mmapBytes(undefined)).toBe(0);
		expect(mmapBytes('')).toBe(0);
		expect(mmapBytes('256')).toBe(256 * 1024 * 1024);
		expect(mmapBytes('64')).toBe(64 * 1024 * 1024);
		expect(mmapBytes('0')).toBe(0);
		expect(mmapBytes('lots')).toBe(0);
		expect(mmapBytes('-5')).toBe(0);
	});

	it('is set on the server connection', () => {
		const [{ mmap_size }] = getSqlite().pragma('mmap_size') as { mmap_size: number }[];
		expect(mmap_size).toBe(mmapBytes());
	});
});
