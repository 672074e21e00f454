import { describe, expect, it } from 'vitest'
import { openDatabase } from '#db/client.server.ts'
import { createTestDb } from '#tests/setup/db.ts'
import { clientAddress, hit, reset } from './rate-limit.server.ts'

describe('rate limit', () => {
	it('allows max attempts per window, then says how long to wait, then opens again', () => {
		const { db } = createTestDb()
		const limit = { max: 3, windowMs: 60_000 }
		const t0 = 1_000_000
		expect([hit('k', limit, t0, db), hit('k', limit, t0 + 1, db), hit('k', limit, t0 + 2, db)]).toEqual([null, null, null])
		expect(hit('k', limit, t0 + 30_000, db)).toBe(30)
		expect(hit('k', limit, t0 + 60_000, db)).toBeNull()
		reset('k', db)
		expect(db.$client.prepare('select count(*) as n from rate_limits').get()).toEqual({ n: 0 })
	})
	it('keys are independent', () => {
		const { db } = createTestDb()
		const limit = { max: 1, windowMs: 60_000 }
		expect(hit('a', limit, 0, db)).toBeNull()
		expect(hit('b', limit, 0, db)).toBeNull()
		expect(hit('a', limit, 1, db)).not.toBeNull()
	})
	it('is counted in the database, so two connections (two server processes) share one count', () => {
		const { file } = createTestDb()
		const one = openDatabase(file)
		const two = openDatabase(file)
		const limit = { max: 2, windowMs: 60_000 }
		expect(hit('shared', limit, 10, one)).toBeNull()
		expect(hit('shared', limit, 11, two)).toBeNull()
		expect(hit('shared', limit, 12, one)).toBe(60)
	})
})

describe('the client address used as the limit key', () => {
	it('is the address the server determined, never X-Forwarded-For as the client sent it', () => {
		expect(clientAddress(new Request('http://x/', { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.7' } }))).toBe('local')
		expect(clientAddress(new Request('http://x/', { headers: { 'x-client-address': '203.0.113.7' } }))).toBe('203.0.113.7')
	})
})
