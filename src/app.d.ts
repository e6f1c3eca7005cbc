// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Locals {
			user: import('$lib/server/auth/session').SessionUser | null;
			session: import('$lib/server/auth/session').Session | null;
			actor: import('$lib/server/policy').Actor | null;
		}
		interface Error {
			message: string;
			errorId?: string;
		}
	}
}

export {};
