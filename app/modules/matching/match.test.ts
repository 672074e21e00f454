import { describe, expect, it } from 'vitest'
import { prng } from '#scripts/gen/synthetic-listings.ts'
import { assess, rankCandidates, rankOpportunities, type MatchItem, type MatchListing } from './match.ts'
import { categoryComponent, combine, regionRelation, specComponent, WEIGHTS } from './score.ts'

const today = '2027-01-15'

const item: MatchItem = {
	ref: 'I-1',
	name: '排水抢险车',
	category: '030301',
	quantity: 6,
	unit: '台',
	constraints: [
		{ name: '排水流量', op: '>=', value: 3000, unit: 'm3/h' },
		{ name: '扬程', op: 'between', value: 15, value2: 30, unit: 'm' },
	],
	certifications: ['VEH'],
	budgetPerUnit: 1_400_000,
	neededBy: '2027-05-31',
	region: '360000',
}

function listing(over: Partial<MatchListing> & { ref: string }): MatchListing {
	return {
		title: '排水抢险车',
		category: '030301',
		org: { ref: 'O', name: '某公司', region: '360100', qualifications: [] },
		specs: [
			{ name: '排水流量', value: 3000, unit: 'm3/h' },
			{ name: '扬程', value: 22, unit: 'm' },
		],
		certifications: [{ type: 'VEH' }],
		priceMin: 1_200_000,
		leadTimeDays: 60,
		monthlyCapacity: 4,
		stock: 1,
		...over,
	}
}

describe('assess', () => {
	it('gives one reason per criterion with stable English codes', () => {
		const a = assess(item, listing({ ref: 'L' }), { today })
		expect(a.eligible).toBe(true)
		expect(a.reasons.map((r) => r.criterion)).toEqual(['spec:排水流量', 'spec:扬程', 'certification:VEH', 'budget', 'lead_time', 'category', 'region', 'capacity', 'qualification', 'text'])
		expect(a.reasons.slice(0, 5).every((r) => r.ok)).toBe(true)
		expect(a.score).toBeGreaterThan(0)
		expect(a.score).toBeLessThanOrEqual(1)
	})
	it('an unknown comparison makes the listing ineligible and is reported as 无法比较', () => {
		const a = assess(item, listing({ ref: 'L', specs: [{ name: '排水流量', value: 3000, unit: 'kg' }, { name: '扬程', value: 22, unit: 'm' }] }), { today })
		expect(a.eligible).toBe(false)
		expect(a.unknown).toBe(true)
		expect(a.reasons[0]).toEqual({ criterion: 'spec:排水流量', ok: false, detail: '无法比较：单位 kg 与 m3/h 不是同一量纲' })
	})
	it('each hard rule alone makes a listing ineligible', () => {
		expect(assess(item, listing({ ref: 'L', specs: [{ name: '扬程', value: 22, unit: 'm' }] }), { today }).eligible).toBe(false)
		expect(assess(item, listing({ ref: 'L', certifications: [{ type: 'VEH', validUntil: '2027-05-30' }] }), { today }).eligible).toBe(false)
		expect(assess(item, listing({ ref: 'L', priceMin: 1_500_000 }), { today }).eligible).toBe(false)
		expect(assess(item, listing({ ref: 'L', leadTimeDays: 200 }), { today }).eligible).toBe(false)
		// Soft criteria never do.
		expect(assess(item, listing({ ref: 'L', category: '010201', org: { ref: 'O', name: 'x', region: '110000', qualifications: [] }, stock: 0, monthlyCapacity: 0 }), { today }).eligible).toBe(true)
	})
})

describe('rankCandidates', () => {
	it('ranks eligible above ineligible whatever the score, then by score, ties by ref', () => {
		// B fits as well as D and its supplier is local, a chain leader with stock: the best score, but over budget.
		const strong = listing({
			ref: 'B',
			org: { ref: 'O', name: 'x', region: '360100', qualifications: ['chain_leader'] },
			stock: 10,
			priceMin: 1_500_000,
			specs: [{ name: '排水流量', value: 4500, unit: 'm3/h' }, { name: '扬程', value: 22, unit: 'm' }],
		})
		const plain1 = listing({ ref: 'C' })
		const plain2 = listing({ ref: 'A' })
		const better = listing({ ref: 'D', specs: [{ name: '排水流量', value: 4500, unit: 'm3/h' }, { name: '扬程', value: 22, unit: 'm' }] })
		const ranked = rankCandidates(item, [strong, plain1, plain2, better], { today })
		expect(ranked.map((c) => c.listing.ref)).toEqual(['D', 'A', 'C', 'B'])
		expect(ranked[3]!.eligible).toBe(false)
		expect(ranked[3]!.score).toBeGreaterThan(ranked[0]!.score)
		expect(rankCandidates(item, [strong, plain1, plain2, better], { today }, 2)).toHaveLength(2)
	})
	it('uses text relevance from the recall', () => {
		const a = listing({ ref: 'A' })
		const b = listing({ ref: 'B' })
		const ranked = rankCandidates(item, [a, b], { today, textRelevance: (_i, l) => (l.ref === 'B' ? 1 : 0) })
		expect(ranked.map((c) => c.listing.ref)).toEqual(['B', 'A'])
		expect(ranked[0]!.reasons.find((r) => r.criterion === 'text')).toEqual({ criterion: 'text', ok: true, detail: '名称与“排水抢险车”相关（字面重合 100%）' })
	})
})

