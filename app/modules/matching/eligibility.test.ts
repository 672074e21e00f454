import { describe, expect, it } from 'vitest'
import { checkBudget, checkCertification, checkLeadTime, daysBetween } from './eligibility.ts'

describe('required certifications on the need-by date', () => {
	const neededBy = '2027-05-31'
	it('validUntil is inclusive: valid until the need-by date itself counts', () => {
		expect(checkCertification('MA', [{ type: 'MA', validUntil: '2027-05-31' }], neededBy)).toEqual({
			criterion: 'certification:MA',
			ok: true,
			detail: '持有 MA（矿用产品安全标志(煤矿)），有效期至 2027-05-31',
		})
	})
	it('expiring the day before the need-by date fails, the day after is fine', () => {
		const before = checkCertification('MA', [{ type: 'MA', validUntil: '2027-05-30' }], neededBy)
		expect(before.ok).toBe(false)
		expect(before.detail).toBe('MA（矿用产品安全标志(煤矿)） 有效期至 2027-05-30，早于 2027-05-31（需用日期）')
		expect(checkCertification('MA', [{ type: 'MA', validUntil: '2027-06-01' }], neededBy).ok).toBe(true)
	})
	it('no validUntil means no expiry; another valid certificate of the type is enough', () => {
		expect(checkCertification('VEH', [{ type: 'VEH' }], neededBy)).toMatchObject({ ok: true, detail: '持有 机动车产品公告，长期有效' })
		expect(checkCertification('CCCF', [{ type: 'CCCF', validUntil: '2020-01-01' }, { type: 'CCCF', validUntil: '2030-01-01' }], neededBy).ok).toBe(true)
	})
	it('not held', () => {
		expect(checkCertification('EX', [{ type: 'MA' }], neededBy)).toMatchObject({ ok: false, detail: '未持有 EX（防爆合格证）' })
	})
})

describe('budget: price.min ≤ budgetPerUnit when both are given', () => {
	it('at, below and above the budget', () => {
		expect(checkBudget(1_400_000, 1_400_000)).toEqual({ criterion: 'budget', ok: true, detail: '最低单价 1400000 元 ≤ 预算 1400000 元' })
		expect(checkBudget(1_200_000, 1_400_000).ok).toBe(true)
		expect(checkBudget(1_400_001, 1_400_000).ok).toBe(false)
	})
	it('a listing without a price is not judged on budget', () => {
		expect(checkBudget(null, 1000).ok).toBe(true)
	})
})

describe('lead time: leadTimeDays ≤ days until neededBy', () => {
	it('counts calendar days', () => {
		expect(daysBetween('2027-04-01', '2027-05-31')).toBe(60)
		expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
		expect(daysBetween('2027-06-01', '2027-05-31')).toBe(-1)
	})
	it('at, one day short and one day to spare', () => {
		expect(checkLeadTime(60, '2027-05-31', '2027-04-01')).toEqual({ criterion: 'lead_time', ok: true, detail: '交货期 60 天，距需用日期 2027-05-31 还有 60 天' })
		expect(checkLeadTime(60, '2027-05-31', '2027-04-02')).toMatchObject({ ok: false, detail: '交货期 60 天，距需用日期 2027-05-31 还有 59 天，来不及交付' })
		expect(checkLeadTime(60, '2027-05-31', '2027-03-31').ok).toBe(true)
	})
	it('a passed need-by date fails any stated lead time; no lead time is not judged', () => {
		expect(checkLeadTime(0, '2027-05-31', '2027-06-01').ok).toBe(false)
		expect(checkLeadTime(null, '2027-05-31', '2027-06-01').ok).toBe(true)
	})
})
