// @ts-check
// Mutation testing of the pure domain modules: `npm run test:mutation` (not part of `npm test`; it takes minutes).
// Report: reports/mutation/mutation.html (and .json); the score table is printed at the end.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
	mutate: ['src/lib/domain/**/*.ts'],
	testRunner: 'vitest',
	// Only the test files that need no database (see vitest.domain.config.ts); every test is run from
	// its file (`related: false`) instead of relying on vite's import graph.
	vitest: { configFile: 'vitest.domain.config.ts', related: false },
	coverageAnalysis: 'perTest',
	// Module-level constants (code lists, scale texts) run once at import: skip those mutants instead of
	// re-running every test for each of them.
	ignoreStatic: true,
	concurrency: 2,
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	clearTextReporter: { reportScoreTable: true, reportMutants: true, logTests: false },
	thresholds: { high: 95, low: 90, break: null },
	tempDirName: '.stryker-tmp',
	cleanTempDir: true
};
export default config;
