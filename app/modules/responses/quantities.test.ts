import { describe, expect, it } from 'vitest'
import { allowedDecisions, checkAward, checkDelivery, maxAward, itemTotals, share, type QuantityRow } from './quantities.ts'

const row = (id: number, over: Partial<QuantityRow> = {}): QuantityRow => ({ id, status: 'submitted', quantity: 10, awardedQuantity: 0, deliveredQuantity: 0, ...over })

describe('itemTotals', () => {
	it('sums offers of standing responses and awards/deliveries of awarded ones only', () => {
		const rows = [
			row(1, { quantity: 6 }),
			row(2, { status: 'shortlisted', quantity: 4 }),
			row(3, { status: 'awarded', quantity: 5, awardedQuantity: 3, deliveredQuantity: 1 }),
			row(4, { status: 'withdrawn', quantity: 100 }),
			row(5, { status: 'declined', quantity: 100 }),
		]
		expect(itemTotals(20, rows)).toEqual({ requested: 20, responded: 15, awarded: 3, delivered: 1, remaining: 17 })
	})
	it('never reports a negative remainder and rounds decimal noise', () => {
		expect(itemTotals(0.3, [row(1, { status: 'awarded', quantity: 0.3, awardedQuantity: 0.1 }), row(2, { status: 'awarded', quantity: 0.3, awardedQuantity: 0.2 })]).remaining).toBe(0)
		expect(itemTotals(1, []).remaining).toBe(1)
	})
	it('share is clamped to [0, 1]', () => {
		expect(share(5, 10)).toBe(0.5)
		expect(share(15, 10)).toBe(1)
		expect(share(1, 0)).toBe(0)
	})
})

describe('checkAward', () => {
	const rows = [row(1, { status: 'awarded', quantity: 10, awardedQuantity: 6 }), row(2, { quantity: 10 }), row(3, { status: 'declined', awardedQuantity: 0 })]
	it('allows up to the remaining quantity, exactly at the limit', () => {
		expect(checkAward(10, rows, 2, 4)).toEqual({ ok: true })
		expect(checkAward(10, rows, 2, 4.0000001)).toEqual({ ok: true }) // within rounding
		expect(checkAward(10, rows, 2, 4.01)).toEqual({ ok: false, reason: 'overRequested', max: 4 })
	})
	it('replaces the response\'s own earlier award rather than adding to it', () => {
		expect(checkAward(10, rows, 1, 10)).toEqual({ ok: true })
		expect(checkAward(10, rows, 1, 10.5)).toEqual({ ok: false, reason: 'overOffered', max: 10 })
	})
	it('refuses zero, negative, NaN, more than offered, and less than already delivered', () => {
		expect(checkAward(10, rows, 2, 0)).toMatchObject({ ok: false, reason: 'notPositive' })
		expect(checkAward(10, rows, 2, -1)).toMatchObject({ ok: false, reason: 'notPositive' })
		expect(checkAward(10, rows, 2, Number.NaN)).toMatchObject({ ok: false, reason: 'notPositive' })
		expect(checkAward(100, [row(1, { quantity: 5 })], 1, 6)).toEqual({ ok: false, reason: 'overOffered', max: 5 })
		expect(checkAward(10, [row(1, { status: 'awarded', awardedQuantity: 5, deliveredQuantity: 4 })], 1, 3)).toMatchObject({ ok: false, reason: 'belowDelivered' })
	})
	it('declined and withdrawn awards do not use up the requested quantity', () => {
		expect(checkAward(10, [row(1, { status: 'declined', awardedQuantity: 0 }), row(2)], 2, 10)).toEqual({ ok: true })
	})
	it('maxAward is the remainder, capped by the offer', () => {
		expect(maxAward(10, rows, 2)).toBe(4)
		expect(maxAward(100, rows, 2)).toBe(10)
		expect(maxAward(6, rows, 2)).toBe(0)
	})
})

describe('checkDelivery', () => {
	const awarded = row(1, { status: 'awarded', awardedQuantity: 5 })
	it('accepts 0 to the awarded quantity, inclusive', () => {
		expect(checkDelivery(awarded, 0)).toEqual({ ok: true })
		expect(checkDelivery(awarded, 5)).toEqual({ ok: true })
		expect(checkDelivery(awarded, 5.5)).toEqual({ ok: false, reason: 'overAwarded' })
		expect(checkDelivery(awarded, -1)).toEqual({ ok: false, reason: 'negative' })
	})
	it('refuses deliveries on responses that were not awarded', () => {
		expect(checkDelivery(row(1, { status: 'shortlisted' }), 1)).toEqual({ ok: false, reason: 'notAwarded' })
	})
})

describe('allowedDecisions', () => {
	it('follows the response\'s state', () => {
		expect(allowedDecisions({ status: 'submitted', deliveredQuantity: 0 })).toEqual(['shortlist', 'award', 'decline'])
		expect(allowedDecisions({ status: 'shortlisted', deliveredQuantity: 0 })).toEqual(['unshortlist', 'award', 'decline'])
		// once awarded: no second award and no decline, only deliveries and a corrected quantity (issue 12)
		expect(allowedDecisions({ status: 'awarded', deliveredQuantity: 0 })).toEqual(['deliver', 'adjust'])
		expect(allowedDecisions({ status: 'awarded', deliveredQuantity: 1 })).toEqual(['deliver', 'adjust'])
		expect(allowedDecisions({ status: 'withdrawn', deliveredQuantity: 0 })).toEqual([])
		expect(allowedDecisions({ status: 'declined', deliveredQuantity: 0 })).toEqual([])
	})
})
