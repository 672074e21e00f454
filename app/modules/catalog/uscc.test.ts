import { describe, expect, it } from 'vitest'
import { isValidUscc, usccCheckChar, usccProblem, USCC_CHARSET, withCheckChar } from './uscc.ts'

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
	it('accepts the reference code 91310110666007217T', () => {
		expect(isValidUscc('91310110666007217T')).toBe(true)
		expect(usccCheckChar('91310110666007217')).toBe('T')
	})
	it.each(['91360100MA35XK0Q1X', '91360400MA39YB7K2B', '12360300MB1729384Q', '11360000014500003R'])('accepts %s from the sample file', (c) => {
		expect(usccProblem(c)).toBeNull()
	})
	it('names the expected character when the check character is wrong', () => {
		expect(usccProblem('91310110666007217A')).toEqual({ kind: 'check', expected: 'T', actual: 'A' })
	})
	it('detects every single-character change in the body', () => {
		const good = '91310110666007217T'
		for (let i = 0; i < 17; i++) {
			for (const ch of USCC_CHARSET) {
				if (ch === good[i]) continue
				const changed = good.slice(0, i) + ch + good.slice(i + 1)
				// a change in the region part may be a region problem instead; either way it is rejected
				expect(isValidUscc(changed), changed).toBe(false)
			}
		}
	})
	it('computes 0 as the check character when the weighted sum is a multiple of 31', () => {
		// brute-force a body whose check character is '0' and verify the formula's outer mod
		let found: string | null = null
		for (let n = 0; n < 31 && !found; n++) {
			const body = `9136010000000000${USCC_CHARSET[n]}`
			if (usccCheckChar(body) === '0') found = body
		}
		expect(found).not.toBeNull()
		expect(isValidUscc(found! + '0')).toBe(true)
	})
	it.each([
		['', { kind: 'length', length: 0 }],
		['91310110666007217', { kind: 'length', length: 17 }],
		['91310110666007217TT', { kind: 'length', length: 19 }],
		['91310110666O07217T', { kind: 'charset', position: 12, char: 'O' }],
		['9131011066600721iT', { kind: 'charset', position: 17, char: 'i' }],
		['91000000666007217T', { kind: 'region', region: '000000' }],
	])('rejects %j', (code, problem) => {
		expect(usccProblem(code)).toEqual(problem)
	})
	it('withCheckChar completes a body and refuses a bad one', () => {
		expect(withCheckChar('91310110666007217')).toBe('91310110666007217T')
		expect(() => withCheckChar('9131011066600721I')).toThrow()
	})
})
