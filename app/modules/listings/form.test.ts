import { describe, expect, it } from 'vitest'
import { parseForm } from '#app/utils/forms.ts'
import { unitInfo } from '../catalog/units.ts'
import { allowedKinds, formDefaults, listingFormSchema, recordFromForm, SUGGESTED_UNITS, trimmedForm, unitNote } from './form.ts'
import type { ListingRecord } from './schema.ts'

/** A nested form value as the browser posts it (Conform's names: `specs[0].unit`, `price.min`). */
function toFormData(value: unknown, prefix = '', out = new FormData()): FormData {
	if (Array.isArray(value)) {
		const scalars = value.every((v) => typeof v !== 'object')
		value.forEach((v, i) => (scalars ? out.append(prefix, String(v)) : toFormData(v, `${prefix}[${i}]`, out)))
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) toFormData(v, prefix ? `${prefix}.${k}` : k, out)
	} else if (value !== undefined) out.append(prefix, String(value))
	return out
}

const record: ListingRecord = {
	ref: 'LST-1',
	org: 'ORG-1',
	kind: 'equipment',
	title: '正压式空气呼吸器',
	model: 'RHZKF6.8/30',
	category: '020101',
	scenarios: ['urban_fire', 'hazchem'],
	description: '碳纤维气瓶。\n第二行。',
	keywords: ['呼吸器', '消防'],
	specs: [
		{ name: '气瓶容积', value: 6.8, unit: 'L' },
		{ name: '工作压力', value: 30, unit: 'MPa' },
		{ name: '面罩材质', value: '硅胶' },
	],
	certifications: [{ type: 'CCCF', number: 'CCCF-2023-001' }, { type: 'ISO9001', validUntil: '2027-06-30' }],
	price: { min: 5200.5 },
	leadTimeDays: 0,
	monthlyCapacity: 500,
	stock: 120,
	status: 'published',
}

describe('the listing form', () => {
	it('round-trips a record through the form unchanged', () => {
		const kinds = allowedKinds('enterprise')
		const fd = toFormData({ ...formDefaults(record, kinds), status: 'published' })
		const submission = parseForm(trimmedForm(fd), listingFormSchema(kinds), 'zh-CN')
		expect(submission.status).toBe('success')
		if (submission.status !== 'success') return
		expect(recordFromForm(submission.value, { ref: 'LST-1', org: 'ORG-1' })).toEqual(record)
	})

	it('reads keywords separated by commas, semicolons or 、 into a list without repeats', () => {
		const fd = toFormData({ kind: 'service', title: 't', status: 'draft', keywords: ' 排水，防汛;泵车；排水、 应急 ,, ' })
		const s = parseForm(trimmedForm(fd), listingFormSchema(['service']), 'zh-CN')
		expect(s.status === 'success' && s.value.keywords).toEqual(['排水', '防汛', '泵车', '应急'])
	})

	it('drops rows left completely empty, and reports a half-filled row next to the row', () => {
		const fd = toFormData({ kind: 'service', title: 't', status: 'draft', specs: [{ name: '', value: '', unit: '' }, { name: '功率', value: '', unit: 'kW' }] })
		const s = parseForm(trimmedForm(fd), listingFormSchema(['service']), 'en')
		expect(s.status === 'error' && s.error).toEqual({ 'specs[1].value': ['is required'] })
		const ok = parseForm(trimmedForm(toFormData({ kind: 'service', title: 't', status: 'draft', specs: [{ name: '', value: '' }] })), listingFormSchema(['service']), 'en')
		expect(ok.status === 'success' && recordFromForm(ok.value, { ref: 'r', org: 'o' }).specs).toBeUndefined()
	})

	it('refuses a unit that does not measure the spec (排水流量 500 kg) and a unit after a value with no number (abc 斤/秒), in Chinese', () => {
		const parse = (specs: object[], locale: 'zh-CN' | 'en' = 'zh-CN') =>
			parseForm(trimmedForm(toFormData({ kind: 'service', title: 't', status: 'published', specs })), listingFormSchema(['service']), locale)
		const wrong = parse([{ name: '排水流量', value: '500', unit: 'kg' }])
		expect(wrong.status === 'error' && wrong.error).toEqual({ 'specs[0].unit': ['单位 “kg” 不适用于 “排水流量”（应使用 m3/h / m3/min / L/s / L/min 等单位）'] })
		const nonsense = parse([{ name: '排水速度', value: 'abc', unit: '斤/秒' }])
		expect(nonsense.status === 'error' && nonsense.error).toEqual({ 'specs[0].value': ['填写了单位 “斤/秒” 时，数值应为数字（如 500），“abc” 不是数字；文字参数（如 IP67）请不填单位'] })
		const en = parse([{ name: '排水流量', value: '500', unit: 'kg' }], 'en')
		expect(en.status === 'error' && en.error?.['specs[0].unit']?.[0]).toMatch(/does not measure/)
	})

	it('keeps the specs suppliers really write: converted units, text values, counts and units it does not know', () => {
		const ok = toFormData({
			kind: 'service',
			title: 't',
			status: 'published',
			specs: [
				{ name: '排水流量', value: '80', unit: 'L/s' },
				{ name: '防护等级', value: 'IP67' },
				{ name: '扬程', value: '15-30', unit: 'm' },
				{ name: '载员', value: '8', unit: '人' },
				{ name: '档位', value: '3', unit: '档' },
			],
		})
		expect(parseForm(trimmedForm(ok), listingFormSchema(['service']), 'zh-CN').status).toBe('success')
	})

	it('offers each kind of organization its own kinds of listing', () => {
		expect(allowedKinds('enterprise')).toEqual(['equipment', 'service'])
		expect(allowedKinds('finance')).toEqual(['finance_product'])
		expect(allowedKinds('research')).toEqual(['research_result'])
		// a stored listing keeps its kind selectable
		expect(allowedKinds('enterprise', 'research_result')).toEqual(['equipment', 'service', 'research_result'])
	})

	it('suggests only units the matcher understands', () => {
		for (const u of SUGGESTED_UNITS) expect(unitInfo(u), u).not.toBeNull()
	})

	it('explains how a unit will be compared', () => {
		expect(unitNote('80', 'L/s')).toEqual({ kind: 'converts', canonical: 'm3/h', value: 288 })
		expect(unitNote('IP67', 'L/s')).toEqual({ kind: 'converts', canonical: 'm3/h', value: null })
		expect(unitNote('3', '档')).toEqual({ kind: 'unknown' })
		expect(unitNote('3', ' ')).toBeNull()
	})
})
