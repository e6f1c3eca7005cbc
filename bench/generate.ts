/**
 * Scale data set for the benchmark: a whole wellbeing services county (40 teams, 20 000 clients,
 * 1 000 000 client contacts …) written with raw prepared statements into a SEPARATE database file.
 * Reproducible: a seeded PRNG and a fixed reference date give the same rows on every run.
 *
 * CLI: `npx tsx bench/generate.ts [--scale 0.01] [--out bench/bench.sqlite] [--today 2026-11-20]`
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type Database from 'better-sqlite3';
import { hash } from '@node-rs/argon2';
import { openSqlite, runMigrations } from '../src/lib/server/db/index';
import { ARGON2_OPTIONS } from '../src/lib/server/auth/password';

export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_EMAIL_DOMAIN = 'bench.invalid';
export const BENCH_EMAILS = {
	admin: `admin@${BENCH_EMAIL_DOMAIN}`,
	countyLead: `county-lead@${BENCH_EMAIL_DOMAIN}`,
	lead: (team: number) => `lead${team}@${BENCH_EMAIL_DOMAIN}`,
	coach: (n: number) => `coach${n}@${BENCH_EMAIL_DOMAIN}`
};
export const DEFAULT_BENCH_DB = 'bench/bench.sqlite';
export const DEFAULT_TODAY = '2026-11-20';

/** Full-scale sizes; --scale multiplies the per-team and total figures (teams stay ≥ 2). */
export const FULL_SCALE = {
	teams: 40,
	coaches: 400,
	clients: 20_000,
	clientContacts: 1_000_000,
	employerContacts: 150_000,
	employers: 6_000,
	placements: 25_000,
	fidelityReviews: 200
};
const FIDELITY_ITEMS = 25;
/** Share of clients whose first enrolment was closed and who were re-opened (second enrolment). */
const REOPENED_SHARE = 0.1;
/** Share of (latest) enrolments that are closed. */
const CLOSED_SHARE = 0.2;
/** Days of history before the reference date. */
const HISTORY_DAYS = 3 * 365;

/**
 * Every column the generator writes, per table: the ONE place to touch when the schema changes
 * (a new NOT NULL column = add its name here and its value in the row builder below).
 */
export const COLUMNS = {
	users: ['id', 'email', 'name', 'password_hash', 'locale', 'is_admin', 'active', 'must_change_password', 'failed_sign_ins', 'created_at'],
	teams: ['id', 'name', 'municipality', 'created_at'],
	team_members: ['team_id', 'user_id', 'role', 'fte'],
	clients: ['id', 'team_id', 'first_name', 'last_name', 'birth_year', 'preferred_language', 'phone', 'municipality', 'created_at', 'updated_at', 'version'],
	enrolments: ['id', 'client_id', 'team_id', 'coach_id', 'responsible_user_id', 'referral_date', 'referral_source', 'out_of_work_at_referral', 'first_meeting_date', 'entry_date', 'agreed_goals', 'current_phase', 'phase_entered_on', 'closed_date', 'closing_reason', 'created_at', 'updated_at', 'version'],
	enrolment_assignments: ['enrolment_id', 'kind', 'user_id', 'started_on', 'created_at'],
	phase_changes: ['enrolment_id', 'phase', 'entered_on', 'changed_by', 'created_at'],
	client_contacts: ['enrolment_id', 'placement_id', 'date', 'duration_minutes', 'mode', 'place', 'phase', 'note', 'next_step', 'next_step_due', 'covering', 'created_by', 'created_at'],
	outreach_attempts: ['enrolment_id', 'date', 'channel', 'result', 'created_by', 'created_at'],
	consents: ['client_id', 'form', 'parties', 'employer_id', 'categories', 'health_data', 'valid_from', 'valid_to', 'signed_how', 'created_by', 'created_at'],
	employers: ['id', 'team_id', 'name', 'industry', 'municipality', 'stage', 'owner_coach_id', 'created_at', 'updated_at', 'version'],
	employer_contact_persons: ['employer_id', 'name', 'role', 'phone'],
	employer_contacts: ['id', 'employer_id', 'team_id', 'coach_id', 'date', 'mode', 'generic', 'client_present', 'purpose', 'outcome', 'shared_with_employer', 'created_by', 'created_at'],
	employer_contact_clients: ['employer_contact_id', 'client_id'],
	placements: ['id', 'enrolment_id', 'client_id', 'employer_id', 'job_title', 'hours_per_week', 'wage', 'wage_unit', 'contract', 'competitive', 'wage_subsidy', 'disclosure', 'status', 'start_date', 'end_date', 'end_reason', 'created_by', 'created_at', 'updated_at', 'version'],
	fidelity_reviews: ['id', 'team_id', 'scale_id', 'review_date', 'period_from', 'period_to', 'type', 'status', 'created_by', 'created_at', 'updated_at'],
	fidelity_item_scores: ['review_id', 'item_id', 'score', 'evidence', 'updated_by', 'updated_at', 'version']
} as const;

