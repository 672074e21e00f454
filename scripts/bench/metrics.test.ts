import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { dcg, eligibleLabels, mean, ndcgAt, nothingRelevant, percentile, recallAt, searchSplitDrift, splitDrift, type Part, type SplitRule } from './metrics.ts'

describe('dcg', () => {
	test('exponential gain with a log2 discount from rank 1', () => {
		// (2^3-1)/log2(2) + (2^1-1)/log2(3) + 0
		expect(dcg([3, 1, 0], 10)).toBeCloseTo(7 + 1 / Math.log2(3), 10)
	})
	test('stops at k', () => {
		expect(dcg([3, 3, 3], 1)).toBe(7)
	})
})

describe('ndcgAt', () => {
	const judgments = { A: 3, B: 2, C: 1, D: 0 }
	test('1 for the ideal order', () => {
		expect(ndcgAt(['A', 'B', 'C'], judgments)).toBeCloseTo(1, 10)
	})
	test('a worse order scores less, by the exact ratio', () => {
		const idcg = 7 + 3 / Math.log2(3) + 1 / 2
		const got = 1 + 3 / Math.log2(3) + 7 / 2 // C, B, A
		expect(ndcgAt(['C', 'B', 'A'], judgments)).toBeCloseTo(got / idcg, 10)
		expect(ndcgAt(['C', 'B', 'A'], judgments)).toBeLessThan(1)
	})
	test('unjudged and zero-grade refs add nothing; missing relevant refs cost', () => {
		expect(ndcgAt(['X', 'D', 'A'], { A: 3 })).toBeCloseTo(7 / 2 / 7, 10)
		expect(ndcgAt([], judgments)).toBe(0)
	})
	test('only the first k count', () => {
		expect(ndcgAt(['X', 'A'], { A: 3 }, 1)).toBe(0)
	})
})

describe('ndcgAt for a query nobody can answer (no ref judged relevant)', () => {
	test('an empty list is the ideal answer: 1', () => {
		expect(ndcgAt([], {})).toBe(1)
		expect(ndcgAt([], { X: 0 })).toBe(1)
	})
	test('any hit in the first k scores 0, judged or not', () => {
		expect(ndcgAt(['X'], {})).toBe(0)
		expect(ndcgAt(['X'], { X: 0 })).toBe(0)
		expect(ndcgAt(['A', 'B', 'C'], {}, 10)).toBe(0)
	})
	test('hits beyond k do not count', () => {
		expect(ndcgAt(['X'], {}, 0)).toBe(1)
	})
	test('nothingRelevant tells such queries apart', () => {
		expect(nothingRelevant({})).toBe(true)
		expect(nothingRelevant({ X: 0 })).toBe(true)
		expect(nothingRelevant({ X: 0, Y: 1 })).toBe(false)
	})
})

describe('recallAt', () => {
	test('share of refs with grade ≥ 1 found in the first k', () => {
		expect(recallAt(['A', 'X', 'C'], { A: 3, B: 2, C: 1, D: 0 })).toBeCloseTo(2 / 3, 10)
		expect(recallAt(['X', 'A'], { A: 3 }, 1)).toBe(0)
		expect(recallAt(['B'], { A: 3, B: 1 }, 10, 2)).toBe(0)
	})
	test('1 when nothing is relevant', () => {
		expect(recallAt([], {})).toBe(1)
	})
})

describe('eligibleLabels', () => {
	const judgments = { A: 2, B: 1, C: 2 }
	test('counts the eligible candidates of the first k and those judged a match', () => {
		const cands = [
			{ ref: 'A', eligible: true },
			{ ref: 'B', eligible: true },
			{ ref: 'X', eligible: true },
			{ ref: 'C', eligible: false },
		]
		expect(eligibleLabels(cands, judgments)).toEqual({ eligible: 3, correct: 1 })
		expect(eligibleLabels(cands, judgments, 1)).toEqual({ eligible: 1, correct: 1 })
	})
	test('the match grade is a parameter; nothing eligible counts nothing', () => {
		expect(eligibleLabels([{ ref: 'B', eligible: true }], judgments, 10, 1)).toEqual({ eligible: 1, correct: 1 })
		expect(eligibleLabels([{ ref: 'A', eligible: false }], judgments)).toEqual({ eligible: 0, correct: 0 })
	})
})

