// The gap formula of interchange.md §2: ceil without floating-point surprises, minimums, fixed quantities, service
// life at the year boundaries, lots without a year, lots not keyed to the standard, and the order of the result.
import { describe, expect, it } from 'vitest'
import { ceilDecimal, computeGap, requiredQuantity, type GapItemInput, type GapLotInput } from './gap.ts'

const item = (ref: string, quantity: GapItemInput['quantity'], extra: Partial<GapItemInput> = {}): GapItemInput => ({
	ref,
	name: `条目${ref}`,
	mandatory: true,
	quantity,
	...extra,
})

const gapOf = (items: GapItemInput[], inventory: GapLotInput[], headcount = 10, asOf: string | null = '2026-06-30', today = '2030-01-01') =>
	computeGap({ items, headcount, asOf, inventory }, today)

describe('required quantity', () => {
	it('ceil(perPerson × headcount) is exact for decimal ratios', () => {
		// Binary products that a naive ceil turns into one more than the standard asks for.
		expect(1.1 * 50).toBeGreaterThan(55)
		expect(0.07 * 100).toBeGreaterThan(7)
		expect(ceilDecimal(1.1 * 50)).toBe(55)
		expect(requiredQuantity({ perPerson: 1.1 }, 50)).toBe(55)
		expect(requiredQuantity({ perPerson: 0.07 }, 100)).toBe(7)
		expect(requiredQuantity({ perPerson: 0.7 }, 10)).toBe(7)
		expect(requiredQuantity({ perPerson: 0.2 }, 27)).toBe(6)
		expect(requiredQuantity({ perPerson: 1.1 }, 10)).toBe(11)
		expect(requiredQuantity({ perPerson: 0.15 }, 20)).toBe(3)
		// A real fraction still rounds up.
		expect(requiredQuantity({ perPerson: 0.2 }, 26)).toBe(6)
		expect(requiredQuantity({ perPerson: 1 }, 27)).toBe(27)
		expect(requiredQuantity({ perPerson: 0.5 }, 0)).toBe(0)
	})

	it('min raises the requirement but never lowers it', () => {
		expect(requiredQuantity({ perPerson: 0.2, min: 4 }, 27)).toBe(6)
		expect(requiredQuantity({ perPerson: 0.2, min: 4 }, 10)).toBe(4)
		expect(requiredQuantity({ perPerson: 0.2, min: 6 }, 27)).toBe(6)
		expect(requiredQuantity({ min: 2 }, 50)).toBe(2)
	})

	it('fixed wins over perPerson, and min still applies to it', () => {
		expect(requiredQuantity({ fixed: 2, perPerson: 1 }, 30)).toBe(2)
		expect(requiredQuantity({ fixed: 2, min: 5 }, 30)).toBe(5)
		expect(requiredQuantity({ fixed: 0 }, 30)).toBe(0)
	})
})

