import { describe, expect, it } from 'vitest'
import { demandForm } from '#app/modules/demands/form.ts'
import { listingFormSchema, trimmedForm } from '#app/modules/listings/form.ts'
import { parseForm } from './forms.ts'

const form = (entries: Record<string, string>) => {
	const fd = new FormData()
	for (const [k, v] of Object.entries(entries)) fd.append(k, v)
	return fd
}

const errorsOf = (s: ReturnType<typeof parseForm>) => (s.status === 'error' ? s.error : null)

describe('number fields say which field and what to type', () => {
	const listing = { kind: 'equipment', title: '正压式空气呼吸器', status: 'draft' }

	it('a lead time of text or a fraction asks for a whole number of days, not a type error', () => {
		for (const typed of ['abc', '1.5']) {
			const s = parseForm(trimmedForm(form({ ...listing, leadTimeDays: typed })), listingFormSchema(['equipment']), 'zh-CN')
			expect(errorsOf(s)?.leadTimeDays).toEqual(['交货期请填写整数天数'])
		}
		const en = parseForm(trimmedForm(form({ ...listing, leadTimeDays: '2.5' })), listingFormSchema(['equipment']), 'en')
		expect(errorsOf(en)?.leadTimeDays).toEqual(['Enter the lead time as a whole number of days'])
	})

	it('names the stock and the price, and leaves other problems worded as before', () => {
		const s = parseForm(trimmedForm(form({ ...listing, stock: '十', 'price.min': 'x', leadTimeDays: '-1' })), listingFormSchema(['equipment']), 'zh-CN')
		expect(errorsOf(s)?.stock).toEqual(['现货库存请填写整数'])
		expect(errorsOf(s)?.['price.min']).toEqual(['价格请填写数字（元）'])
		expect(errorsOf(s)?.leadTimeDays).toEqual(['不能小于 0'])
		expect(JSON.stringify(errorsOf(s))).not.toContain('类型错误')
	})

	it('a demand item quantity and budget typed as words are named', () => {
		const ctx = { org: 'ORG-1', ref: 'DEM-1', refFixed: false, status: 'draft' as const }
		const s = parseForm(
			form({ title: '采购', kind: 'procurement', 'items[0].name': '消防头盔', 'items[0].quantity': '二十', 'items[0].budgetPerUnit': '很多' }),
			demandForm(ctx),
			'zh-CN',
		)
		const errors = errorsOf(s) ?? {}
		expect(Object.values(errors).flat()).toContain('数量请填写数字')
		expect(Object.values(errors).flat()).toContain('预算单价请填写数字（元）')
		expect(JSON.stringify(errors)).not.toContain('类型错误')
	})
})
