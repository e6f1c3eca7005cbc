import { AsyncLocalStorage } from 'node:async_hooks';

/** Per-request facts that deep server code needs without threading them through every call (the audit log's IP). */
export type RequestContext = { ip: string | null };

export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentIp(): string | null {
	return requestContext.getStore()?.ip ?? null;
}
