import { defineConfig } from '@playwright/test';

// Each checkout gets its own ports (derived from its path), so two checkouts can test at once.
function portBase(): number {
	let hash = 0;
	for (const ch of process.cwd()) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
	return 4100 + (hash % 400) * 2;
}
const EMPTY_PORT = Number(process.env.E2E_PORT_EMPTY ?? portBase());
const DEMO_PORT = Number(process.env.E2E_PORT_DEMO ?? portBase() + 1);

export default defineConfig({
	testDir: 'tests/e2e',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	outputDir: 'test-results/playwright',
	globalSetup: './tests/e2e/global-setup.ts',
	use: {
		launchOptions: {
			executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || '/usr/bin/chromium',
			args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run']
		},
		locale: 'fi-FI',
		trace: 'retain-on-failure'
	},
	projects: [
		{ name: 'first-run', testMatch: /first-run\.test\.ts/, use: { baseURL: `http://127.0.0.1:${EMPTY_PORT}` } },
		{ name: 'app', testIgnore: /first-run\.test\.ts/, use: { baseURL: `http://127.0.0.1:${DEMO_PORT}` } }
	],
	webServer: [
		{ command: `node scripts/e2e-server.mjs ${EMPTY_PORT} empty`, url: `http://127.0.0.1:${EMPTY_PORT}/login`, reuseExistingServer: false, timeout: 60_000 },
		{ command: `node scripts/e2e-server.mjs ${DEMO_PORT} demo`, url: `http://127.0.0.1:${DEMO_PORT}/login`, reuseExistingServer: false, timeout: 60_000 }
	]
});
