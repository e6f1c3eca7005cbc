import { request, type FullConfig } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_USERS, demoDbFile, storageStatePath } from './helpers';
import { DEMO_TOTP_SECRET, nextTotpCode } from './totp';

/** Signs in each demo account once and saves its cookies, so tests start signed in as a role. */
export default async function globalSetup(config: FullConfig) {
	const app = config.projects.find((p) => p.name === 'app');
	const baseURL = app?.use.baseURL;
	if (!baseURL) return;
	fs.mkdirSync(path.dirname(storageStatePath('admin')), { recursive: true });
	for (const [role, email] of Object.entries(DEMO_USERS)) {
		const context = await request.newContext({ baseURL });
		const response = await context.post('/login', {
			form: { email, password: 'polku-demo-2026' },
			headers: { origin: baseURL, accept: 'text/html' },
			maxRedirects: 0
		});
		if (response.status() !== 303) throw new Error(`Sign-in as ${email} failed in global setup: ${response.status()}`);
		// Admin, leads and the employer user give the demo TOTP secret's code as the second step.
		if (response.headers().location?.startsWith('/login/two-factor')) {
			const code = await nextTotpCode(DEMO_TOTP_SECRET, demoDbFile(), email);
			const second = await context.post('/login/two-factor', { form: { code }, headers: { origin: baseURL, accept: 'text/html' }, maxRedirects: 0 });
			if (second.status() !== 303) throw new Error(`Second factor for ${email} failed in global setup: ${second.status()}`);
		}
		await context.storageState({ path: storageStatePath(role as keyof typeof DEMO_USERS) });
		await context.dispose();
	}
}
