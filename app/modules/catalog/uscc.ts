// 统一社会信用代码 (GB 32100-2015): structure and check character.
// Pure logic shared by forms, the importer and the demo-data generator.

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character for the first 17 characters, or null when one of them is outside the charset. */
export function usccCheckChar(first17: string): string | null {
	if (first17.length !== 17) return null
	let sum = 0
	for (let i = 0; i < 17; i++) {
		const v = USCC_CHARSET.indexOf(first17[i]!)
		if (v < 0) return null
		sum += v * WEIGHTS[i]!
	}
	return USCC_CHARSET[(31 - (sum % 31)) % 31]!
}

export type UsccProblem =
	| { kind: 'length'; length: number }
	| { kind: 'charset'; position: number; char: string }
	| { kind: 'region'; region: string }
	| { kind: 'check'; expected: string; actual: string }

/** Validates a credit code; returns null when valid, else the first problem found. */
export function usccProblem(code: string): UsccProblem | null {
	if (code.length !== 18) return { kind: 'length', length: [...code].length }
	for (let i = 0; i < 18; i++) {
		if (!USCC_CHARSET.includes(code[i]!)) return { kind: 'charset', position: i + 1, char: code[i]! }
	}
	const region = code.slice(2, 8)
	if (!/^[1-8]\d{5}$/.test(region)) return { kind: 'region', region }
	const expected = usccCheckChar(code.slice(0, 17))!
	if (expected !== code[17]) return { kind: 'check', expected, actual: code[17]! }
	return null
}

export function isValidUscc(code: string): boolean {
	return usccProblem(code) === null
}

/** Completes 17 characters with their check character (used by generators and tests). */
export function withCheckChar(first17: string): string {
	const c = usccCheckChar(first17)
	if (!c) throw new Error(`not a valid USCC prefix: ${first17}`)
	return first17 + c
}
