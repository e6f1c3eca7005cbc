import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Walks the route tree and fails when a load, form action or endpoint handler makes no explicit
 * policy decision: a call to the policy module (authorize, can, require…) or to a server-module
 * guard whose name starts with authorize/require, or a `policy: public` comment for the few
 * routes anyone may use (sign-in, set-up, language, sign-out). Removing a policy call fails it.
 */
const ROUTES = path.join(process.cwd(), 'src', 'routes');
const GUARD = /^(authorize|require|can)([A-Z]\w*)?$/;
const HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'fallback']);
/**
 * Policy functions without a guard's name that refuse (404) by themselves. The policy's other
 * named questions (memberTeams, seesWholeTeam, …) only answer and do not count as a decision.
 */
const POLICY_GUARDS = new Set(['pickTeam', 'decideOutcomeScope']);
/**
 * Server helpers whose first step is a guard (checked below), so a route calling them is guarded:
 * the form-action helpers and the read loaders (which write the read's audit row after the guard).
 */
const AUTHORIZING_HELPERS: Record<string, { file: string; guard: string }> = {
	clientFormAction: { file: 'src/lib/server/clients/form-action.ts', guard: 'requireClientWrite' },
	placementFormAction: { file: 'src/lib/server/placements/form-action.ts', guard: 'authorizePlacement' },
	loadAuditLog: { file: 'src/lib/server/trust/audit-access.ts', guard: 'requireAuditScope' },
	loadClientAccessReport: { file: 'src/lib/server/trust/audit-access.ts', guard: 'requireClientAccessReport' },
	loadPersonalDataExport: { file: 'src/lib/server/trust/personal-data.ts', guard: 'requirePersonalData' },
	loadPlanPrint: { file: 'src/lib/server/clients/plan-print.ts', guard: 'requireClientRead' },
	loadTeamView: { file: 'src/lib/server/clients/team.ts', guard: 'authorize' },
	serviceMapTeam: { file: 'src/lib/server/services/access.ts', guard: 'authorize' },
	requireService: { file: 'src/lib/server/services/access.ts', guard: 'authorize' },
	loadSupervisionList: { file: 'src/lib/server/clients/team.ts', guard: 'authorize' },
	loadFigureRecords: { file: 'src/lib/server/outcomes/records.ts', guard: 'requireOutcomesContext' },
	loadTeamReportPage: { file: 'src/lib/server/team-report/page.ts', guard: 'requireTeamReportContext' },
	loadTeamReportRecords: { file: 'src/lib/server/team-report/records.ts', guard: 'requireTeamReportContext' },
	loadPlacementPage: { file: 'src/lib/server/placements/placement-page.ts', guard: 'authorizePlacement' },
	loadNewPlacementPage: { file: 'src/lib/server/placements/new-placement.ts', guard: 'requireEnrolmentForPlacement' },
	loadNewConsentPage: { file: 'src/lib/server/clients/new-consent-page.ts', guard: 'requireClientWrite' },
	reviewFormAction: { file: 'src/lib/server/fidelity/form-action.ts', guard: 'requireReviewWrite' },
	newReviewFormAction: { file: 'src/lib/server/fidelity/form-action.ts', guard: 'requireReviewCreator' },
	feedbackLinkAction: { file: 'src/lib/server/feedback/links.ts', guard: 'requireClientWrite' }
};

type Finding = { file: string; handler: string; guarded: boolean };

function routeFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return routeFiles(full);
		return /^\+(page|layout)\.server\.ts$|^\+server\.ts$/.test(entry.name) ? [full] : [];
	});
}

/** Names imported from server modules that guard: anything from the policy module, or guard-named helpers from $lib/server. */
function guardNames(source: ts.SourceFile): Set<string> {
	const names = new Set<string>();
	for (const statement of source.statements) {
		if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings) continue;
		const from = (statement.moduleSpecifier as ts.StringLiteral).text;
		if (!from.startsWith('$lib/server/')) continue;
		const bindings = statement.importClause.namedBindings;
		if (!ts.isNamedImports(bindings)) continue;
		for (const element of bindings.elements) {
			const name = element.name.text;
			if (GUARD.test(name) || (from === '$lib/server/policy' && POLICY_GUARDS.has(name)) || name in AUTHORIZING_HELPERS) names.add(name);
		}
	}
	return names;
}