export type BenchTable = keyof typeof COLUMNS;
export type GenerateOptions = { file: string; scale?: number; seed?: number; today?: string; log?: (line: string) => void };
export type GenerateResult = { file: string; scale: number; seconds: number; counts: Record<string, number> };

/** mulberry32: small, fast, good enough for test data, same sequence for the same seed. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const FIRST_NAMES = ['Aino', 'Eero', 'Helmi', 'Juha', 'Kirsi', 'Lauri', 'Minna', 'Niko', 'Oona', 'Pekka', 'Riikka', 'Sami', 'Tuula', 'Ville', 'Anni', 'Jari', 'Marja', 'Toni', 'Hanna', 'Petri', 'Satu', 'Janne', 'Elina', 'Markus', 'Sari', 'Tero', 'Johanna', 'Antti', 'Laura', 'Timo'];
const LAST_NAMES = ['Virtanen', 'Korhonen', 'Nieminen', 'Mäkinen', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Kinnunen', 'Turunen', 'Salo', 'Rantanen', 'Lindholm', 'Karjalainen', 'Jokinen', 'Laaksonen', 'Ahonen', 'Nyström', 'Hiltunen', 'Vainio', 'Mattila', 'Kallio', 'Berg', 'Ojala'];
const MUNICIPALITIES = ['Vantaa', 'Kerava', 'Espoo', 'Helsinki', 'Tuusula', 'Järvenpää', 'Porvoo', 'Lohja', 'Kirkkonummi', 'Hyvinkää'];
const SOURCES = ['adult-social-work', 'employment-services', 'kela', 'psychiatric-care', 'ngo', 'health-centre', 'self', 'other'];
const CLOSING_REASONS = ['employed', 'studies', 'rehabilitative-work', 'work-trial', 'sick-leave-rehab', 'other-service', 'health', 'no-longer-wants-work', 'not-reached', 'moved-away', 'deceased', 'other'];
const CONTACT_MODES = ['face-to-face', 'face-to-face', 'face-to-face', 'phone', 'video', 'message', 'email'];
const PLACES = ['office', 'workplace', 'home', 'public-place', 'partner-premises', 'remote'];
const EMPLOYER_MODES = ['face-to-face', 'face-to-face', 'phone', 'email', 'video', 'message'];
const PURPOSES = ['introduction', 'learn-business', 'present-candidate', 'interview', 'job-start', 'in-work-support', 'follow-up'];
const STAGES = ['new-lead', 'introduced', 'learning-needs', 'active-partner', 'dormant'];
const INDUSTRIES = ['Ravintola-ala', 'Logistiikka', 'Siivous', 'Vähittäiskauppa', 'Autokorjaamo', 'Puutarha', 'Rakentaminen', 'Hoiva-ala', 'IT', 'Kiinteistöhuolto'];
const JOB_TITLES = ['Varastotyöntekijä', 'Kahvilatyöntekijä', 'Siistijä', 'Myyjä', 'Kiinteistönhoitaja', 'Asentaja', 'Hoiva-avustaja', 'Kokki', 'Kuljettaja', 'IT-tukihenkilö'];
const PLACEMENT_STATUSES = ['agreed', 'started', 'started', 'started', 'ended', 'ended', 'did-not-start'];
const END_REASONS = ['better-job', 'quit-no-plan', 'dismissed', 'fixed-term-ended', 'laid-off', 'other'];
const NOTES = ['Käytiin läpi työnhakua.', 'Päivitettiin ammatillinen profiili.', 'Harjoiteltiin työhaastattelua.', 'Tuki työpaikalla, sujuu hyvin.', 'Sovittiin seuraava tapaaminen.'];

const DAY_MS = 86_400_000;

/** A row for a table: every listed column must be given (null where empty), so the list and the builders stay in step. */
type Row<T extends BenchTable> = Record<(typeof COLUMNS)[T][number], unknown>;
type Inserters = { [T in BenchTable]: (row: Row<T>) => void };