describe('computeGap', () => {
	it('gives the examples README result for the sample team', () => {
		const gap = gapOf(
			[
				item('EX-MR-1', { perPerson: 1 }, { name: '4h正压氧气呼吸器', serviceLifeYears: 8, category: '020101' }),
				item('EX-MR-2', { perPerson: 0.2, min: 4 }, { name: '备用呼吸器', serviceLifeYears: 8, category: '020101' }),
				item('EX-MR-3', { fixed: 1 }, { name: '红外测温仪', mandatory: false, category: '010203' }),
			],
			[
				{ item: 'EX-MR-1', quantity: 20, acquiredYear: 2020 },
				{ item: 'EX-MR-1', quantity: 6, acquiredYear: 2017 },
				{ item: 'EX-MR-2', quantity: 3, acquiredYear: 2022 },
				{ name: '灾区电话', quantity: 2 },
			],
			27,
		)
		expect(gap.year).toBe(2026)
		expect(gap.shortfalls).toEqual([
			{ item: 'EX-MR-1', name: '4h正压氧气呼吸器', required: 27, have: 20, shortfall: 7, mandatory: true },
			{ item: 'EX-MR-2', name: '备用呼吸器', required: 6, have: 3, shortfall: 3, mandatory: true },
			{ item: 'EX-MR-3', name: '红外测温仪', required: 1, have: 0, shortfall: 1, mandatory: false },
		])
		expect(gap.expiring).toEqual([])
		expect(gap.rows[0]!.expired).toBe(6)
		expect(gap.unkeyed).toEqual([{ name: '灾区电话', quantity: 2, acquiredYear: null }])
		// 020101: (20 + 3) of (27 + 6); 010203: 0 of 1.
		expect(gap.categories).toEqual([
			{ category: '020101', items: 2, short: 2, required: 33, covered: 23, ready: 23 / 33 },
			{ category: '010203', items: 1, short: 1, required: 1, covered: 0, ready: 0 },
		])
		expect(gap.readiness.all).toBeCloseTo(23 / 34)
		expect(gap.readiness.mandatory).toBeCloseTo(23 / 33)
	})

	it('counts a lot while acquiredYear + serviceLifeYears > year, and warns in its last year', () => {
		const life = 8 // year 2026: a lot from 2018 ends 2026 (gone), 2019 ends 2027 (last year), 2020 ends 2028
		const gap = gapOf(
			[item('A', { fixed: 100 }, { serviceLifeYears: life })],
			[
				{ item: 'A', quantity: 1, acquiredYear: 2018 },
				{ item: 'A', quantity: 10, acquiredYear: 2019 },
				{ item: 'A', quantity: 100, acquiredYear: 2020 },
				{ item: 'A', quantity: 1000, acquiredYear: 2010 },
			],
		)
		const row = gap.rows[0]!
		expect(row.have).toBe(110)
		expect(row.expired).toBe(1001)
		expect(row.expiring).toBe(10)
		expect(row.shortfall).toBe(0)
		expect(gap.shortfalls).toEqual([])
		expect(gap.expiring).toEqual([{ item: 'A', name: '条目A', quantity: 10, expiresOn: '2027-01-01', mandatory: true }])
	})

	it('counts lots without a year, and every lot of an item without a service life, never warning about them', () => {
		const gap = gapOf(
			[item('A', { fixed: 10 }, { serviceLifeYears: 5 }), item('B', { fixed: 10 })],
			[
				{ item: 'A', quantity: 4 },
				{ item: 'A', quantity: 3, acquiredYear: null },
				{ item: 'B', quantity: 2, acquiredYear: 1990 },
				{ item: 'B', quantity: 1, acquiredYear: 2025 },
			],
		)
		expect(gap.rows.map((r) => [r.item, r.have, r.shortfall, r.expiring, r.expired])).toEqual([
			['A', 7, 3, 0, 0],
			['B', 3, 7, 0, 0],
		])
		expect(gap.expiring).toEqual([])
	})

	it('uses the year of today when the inventory has no as-of date', () => {
		const items = [item('A', { fixed: 5 }, { serviceLifeYears: 5 })]
		const lots = [{ item: 'A', quantity: 5, acquiredYear: 2021 }] // ends 2026
		expect(gapOf(items, lots, 10, null, '2025-12-31').rows[0]).toMatchObject({ have: 5, shortfall: 0, expiring: 5 })
		expect(gapOf(items, lots, 10, null, '2026-01-01').rows[0]).toMatchObject({ have: 0, shortfall: 5, expired: 5 })
		expect(gapOf(items, lots, 10, null, '2026-01-01').date).toBe('2026-01-01')
		// asOf wins over today.
		expect(gapOf(items, lots, 10, '2024-03-01', '2026-01-01').rows[0]).toMatchObject({ have: 5, expiring: 0 })
	})

	it('ignores lots that are not keyed to a standard item, even with the same name', () => {
		const gap = gapOf([item('A', { fixed: 2 }, { name: '红外测温仪' })], [{ name: '红外测温仪', quantity: 5 }, { item: 'Z', quantity: 9 }])
		expect(gap.shortfalls).toEqual([{ item: 'A', name: '红外测温仪', required: 2, have: 0, shortfall: 2, mandatory: true }])
		expect(gap.unkeyed).toEqual([{ name: '红外测温仪', quantity: 5, acquiredYear: null }])
	})

	it('lists mandatory shortfalls first, each group in standard order, and never a negative shortfall', () => {
		const gap = gapOf(
			[
				item('O1', { fixed: 1 }, { mandatory: false }),
				item('M1', { fixed: 1 }),
				item('OK', { fixed: 1 }),
				item('O2', { fixed: 1 }, { mandatory: false }),
				item('M2', { fixed: 1 }),
			],
			[{ item: 'OK', quantity: 5 }],
		)
		expect(gap.shortfalls.map((s) => s.item)).toEqual(['M1', 'M2', 'O1', 'O2'])
		expect(gap.rows.find((r) => r.item === 'OK')).toMatchObject({ have: 5, shortfall: 0, ready: 1 })
		// A surplus of one item does not cover another: readiness 1 of 5.
		expect(gap.readiness.all).toBeCloseTo(1 / 5)
	})

	it('keeps decimal quantities exact when adding lots', () => {
		const gap = gapOf([item('A', { fixed: 0.3 })], [{ item: 'A', quantity: 0.1 }, { item: 'A', quantity: 0.2 }])
		expect(gap.rows[0]).toMatchObject({ have: 0.3, shortfall: 0 })
	})

	it('treats an item that requires nothing as ready and an empty standard as fully ready', () => {
		const gap = gapOf([item('A', { perPerson: 1 })], [], 0)
		expect(gap.rows[0]).toMatchObject({ required: 0, shortfall: 0, ready: 1 })
		expect(gapOf([], []).readiness).toEqual({ all: 1, mandatory: 1 })
	})
})
