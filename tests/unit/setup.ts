import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Each test file gets its own fresh database file (the server modules open DATABASE_PATH lazily).
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polku-unit-'));
process.env.DATABASE_PATH = path.join(dir, 'test.sqlite');
