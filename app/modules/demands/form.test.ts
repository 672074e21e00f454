import { describe, expect, it } from 'vitest'
import { duplicateRecord, fillItemRefs, numberOrText, rowToConstraint, splitChoices, statusFor } from './form.ts'
import type { DemandRecord } from './schema.ts'

describe('reading the editor form', () => {
	it('reads numbers as people type them, and keeps anything else for the schema to name', () => {
		expect(numberOrText(' 1,200 ')).toBe(1200)
		expect(numberOrText('３０')).toBe(30)
		expect(numberOrText('12台')).toBe('12台')
		expect(numberOrText('  ')).toBeUndefined()
	})

	it('splits the choices of "in" on | and 、', () => {
		expect(splitChoices('IP67|IP68')).toEqual(['IP67', 'IP68'])
		expect(splitChoices(' CO、CH4 ｜ H2S 、')).toEqual(['CO', 'CH4', 'H2S'])
	})

	it('moves a unit typed into a numeric value to the unit, but leaves "=" text alone', () => {
		expect(rowToConstraint({ name: '排水流量', op: '>=', value: '3000m3/h' })).toEqual({ name: '排水流量', op: '>=', value: 3000, unit: 'm3/h' })
		expect(rowToConstraint({ name: '扬程', op: 'between', value: '15m', value2: '30m' })).toEqual({ name: '扬程', op: 'between', value: 15, value2: 30, unit: 'm' })
		expect(rowToConstraint({ name: '网络', op: '=', value: '4G' })).toEqual({ name: '网络', op: '=', value: '4G' })
		// A unit given twice is not guessed at: the value stays text and the schema says a number is needed.
		expect(rowToConstraint({ name: '流量', op: '>=', value: '3000L/s', unit: 'm3/h' })).toEqual({ name: '流量', op: '>=', value: '3000L/s', unit: 'm3/h' })
		expect(rowToConstraint({ name: '防爆', op: 'has', value: ' ' })).toEqual({ name: '防爆', op: 'has' })
	})

	it('numbers blank item refs after the list ref, skipping refs already used', () => {
		expect(fillItemRefs('DEM-1', [undefined, 'DEM-1-01', undefined, 'X'])).toEqual(['DEM-1-02', 'DEM-1-01', 'DEM-1-03', 'X'])
	})

	it('maps the buttons to a status; "save" keeps the current one', () => {
		expect(statusFor('publish', 'closed')).toBe('published')
		expect(statusFor('draft', 'published')).toBe('draft')
		expect(statusFor('save', 'closed')).toBe('closed')
		expect(statusFor(null, null)).toBe('draft')
	})
})

describe('copying a list', () => {
	const list: DemandRecord = {
		ref: 'DEM-2026-001',
		org: 'ORG-1',
		title: '标'.repeat(199),
		kind: 'procurement',
		status: 'published',
		items: [
			{ ref: 'A', name: '泵', quantity: 2 },
			{ ref: 'B', name: '灯', quantity: 5, specs: [{ name: '光通量', op: '>=', value: 1000, unit: 'lm' }] },
		],
	}

	it('makes a draft under the new ref, renumbers the items and keeps the title within 200 characters', () => {
		const copy = duplicateRecord(list, 'DEM-2026-009', '（副本）')
		expect(copy.status).toBe('draft')
		expect(copy.ref).toBe('DEM-2026-009')
		expect(copy.items.map((i) => i.ref)).toEqual(['DEM-2026-009-01', 'DEM-2026-009-02'])
		expect(copy.items[1]!.specs).toEqual(list.items[1]!.specs)
		expect(copy.title).toHaveLength(200)
		expect(copy.title.endsWith('（副本）')).toBe(true)
	})
})
