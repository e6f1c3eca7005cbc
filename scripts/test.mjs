#!/usr/bin/env node
// `npm test`: type check, vitest, then Playwright against the built app on fresh temporary databases.
// Ends with one line "N passed, M failed" (vitest + Playwright + the type check) and a non-zero exit on any failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const resultsDir = path.join(root, 'test-results');
fs.mkdirSync(resultsDir, { recursive: true });

function run(cmd, args, env = {}) {
	console.log(`\n$ ${cmd} ${args.join(' ')}`);
	return spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function ensureChromium() {
	let chromium = findChromium();
	if (chromium) return chromium;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
	if (isRoot && hasApt) {
		console.log('No Chromium found: installing Debian\'s chromium with apt-get …');
		run('apt-get', ['update', '-qq']);
		run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
		chromium = findChromium();
		if (chromium) return chromium;
	}
	console.error(
		'No Chromium found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium) ' +
			'or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.'
	);
	return null;
}

let passed = 0;
let failed = 0;

// 1. Type check (counts as one test).
if (run('npm', ['run', '-s', 'check']) === 0) passed++;
else {
	failed++;
	console.error('Type check failed.');
}

// 2. Unit tests.
const vitestJson = path.join(resultsDir, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (fs.existsSync(vitestJson)) {
	const report = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
	// A test file that fails to load has no test results of its own: count it once.
	failed += (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
} else {
	failed++;
	console.error('Vitest produced no report.');
}

// 3. Browser tests against the built server.
const chromium = ensureChromium();
if (!chromium) {
	failed++;
} else if (run('npm', ['run', '-s', 'build']) !== 0) {
	failed++;
	console.error('Build failed.');
} else {
	const playwrightJson = path.join(resultsDir, 'playwright.json');
	fs.rmSync(playwrightJson, { force: true });
	run('npx', ['playwright', 'test', '--reporter=list,json'], {
		PLAYWRIGHT_CHROMIUM_PATH: chromium,
		PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson
	});
	if (fs.existsSync(playwrightJson)) {
		const stats = JSON.parse(fs.readFileSync(playwrightJson, 'utf8')).stats ?? {};
		passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
		failed += stats.unexpected ?? 0;
		if ((stats.expected ?? 0) + (stats.unexpected ?? 0) + (stats.flaky ?? 0) === 0) failed++;
	} else {
		failed++;
		console.error('Playwright produced no report.');
	}
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