function callsGuard(node: ts.Node, guards: Set<string>): boolean {
	let found = false;
	const visit = (n: ts.Node) => {
		if (found) return;
		if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && guards.has(n.expression.text)) found = true;
		else ts.forEachChild(n, visit);
	};
	visit(node);
	return found;
}

/** Functions defined in the route file that themselves call a guard count as guards (iterated, so helpers of helpers count). */
function addLocalGuards(source: ts.SourceFile, guards: Set<string>): void {
	const locals: [string, ts.Node][] = [];
	for (const statement of source.statements) {
		if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) locals.push([statement.name.text, statement.body]);
		if (ts.isVariableStatement(statement)) {
			for (const decl of statement.declarationList.declarations) {
				if (ts.isIdentifier(decl.name) && decl.initializer && (ts.isArrowFunction(decl.initializer) || ts.isFunctionExpression(decl.initializer))) {
					locals.push([decl.name.text, decl.initializer]);
				}
			}
		}
	}
	let grew = true;
	while (grew) {
		grew = false;
		for (const [name, body] of locals) {
			if (!guards.has(name) && callsGuard(body, guards)) {
				guards.add(name);
				grew = true;
			}
		}
	}
}

function isPublic(node: ts.Node): boolean {
	return /policy:\s*public/.test(node.getFullText());
}

function inspect(file: string): Finding[] {
	const text = fs.readFileSync(file, 'utf8');
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const guards = guardNames(source);
	addLocalGuards(source, guards);
	const rel = path.relative(ROUTES, file);
	const findings: Finding[] = [];
	const judge = (handler: string, node: ts.Node, statement: ts.Node) =>
		findings.push({ file: rel, handler, guarded: isPublic(statement) || isPublic(node) || callsGuard(node, guards) });

	for (const statement of source.statements) {
		const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
		if (!exported) continue;
		if (ts.isFunctionDeclaration(statement) && statement.name) {
			const name = statement.name.text;
			if (name === 'load' || HANDLERS.has(name)) judge(name, statement, statement);
		}
		if (!ts.isVariableStatement(statement)) continue;
		for (const decl of statement.declarationList.declarations) {
			if (!ts.isIdentifier(decl.name) || !decl.initializer) continue;
			const name = decl.name.text;
			if (name === 'load' || HANDLERS.has(name)) judge(name, decl.initializer, statement);
			if (name === 'actions') {
				let init: ts.Expression = decl.initializer;
				while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression;
				if (!ts.isObjectLiteralExpression(init)) {
					findings.push({ file: rel, handler: 'actions (not an object literal)', guarded: false });
					continue;
				}
				for (const prop of init.properties) {
					const key = prop.name && (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name)) ? prop.name.text : '?';
					judge(`actions.${key}`, prop, prop);
				}
			}
		}
	}
	return findings;
}

const findings = routeFiles(ROUTES).flatMap(inspect);

