import { describe, expect, test } from 'vitest'
import { dcg, mean, ndcgAt, percentile, recallAt } from './metrics.ts'

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
	test('1 when nothing is judged relevant', () => {
		expect(ndcgAt(['X'], { X: 0 })).toBe(1)
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
