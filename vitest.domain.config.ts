// The unit tests of the pure domain modules (src/lib/domain/), for mutation testing (stryker.config.mjs).
// Only files that need no database: Stryker runs the covering tests once per mutant, so DB-heavy files would
// slow every mutant. `npx vitest run` (vite.config.ts) still runs all of these with the rest.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
	// Stryker's sandbox copies only files git tracks, so tsconfig.json's base (.svelte-kit/tsconfig.json, generated)
	// is missing there: give esbuild the options it would have read from it.
	esbuild: { tsconfigRaw: JSON.stringify({ compilerOptions: { verbatimModuleSyntax: true, target: 'esnext' } }) },
	test: {
		expect: { requireAssertions: true },
		environment: 'node',
		// Instrumented code on shared cores is several times slower (dates.test.ts checks every day of two centuries).
		testTimeout: 60_000,
		include: [
			'tests/unit/domain-*.test.ts',
			'tests/unit/clients-rules.test.ts',
			'tests/unit/dates.test.ts',
			'tests/unit/employers-domain.test.ts',
			'tests/unit/employers-follow-along.test.ts',
			'tests/unit/fidelity-evidence.test.ts',
			'tests/unit/fidelity-scale-texts.test.ts',
			'tests/unit/fidelity-scoring.test.ts',
			'tests/unit/import-parse.test.ts',
			'tests/unit/outcomes-domain.test.ts',
			'tests/unit/safe-redirect.test.ts',
			'tests/unit/reminders-domain.test.ts'
		]
	}
});
