// Ranking metrics for the relevance benchmark and latency percentiles for the search benchmark.

/** Graded judgments of one query: listing ref → grade 0 (not relevant) … 3 (exactly what was asked for). */
export type Judgments = Record<string, number>

/** DCG with the exponential gain (2^grade − 1) / log2(rank + 1), rank starting at 1. */
export function dcg(grades: readonly number[], k: number): number {
	let sum = 0
	for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i]! - 1) / Math.log2(i + 2)
	return sum
}

/** NDCG@k of a ranked list of refs against graded judgments (unjudged refs count as grade 0); 1 when no ref is judged relevant. */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
	const gains = ranked.slice(0, k).map((ref) => judgments[ref] ?? 0)
	const ideal = Object.values(judgments)
		.filter((g) => g > 0)
		.sort((a, b) => b - a)
	const idcg = dcg(ideal, k)
	if (idcg === 0) return 1
	return dcg(gains, k) / idcg
}

/** Share of the relevant refs (grade ≥ minGrade) found in the first k; 1 when no ref is relevant. */
export function recallAt(ranked: readonly string[], judgments: Judgments, k = 10, minGrade = 1): number {
	const relevant = Object.entries(judgments).filter(([, g]) => g >= minGrade)
	if (relevant.length === 0) return 1
	const top = new Set(ranked.slice(0, k))
	return relevant.filter(([ref]) => top.has(ref)).length / relevant.length
}

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN
	const sorted = [...samples].sort((a, b) => a - b)
	const rank = Math.ceil((p / 100) * sorted.length)
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function mean(xs: readonly number[]): number {
	return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length
}
