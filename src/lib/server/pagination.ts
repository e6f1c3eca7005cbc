/** The page number asked for in `?page=` (1 when missing or not a positive whole number). */
export function pageNumber(url: URL): number {
	const n = Number(url.searchParams.get('page') ?? '1');
	return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Page `requested` of `total` rows, `size` to a page, kept within 1…pages (an empty list has one page). */
export function pageWindow(total: number, requested: number, size: number): { page: number; pages: number; offset: number } {
	const pages = Math.max(1, Math.ceil(total / size));
	const page = Math.min(Math.max(1, requested), pages);
	return { page, pages, offset: (page - 1) * size };
}
