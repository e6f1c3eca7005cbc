/**
 * The mixed workload (`npm run bench`, `--mixed-only` alone): a county's busiest hour, where coaches
 * save between their reads, so most views are the first view after a change in their team.
 *
 * Assumptions (stated in bench/results.md with the figures):
 * - Users: at the busiest hour about 30 % of a county's 400 coaches and a quarter of its 40 leads are
 *   signed in and working at once: 120 coaches and 10 leads by default (`--mixed-users 130`), each
 *   signed in as themselves and reading their own caseload, clients and team.
 * - Pace: each user acts after a think time drawn from an exponential distribution with a mean of
 *   6 s (`--mixed-think 6000`), faster than a person reads a page, so the load errs on the heavy side:
 *   130 users ≈ 20 requests a second.
 * - Writes: after a coach's read, one time in ten (`--mixed-write-ratio 0.1`) the coach saves: a client
 *   contact (60 %), an in-work-support note on a placement (20 %) or a new action in the support
 *   plan (20 %), as JavaScript-enhanced forms post them (the action's answer only).
 */
import Database from 'better-sqlite3';

export type MixedOptions = {
	origin: string;
	/** The database the server runs on, read here only to pick each user's own ids. */
	dbFile: string;
	durationS: number;
	users: number;
	thinkMs: number;
	writeRatio: number;
	/** Extra read pages (path templates with {team}) when the build has them, e.g. the team report. */
	extraLeadPages?: { key: string; url: string }[];
	signIn: (email: string) => Promise<string>;
	log: (line: string) => void;
	seed?: number;
};

export type MixedStat = { key: string; kind: 'read' | 'write'; count: number; errors: number; p50: number; p95: number; p99: number };
export type MixedResult = { users: number; coaches: number; leads: number; durationS: number; thinkMs: number; writeRatio: number; requests: number; rps: number; reads: number; writes: number; errors: number; sampleError?: string; stats: MixedStat[] };

type CoachPlan = {
	email: string;
	clients: { clientId: number; enrolmentId: number; planVersion: number }[];
	placements: { placementId: number; employerId: number }[];
	employers: number[];
};
type LeadPlan = { email: string; teamId: number; clients: number[] };

/** A small seeded PRNG (mulberry32): the same sequence of choices every run. */
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

function pickUsers(dbFile: string, coachCount: number, leadCount: number): { coaches: CoachPlan[]; leads: LeadPlan[] } {
	const db = new Database(dbFile, { readonly: true });
	try {
		const all = <T>(sql: string, ...p: unknown[]) => db.prepare(sql).all(...p) as T[];
		// Coaches spread over the teams: the n-th coach of each team in turn.
		const coachRows = all<{ id: number; email: string; team_id: number }>(
			`SELECT u.id, u.email, tm.team_id FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.role = 'coach' AND u.active = 1 ORDER BY u.id`
		);
		const byTeam = new Map<number, typeof coachRows>();
		for (const row of coachRows) byTeam.set(row.team_id, [...(byTeam.get(row.team_id) ?? []), row]);
		const spread: typeof coachRows = [];
		for (let i = 0; spread.length < coachCount && i < coachRows.length; i++) for (const rows of byTeam.values()) if (rows[i] && spread.length < coachCount) spread.push(rows[i]);
		const coaches = spread.map((c) => ({
			email: c.email,
			clients: all<{ clientId: number; enrolmentId: number; planVersion: number }>(
				`SELECT e.client_id AS clientId, e.id AS enrolmentId, coalesce((SELECT max(version) FROM support_plans WHERE enrolment_id = e.id), 0) AS planVersion
				 FROM enrolments e WHERE e.coach_id = ? AND e.closed_date IS NULL ORDER BY e.id LIMIT 30`,
				c.id
			),
			placements: all<{ placementId: number; employerId: number }>(
				`SELECT p.id AS placementId, p.employer_id AS employerId FROM placements p JOIN enrolments e ON e.id = p.enrolment_id
				 WHERE e.coach_id = ? AND e.closed_date IS NULL AND p.status = 'started' ORDER BY p.id LIMIT 10`,
				c.id
			),
			employers: all<{ id: number }>(`SELECT id FROM employers WHERE team_id = ? ORDER BY id LIMIT 40`, c.team_id).map((r) => r.id)
		}));
		const leadRows = all<{ email: string; team_id: number }>(
			`SELECT u.email, tm.team_id FROM team_members tm JOIN users u ON u.id = tm.user_id WHERE tm.role = 'lead' AND u.email LIKE 'lead%' ORDER BY tm.team_id LIMIT ?`,
			leadCount
		);
		const leads = leadRows.map((l) => ({
			email: l.email,
			teamId: l.team_id,
			clients: all<{ id: number }>(`SELECT client_id AS id FROM enrolments WHERE team_id = ? AND closed_date IS NULL ORDER BY id LIMIT 30`, l.team_id).map((r) => r.id)
		}));
		return { coaches: coaches.filter((c) => c.clients.length > 0), leads };
	} finally {
		db.close();
	}
}

