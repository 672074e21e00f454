// Reading and writing the GET parameters of browse pages (filters and page numbers) safely.

/** A page number from the URL: a positive integer, otherwise 1. */
export function pageParam(raw: string | null): number {
	const n = Number(raw)
	return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1
}

/** One of the allowed values, otherwise '' (no filter). */
export function oneOf<T extends string>(raw: string | null, allowed: readonly T[]): T | '' {
	return allowed.includes(raw as T) ? (raw as T) : ''
}

/** The current query string with `page` replaced (page 1 drops it), keeping every other parameter. */
export function withPage(search: URLSearchParams, page: number, pathname: string): string {
	const next = new URLSearchParams(search)
	if (page > 1) next.set('page', String(page))
	else next.delete('page')
	const qs = next.toString()
	return qs ? `${pathname}?${qs}` : pathname
}
