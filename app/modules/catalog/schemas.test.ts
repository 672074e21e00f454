// Edge cases of every record schema of the interchange format.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { demandRecord } from '../demands/schema.ts'
import { listingRecord } from '../listings/schema.ts'
import { organizationRecord } from '../organizations/schema.ts'
import { standardRecord, teamRecord } from '../standards/schema.ts'
import { isoDate, specConstraint } from './fields.ts'

const codes = (schema: z.ZodType, x: unknown) => {
	const r = schema.safeParse(x)
	if (r.success) return []
	return r.error.issues.map((i) => {
		const key = i.code === 'custom' ? String((i.params as { i18n?: string })?.i18n) : i.code
		return `${i.path.join('.')}:${key}`
	})
}

const org = { ref: 'O', name: '机构', uscc: '91310110666007217T', kind: 'enterprise', region: '360100' }
describe('organization', () => {
	it('accepts a minimal record', () => expect(codes(organizationRecord, org)).toEqual([]))
	it('upper-cases the credit code', () => expect(organizationRecord.parse({ ...org, uscc: '91310110666007217t' }).uscc).toBe('91310110666007217T'))
	it('maps Chinese qualification labels to codes', () =>
		expect(organizationRecord.parse({ ...org, qualifications: ['专精特新', '高新技术企业'] }).qualifications).toEqual(['srdi', 'high_tech']))
	it('rejects unknown qualifications and duplicates', () => {
		expect(codes(organizationRecord, { ...org, qualifications: ['gold'] })).toEqual(['qualifications.0:qualification.unknown'])
		expect(codes(organizationRecord, { ...org, qualifications: ['srdi', 'srdi'] })).toEqual(['qualifications:list.duplicates'])
	})
	it('keeps team fields to rescue teams', () => {
		expect(codes(organizationRecord, { ...org, teamType: 'fire_station', headcount: 3 })).toEqual(['teamType:org.rescueTeamOnly', 'headcount:org.rescueTeamOnly'])
		expect(codes(organizationRecord, { ...org, kind: 'rescue_team', teamType: 'fire_station', headcount: 3, level: '一级' })).toEqual([])
	})
	it('accepts any province region code and rejects malformed ones', () => {
		expect(codes(organizationRecord, { ...org, region: '110105' })).toEqual([])
		expect(codes(organizationRecord, { ...org, region: '990000' })).toEqual(['region:region.invalid'])
		expect(codes(organizationRecord, { ...org, region: '36010' })).toEqual(['region:region.invalid'])
	})
	it('rejects unknown fields, bad emails, negative headcounts', () => {
		expect(codes(organizationRecord, { ...org, nmae: 'x' })).toEqual([':unrecognized_keys'])
		expect(codes(organizationRecord, { ...org, email: 'not-mail' })).toEqual(['email:invalid_format'])
		expect(codes(organizationRecord, { ...org, kind: 'rescue_team', headcount: -1 })).toEqual(['headcount:too_small'])
	})
	it('requires every required field', () => {
		expect(codes(organizationRecord, {})).toEqual(['ref:invalid_type', 'name:invalid_type', 'uscc:invalid_type', 'kind:invalid_value', 'region:invalid_type'])
	})
})

const listing = { ref: 'L', org: 'O', title: '装备', category: '030301' }
describe('listing', () => {
	it('defaults kind and status', () => expect(listingRecord.parse(listing)).toMatchObject({ kind: 'equipment', status: 'published' }))
	it('needs a category for equipment only', () => {
		expect(codes(listingRecord, { ...listing, category: undefined })).toEqual(['category:listing.categoryRequired'])
		expect(codes(listingRecord, { ...listing, category: undefined, kind: 'service' })).toEqual([])
	})
	it('accepts 4-digit and 2-digit category codes and rejects unknown ones', () => {
		expect(codes(listingRecord, { ...listing, category: '0404' })).toEqual([])
		expect(codes(listingRecord, { ...listing, category: '030399' })).toEqual(['category:category.unknown'])
	})
	it('checks price order, integers and non-negative quantities', () => {
		expect(codes(listingRecord, { ...listing, price: { min: 10, max: 5 } })).toEqual(['price.max:price.order'])
		expect(codes(listingRecord, { ...listing, price: { min: 5, max: 5 } })).toEqual([])
		expect(codes(listingRecord, { ...listing, leadTimeDays: 1.5 })).toEqual(['leadTimeDays:invalid_type'])
		expect(codes(listingRecord, { ...listing, stock: -1 })).toEqual(['stock:too_small'])
	})
	it('accepts number and text spec values, rejects other shapes', () => {
		expect(codes(listingRecord, { ...listing, specs: [{ name: '流量', value: 3, unit: 'm3/h' }, { name: '防爆', value: 'Ex d' }] })).toEqual([])
		expect(codes(listingRecord, { ...listing, specs: [{ name: '流量', value: true }] })).toEqual(['specs.0.value:invalid_union'])
		expect(codes(listingRecord, { ...listing, specs: [{ name: '流量', value: Number.NaN }] }).length).toBe(1)
	})
	it('checks certification codes and dates', () => {
		expect(codes(listingRecord, { ...listing, certifications: [{ type: 'XYZ' }, { type: 'MA', validUntil: '2029-02-30' }] })).toEqual([
			'certifications.0.type:certification.unknown',
			'certifications.1.validUntil:date.invalid',
		])
	})
	it('rejects statuses outside the contract', () => expect(codes(listingRecord, { ...listing, status: 'deleted' })).toEqual(['status:invalid_value']))
})

