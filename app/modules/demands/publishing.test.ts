import { describe, expect, it } from 'vitest'
import { publishingIssues, type PublishBaseline } from './publishing.ts'

const TODAY = '2026-12-08'
const item = (extra: Record<string, unknown> = {}) => ({ ref: 'I-1', name: '救生衣', quantity: 10, ...extra })
const codes = (r: Parameters<typeof publishingIssues>[0], stored: PublishBaseline | null = null) => publishingIssues(r, stored, TODAY).map((i) => `${i.path.join('.')}:${i.code}`)

describe('publishingIssues', () => {
	it('asks nothing of a draft or a closed list', () => {
		expect(codes({ ref: 'D-1', status: 'draft', deadline: '2020-01-01', items: [item({ neededBy: '2020-01-01' })] })).toEqual([])
		expect(codes({ ref: 'D-1', status: 'closed', items: [item()] })).toEqual([])
	})

	it('needs a deadline, and no deadline or need-by date before today; today itself is fine', () => {
		expect(codes({ ref: 'D-1', status: 'published', items: [item()] })).toEqual(['deadline:demand.deadlineRequired'])
		expect(codes({ ref: 'D-1', status: 'published', deadline: '2026-12-07', items: [item({ neededBy: '2026-12-07' })] })).toEqual([
			'deadline:demand.deadlinePast',
			'items.0.neededBy:demandItem.neededByPast',
		])
		expect(codes({ ref: 'D-1', status: 'published', deadline: TODAY, items: [item({ neededBy: TODAY })] })).toEqual([])
	})

	it('does not ask again for the dates a list was already published with', () => {
		const stored: PublishBaseline = { status: 'published', deadline: '2021-03-31', items: [{ ref: 'I-1', neededBy: '2021-05-31' }] }
		expect(codes({ ref: 'D-1', status: 'published', deadline: '2021-03-31', items: [item({ neededBy: '2021-05-31' })] }, stored)).toEqual([])
		expect(codes({ ref: 'D-1', status: 'published', deadline: '2021-04-30', items: [item({ neededBy: '2021-05-31' })] }, stored)).toEqual(['deadline:demand.deadlinePast'])
		// a draft that had a past deadline is published anew: its dates are checked
		expect(codes({ ref: 'D-1', status: 'published', deadline: '2021-03-31', items: [item()] }, { ...stored, status: 'draft' })).toEqual(['deadline:demand.deadlinePast'])
		// a list published before deadlines were required stays editable without one
		expect(codes({ ref: 'D-1', status: 'published', items: [item()] }, { status: 'published', deadline: null, items: [] })).toEqual([])
	})

	it('asks a list drafted from a gap for the unit, budget and need-by date of every item', () => {
		const gap = { ref: 'GAP-ORG-1-20261208-1', status: 'published', deadline: '2027-01-31' }
		expect(codes({ ...gap, items: [item({ unit: '件' }), item({ ref: 'I-2', budgetPerUnit: 0, neededBy: '2027-02-28' })] })).toEqual([
			'items.0.budgetPerUnit:demandItem.budgetRequired',
			'items.0.neededBy:demandItem.neededByRequired',
			'items.1.unit:demandItem.unitRequired',
		])
		expect(codes({ ...gap, items: [item({ unit: '件', budgetPerUnit: 300, neededBy: '2027-02-28' })] })).toEqual([])
	})
})
