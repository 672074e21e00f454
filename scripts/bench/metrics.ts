// Ranking metrics for the relevance benchmark (search and matching), the check of its seeded tune/holdout split, and
// latency percentiles for the search benchmark.
import { createHash } from 'node:crypto'

/** Graded judgments of one query: listing ref → grade 0 (not relevant) … 3 (exactly what was asked for). */
export type Judgments = Record<string, number>

/** DCG with the exponential gain (2^grade − 1) / log2(rank + 1), rank starting at 1. */
export function dcg(grades: readonly number[], k: number): number {
	let sum = 0
	for (let i = 0; i < Math.min(k, grades.length); i++) sum += (2 ** grades[i]! - 1) / Math.log2(i + 2)
	return sum
}

/**
 * NDCG@k of a ranked list of refs against graded judgments (unjudged refs count as grade 0). When no ref is judged
 * relevant (a query for something nobody offers) the ideal answer is the empty list: 1 for no hits, 0 for any hit.
 */
export function ndcgAt(ranked: readonly string[], judgments: Judgments, k = 10): number {
	const top = ranked.slice(0, k)
	const ideal = Object.values(judgments)
		.filter((g) => g > 0)
		.sort((a, b) => b - a)
	const idcg = dcg(ideal, k)
	if (idcg === 0) return top.length === 0 ? 1 : 0
	return dcg(top.map((ref) => judgments[ref] ?? 0), k) / idcg
}

/** True when no ref is judged relevant: the only right answer is an empty list. */
export function nothingRelevant(judgments: Judgments): boolean {
	return !Object.values(judgments).some((g) => g > 0)
}

/** Share of the relevant refs (grade ≥ minGrade) found in the first k; 1 when no ref is relevant. */
export function recallAt(ranked: readonly string[], judgments: Judgments, k = 10, minGrade = 1): number {
	const relevant = Object.entries(judgments).filter(([, g]) => g >= minGrade)
	if (relevant.length === 0) return 1
	const top = new Set(ranked.slice(0, k))
	return relevant.filter(([ref]) => top.has(ref)).length / relevant.length
}

/**
 * How a matcher's eligible label fares in its first k candidates: how many it marks eligible and how many of those
 * are judged a match (grade ≥ matchGrade).
 */
export function eligibleLabels(candidates: readonly { ref: string; eligible: boolean }[], judgments: Judgments, k = 10, matchGrade = 2): { eligible: number; correct: number } {
	let eligible = 0
	let correct = 0
	for (const c of candidates.slice(0, k)) {
		if (!c.eligible) continue
		eligible++
		if ((judgments[c.ref] ?? 0) >= matchGrade) correct++
	}
	return { eligible, correct }
}

export type Part = 'tune' | 'holdout'

/** How a judged set was split into tune and holdout (the procedure is spelled out in the set's `about`). */
export type SplitRule = {
	seed: string
	holdoutShare: number
	drawShare: number
	key: string
	/** The day the drawn holdout was spent (read too often while tuning) and joined the tune part. */
	spentOn?: string
	/** After that day: the origin of the queries written afterwards as the new holdout; each is holdout unless named. */
	holdoutOrigin?: string
	/**
	 * Half of that holdout spent for diagnosis: per kind, the fresh queries that are not named, sorted by the hex SHA-256 of
	 * `${seed}:${q}`; the first round(share × n) carry `spent: on` and sit in 'tune'.
	 */
	freshSpent?: { on: string; seed: string; share: number }
}

/**
 * Draws the split again from the seed, as the sets' `about` describes it: entries that are not fixed to 'tune' are
 * grouped by stratum; within a group, sorted by the hex SHA-256 of `${seed}:${text}`, the first round(p × n) are holdout,
 * p = round(holdoutShare × all entries) / drawable entries. Returns how many entries sit in another part than drawn.
 */
export function splitDrift<T extends { part: Part }>(entries: readonly T[], rule: SplitRule, fixed: (e: T) => boolean, stratum: (e: T) => string, text: (e: T) => string): number {
	const drawable = entries.filter((e) => !fixed(e))
	const holdout = seededDraw(drawable, rule.seed, Math.round(rule.holdoutShare * entries.length) / drawable.length, stratum, text)
	return entries.filter((e) => (holdout.has(e) ? 'holdout' : 'tune') !== e.part).length
}

/** Per stratum, the entries sorted by the hex SHA-256 of `${seed}:${text}`; the first round(share × n) of each are drawn. */
function seededDraw<T>(entries: readonly T[], seed: string, share: number, stratum: (e: T) => string, text: (e: T) => string): Set<T> {
	const groups = new Map<string, T[]>()
	for (const e of entries) {
		const g = groups.get(stratum(e))
		if (g) g.push(e)
		else groups.set(stratum(e), [e])
	}
	const key = new Map(entries.map((e) => [e, createHash('sha256').update(`${seed}:${text(e)}`).digest('hex')]))
	const drawn = new Set<T>()
	for (const group of groups.values()) {
		const sorted = [...group].sort((a, b) => (key.get(a)! < key.get(b)! ? -1 : 1))
		for (const e of sorted.slice(0, Math.round(share * group.length))) drawn.add(e)
	}
	return drawn
}

/** The p-th percentile (0–100) by the nearest-rank method; NaN for no samples. */
/**
 * The search set's split: the first draw (issue-4 and named queries fixed to 'tune', the rest drawn from the seed) still
 * holds for the queries written before `spentOn` — those it drew as holdout now carry `spent` and sit in 'tune' — and every
 * query of `holdoutOrigin` is holdout unless `named` (its text reached the tuner, as a writer's report quoted it): those are
 * 'tune'. Returns how many queries sit elsewhere.
 */
export function searchSplitDrift(qs: readonly SearchSplitEntry[], rule: SplitRule): number {
	const fresh = (q: SearchSplitEntry) => rule.holdoutOrigin !== undefined && q.origin === rule.holdoutOrigin
	const first = qs.filter((q) => !fresh(q)).map((q) => ({ ...q, part: q.spent ? ('holdout' as const) : q.part, spentWrongly: q.spent !== undefined && q.part !== 'tune' }))
	const drawn = splitDrift(first, rule, (q) => q.origin === 'issue-4' || q.named === true, (q) => q.kind, (q) => q.q)
	const spentWithoutRule = rule.spentOn === undefined ? first.filter((q) => q.spent !== undefined).length : 0
	const freshSpent = rule.freshSpent
		? seededDraw(qs.filter((q) => fresh(q) && !q.named), rule.freshSpent.seed, rule.freshSpent.share, (q) => q.kind, (q) => q.q)
		: new Set<SearchSplitEntry>()
	const freshDrift = qs.filter((q) => {
		if (!fresh(q)) return false
		if (q.named) return q.part !== 'tune' || q.spent !== undefined
		if (freshSpent.has(q)) return q.part !== 'tune' || q.spent !== rule.freshSpent!.on
		return q.part !== 'holdout' || q.spent !== undefined
	}).length
	return drawn + first.filter((q) => q.spentWrongly).length + spentWithoutRule + freshDrift
}
type SearchSplitEntry = { q: string; kind: string; origin: string; part: Part; named?: boolean; spent?: string }

export function percentile(samples: readonly number[], p: number): number {
	if (samples.length === 0) return Number.NaN
	const sorted = [...samples].sort((a, b) => a - b)
	const rank = Math.ceil((p / 100) * sorted.length)
	return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function mean(xs: readonly number[]): number {
	return xs.length === 0 ? Number.NaN : xs.reduce((a, b) => a + b, 0) / xs.length
}
