import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requirePersonalData } from '$lib/server/trust/personal-data';

/** The "open a client by id" form: checks access first, so an id of another team answers 404 like the page itself. */
export const load: PageServerLoad = ({ locals, url }) => {
	const client = requirePersonalData(locals.actor, Number(url.searchParams.get('client')), 'read');
	redirect(303, `/privacy/clients/${client.id}`);
};
