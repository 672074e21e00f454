// Records as the interchange format writes them: no empty fields, and a canonical JSON form to compare two records by.
// Pure helpers shared by every owner's record readers, the importer and the API.

/** Drops undefined and null fields so records compare and serialise like the files they came from. */
export function compact<T extends Record<string, unknown>>(o: T): T {
	const out: Record<string, unknown> = {}
	for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) out[k] = v
	return out as T
}

/** An empty list is left out of a record, like a field the file did not have. */
export const orUndefined = <T>(xs: T[]): T[] | undefined => (xs.length ? xs : undefined)

/** Deterministic JSON with sorted keys, for comparing records. */
export function canonicalJson(x: unknown): string {
	return JSON.stringify(x, (_k, v: unknown) => {
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			return Object.fromEntries(
				Object.entries(v as Record<string, unknown>)
					.filter(([, val]) => val !== undefined)
					.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
			)
		}
		return v
	})
}