describe('splitDrift', () => {
	const rule: SplitRule = { seed: '7', holdoutShare: 0.4, drawShare: 0, key: 'sha256(seed + ":" + text)' }
	const entries = (parts: Part[]) => parts.map((part, i) => ({ text: `q${i}`, kind: i < 5 ? 'a' : 'b', fixed: i === 9, part }))
	const drift = (es: ReturnType<typeof entries>) => splitDrift(es, rule, (e) => e.fixed, (e) => e.kind, (e) => e.text)
	test('draws round(p × n) per stratum, p = round(share × all) / drawable; fixed entries stay in tune', () => {
		// 10 entries, 1 fixed: p = 4 / 9; stratum a (5) → 2 holdout, stratum b (4 drawable) → 2 holdout
		expect(drift(entries(Array<Part>(10).fill('tune')))).toBe(4)
	})
	test('the drawn split has no drift; moving one entry by hand is counted', () => {
		const es = entries(Array<Part>(10).fill('tune'))
		// find the drawn split by trying each entry in holdout: an entry the draw puts in holdout lowers the drift
		let d = drift(es)
		for (const e of es) {
			e.part = 'holdout'
			const n = drift(es)
			if (n > d) e.part = 'tune'
			else d = n
		}
		expect(drift(es)).toBe(0)
		expect(es.filter((e) => e.part === 'holdout')).toHaveLength(4)
		expect(es.find((e) => e.fixed)!.part).toBe('tune')
		const moved = es.find((e) => e.part === 'holdout')!
		moved.part = 'tune'
		expect(drift(es)).toBe(1)
	})
})

describe('searchSplitDrift (a spent holdout and a fresh one)', () => {
	const rule: SplitRule = { seed: '7', holdoutShare: 0.4, drawShare: 0, key: 'sha256(seed + ":" + q)', spentOn: '2026-12-07', holdoutOrigin: 'fresh' }
	type Q = { q: string; kind: string; origin: string; part: Part; spent?: string; named?: boolean }
	const first = (): Q[] => Array.from({ length: 10 }, (_, i) => ({ q: `q${i}`, kind: i < 5 ? 'a' : 'b', origin: 'old', part: 'tune' }))
	// the first draw, found as in the test above, then spent: its holdout moves to tune with `spent`
	const spent = () => {
		const qs = first()
		let d = splitDrift(qs, rule, () => false, (q) => q.kind, (q) => q.q)
		for (const q of qs) {
			q.part = 'holdout'
			const n = splitDrift(qs, rule, () => false, (q) => q.kind, (q) => q.q)
			if (n > d) q.part = 'tune'
			else d = n
		}
		for (const q of qs) if (q.part === 'holdout') Object.assign(q, { part: 'tune', spent: '2026-12-07' })
		return qs
	}
	test('the spent queries are exactly the first draw; every fresh query is holdout unless named', () => {
		const qs = [...spent(), { q: 'new', kind: 'a', origin: 'fresh', part: 'holdout' as Part }, { q: 'seen', kind: 'a', origin: 'fresh', part: 'tune' as Part, named: true }]
		expect(qs.filter((q) => q.spent)).toHaveLength(4)
		expect(searchSplitDrift(qs, rule)).toBe(0)
	})
	test('a fresh query in tune, a spent mark on a query the seed kept in tune, or a spent query left in holdout is counted', () => {
		const fresh = [...spent(), { q: 'new', kind: 'a', origin: 'fresh', part: 'tune' as Part }, { q: 'seen', kind: 'a', origin: 'fresh', part: 'holdout' as Part, named: true }]
		expect(searchSplitDrift(fresh, rule)).toBe(2)
		const marked = spent()
		marked.find((q) => !q.spent)!.spent = '2026-12-07'
		expect(searchSplitDrift(marked, rule)).toBe(1)
		const left = spent()
		left.find((q) => q.spent)!.part = 'holdout'
		expect(searchSplitDrift(left, rule)).toBe(1)
		expect(searchSplitDrift(spent(), { ...rule, spentOn: undefined })).toBe(4)
	})
	test('half of the fresh holdout spent: the seed draws which, per kind; a named query is never drawn', () => {
		const half = { ...rule, freshSpent: { on: '2026-12-08', seed: '8', share: 0.5 } }
		const fresh = (): Q[] => [...spent(), ...Array.from({ length: 6 }, (_, i) => ({ q: `f${i}`, kind: i < 4 ? 'a' : 'b', origin: 'fresh', part: 'holdout' as Part })), { q: 'seen', kind: 'a', origin: 'fresh', part: 'tune' as Part, named: true }]
		const qs = fresh()
		// find the draw: spending a query the seed draws lowers the drift
		let d = searchSplitDrift(qs, half)
		expect(d).toBe(3) // 2 of kind a, 1 of kind b
		for (const q of qs.filter((x) => x.origin === 'fresh' && !x.named)) {
			Object.assign(q, { part: 'tune', spent: '2026-12-08' })
			const n = searchSplitDrift(qs, half)
			if (n > d) Object.assign(q, { part: 'holdout', spent: undefined })
			else d = n
		}
		expect(d).toBe(0)
		expect(qs.filter((q) => q.spent === '2026-12-08').map((q) => q.kind).sort()).toEqual(['a', 'a', 'b'])
		expect(qs.find((q) => q.named)!.spent).toBeUndefined()
	})
})

