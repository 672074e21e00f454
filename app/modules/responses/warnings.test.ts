import { describe, expect, it } from 'vitest'
import { addDays, choiceGroup, responseWarnings, warningsKey } from './warnings.ts'

const today = '2026-12-07'
const item = { quantity: 2, budgetPerUnit: 9000, neededBy: '2027-01-06' } // 30 days from today
const fits = { eligible: true, reasons: [{ criterion: 'spec:气瓶容积', ok: true }] }

describe('warnings on a response before it is sent', () => {
	it('says nothing about an offer that fits the item', () => {
		expect(responseWarnings(item, { quantity: 2, unitPrice: 9000, deliveryDays: 30 }, fits, today)).toEqual([])
		expect(responseWarnings(item, { quantity: 1 }, fits, today)).toEqual([])
	})

	it('warns of 500 units against a need of 2, a price far above the budget and a delivery after the need-by date', () => {
		expect(responseWarnings(item, { quantity: 500, unitPrice: 99_999_999, deliveryDays: 999 }, fits, today)).toEqual([
			{ code: 'quantityOverNeed', quantity: 500, need: 2 },
			{ code: 'priceOverBudget', price: 99_999_999, budget: 9000, percent: 1_111_011 },
			{ code: 'deliveryAfterNeed', days: 999, arrives: '2029-09-01', neededBy: '2027-01-06' },
		])
		expect(responseWarnings(item, { quantity: 2, deliveryDays: 31 }, fits, today)).toEqual([{ code: 'deliveryAfterNeed', days: 31, arrives: '2027-01-07', neededBy: '2027-01-06' }])
	})

	it('names the hard rules a chosen listing fails, not the ones that only rank', () => {
		const failing = {
			eligible: false,
			reasons: [
				{ criterion: 'certification:FIRE_VOL', ok: false },
				{ criterion: 'spec:防护等级', ok: true },
				{ criterion: 'region', ok: false },
			],
		}
		expect(responseWarnings(item, { quantity: 2 }, failing, today)).toEqual([{ code: 'ineligible', criteria: ['certification:FIRE_VOL'] }])
	})

	it('judges nothing the item does not state: no budget, no need-by date', () => {
		expect(responseWarnings({ quantity: 2, budgetPerUnit: null, neededBy: null }, { quantity: 2, unitPrice: 1e9, deliveryDays: 3000 }, null, today)).toEqual([])
	})

	it('keys a confirmation to the warned values, so a changed price is checked again', () => {
		const a = warningsKey(responseWarnings(item, { quantity: 2, unitPrice: 20_000 }, fits, today))
		const b = warningsKey(responseWarnings(item, { quantity: 2, unitPrice: 30_000 }, fits, today))
		expect(a).not.toBe('')
		expect(a).not.toBe(b)
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
	})
})

describe('where the response form lists a listing', () => {
	it('puts listings that fit first, the same kind of equipment next and everything else last', () => {
		expect(choiceGroup(fits)).toBe('eligible')
		expect(choiceGroup({ eligible: false, reasons: [{ criterion: 'certification:FIRE_VOL', ok: false }, { criterion: 'category', ok: true }] })).toBe('near')
		expect(choiceGroup({ eligible: false, reasons: [{ criterion: 'name', ok: true }, { criterion: 'category', ok: false }] })).toBe('near')
		// a fire extinguisher for a helmet item: neither its category nor its name fits
		expect(choiceGroup({ eligible: false, reasons: [{ criterion: 'spec:整盔重量', ok: false }, { criterion: 'category', ok: false }, { criterion: 'text', ok: true }] })).toBe('other')
		// a listing the matcher cannot see has no checklist
		expect(choiceGroup({ eligible: false, reasons: [] })).toBe('other')
	})
})
