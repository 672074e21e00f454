// The chain of versions of a configuration standard (docs/decisions/008-standard-versions.md): the first version
// keeps its code, later ones are `<code>@v<n>`; which versions are locked. Pure: the queries live in editor.server.ts.

/**
 * A published standard that teams use is not edited in place (their gap would change under them): a new version is.
 * An archived one is history. The standards editor and a bureau's import obey this alike.
 */
export function isLocked(status: 'draft' | 'published' | 'archived', teamCount: number): boolean {
	return status === 'archived' || (status === 'published' && teamCount > 0)
}

const SUFFIX = /@v(\d+)$/

/** The code of the chain's first version: `建标152-2017/一级站@v3` → `建标152-2017/一级站`. */
export function baseCode(code: string): string {
	return code.replace(SUFFIX, '')
}

/** The version number a code stands for: 1 for the base code, n for `@v<n>`. */
export function versionNumber(code: string): number {
	const m = SUFFIX.exec(code)
	return m ? Number(m[1]) : 1
}

/** The code of version n of a chain. */
export function versionCode(base: string, n: number): string {
	return n <= 1 ? base : `${base}@v${n}`
}

/** Whether `code` belongs to the chain of `base` (the base itself or `<base>@v<n>`). */
export function inChain(base: string, code: string): boolean {
	return code === base || (code.startsWith(`${base}@v`) && /^\d+$/.test(code.slice(base.length + 2)) && baseCode(code) === base)
}

/**
 * The version label of the next version: a trailing number is increased (`2017` stays a year, so only small numbers
 * such as `v1`, `第2版`, `1.0` → `v2`, `第3版`, `2.0`); otherwise `v<n>`.
 */
export function nextVersionLabel(current: string | null | undefined, n: number): string {
	const c = current?.trim()
	if (c) {
		const m = /^(.*?)(\d+)(\D*)$/.exec(c)
		if (m && Number(m[2]) < 100) {
			const dotted = /^(.*?)(\d+)\.(\d+)$/.exec(c)
			if (dotted) return `${dotted[1]}${Number(dotted[2]) + 1}.0`
			return `${m[1]}${Number(m[2]) + 1}${m[3]}`
		}
	}
	return `v${n}`
}