function insertStatement(sqlite: Database.Database, table: BenchTable) {
	const cols: readonly string[] = COLUMNS[table];
	const stmt = sqlite.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
	return (row: object) => {
		const values = new Array(cols.length);
		for (let i = 0; i < cols.length; i++) values[i] = (row as Record<string, unknown>)[cols[i]] ?? null;
		stmt.run(values);
	};
}

function removeDatabaseFiles(file: string): void {
	for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

export async function generateBenchData(options: GenerateOptions): Promise<GenerateResult> {
	const started = performance.now();
	const scale = options.scale ?? 1;
	const log = options.log ?? (() => {});
	const rand = prng(options.seed ?? 20_261_123);
	const int = (n: number) => Math.floor(rand() * n);
	const pick = <T>(list: readonly T[]): T => list[int(list.length)];
	const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * scale));

	const nTeams = scaled(FULL_SCALE.teams, 2);
	const coachesPerTeam = Math.max(1, Math.round(scaled(FULL_SCALE.coaches, nTeams) / nTeams));
	const nClients = scaled(FULL_SCALE.clients, nTeams);
	const nEmployers = scaled(FULL_SCALE.employers, nTeams);
	const nClientContacts = scaled(FULL_SCALE.clientContacts);
	const nEmployerContacts = scaled(FULL_SCALE.employerContacts);
	const nPlacements = scaled(FULL_SCALE.placements);
	const nReviews = scaled(FULL_SCALE.fidelityReviews, nTeams);

	// Dates as day numbers before the reference date, turned into ISO strings through a lookup table.
	const todayMs = Date.parse(`${options.today ?? DEFAULT_TODAY}T00:00:00Z`);
	const isoDays: string[] = [];
	for (let d = 0; d <= HISTORY_DAYS + 400; d++) isoDays.push(new Date(todayMs - d * DAY_MS).toISOString().slice(0, 10));
	/** ISO date `daysAgo` days before the reference date (negative = in the future). */
	const iso = (daysAgo: number) => (daysAgo >= 0 ? isoDays[daysAgo] : new Date(todayMs - daysAgo * DAY_MS).toISOString().slice(0, 10));
	const stamp = (daysAgo: number) => todayMs - daysAgo * DAY_MS + 9 * 3_600_000;

	fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
	removeDatabaseFiles(options.file);
	const sqlite = openSqlite(options.file);
	runMigrations(drizzle(sqlite));
	log(`migrated ${options.file}`);
	// Bulk load: no journal, no fsync, no FK checks (sanity is checked by the unit test); WAL restored at the end.
	sqlite.pragma('journal_mode = OFF');
	sqlite.pragma('synchronous = OFF');
	sqlite.pragma('foreign_keys = OFF');
	sqlite.pragma('cache_size = -200000');

	const passwordHash = await hash(BENCH_PASSWORD, ARGON2_OPTIONS); // computed once, reused by every bench user

	const ins = Object.fromEntries((Object.keys(COLUMNS) as BenchTable[]).map((t) => [t, insertStatement(sqlite, t)])) as Inserters;

	// ---- accounts and teams
	const teamCoaches: number[][] = [];
	const teamLead: number[] = [];
	let userId = 0;
	sqlite.transaction(() => {
		const user = (email: string, name: string, isAdmin = false) => {
			userId++;
			ins.users({ id: userId, email, name, password_hash: passwordHash, locale: 'fi', is_admin: isAdmin ? 1 : 0, active: 1, must_change_password: 0, failed_sign_ins: 0, created_at: stamp(HISTORY_DAYS) });
			return userId;
		};
		user(BENCH_EMAILS.admin, 'Bench Admin', true);
		const countyLead = user(BENCH_EMAILS.countyLead, 'Maakunnan Esihenkilö');
		let coachNo = 0;
		for (let t = 1; t <= nTeams; t++) {
			ins.teams({ id: t, name: `IPS-tiimi ${t} (${MUNICIPALITIES[(t - 1) % MUNICIPALITIES.length]})`, municipality: MUNICIPALITIES[(t - 1) % MUNICIPALITIES.length], created_at: stamp(HISTORY_DAYS) });
			const lead = user(BENCH_EMAILS.lead(t), `Esihenkilö ${t}`);
			teamLead[t] = lead;
			ins.team_members({ team_id: t, user_id: lead, role: 'lead', fte: 1 });
			ins.team_members({ team_id: t, user_id: countyLead, role: 'lead', fte: 0.1 });
			const coaches: number[] = [];
			for (let c = 0; c < coachesPerTeam; c++) {
				coachNo++;
				const id = user(BENCH_EMAILS.coach(coachNo), `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`);
				ins.team_members({ team_id: t, user_id: id, role: 'coach', fte: c % 5 === 4 ? 0.8 : 1 });
				coaches.push(id);
			}
			teamCoaches[t] = coaches;
		}
	})();
	log(`accounts: ${userId} users, ${nTeams} teams`);

	// ---- employers
	const teamEmployers: number[][] = Array.from({ length: nTeams + 1 }, () => []);
	sqlite.transaction(() => {
		for (let e = 1; e <= nEmployers; e++) {
			const team = ((e - 1) % nTeams) + 1;
			teamEmployers[team].push(e);
			ins.employers({ id: e, team_id: team, name: `${pick(LAST_NAMES)} ${pick(INDUSTRIES)} ${e} Oy`, industry: pick(INDUSTRIES), municipality: pick(MUNICIPALITIES), stage: pick(STAGES), owner_coach_id: pick(teamCoaches[team]), created_at: stamp(HISTORY_DAYS), updated_at: stamp(HISTORY_DAYS), version: 1 });
			ins.employer_contact_persons({ employer_id: e, name: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`, role: 'Esihenkilö', phone: `09 555 ${String(e).padStart(4, '0')}` });
		}
	})();

	// ---- clients, enrolments (all 5 phases, closed, re-opened), assignments, phase changes, consents, outreach
	type Enrolment = { id: number; clientId: number; team: number; coach: number; entryAgo: number; endAgo: number; phase: number };
	const enrolmentList: Enrolment[] = [];
	let enrolmentId = 0;
	sqlite.transaction(() => {
		const enrol = (clientId: number, team: number, coach: number, startAgo: number, closedAgo: number | null) => {
			enrolmentId++;
			const entryAgo = Math.max(0, startAgo - 7 - int(14));
			const phase = closedAgo !== null ? 1 + int(5) : 1 + Math.min(4, Math.floor((startAgo / HISTORY_DAYS) * 5 + rand() * 2));
			const reason = closedAgo !== null ? pick(CLOSING_REASONS) : null;
			const endAgo = closedAgo ?? 0;
			const phaseStep = Math.max(1, Math.floor((entryAgo - endAgo) / phase));
			ins.enrolments({
				id: enrolmentId, client_id: clientId, team_id: team, coach_id: coach, responsible_user_id: coach,
				referral_date: iso(startAgo), referral_source: pick(SOURCES), out_of_work_at_referral: 1,
				first_meeting_date: iso(startAgo - 3 > 0 ? startAgo - 3 : 0), entry_date: iso(entryAgo),
				agreed_goals: 'Osa-aikatyö omalta alalta.', current_phase: phase, phase_entered_on: iso(Math.max(endAgo, entryAgo - (phase - 1) * phaseStep)),
				closed_date: closedAgo !== null ? iso(closedAgo) : null, closing_reason: reason,
				created_at: stamp(startAgo), updated_at: stamp(endAgo), version: 1
			});
			ins.enrolment_assignments({ enrolment_id: enrolmentId, kind: 'coach', user_id: coach, started_on: iso(startAgo), created_at: stamp(startAgo) });
			for (let p = 1; p <= phase; p++) {
				const ago = Math.max(endAgo, entryAgo - (p - 1) * phaseStep);
				ins.phase_changes({ enrolment_id: enrolmentId, phase: p, entered_on: iso(ago), changed_by: coach, created_at: stamp(ago) });
			}
			if (reason === 'not-reached') {
				for (let a = 0; a < 3; a++) {
					const ago = endAgo + 7 * (3 - a);
					ins.outreach_attempts({ enrolment_id: enrolmentId, date: iso(ago), channel: a === 2 ? 'home-visit' : 'phone', result: 'Ei tavoitettu', created_by: coach, created_at: stamp(ago) });
				}
			}
			enrolmentList.push({ id: enrolmentId, clientId, team, coach, entryAgo, endAgo, phase });
		};
		for (let c = 1; c <= nClients; c++) {
			const team = ((c - 1) % nTeams) + 1;
			const coaches = teamCoaches[team];
			const coach = coaches[Math.floor((c - 1) / nTeams) % coaches.length];
			ins.clients({ id: c, team_id: team, first_name: pick(FIRST_NAMES), last_name: pick(LAST_NAMES), birth_year: 1960 + int(45), preferred_language: rand() < 0.92 ? 'fi' : pick(['sv', 'en', 'other']), phone: `040 ${String(c).padStart(7, '0')}`, municipality: pick(MUNICIPALITIES), created_at: stamp(HISTORY_DAYS), updated_at: stamp(0), version: 1 });
			const reopened = rand() < REOPENED_SHARE;
			if (reopened) {
				const startAgo = Math.floor(HISTORY_DAYS * (0.6 + rand() * 0.4));
				const closedAgo = Math.floor(startAgo * (0.3 + rand() * 0.4));
				enrol(c, team, coach, startAgo, closedAgo);
				const secondStart = Math.max(1, closedAgo - 30 - int(60));
				enrol(c, team, coach, secondStart, rand() < CLOSED_SHARE / 2 ? Math.floor(secondStart * rand()) : null);
			} else {
				const startAgo = 1 + int(HISTORY_DAYS);
				enrol(c, team, coach, startAgo, rand() < CLOSED_SHARE ? Math.floor(startAgo * rand() * 0.9) : null);
			}
			const hasEmployer = rand() < 0.2;
			ins.consents({ client_id: c, form: 'y100', parties: '["hyvinvointialue","kela","tyollisyyspalvelut"]', employer_id: hasEmployer ? pick(teamEmployers[team]) : null, categories: '["basic","phase","placement"]', health_data: rand() < 0.3 ? 1 : 0, valid_from: iso(HISTORY_DAYS - int(100)), valid_to: null, signed_how: 'signature', created_by: coach, created_at: stamp(HISTORY_DAYS) });
		}
	})();
	log(`clients: ${nClients}, enrolments: ${enrolmentId}`);

	// ---- placements (in-work support contacts may point at them)
	const placementOf: { id: number; enrolment: Enrolment; startAgo: number }[] = [];
	sqlite.transaction(() => {
		const candidates = enrolmentList.filter((e) => e.phase >= 3 || e.endAgo > 0);
		for (let p = 1; p <= nPlacements; p++) {
			const e = pick(candidates.length ? candidates : enrolmentList);
			const status = pick(PLACEMENT_STATUSES);
			const span = Math.max(1, e.entryAgo - e.endAgo);
			const startAgo = e.endAgo + int(span);
			const ended = status === 'ended';
			const endAgo = ended ? Math.max(e.endAgo, startAgo - 30 - int(200)) : null;
			ins.placements({
				id: p, enrolment_id: e.id, client_id: e.clientId, employer_id: pick(teamEmployers[e.team]), job_title: pick(JOB_TITLES),
				hours_per_week: 10 + int(28), wage: 11 + int(8), wage_unit: 'hour', contract: rand() < 0.4 ? 'permanent' : 'fixed-term',
				competitive: 1, wage_subsidy: rand() < 0.3 ? 1 : 0, disclosure: pick(['none', 'general', 'specific']), status,
				start_date: status === 'did-not-start' ? null : iso(startAgo), end_date: endAgo !== null ? iso(endAgo) : null,
				end_reason: ended ? pick(END_REASONS) : null, created_by: e.coach, created_at: stamp(startAgo + 14), updated_at: stamp(endAgo ?? startAgo), version: 1
			});
			placementOf.push({ id: p, enrolment: e, startAgo });
		}
	})();
	log(`placements: ${nPlacements}`);

	// ---- client contacts: skewed so some enrolments have long timelines (hundreds of contacts)
	const nEnrolments = enrolmentList.length;
	const batch = 50_000;
	for (let done = 0; done < nClientContacts; done += batch) {
		sqlite.transaction(() => {
			for (let i = done; i < Math.min(nClientContacts, done + batch); i++) {
				const e = enrolmentList[Math.floor(Math.pow(rand(), 1.6) * nEnrolments)];
				const span = Math.max(1, e.entryAgo - e.endAgo);
				const ago = e.endAgo + int(span);
				const inWork = rand() < 0.1 && placementOf.length > 0;
				const placement = inWork ? placementOf[int(placementOf.length)] : null;
				const hasNext = rand() < 0.3;
				ins.client_contacts({
					enrolment_id: e.id, placement_id: placement && placement.enrolment.id === e.id ? placement.id : null, date: iso(ago),
					duration_minutes: 15 + 15 * int(6), mode: pick(CONTACT_MODES), place: pick(PLACES), phase: e.phase, note: pick(NOTES),
					next_step: hasNext ? 'Seuraava tapaaminen' : null, next_step_due: hasNext ? iso(ago - 14) : null,
					covering: rand() < 0.05 ? 1 : 0, created_by: e.coach, created_at: stamp(ago)
				});
			}
		})();
		log(`client contacts: ${Math.min(nClientContacts, done + batch)}`);
	}

	// ---- employer contacts (+ named clients for some)
	const teamClients: number[][] = Array.from({ length: nTeams + 1 }, () => []);
	for (let c = 1; c <= nClients; c++) teamClients[((c - 1) % nTeams) + 1].push(c);
	let linkCount = 0;
	for (let done = 0; done < nEmployerContacts; done += batch) {
		sqlite.transaction(() => {
			for (let i = done; i < Math.min(nEmployerContacts, done + batch); i++) {
				const id = i + 1;
				const employer = 1 + Math.floor(Math.pow(rand(), 1.4) * nEmployers);
				const team = ((employer - 1) % nTeams) + 1;
				const coach = pick(teamCoaches[team]);
				const generic = rand() < 0.7;
				const ago = int(HISTORY_DAYS);
				ins.employer_contacts({ id, employer_id: employer, team_id: team, coach_id: coach, date: iso(ago), mode: pick(EMPLOYER_MODES), generic: generic ? 1 : 0, client_present: !generic && rand() < 0.3 ? 1 : 0, purpose: pick(PURPOSES), outcome: 'Keskusteltu työtehtävistä.', shared_with_employer: 0, created_by: coach, created_at: stamp(ago) });
				if (!generic) {
					const named = new Set<number>();
					const n = 1 + int(2);
					for (let k = 0; k < n; k++) named.add(pick(teamClients[team]));
					for (const clientId of named) {
						ins.employer_contact_clients({ employer_contact_id: id, client_id: clientId });
						linkCount++;
					}
				}
			}
		})();
	}
	log(`employer contacts: ${nEmployerContacts}, linked clients: ${linkCount}`);

	// ---- fidelity: the app's own scale (seeded with the migrations), reviews with 25 item scores each
	sqlite.transaction(() => {
		const scale = sqlite.prepare('SELECT id FROM fidelity_scales ORDER BY id LIMIT 1').get() as { id: number } | undefined;
		if (!scale) throw new Error('The fidelity scale was not seeded by the migrations');
		const perTeam = Math.ceil(nReviews / nTeams);
		for (let r = 1; r <= nReviews; r++) {
			const team = ((r - 1) % nTeams) + 1;
			const round = Math.floor((r - 1) / nTeams);
			const ago = Math.floor((HISTORY_DAYS * (perTeam - round)) / (perTeam + 1));
			const status = round === perTeam - 1 ? pick(['draft', 'consensus', 'final']) : 'final';
			ins.fidelity_reviews({ id: r, team_id: team, scale_id: scale.id, review_date: iso(ago), period_from: iso(ago + 180), period_to: iso(ago + 1), type: pick(['self-assessment', 'guided', 'independent']), status, created_by: teamLead[team], created_at: stamp(ago), updated_at: stamp(ago) });
			for (let item = 1; item <= FIDELITY_ITEMS; item++) {
				ins.fidelity_item_scores({ review_id: r, item_id: item, score: 1 + int(5), evidence: 'Asiakirjat ja haastattelut.', updated_by: teamLead[team], updated_at: stamp(ago), version: 1 });
			}
		}
	})();
	log(`fidelity reviews: ${nReviews}`);

	sqlite.exec('ANALYZE');
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	const counts = countRows(sqlite);
	sqlite.close();
	return { file: options.file, scale, seconds: (performance.now() - started) / 1000, counts };
}

export const COUNTED_TABLES = [
	'users', 'teams', 'team_members', 'clients', 'enrolments', 'enrolment_assignments', 'phase_changes', 'client_contacts',
	'outreach_attempts', 'consents', 'employers', 'employer_contact_persons', 'employer_contacts', 'employer_contact_clients',
	'placements', 'fidelity_reviews', 'fidelity_item_scores'
] as const;

export function countRows(sqlite: Database.Database): Record<string, number> {
	return Object.fromEntries(COUNTED_TABLES.map((t) => [t, (sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
}

function argValue(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const args = process.argv.slice(2);
	const result = await generateBenchData({
		file: argValue(args, '--out') ?? DEFAULT_BENCH_DB,
		scale: Number(argValue(args, '--scale') ?? 1),
		today: argValue(args, '--today') ?? DEFAULT_TODAY,
		log: (line) => console.log(`  ${line}`)
	});
	console.log(`Generated ${result.file} at scale ${result.scale} in ${result.seconds.toFixed(1)} s`);
	console.table(result.counts);
}
