import { describe, expect, it } from 'vitest';
import { loadDemo } from '$lib/server/demo';
import { createUser } from '$lib/server/accounts';

describe('demo on a database with real data', () => {
	it('refuses without force and loads with it', async () => {
		await createUser({ email: 'real.admin@hyvinvointialue.fi', name: 'Real Admin', password: 'a real long password', isAdmin: true });
		const refused = await loadDemo({ today: '2026-11-23' });
		expect(refused.status).toBe('refused');
		expect((await loadDemo({ today: '2026-11-23', force: true })).status).toBe('loaded');
	});
});
