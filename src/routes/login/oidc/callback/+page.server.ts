import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { finishOidc } from '$lib/server/auth/oidc';

// The identity provider's answer (docs/domain/sign-in.md). Every refusal is audited by finishOidc.
// policy: public — the answer is validated (state, nonce, PKCE, ID token) and matched to an active account.
export const load: PageServerLoad = async (event) => {
	const result = await finishOidc(event);
	if (result.ok) redirect(303, result.next);
	if (result.reason === 'off') redirect(303, '/login');
	event.setHeaders({ 'cache-control': 'no-store' });
	return { reason: result.reason };
};