describe('constraint operators', () => {
	const c = (x: object) => codes(specConstraint, { name: '流量', ...x })
	it('>= and <= need numbers', () => {
		expect(c({ op: '>=', value: 3, unit: 'm3/h' })).toEqual([])
		expect(c({ op: '<=', value: '3' })).toEqual(['value:constraint.numberRequired'])
	})
	it('between needs an ordered pair', () => {
		expect(c({ op: 'between', value: 1, value2: 1 })).toEqual([])
		expect(c({ op: 'between', value: 2, value2: 1 })).toEqual(['value2:constraint.rangeOrder'])
		expect(c({ op: 'between', value: 2 })).toEqual(['value2:constraint.value2Required'])
	})
	it('in needs a list, = a scalar, has nothing', () => {
		expect(c({ op: 'in', value: ['CH4', 'CO'] })).toEqual([])
		expect(c({ op: 'in', value: 'CH4' })).toEqual(['value:constraint.listRequired'])
		expect(c({ op: '=', value: ['a'] })).toEqual(['value:constraint.scalarRequired'])
		expect(c({ op: 'has' })).toEqual([])
		expect(c({ op: 'has', value: 1 })).toEqual(['value:constraint.noValue'])
	})
	it('rejects unknown operators', () => expect(c({ op: '>', value: 1 })).toEqual(['op:invalid_value']))
})

describe('demand', () => {
	const item = { ref: 'I1', name: '排水车', quantity: 2 }
	const demand = { ref: 'D', org: 'O', title: '清单', items: [item] }
	it('defaults kind and status', () => expect(demandRecord.parse(demand)).toMatchObject({ kind: 'procurement', status: 'published' }))
	it('needs at least one item, positive quantities, distinct item refs', () => {
		expect(codes(demandRecord, { ...demand, items: [] })).toEqual(['items:too_small'])
		expect(codes(demandRecord, { ...demand, items: [{ ...item, quantity: 0 }] })).toEqual(['items.0.quantity:too_small'])
		expect(codes(demandRecord, { ...demand, items: [item, item] })).toEqual(['items.1:items.duplicateRef'])
	})
	it('validates deadlines as calendar dates', () => {
		expect(codes(demandRecord, { ...demand, deadline: '2027-3-31' })).toEqual(['deadline:date.format'])
		expect(codes(demandRecord, { ...demand, deadline: '2028-02-29' })).toEqual([])
		expect(codes(demandRecord, { ...demand, deadline: '2027-02-29' })).toEqual(['deadline:date.invalid'])
	})
	it('checks required certification codes', () =>
		expect(codes(demandRecord, { ...demand, items: [{ ...item, certifications: ['VEH', 'NOPE'] }] })).toEqual(['items.0.certifications.1:certification.unknown']))
})

describe('standard and team', () => {
	const std = { code: 'S', title: '标准', teamType: 'mine_rescue', items: [{ ref: 'A', name: '呼吸器', quantity: { perPerson: 1 } }] }
	it('defaults mandatory to true', () => expect(standardRecord.parse(std).items[0]!.mandatory).toBe(true))
	it('needs a quantity rule', () =>
		expect(codes(standardRecord, { ...std, items: [{ ref: 'A', name: 'x', quantity: {} }] })).toEqual(['items.0.quantity:quantity.rule']))
	it('rejects unknown team types', () => expect(codes(standardRecord, { ...std, teamType: 'pirates' })).toEqual(['teamType:teamType.unknown']))
	it('a team lot needs an item or a name; years are bounded', () => {
		const team = { org: 'T', standard: 'S', headcount: 10 }
		expect(teamRecord.parse(team).inventory).toEqual([])
		expect(codes(teamRecord, { ...team, inventory: [{ quantity: 1 }] })).toEqual(['inventory.0:inventory.itemOrName'])
		expect(codes(teamRecord, { ...team, inventory: [{ name: 'x', quantity: 1, acquiredYear: 1800 }] })).toEqual(['inventory.0.acquiredYear:too_small'])
	})
})

describe('isoDate', () => {
	it.each(['2026-01-01', '2024-02-29'])('accepts %s', (d) => expect(isoDate.safeParse(d).success).toBe(true))
	it.each(['2026-13-01', '2026-00-10', '20260101', '2026-1-1', '2025-02-29', ''])('rejects %j', (d) => expect(isoDate.safeParse(d).success).toBe(false))
})

describe('web addresses', () => {
	it.each(['www.example.cn', 'https://example.cn/a?b=1', 'http://例子.中国', 'example.com/path'])('accepts %s', (w) =>
		expect(codes(organizationRecord, { ...org, website: w })).toEqual([]))
	it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://x.cn', 'http://exa mple.cn'])('refuses %s', (w) =>
		expect(codes(organizationRecord, { ...org, website: w })).toEqual(['website:url.invalid']))
})
