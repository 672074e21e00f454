import { describe, expect, test } from 'vitest'
import { listingRecord } from '#app/modules/listings/schema.ts'
import { organizationRecord } from '#app/modules/organizations/schema.ts'
import { isValidUscc } from '#app/modules/catalog/uscc.ts'
import { generateSynthetic, organizationCount, prng, syntheticJsonChunks } from './synthetic-listings.ts'

describe('synthetic listings', () => {
	test('the same seed gives the same document; another seed another one', () => {
		const a = generateSynthetic(300, 7)
		const b = generateSynthetic(300, 7)
		const c = generateSynthetic(300, 8)
		expect(JSON.stringify(a)).toBe(JSON.stringify(b))
		expect(JSON.stringify(a.listings)).not.toBe(JSON.stringify(c.listings))
	})

	test('the PRNG is deterministic and in [0, 1)', () => {
		const r1 = prng(42)
		const r2 = prng(42)
		const xs = Array.from({ length: 1000 }, () => r1())
		expect(xs).toEqual(Array.from({ length: 1000 }, () => r2()))
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true)
		expect(new Set(xs).size).toBe(1000)
	})

	test('n listings with unique refs, owned by generated organizations with valid, unique credit codes', () => {
		const doc = generateSynthetic(500, 1)
		expect(doc.listings).toHaveLength(500)
		expect(doc.organizations).toHaveLength(organizationCount(500))
		expect(new Set(doc.listings.map((l) => l.ref)).size).toBe(500)
		const orgs = new Map(doc.organizations.map((o) => [o.ref, o]))
		expect(new Set(doc.organizations.map((o) => o.uscc)).size).toBe(doc.organizations.length)
		for (const o of doc.organizations) expect(isValidUscc(o.uscc), o.uscc).toBe(true)
		for (const l of doc.listings) expect(orgs.has(l.org)).toBe(true)
	})

	test('records pass the import schemas', () => {
		const doc = generateSynthetic(400, 3)
		for (const o of doc.organizations) expect(organizationRecord.safeParse(o).success, o.ref).toBe(true)
		for (const l of doc.listings) {
			const r = listingRecord.safeParse(l)
			expect(r.success, `${l.ref}: ${JSON.stringify(r.error?.issues)}`).toBe(true)
		}
	})

	test('a realistic mix: mostly published equipment with Chinese titles and specs', () => {
		const { listings } = generateSynthetic(2000, 5)
		const equipment = listings.filter((l) => l.kind === 'equipment').length
		const drafts = listings.filter((l) => l.status === 'draft').length
		expect(equipment / listings.length).toBeGreaterThan(0.9)
		expect(drafts).toBeGreaterThan(0)
		expect(drafts / listings.length).toBeLessThan(0.1)
		expect(listings.every((l) => /\p{Script=Han}/u.test(l.title))).toBe(true)
		expect(listings.filter((l) => l.specs?.length).length / listings.length).toBeGreaterThan(0.9)
	})

	test('the streamed JSON is the same document', () => {
		const text = [...syntheticJsonChunks(200, 9)].join('')
		expect(JSON.parse(text)).toEqual(generateSynthetic(200, 9))
	})
})
