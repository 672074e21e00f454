import { describe, expect, it } from 'vitest'
import { hit, reset } from './rate-limit.server.ts'

describe('rate limit', () => {
	it('allows max attempts per window, then says how long to wait, then opens again', () => {
		const limit = { max: 3, windowMs: 60_000 }
		const t0 = 1_000_000
		expect([hit('k', limit, t0), hit('k', limit, t0 + 1), hit('k', limit, t0 + 2)]).toEqual([null, null, null])
		expect(hit('k', limit, t0 + 30_000)).toBe(30)
		expect(hit('k', limit, t0 + 60_000)).toBeNull()
		reset('k')
	})
	it('keys are independent', () => {
		const limit = { max: 1, windowMs: 60_000 }
		expect(hit('a', limit, 0)).toBeNull()
		expect(hit('b', limit, 0)).toBeNull()
		expect(hit('a', limit, 1)).not.toBeNull()
	})
})

describe('the client address used as the limit key', () => {
	it('is the entry the proxy appended (the last), not one the client could forge', async () => {
		const { clientAddress } = await import('./rate-limit.server.ts')
		expect(clientAddress(new Request('http://x/', { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' } }))).toBe('203.0.113.7')
		expect(clientAddress(new Request('http://x/'))).toBe('local')
	})
})
