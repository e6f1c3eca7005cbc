import { test, expect, request as playwrightRequest } from '@playwright/test';
import { demoRow, storageStatePath, type DemoRole } from './helpers';

/**
 * The HTTP-level authorization matrix: each role requests every protected URL, with ids taken from
 * other users' data, and must get the page (200) exactly where the policy allows it and 404
 * everywhere else — never the data. Form actions are posted too: a refused role gets 404 and
 * nothing changes.
 */
type Target = { name: string; url: () => string; allowed: DemoRole[] };

const id = (sql: string) => () => demoRow<{ id: number }>(sql).id;
const VANTAA = "(SELECT id FROM teams WHERE name = 'Vantaan IPS-tiimi')";
const KERAVA = "(SELECT id FROM teams WHERE name = 'Keravan IPS-tiimi')";
const coachOf = (email: string) => `(SELECT id FROM users WHERE email = '${email}')`;

const vantaaClient = id(`SELECT c.id FROM clients c JOIN enrolments e ON e.client_id = c.id WHERE c.team_id = ${VANTAA} AND e.coach_id = ${coachOf('coach@example.fi')} ORDER BY c.id LIMIT 1`);
const keravaClient = id(`SELECT id FROM clients WHERE team_id = ${KERAVA} ORDER BY id LIMIT 1`);
const vantaaEmployer = id(`SELECT id FROM employers WHERE team_id = ${VANTAA} ORDER BY id LIMIT 1`);
const keravaEmployer = id(`SELECT id FROM employers WHERE team_id = ${KERAVA} ORDER BY id LIMIT 1`);
const vantaaPlacement = id(`SELECT p.id FROM placements p JOIN clients c ON c.id = p.client_id WHERE c.team_id = ${VANTAA} ORDER BY p.id LIMIT 1`);
const vantaaTeam = id(`SELECT id FROM teams WHERE name = 'Vantaan IPS-tiimi'`);
const vantaaService = id(`SELECT id FROM services WHERE team_id = ${VANTAA} ORDER BY id LIMIT 1`);
const finalReview = id(`SELECT id FROM fidelity_reviews WHERE team_id = ${VANTAA} AND status = 'final' ORDER BY id LIMIT 1`);

const STAFF_VANTAA: DemoRole[] = ['lead', 'coach', 'coach2'];
const TARGETS: Target[] = [
	{ name: 'own-team client record', url: () => `/clients/${vantaaClient()}`, allowed: STAFF_VANTAA },
	{ name: 'other-team client record', url: () => `/clients/${keravaClient()}`, allowed: ['coach3', 'lead2'] },
	{ name: 'caseload', url: () => '/clients', allowed: [...STAFF_VANTAA, 'coach3', 'lead2'] },
	{ name: 'team view', url: () => '/team', allowed: [...STAFF_VANTAA, 'coach3', 'lead2'] },
	{ name: 'employer page', url: () => `/employers/${vantaaEmployer()}`, allowed: STAFF_VANTAA },
	{ name: 'other-team employer page', url: () => `/employers/${keravaEmployer()}`, allowed: ['coach3', 'lead2'] },
	{ name: 'placement', url: () => `/placements/${vantaaPlacement()}`, allowed: STAFF_VANTAA },
	{ name: 'final fidelity review', url: () => `/fidelity/reviews/${finalReview()}`, allowed: STAFF_VANTAA },
	{ name: 'outcome dashboard', url: () => '/outcomes', allowed: [...STAFF_VANTAA, 'coach3', 'lead2'] },
	{ name: 'team report', url: () => '/outcomes/team-report', allowed: [...STAFF_VANTAA, 'coach3', 'lead2'] },
	{ name: 'own-team team report', url: () => `/outcomes/team-report?team=${vantaaTeam()}`, allowed: STAFF_VANTAA },
	{ name: 'team report records', url: () => `/outcomes/team-report/records?figure=intake.entries&team=${vantaaTeam()}`, allowed: STAFF_VANTAA },
	{ name: 'team report export', url: () => `/outcomes/team-report/export?format=csv&team=${vantaaTeam()}`, allowed: ['lead'] },
	{ name: 'administration', url: () => '/admin', allowed: ['admin'] },
	{ name: 'user administration', url: () => '/admin/users', allowed: ['admin'] },
	{ name: 'audit log', url: () => '/audit', allowed: ['admin', 'lead', 'lead2'] },
	{ name: 'client access report', url: () => `/audit/clients/${vantaaClient()}`, allowed: ['admin', 'lead'] },
	{ name: 'client data export', url: () => `/privacy/clients/${vantaaClient()}/export.json`, allowed: ['admin', 'lead'] },
	{ name: 'employer portal', url: () => '/portal', allowed: ['employer'] },
	{ name: 'service map', url: () => '/services', allowed: [...STAFF_VANTAA, 'coach3', 'lead2'] },
	{ name: 'own-team service', url: () => `/services/${vantaaService()}`, allowed: STAFF_VANTAA },
	{ name: 'new service', url: () => '/services/new', allowed: ['lead', 'lead2'] },
	{ name: 'service import', url: () => '/services/import', allowed: ['lead', 'lead2'] },
	{ name: 'own-team service export', url: () => `/services/export.csv?team=${vantaaTeam()}`, allowed: ['lead'] },
	{ name: 'team settings', url: () => '/team/settings', allowed: ['lead', 'lead2'] },
	{ name: 'anonymous consultations', url: () => '/team/consultations', allowed: [...STAFF_VANTAA, 'coach3', 'lead2'] },
	{ name: 'own-team anonymous consultations', url: () => `/team/consultations?team=${vantaaTeam()}`, allowed: STAFF_VANTAA },
	{ name: 'sign-in settings', url: () => '/admin/sign-in', allowed: ['admin'] },
	{ name: "a user's sign-in (admin user page)", url: () => `/admin/users/${demoRow<{ id: number }>("SELECT id FROM users WHERE email = 'coach@example.fi'").id}`, allowed: ['admin'] },
	{ name: 'own account and sessions', url: () => '/account', allowed: ['admin', 'lead', 'coach', 'coach2', 'coach3', 'lead2', 'employer'] },
	{ name: 'own second factor', url: () => '/account/two-factor', allowed: ['admin', 'lead', 'coach', 'coach2', 'coach3', 'lead2', 'employer'] }
];
const ROLES: DemoRole[] = ['admin', 'lead', 'coach', 'coach2', 'coach3', 'lead2', 'employer'];

for (const role of ROLES) {
	test(`${role}: 200 exactly where allowed, 404 everywhere else`, async ({ baseURL }) => {
		const context = await playwrightRequest.newContext({ baseURL, storageState: storageStatePath(role) });
		const wrong: string[] = [];
		for (const target of TARGETS) {
			const url = target.url();
			const response = await context.get(url, { maxRedirects: 0 });
			const expected = target.allowed.includes(role) ? 200 : 404;
			if (response.status() !== expected) wrong.push(`${target.name} ${url}: ${response.status()} (expected ${expected})`);
		}
		await context.dispose();
		expect(wrong).toEqual([]);
	});
}
