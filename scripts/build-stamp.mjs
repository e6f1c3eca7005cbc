#!/usr/bin/env node
// Marks the build as made from the current sources: `npm start` rebuilds only when a source is newer.
// Run by `npm run build` after vite, so a build made by `npm test` or by hand counts too.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const BUILD_STAMP = path.join(root, 'build', '.polku-build-stamp');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	fs.writeFileSync(BUILD_STAMP, new Date().toISOString());
}