describe('rankOpportunities', () => {
	it('orders demand items for a listing the same way', () => {
		const l = listing({ ref: 'L' })
		const tooHigh: MatchItem = { ...item, ref: 'I-2', constraints: [{ name: '排水流量', op: '>=', value: 5000, unit: 'm3/h' }] }
		const easy: MatchItem = { ...item, ref: 'I-3', constraints: [{ name: '排水流量', op: '>=', value: 1000, unit: 'm3/h' }] }
		const ranked = rankOpportunities(l, [tooHigh, item, easy], { today })
		expect(ranked.map((o) => [o.item.ref, o.eligible])).toEqual([
			['I-3', true],
			['I-1', true],
			['I-2', false],
		])
	})
})

describe('score', () => {
	it('weights sum to 1 and the score stays in [0, 1]', () => {
		expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
		expect(combine({ text: 1, category: 1, spec: 1, region: 1, capacity: 1, qualification: 1 })).toBe(1)
		expect(combine({ text: 0, category: 0, spec: 0, region: 0, capacity: 0, qualification: 0 })).toBe(0)
		expect(combine({ text: 5, category: -1, spec: NaN, region: 0, capacity: 0, qualification: 0 })).toBe(WEIGHTS.text)
	})
	it('category: same leaf > same branch > other; region: same city > same province > elsewhere', () => {
		expect(categoryComponent('030301', '030301')).toBeGreaterThan(categoryComponent('030301', '030302'))
		expect(categoryComponent('030301', '030302')).toBeGreaterThan(categoryComponent('030301', '010201'))
		expect(categoryComponent('0303', '030301')).toBe(1)
		expect(regionRelation('360100', '360103')).toBe('city')
		expect(regionRelation('360100', '360400')).toBe('province')
		expect(regionRelation('360100', '110000')).toBe('elsewhere')
		expect(regionRelation('360000', '360400')).toBe('city')
	})
	it('the spec component never decreases when a margin grows', () => {
		const rand = prng(7)
		for (let i = 0; i < 2000; i++) {
			const n = 1 + Math.floor(rand() * 4)
			const results = Array.from({ length: n }, () => {
				const m = rand() * 2 - 0.5
				return { outcome: m >= 0 ? ('ok' as const) : ('fail' as const), margin: m }
			})
			const k = Math.floor(rand() * n)
			const grown = results.map((r, j) => {
				if (j !== k) return r
				const m = r.margin + rand()
				return { outcome: m >= 0 ? ('ok' as const) : ('fail' as const), margin: m }
			})
			expect(specComponent(grown)).toBeGreaterThanOrEqual(specComponent(results))
		}
	})
	it('monotonicity over random listings: a better spec value never lowers the score', () => {
		const rand = prng(42)
		const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!
		const items: MatchItem[] = [
			item,
			{ ...item, ref: 'I-W', constraints: [{ name: '整机重量', op: '<=', value: 15, unit: 'kg' }, { name: '防护时间', op: '>=', value: 240, unit: 'min' }], certifications: [] },
		]
		let improved = 0
		for (let i = 0; i < 1000; i++) {
			const it = pick(items)
			const l = listing({
				ref: `R${i}`,
				category: pick(['030301', '030302', '020101', null]),
				org: { ref: 'O', name: 'x', region: pick(['360100', '360400', '110000', null]), qualifications: rand() < 0.5 ? [pick(['srdi', 'little_giant', 'chain_leader'])] : [] },
				specs: [
					{ name: '排水流量', value: Math.round(rand() * 6000), unit: pick(['m3/h', 'L/s', 'm3/min']) },
					{ name: '扬程', value: Math.round(rand() * 40), unit: 'm' },
					{ name: '整机重量', value: Math.round(rand() * 300) / 10, unit: pick(['kg', 'g']) },
					{ name: '防护时间', value: Math.round(rand() * 6), unit: 'h' },
				],
				priceMin: rand() < 0.8 ? Math.round(rand() * 2_000_000) : null,
				leadTimeDays: Math.round(rand() * 200),
				stock: Math.round(rand() * 10),
				monthlyCapacity: rand() < 0.5 ? Math.round(rand() * 10) : null,
			})
			const text = rand()
			const ctx = { today, textRelevance: () => text }
			const before = assess(it, l, ctx)
			// Improve one constrained spec in the direction its operator prefers (for between: towards the middle).
			const c = pick(it.constraints)
			const specs = l.specs.map((s) => {
				if (s.name !== c.name || typeof s.value !== 'number') return s
				const v = s.value
				const factor = 1 + rand()
				if (c.op === '>=') return { ...s, value: v * factor }
				if (c.op === '<=') return { ...s, value: v / factor }
				const lo = c.value as number
				const hi = c.value2!
				const mid = (lo + hi) / 2
				return { ...s, value: v + (mid - v) * rand() }
			})
			const after = assess(it, { ...l, specs }, ctx)
			expect(after.score).toBeGreaterThanOrEqual(before.score)
			// A better value never turns an eligible listing ineligible.
			if (before.eligible) expect(after.eligible).toBe(true)
			if (after.score > before.score) improved++
		}
		expect(improved).toBeGreaterThan(50)
	})
})