describe('every route makes an explicit policy decision', () => {
	it('finds the route handlers', () => {
		expect(findings.length).toBeGreaterThan(10);
		expect(findings.some((f) => f.file === path.join('admin', '+page.server.ts') && f.handler === 'actions.createTeam')).toBe(true);
	});

	it.each(findings.map((f) => [`${f.file} ${f.handler}`, f] as const))('%s', (_name, finding) => {
		expect(finding.guarded, `${finding.file}: ${finding.handler} has no policy call (authorize/can/require…) nor a "policy: public" note`).toBe(true);
	});

	it('detects a handler without a policy call (self-check of the walker)', () => {
		fs.mkdirSync(path.join(process.cwd(), 'test-results'), { recursive: true }); // a bare `vitest run` in a fresh clone
		const dir = fs.mkdtempSync(path.join(process.cwd(), 'test-results', 'route-walk-'));
		const file = path.join(dir, '+page.server.ts');
		fs.writeFileSync(
			file,
			`import { authorize } from '$lib/server/policy';\nfunction guarded(a) { authorize(a, 'read', { kind: 'administration' }); }\nfunction unguarded(a) { return a; }\nexport const load = ({ locals }) => { authorize(locals.actor, 'read', { kind: 'administration' }); return {}; };\nexport const actions = { save: async () => { return {}; }, viaHelper: async ({ locals }) => { guarded(locals.actor); }, viaNothing: async ({ locals }) => { unguarded(locals.actor); } };\n`
		);
		try {
			const result = inspect(file);
			expect(result.find((f) => f.handler === 'load')?.guarded).toBe(true);
			expect(result.find((f) => f.handler === 'actions.save')?.guarded).toBe(false);
			expect(result.find((f) => f.handler === 'actions.viaHelper')?.guarded).toBe(true);
			expect(result.find((f) => f.handler === 'actions.viaNothing')?.guarded).toBe(false);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});

/** The text of the function `name` declared in `file`. */
function functionText(file: string, name: string): string {
	const text = fs.readFileSync(path.join(process.cwd(), file), 'utf8');
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const declaration = source.statements.find((s): s is ts.FunctionDeclaration => ts.isFunctionDeclaration(s) && s.name?.text === name);
	expect(declaration, `${file} declares function ${name}`).toBeDefined();
	return declaration!.getText();
}

describe('helpers that count as guards authorize before anything else', () => {
	it.each(Object.entries(AUTHORIZING_HELPERS))('%s calls %s before reading the form or writing the audit row', (name, { file, guard }) => {
		const body = functionText(file, name);
		const guardAt = body.indexOf(`${guard}(`);
		expect(guardAt).toBeGreaterThan(0);
		for (const after of ['formData()', 'audit(', 'auditClientRead(']) {
			const at = body.indexOf(after);
			if (at >= 0) expect(guardAt, `${name}: ${guard} before ${after}`).toBeLessThan(at);
		}
	});
});

describe('routes leave role decisions to the policy module', () => {
	const sources = routeFiles(ROUTES).map((file) => [path.relative(ROUTES, file), fs.readFileSync(file, 'utf8')] as const);

	it.each(sources)('%s reads no memberships and compares no roles', (_file, text) => {
		expect(text).not.toMatch(/\.memberships\b/);
		expect(text).not.toMatch(/\b(roleIn|teamsWithRole)\b/);
		expect(text).not.toMatch(/role\s*[!=]==\s*'(lead|coach)'/.source.replace('role', 'actor[^\n]*role'));
	});

	it('the role look-ups are private to the policy module', async () => {
		const policy = await import('$lib/server/policy');
		expect(Object.keys(policy)).not.toContain('roleIn');
		expect(Object.keys(policy)).not.toContain('teamsWithRole');
		expect(Object.keys(policy)).toEqual(expect.arrayContaining(['memberTeams', 'ledTeams', 'pickTeam', 'seesWholeTeam', 'coachForNewClient']));
	});
});

/** Audit rows are written by commands (with their change, in one transaction) and by read loaders (after their policy check), never by a route. */
const AUDIT_MODULES = /^\$lib\/server\/(audit|read-budget)(\.ts)?$/;
const AUDIT_CALLS = new Set(['audit', 'auditClientRead', 'audited']);

function auditUses(file: string, text = fs.readFileSync(file, 'utf8')): string[] {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const uses: string[] = [];
	const visit = (node: ts.Node) => {
		if (ts.isImportDeclaration(node) && AUDIT_MODULES.test((node.moduleSpecifier as ts.StringLiteral).text)) uses.push(`imports ${(node.moduleSpecifier as ts.StringLiteral).text}`);
		if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && AUDIT_CALLS.has(node.expression.text)) uses.push(`calls ${node.expression.text}()`);
		ts.forEachChild(node, visit);
	};
	visit(source);
	return uses;
}

function routeSources(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return routeSources(full);
		return /\.ts$/.test(entry.name) ? [full] : [];
	});
}

describe('routes leave the audit log to commands and loaders', () => {
	const files = routeSources(ROUTES)
		.map((file) => path.relative(ROUTES, file));

	it('finds the route modules', () => {
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files)('%s neither imports the audit modules nor writes audit rows', (file) => {
		expect(auditUses(path.join(ROUTES, file)), `${file}: move the audit row into the command or loader it belongs to`).toEqual([]);
	});

	it('detects an audit write in a route (self-check)', () => {
		const text = `import { audit } from '$lib/server/audit';\nimport { auditClientRead } from '$lib/server/read-budget';\nexport const load = ({ locals }) => { audit({ actor: locals.actor }); auditClientRead({}); return {}; };\n`;
		expect(auditUses('+page.server.ts', text)).toEqual([
			'imports $lib/server/audit',
			'imports $lib/server/read-budget',
			'calls audit()',
			'calls auditClientRead()'
		]);
	});
});
