/** The page number asked for in `?page=` (1 when missing or not a positive whole number). */
export function pageNumber(url: URL): number {
	const n = Number(url.searchParams.get('page') ?? '1');
	return Number.isInteger(n) && n > 0 ? n : 1;
}
