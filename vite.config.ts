import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';
import { sveltekit } from '@sveltejs/kit/vite';

export default defineConfig({
	plugins: [
		sveltekit(),
		// Under vitest the messages are compiled beforehand (npm run i18n): the plugin's watcher would keep vitest from exiting.
		!process.env.VITEST &&
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Per-user language lives in a cookie (set at sign-in from the user's setting); no /fi/ URL prefixes.
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	build: {
		rollupOptions: {
			// Paraglide compiles each message to its own module, and every message shared by two pages
			// became a chunk of its own (~500 bytes): ~50 requests per page. Merge small chunks.
			output: { experimentalMinChunkSize: 8192 }
		}
	},
	test: {
		expect: { requireAssertions: true },
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup.ts'],
		pool: 'forks'
	}
});