describe('an item that says what it is only by its name (no spec constraints)', () => {
	const axe: MatchItem = { ref: 'G-1', name: '消防腰斧', category: '030202', quantity: 10, unit: '把', constraints: [], certifications: [], region: '360000' }
	const tool = (ref: string, title: string, keywords: string[] = []) =>
		listing({ ref, title, category: '030202', keywords, specs: [], certifications: [], priceMin: 500, leadTimeDays: 10 })

	it('is eligible only for listings that name it; its category neighbours are related, with a name reason', () => {
		const ranked = rankCandidates(axe, [tool('L-SPREAD', '液压破拆工具组', ['剪扩', '破拆']), tool('L-RAM', '双级液压顶杆', ['破拆', '顶杆']), tool('L-AXE', '消防员腰斧', ['腰斧'])], { today })
		expect(ranked.map((c) => [c.listing.ref, c.eligible])).toEqual([
			['L-AXE', true],
			['L-RAM', false],
			['L-SPREAD', false],
		])
		expect(ranked[0]!.reasons.find((r) => r.criterion === 'name')).toEqual({ criterion: 'name', ok: true, detail: '供给名称即“消防腰斧”' })
		expect(ranked[1]!.reasons.find((r) => r.criterion === 'name')).toEqual({ criterion: 'name', ok: false, detail: '同类装备，名称不符：需求为“消防腰斧”，且未列技术参数可比' })
	})

	it('a certification does not say what a thing is: a gap draft\'s 消防腰斧 with FIRE_VOL still needs a 腰斧', () => {
		const certified = { ...axe, certifications: ['FIRE_VOL'] }
		const withCert = (ref: string, title: string) => ({ ...tool(ref, title), certifications: [{ type: 'FIRE_VOL', validUntil: '2030-01-01' }] })
		expect(assess(certified, withCert('L-RAM', '双级液压顶杆'), { today }).eligible).toBe(false)
		expect(assess(certified, withCert('L-AXE', '消防腰斧'), { today }).eligible).toBe(true)
		expect(assess(certified, tool('L-AXE2', '消防腰斧'), { today }).eligible).toBe(false)
	})

	it('items with spec constraints are judged by them, as before (no name rule)', () => {
		expect(assess(item, listing({ ref: 'L', title: '某型泵车' }), { today }).reasons.some((r) => r.criterion === 'name')).toBe(false)
		expect(assess(item, listing({ ref: 'L', title: '某型泵车' }), { today }).eligible).toBe(true)
	})

	it('the reverse direction follows the same rule: a spreader is no opportunity for a 腰斧 line', () => {
		const opps = rankOpportunities(tool('L-SPREAD', '液压破拆工具组'), [axe], { today })
		expect(opps[0]!.eligible).toBe(false)
	})

	it('the name forms of the context (synonyms) are used', () => {
		const dragon: MatchItem = { ...axe, ref: 'G-2', name: '龙吸水', category: '030301' }
		const truck = listing({ ref: 'L-T', title: '大流量排水抢险车', specs: [], certifications: [] })
		expect(assess(dragon, truck, { today }).eligible).toBe(false)
		expect(assess(dragon, truck, { today, nameForms: () => ['龙吸水', '排水抢险车'] }).eligible).toBe(true)
	})
})
