/**
 * Does a large import stall other users? (issue #26, item 2)
 *
 *   npx tsx bench/import-stall.ts --base http://127.0.0.1:3000 [--rows 49000] [--email lead@example.fi]
 *     [--password polku-demo-2026] [--coach coach@example.fi] [--real] [--page /clients/1 --page-email coach@example.fi]
 *
 * Against a running built server with the demo data (`polku demo`): signs in as the lead, generates an
 * enrolments.csv of valid rows (default just under the 50 000 row cap), starts a dry run and, until the
 * dry run's result is there, times GET /login one request after another. Prints the dry run's time and
 * the /login latencies (median, p95, max). Works against a build without import jobs too (the dry run's
 * POST then answers only when the check is done). `--page` also times a signed-in page of another user
 * (a client record writes its read's audit row, so it shows how writes fare while a real import writes).
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: {
		base: { type: 'string', default: 'http://127.0.0.1:3000' },
		rows: { type: 'string', default: '49000' },
		email: { type: 'string', default: 'lead@example.fi' },
		password: { type: 'string', default: 'polku-demo-2026' },
		coach: { type: 'string', default: 'coach@example.fi' },
		/** Import and save instead of a dry run (writes the rows: use a copy of the database). */
		real: { type: 'boolean', default: false },
		/** A signed-in page to time as well, as `--page-email` (same password). */
		page: { type: 'string' },
		'page-email': { type: 'string', default: 'coach@example.fi' }
	}
});
const base = values.base!;

function csv(rows: number): string {
	const lines = ['client_ref,first_name,last_name,coach_email,referral_date,entry_date,out_of_work_at_referral,closed_date,closing_reason'];
	for (let i = 0; i < rows; i++) {
		const day = 1 + (i % 28);
		lines.push(`STALL-${i},Etunimi${i},Sukunimi${i % 977},${values.coach},${day}.3.2025,${day}.4.2025,kyllä,,`);
	}
	return lines.join('\r\n') + '\r\n';
}

async function signIn(email = values.email!): Promise<string> {
	const response = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email, password: values.password! }).toString()
	});
	const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
	if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
	return cookie;
}

/** GET with one retry: after a long stall the server may close a kept-alive socket as it is reused. */
async function get(url: string, cookie = ''): Promise<string> {
	try {
		return await (await fetch(url, { headers: { cookie } })).text();
	} catch {
		return await (await fetch(url, { headers: { cookie } })).text();
	}
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main() {
	const cookie = await signIn();
	const page = await (await fetch(`${base}/outcomes/import`, { headers: { cookie } })).text();
	const teamId = /id="import-team"[^>]*>(?:<!--\[-->)?<option value="(\d+)"/.exec(page)?.[1];
	if (!teamId) throw new Error('the signed-in user leads no team');
	const text = csv(Number(values.rows));
	console.log(`enrolments.csv: ${values.rows} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB`);

	const form = new FormData();
	form.set('team', teamId);
	form.set('enrolments', new Blob([text], { type: 'text/csv' }), 'enrolments.csv');
	let done = false;
	const started = performance.now();
	const importRun = (async () => {
		const response = await fetch(`${base}/outcomes/import?/${values.real ? 'import' : 'dryRun'}`, { method: 'POST', redirect: 'manual', headers: { origin: base, cookie, accept: 'text/html' }, body: form });
		const location = response.headers.get('location');
		let body = await response.text();
		const posted = performance.now() - started;
		// With import jobs: 303 to the job's page; poll it until it shows the result.
		if (location) {
			for (;;) {
				body = await get(`${base}${location}`, cookie);
				if (!/id="progress-title"/.test(body)) break;
				await new Promise((r) => setTimeout(r, 250));
			}
		}
		done = true;
		const ok = /Tarkistus onnistui|Check passed|Kontrollen lyckades|Tuonti valmis|Import complete|Importen är klar/.test(body);
		if (!ok) console.log(response.status, location, /<h2 id="result-title">([^<]*)/.exec(body)?.[1] ?? body.slice(0, 500));
		return { posted, total: performance.now() - started, ok };
	})();

	const latencies: number[] = [];
	const pageLatencies: number[] = [];
	const pageStatuses = new Map<number, number>();
	const pageCookie = values.page ? await signIn(values['page-email']) : '';
	let resets = 0;
	await new Promise((r) => setTimeout(r, 50)); // the upload is on its way
	while (!done) {
		const t = performance.now();
		try {
			await (await fetch(`${base}/login`)).arrayBuffer();
		} catch {
			// A kept-alive socket the server closed after a long stall: counted, retried, timed as one wait.
			resets++;
			await (await fetch(`${base}/login`)).arrayBuffer();
		}
		latencies.push(performance.now() - t);
		if (values.page) {
			const p = performance.now();
			const response = await fetch(`${base}${values.page}`, { headers: { cookie: pageCookie } });
			await response.arrayBuffer();
			pageLatencies.push(performance.now() - p);
			pageStatuses.set(response.status, (pageStatuses.get(response.status) ?? 0) + 1);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	const result = await importRun;
	const sorted = [...latencies].sort((a, b) => a - b);
	console.log(`${values.real ? 'import' : 'dry run'}: POST answered after ${(result.posted / 1000).toFixed(1)} s, result after ${(result.total / 1000).toFixed(1)} s (${result.ok ? 'passed' : 'NOT passed'})`);
	console.log(
		`GET /login meanwhile: ${latencies.length} requests, median ${quantile(sorted, 0.5)?.toFixed(0)} ms, p95 ${quantile(sorted, 0.95)?.toFixed(0)} ms, max ${sorted[sorted.length - 1]?.toFixed(0)} ms${resets ? `, ${resets} connection resets` : ''}`
	);
	if (values.page) {
		const pages = [...pageLatencies].sort((a, b) => a - b);
		const statuses = [...pageStatuses].map(([status, n]) => `${n}× ${status}`).join(', ');
		console.log(`GET ${values.page} meanwhile: ${pages.length} requests (${statuses}), median ${quantile(pages, 0.5)?.toFixed(0)} ms, p95 ${quantile(pages, 0.95)?.toFixed(0)} ms, max ${pages[pages.length - 1]?.toFixed(0)} ms`);
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
