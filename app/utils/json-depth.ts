// How deeply a JSON text nests, measured before parsing: records are a few levels deep, and a text nested thousands
// of levels deep is an attack on the recursion of whatever walks the parsed value (zod, the importer).

export const MAX_JSON_DEPTH = 32

/** The deepest nesting of arrays and objects in a JSON text (strings skipped), stopping early past `limit`. */
export function jsonDepth(text: string, limit: number = MAX_JSON_DEPTH): number {
	let depth = 0
	let max = 0
	let inString = false
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i)
		if (inString) {
			if (c === 0x5c) i++
			else if (c === 0x22) inString = false
		} else if (c === 0x22) inString = true
		else if (c === 0x5b || c === 0x7b) {
			if (++depth > max && (max = depth) > limit) return max
		} else if (c === 0x5d || c === 0x7d) depth--
	}
	return max
}
