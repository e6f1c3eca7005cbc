// Finds a Chromium for Playwright: PLAYWRIGHT_CHROMIUM_PATH, then Debian's and other usual paths.
// Playwright's own browser download does not work on our machines (no internet beyond package registries).
import fs from 'node:fs';

export const CHROMIUM_CANDIDATES = [
	process.env.PLAYWRIGHT_CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
].filter(Boolean);

export function findChromium() {
	return CHROMIUM_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}