describe('the judged sets', () => {
	type Demo = { listings: { ref: string; org: string; status?: string }[]; organizations: { ref: string; verified?: boolean }[] }
	const demo = JSON.parse(readFileSync(new URL('../../db/seed/demo.json', import.meta.url), 'utf8')) as Demo
	const unverified = new Set(demo.organizations.filter((o) => o.verified === false).map((o) => o.ref))
	const published = new Set(demo.listings.filter((l) => (l.status ?? 'published') === 'published' && !unverified.has(l.org)).map((l) => l.ref))
	const read = <T>(name: string) => JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T
	type Entry = { part: Part; named?: boolean; judgments: Record<string, number> }
	const search = read<{ split: SplitRule; queries: (Entry & { q: string; kind: string; origin: string; spent?: string })[] }>('./relevance-set.json')
	const match = read<{ split: SplitRule; judgments: (Entry & { item: string; name: string; constrained: boolean })[] }>('./match-set.json')
	test('judge only published listings of verified organizations', () => {
		const judged = [...search.queries, ...match.judgments].flatMap((e) => Object.keys(e.judgments))
		expect(judged.filter((ref) => !published.has(ref))).toEqual([])
	})
	test('are split as their seed draws (nobody moved an entry between tune and holdout by hand)', () => {
		expect(searchSplitDrift(search.queries, search.split)).toBe(0)
		expect(splitDrift(match.judgments, match.split, (j) => j.named === true, (j) => (j.constrained ? 'constrained' : 'name-only'), (j) => `${j.name}|${j.item}`)).toBe(0)
	})
	test('sizes: ≥ 150 queries with ≥ 12 nobody can answer, ≥ 60 demand items; a holdout of ≥ 50 fresh queries, 40 % of the items', () => {
		expect(search.queries.length).toBeGreaterThanOrEqual(150)
		expect(search.queries.filter((q) => nothingRelevant(q.judgments)).length).toBeGreaterThanOrEqual(12)
		expect(match.judgments.length).toBeGreaterThanOrEqual(60)
		expect(search.queries.filter((q) => q.part === 'holdout').length).toBeGreaterThanOrEqual(50)
		expect(match.judgments.filter((e) => e.part === 'holdout').length / match.judgments.length).toBeCloseTo(0.4, 1)
	})
})

describe('percentile and mean', () => {
	test('nearest rank', () => {
		const xs = Array.from({ length: 100 }, (_, i) => 100 - i) // 100 … 1, unsorted input
		expect(percentile(xs, 50)).toBe(50)
		expect(percentile(xs, 95)).toBe(95)
		expect(percentile(xs, 100)).toBe(100)
		expect(percentile([7], 95)).toBe(7)
		expect(percentile([], 50)).toBeNaN()
	})
	test('mean', () => {
		expect(mean([1, 2, 3, 6])).toBe(3)
		expect(mean([])).toBeNaN()
	})
})