function percentile(sorted: number[], p: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Today in Finland: the app refuses dates in the future. */
const todayInFinland = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());

export async function runMixed(o: MixedOptions): Promise<MixedResult> {
	const leadCount = Math.max(1, Math.round(o.users / 13));
	const { coaches, leads } = pickUsers(o.dbFile, o.users - leadCount, leadCount);
	const rand = prng(o.seed ?? 20261207);
	const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
	const latencies = new Map<string, { kind: 'read' | 'write'; ms: number[]; errors: number }>();
	let sampleError: string | undefined;
	const record = (key: string, kind: 'read' | 'write', ms: number, ok: boolean, detail: string) => {
		const entry = latencies.get(key) ?? { kind, ms: [], errors: 0 };
		entry.ms.push(ms);
		if (!ok) {
			entry.errors++;
			sampleError ??= `${key}: ${detail}`;
		}
		latencies.set(key, entry);
	};

	o.log(`  mixed: signing in ${coaches.length} coaches and ${leads.length} leads …`);
	const cookies = new Map<string, string>();
	for (const user of [...coaches, ...leads]) cookies.set(user.email, await o.signIn(user.email));

	const read = async (key: string, email: string, url: string) => {
		const started = performance.now();
		try {
			const res = await fetch(o.origin + url, { redirect: 'manual', headers: { cookie: cookies.get(email)!, accept: 'text/html' } });
			await res.arrayBuffer();
			record(key, 'read', performance.now() - started, res.status === 200, `HTTP ${res.status} ${url}`);
		} catch (e) {
			record(key, 'read', performance.now() - started, false, String(e));
		}
	};
	const write = async (key: string, email: string, url: string, body: URLSearchParams) => {
		const started = performance.now();
		try {
			const res = await fetch(o.origin + url, {
				method: 'POST',
				redirect: 'manual',
				headers: { cookie: cookies.get(email)!, origin: o.origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true' },
				body
			});
			const text = await res.text();
			// An enhanced form's answer: {"type":"success"|"redirect"|"failure",…}; a failure is a refused save.
			const ok = res.status === 200 && !text.includes('"type":"failure"') && !text.includes('"type":"error"');
			record(key, 'write', performance.now() - started, ok, `HTTP ${res.status} ${url} ${text.slice(0, 160)}`);
			return ok;
		} catch (e) {
			record(key, 'write', performance.now() - started, false, String(e));
			return false;
		}
	};

	const today = todayInFinland();
	const coachRead = async (c: CoachPlan) => {
		const client = pick(c.clients);
		const r = rand();
		if (r < 0.3) return read('caseload', c.email, '/clients');
		if (r < 0.65) return read('client', c.email, `/clients/${client.clientId}`);
		if (r < 0.75) return read('profile', c.email, `/clients/${client.clientId}/profile`);
		if (r < 0.85) return read('plan', c.email, `/clients/${client.clientId}/plan`);
		if (r < 0.95 && c.employers.length) return read('employer', c.email, `/employers/${pick(c.employers)}`);
		return read('services', c.email, '/services');
	};
	const coachWrite = async (c: CoachPlan) => {
		const client = pick(c.clients);
		const r = rand();
		if (r < 0.2 && c.placements.length) {
			const p = pick(c.placements);
			const body = new URLSearchParams({ employerId: String(p.employerId), date: today, mode: 'phone', purpose: 'in-work-support', placementId: String(p.placementId), outcome: 'Työ sujuu, sovittu seuraava käynti.' });
			return write('write: placement note', c.email, '/employers/contacts/new', body);
		}
		if (r < 0.4) {
			const body = new URLSearchParams({ planDate: today, baseVersion: String(client.planVersion), changeNote: 'Uusi toimenpide' });
			body.set('g0', 'Työllistyminen avoimille työmarkkinoille');
			body.set('g0s0', 'Työnhaku');
			body.set('g0s0a0', `Haetaan kolmea paikkaa (${client.planVersion + 1})`);
			body.set('g0s0a0_resp', 'Asiakas ja valmentaja');
			body.set('g0s0a0_status', 'planned');
			if (await write('write: plan action', c.email, `/clients/${client.clientId}/plan`, body)) client.planVersion++;
			return;
		}
		const body = new URLSearchParams({ date: today, durationMinutes: '30', mode: 'phone', place: 'remote', note: 'Puhelu: työnhaun tilanne.' });
		return write('write: contact', c.email, `/clients/${client.clientId}?/contact`, body);
	};
	const leadRead = async (l: LeadPlan) => {
		const r = rand();
		const extra = o.extraLeadPages ?? [];
		if (r < 0.3) return read('team', l.email, '/team');
		if (r < 0.55) return read('outcomes-team', l.email, `/outcomes?team=${l.teamId}`);
		if (r < 0.75 && extra.length) {
			const page = pick(extra);
			return read(page.key, l.email, page.url.replace('{team}', String(l.teamId)));
		}
		if (r < 0.9 && l.clients.length) return read('client (lead)', l.email, `/clients/${pick(l.clients)}`);
		return read('caseload (lead)', l.email, '/clients');
	};

	const endAt = performance.now() + o.durationS * 1000;
	// A think time never runs past the end: the run lasts its stated duration.
	const think = () => new Promise((r) => setTimeout(r, Math.min(-Math.log(1 - rand()) * o.thinkMs, Math.max(0, endAt - performance.now()))));
	const started = performance.now();
	const loops = [
		...coaches.map(async (c) => {
			await think();
			while (performance.now() < endAt) {
				await coachRead(c);
				if (rand() < o.writeRatio) await coachWrite(c);
				await think();
			}
		}),
		...leads.map(async (l) => {
			await think();
			while (performance.now() < endAt) {
				await leadRead(l);
				await think();
			}
		})
	];
	await Promise.all(loops);
	const elapsedS = (performance.now() - started) / 1000;

	const stats: MixedStat[] = [...latencies.entries()].map(([key, e]) => {
		const sorted = [...e.ms].sort((a, b) => a - b);
		return { key, kind: e.kind, count: sorted.length, errors: e.errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
	});
	stats.sort((a, b) => (a.kind === b.kind ? a.key.localeCompare(b.key) : a.kind === 'read' ? -1 : 1));
	const sum = (kind: 'read' | 'write') => stats.filter((s) => s.kind === kind).reduce((n, s) => n + s.count, 0);
	const requests = sum('read') + sum('write');
	return {
		users: coaches.length + leads.length,
		coaches: coaches.length,
		leads: leads.length,
		durationS: elapsedS,
		thinkMs: o.thinkMs,
		writeRatio: o.writeRatio,
		requests,
		rps: requests / elapsedS,
		reads: sum('read'),
		writes: sum('write'),
		errors: stats.reduce((n, s) => n + s.errors, 0),
		sampleError,
		stats
	};
}
