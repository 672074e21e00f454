// Relevance benchmark (issues 4 and 11): `npm run bench:relevance [-- --verbose] [--show-holdout]`.
//
// Two judged sets, written from the domain and the demo catalog before any engine was run on them (see their `about`):
//   relevance-set.json — search queries with graded listing judgments (3 exact … 1 related; {} = nobody offers it);
//   match-set.json     — demand items as an interchange import document, with graded listing judgments (2 match, 1 related).
// Every query and item is in the 'tune' part or the 'holdout' part; the holdout is never looked at while tuning.
// The demo data and the match set's demand lists go into a temporary database through the importer. Search: NDCG@10 and
// recall@10 per part for the embedded engine beside the baselines (SQL LIKE, MiniSearch, FlexSearch), and how many
// "none offered" queries were answered with an empty list. Matching: the matcher (matchesForDemand with the app's search
// engine) beside a naive baseline, per part: NDCG@10, precision of the eligible label in the top 10, and name-only items
// given an eligible candidate that is not a match ("false 符合要求").
// Per-query lines: the tune part with --verbose; the holdout only with --show-holdout, which spends it. Always exits 0:
// a benchmark reports, it does not gate.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { closeDatabase, openDatabase, type Db } from '#db/client.server.ts'
import type { SearchEngine } from '#search/engine.ts'
import { flexSearchBaseline, likeBaseline, miniSearchBaseline, naiveMatchBaseline, NotInstalled, type Baseline } from './baselines.ts'
import { eligibleLabels, mean, ndcgAt, nothingRelevant, recallAt, searchSplitDrift, splitDrift, type Judgments, type Part, type SplitRule } from './metrics.ts'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')
const K = 10
const TARGET = { holdoutNdcg: 0.92, gap: 0.03 }
const operator = { kind: 'operator', label: 'bench' } as const

export type { Part, SplitRule }
const PARTS: readonly Part[] = ['tune', 'holdout']

export type RelevanceQuery = {
	q: string
	/** colloquial · english · model · plain · scenario · quantity · mixed · single · none (nobody offers it: judgments {}) */
	kind: string
	/** issue-4: the first set, tuned against; issue-11: written for issue 11 before any engine ran on it */
	origin: string
	part: Part
	/** The query's text appears in the issue or its brief, so the tuner knows it: always 'tune'. */
	named?: boolean
	/** A holdout query spent on this day and moved to 'tune': the first draw's (read too often while tuning) or the fresh
	 * half drawn for diagnosis (see the split rule). */
	spent?: string
	note?: string
	judgments: Judgments
}
export type RelevanceSet = { about: string; split: SplitRule; queries: RelevanceQuery[] }

export type MatchJudgment = {
	demand: string
	item: string
	name: string
	/** The item has spec constraints or required certifications (else it says only what it is by its name). */
	constrained: boolean
	part: Part
	named?: boolean
	note?: string
	judgments: Judgments
}
type DocumentItem = { ref: string; name: string; category?: string }
export type MatchSet = {
	about: string
	/** The matcher's "today" (certificate validity, lead times): fixed so judgments and runs agree. */
	today: string
	split: SplitRule
	document: { organizations: unknown[]; demands: { ref: string; items: DocumentItem[] }[] }
	judgments: MatchJudgment[]
}

export function loadRelevanceSet(): RelevanceSet {
	return JSON.parse(readFileSync(path.join(HERE, 'relevance-set.json'), 'utf8')) as RelevanceSet
}

export function loadMatchSet(): MatchSet {
	return JSON.parse(readFileSync(path.join(HERE, 'match-set.json'), 'utf8')) as MatchSet
}

// ---------------------------------------------------------------------------------------------------------------
// Output helpers

/** Pads to a column width counting CJK characters as two columns, as terminals show them. */
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(1, n - [...s].reduce((w, c) => w + (/[\u2e80-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0)))
const f2 = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(2))
const row = (cells: string[], widths: number[]) => cells.map((c, i) => pad(c, widths[i] ?? 10)).join('').trimEnd()
const ratio = (a: number, b: number) => (b === 0 ? '—' : `${f2(a / b)} (${a}/${b})`)
const SPENDS = '⚠ --show-holdout: the holdout lines below are now seen; the holdout is spent for whoever reads them (draw a new one before the next tuning round).'

type Flags = { verbose: boolean; showHoldout: boolean }
const listed = (part: Part, flags: Flags) => (part === 'tune' ? flags.verbose : flags.showHoldout)

// ---------------------------------------------------------------------------------------------------------------
// Search

type Ranker = { name: string; rank(q: string): Promise<string[]> }

async function searchRankers(db: Db, notes: string[]): Promise<Ranker[]> {
	const out: Ranker[] = []
	try {
		const { getSearchEngine } = await import('#search/index.server.ts')
		const engine: SearchEngine = getSearchEngine(db)
		await engine.reindex('listings')
		out.push({ name: 'embedded', rank: async (q) => (await engine.search({ index: 'listings', q, perPage: K })).hits.map((h) => h.ref) })
		// What the search page shows first: the hits, then (when they are few) the 同类装备 of the top hit's category.
		const { relatedListings } = await import('#app/modules/discovery/page.server.ts')
		out.push({
			name: 'page',
			rank: async (q) => {
				const result = await engine.search({ index: 'listings', q, perPage: K })
				const related = await relatedListings(engine, { index: 'listings', q, filters: {}, page: 1 }, result)
				return [...result.hits, ...(related?.hits ?? [])].slice(0, K).map((h) => h.ref)
			},
		})
	} catch (e) {
		notes.push(`embedded engine not available: ${(e as Error).message.split('\n')[0]} (only the baselines are scored)`)
	}
	const baselines: (() => Promise<Baseline>)[] = [async () => likeBaseline(db), () => miniSearchBaseline(db), () => flexSearchBaseline(db)]
	for (const make of baselines) {
		try {
			const b = await make()
			await b.build()
			out.push({ name: b.name, rank: async (q) => b.search(q, K).refs })
		} catch (e) {
			if (e instanceof NotInstalled) notes.push(e.message)
			else throw e
		}
	}
	return out
}

type QueryScore = { ndcg: number; recall: number | null; empty: boolean; ranked: string[] }

export type SearchSummary = { holdout: number; tune: number; page?: { holdout: number; tune: number } } | null

async function searchSection(db: Db, set: RelevanceSet, flags: Flags): Promise<SearchSummary> {
	const notes: string[] = []
	const rankers = await searchRankers(db, notes)
	const qs = set.queries
	const count = (part: Part, pred: (q: RelevanceQuery) => boolean = () => true) => qs.filter((q) => q.part === part && pred(q)).length
	const none = (q: RelevanceQuery) => nothingRelevant(q.judgments)
	console.log(`\nSEARCH — ${qs.length} queries: tune ${count('tune')}, holdout ${count('holdout')}; ${qs.filter(none).length} ask for equipment nobody offers (tune ${count('tune', none)}, holdout ${count('holdout', none)})`)
	const drift = searchSplitDrift(qs, set.split)
	const half = set.split.freshSpent ? ` not spent on ${set.split.freshSpent.on}` : ''
	const fresh = set.split.holdoutOrigin ? `; the holdout drawn from it was spent on ${set.split.spentOn} and joined tune; holdout: the ${count('holdout')} queries of ${set.split.holdoutOrigin}${half}` : ''
	console.log(drift === 0 ? `split: as drawn from seed ${set.split.seed}${fresh}` : `split: ${drift} queries are not in the part the split rule gives them (moved by hand?)`)
	for (const n of notes) console.log(n)
	const scores = new Map<string, QueryScore[]>()
	for (const r of rankers) {
		const list: QueryScore[] = []
		for (const q of qs) {
			const ranked = (await r.rank(q.q)).slice(0, K)
			list.push({ ndcg: ndcgAt(ranked, q.judgments, K), recall: none(q) ? null : recallAt(ranked, q.judgments, K), empty: ranked.length === 0, ranked })
		}
		scores.set(r.name, list)
	}
	const of = (name: string, part: Part, kind?: string) => scores.get(name)!.filter((_, i) => qs[i]!.part === part && (kind === undefined || qs[i]!.kind === kind))
	const ndcgMean = (name: string, part: Part, kind?: string) => mean(of(name, part, kind).map((s) => s.ndcg))
	const recallMean = (name: string, part: Part) => mean(of(name, part).flatMap((s) => (s.recall === null ? [] : [s.recall])))
	const emptyOk = (name: string, part: Part) => {
		const answers = scores.get(name)!.filter((_, i) => qs[i]!.part === part && none(qs[i]!))
		return `${answers.filter((s) => s.empty).length}/${answers.length}`
	}
	const widths = [22, 9, 10, 9, 10, 9, 9]
	console.log(`NDCG@${K} (exponential gain; a "none offered" query scores 1 for an empty list, 0 for any hit), recall@${K} (grade ≥ 1, queries with relevant listings),`)
	console.log('empty: "none offered" queries answered with an empty list')
	console.log(row(['', `NDCG@${K}`, '', `recall@${K}`, '', 'empty', ''], widths))
	console.log(row(['ranker', 'tune', 'holdout', 'tune', 'holdout', 'tune', 'holdout'], widths))
	for (const r of rankers) console.log(row([r.name, f2(ndcgMean(r.name, 'tune')), f2(ndcgMean(r.name, 'holdout')), f2(recallMean(r.name, 'tune')), f2(recallMean(r.name, 'holdout')), emptyOk(r.name, 'tune'), emptyOk(r.name, 'holdout')], widths))

	const kinds = [...new Set(qs.map((q) => q.kind))]
	const kindWidths = [12, 6, ...rankers.map(() => 12)]
	for (const part of PARTS) {
		if (part === 'holdout' && !flags.showHoldout) continue
		console.log(`\nNDCG@${K} by kind, ${part} part`)
		console.log(row(['kind', 'n', ...rankers.map((r) => r.name)], kindWidths))
		for (const kind of kinds) {
			const n = qs.filter((q) => q.part === part && q.kind === kind).length
			if (n) console.log(row([kind, String(n), ...rankers.map((r) => f2(ndcgMean(r.name, part, kind)))], kindWidths))
		}
	}
	if (!flags.showHoldout) console.log('(holdout: means only; --show-holdout lists it per kind and per query, and spends it)')

	for (const part of PARTS) {
		if (!listed(part, flags)) continue
		if (part === 'holdout') console.log(`\n${SPENDS}`)
		console.log(`\nper query, ${part} part: NDCG/recall per ranker; the embedded engine's top ${K} with grades`)
		qs.forEach((q, i) => {
			if (q.part !== part) return
			const cells = rankers.map((r) => {
				const s = scores.get(r.name)![i]!
				return `${r.name} ${f2(s.ndcg)}/${s.recall === null ? (s.empty ? 'empty' : 'hits') : f2(s.recall)}`
			})
			console.log(`${pad(`[${q.kind}] ${q.q}`, 34)}${cells.join('  ')}`)
			const top = scores.get('embedded')?.[i]?.ranked
			if (top) console.log(`    ${top.length ? top.map((ref) => `${ref}(${q.judgments[ref] ?? 0})`).join(' ') : '(no hits)'}`)
		})
	}
	if (!scores.has('embedded')) return null
	return {
		tune: ndcgMean('embedded', 'tune'),
		holdout: ndcgMean('embedded', 'holdout'),
		...(scores.has('page') ? { page: { tune: ndcgMean('page', 'tune'), holdout: ndcgMean('page', 'holdout') } } : {}),
	}
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

type Ranked = { ref: string; eligible: boolean }[]

export type MatchSummary = Record<Part, { ndcg: number; naive: number; correct: number; eligible: number; falseEligible: number; nameOnly: number }> | null

async function matchingSection(db: Db, set: MatchSet, flags: Flags): Promise<MatchSummary> {
	const js = set.judgments
	const count = (part: Part, pred: (j: MatchJudgment) => boolean = () => true) => js.filter((j) => j.part === part && pred(j)).length
	const nameOnly = (j: MatchJudgment) => !j.constrained
	console.log(
		`\nMATCHING — ${js.length} demand items: tune ${count('tune')}, holdout ${count('holdout')}; name only (no specs, no certificates) tune ${count('tune', nameOnly)}, holdout ${count('holdout', nameOnly)}; today ${set.today}`,
	)
	const drift = splitDrift(js, set.split, (j) => j.named === true, (j) => (j.constrained ? 'constrained' : 'name-only'), (j) => `${j.name}|${j.item}`)
	console.log(drift === 0 ? `split: as drawn from seed ${set.split.seed}` : `split: ${drift} items are not in the part the seed ${set.split.seed} draws (moved by hand?)`)
	const report = importDocument(db, set.document, { actor: operator })
	if (!report.ok) throw new Error(`match set rejected by the importer: ${JSON.stringify(report.problems.slice(0, 3))}`)

	const { matchesForDemand } = await import('#app/modules/matching/load.server.ts')
	const { getSearchEngine } = await import('#app/utils/search-engine.server.ts')
	const engine = getSearchEngine(db)
	const matcher = new Map<string, Ranked>()
	for (const demand of set.document.demands) {
		const doc = await matchesForDemand(db, demand.ref, { limit: K, today: set.today, engine })
		if (!doc) throw new Error(`demand list ${demand.ref} is not public after the import`)
		for (const { item, candidates } of doc.items) matcher.set(item.ref, candidates.map((c) => ({ ref: c.listing.ref, eligible: c.eligible })))
	}
	const naive = naiveMatchBaseline(db)
	const items = new Map(set.document.demands.flatMap((d) => d.items.map((i) => [i.ref, i] as const)))
	const naiveRanks = new Map(js.map((j) => [j.item, naive.rank({ name: j.name, category: items.get(j.item)?.category ?? null }, K)]))

	const summary = {} as NonNullable<MatchSummary>
	for (const part of PARTS) {
		const mine = js.filter((j) => j.part === part)
		let correct = 0
		let eligible = 0
		let falseEligible = 0
		for (const j of mine) {
			const e = eligibleLabels(matcher.get(j.item) ?? [], j.judgments, K)
			correct += e.correct
			eligible += e.eligible
			if (!j.constrained && e.eligible > e.correct) falseEligible++
		}
		summary[part] = {
			ndcg: mean(mine.map((j) => ndcgAt((matcher.get(j.item) ?? []).map((c) => c.ref), j.judgments, K))),
			naive: mean(mine.map((j) => ndcgAt(naiveRanks.get(j.item) ?? [], j.judgments, K))),
			correct,
			eligible,
			falseEligible,
			nameOnly: mine.filter(nameOnly).length,
		}
	}
	const widths = [36, 9, 10, 18, 18, 10, 9]
	console.log(`NDCG@${K} (gain 2^grade − 1: 2 match, 1 related), eligible precision (eligible candidates in the top ${K} judged a match), false 符合要求 (name-only items given an eligible non-match)`)
	console.log(row(['', `NDCG@${K}`, '', 'eligible precision', '', 'false 符合要求', ''], widths))
	console.log(row(['ranker', 'tune', 'holdout', 'tune', 'holdout', 'tune', 'holdout'], widths))
	const m = (p: Part) => summary[p]
	console.log(row(['matcher (matchesForDemand)', f2(m('tune').ndcg), f2(m('holdout').ndcg), ratio(m('tune').correct, m('tune').eligible), ratio(m('holdout').correct, m('holdout').eligible), `${m('tune').falseEligible}/${m('tune').nameOnly}`, `${m('holdout').falseEligible}/${m('holdout').nameOnly}`], widths))
	console.log(row([naive.name, f2(m('tune').naive), f2(m('holdout').naive), '—', '—', '—', '—'], widths))
	if (!flags.showHoldout) console.log('(holdout: means only; --show-holdout lists its items, and spends it)')

	for (const part of PARTS) {
		if (!listed(part, flags)) continue
		if (part === 'holdout') console.log(`\n${SPENDS}`)
		console.log(`\nper item, ${part} part: matcher NDCG, naive NDCG; the matcher's top ${K} (✓ eligible) with grades`)
		for (const j of js) {
			if (j.part !== part) continue
			const ranked = matcher.get(j.item) ?? []
			const n = ndcgAt(ranked.map((c) => c.ref), j.judgments, K)
			console.log(`${pad(`${j.item} ${j.name}${j.constrained ? ' [constraints]' : ''}`, 44)}matcher ${f2(n)}  naive ${f2(ndcgAt(naiveRanks.get(j.item) ?? [], j.judgments, K))}`)
			console.log(`    ${ranked.length ? ranked.map((c) => `${c.eligible ? '✓' : ''}${c.ref}(${j.judgments[c.ref] ?? 0})`).join(' ') : '(no candidates)'}`)
		}
	}
	return summary
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false }, 'show-holdout': { type: 'boolean', default: false } } })
	const flags: Flags = { verbose: values.verbose, showHoldout: values['show-holdout'] }
	const dir = mkdtempSync(path.join(os.tmpdir(), 'eex-relevance-'))
	const db = openDatabase(path.join(dir, 'demo.db'))
	let search: SearchSummary = null
	let matching: MatchSummary = null
	try {
		const demo: unknown = JSON.parse(readFileSync(path.join(ROOT, 'db/seed/demo.json'), 'utf8'))
		const report = importDocument(db, demo, { actor: operator })
		if (!report.ok) throw new Error(`demo data rejected: ${JSON.stringify(report.problems.slice(0, 3))}`)
		console.log(`relevance benchmark over the demo data; top ${K}; per-query lines: tune with --verbose, holdout only with --show-holdout`)
		try {
			search = await searchSection(db, loadRelevanceSet(), flags)
		} catch (e) {
			console.log(`search section failed: ${(e as Error).stack ?? String(e)}`)
		}
		try {
			matching = await matchingSection(db, loadMatchSet(), flags)
		} catch (e) {
			console.log(`matching section failed: ${(e as Error).stack ?? String(e)}`)
		}
	} catch (e) {
		console.log(`benchmark failed: ${(e as Error).stack ?? String(e)}`)
	} finally {
		closeDatabase(db)
		rmSync(dir, { recursive: true, force: true })
	}
	console.log('\nSUMMARY')
	if (search) {
		const gap = search.tune - search.holdout
		const met = search.holdout >= TARGET.holdoutNdcg && gap <= TARGET.gap
		console.log(`search holdout NDCG@${K} ${f2(search.holdout)} (target ≥ ${TARGET.holdoutNdcg}), tune − holdout ${f2(gap)} (≤ ${TARGET.gap})  ${met ? 'met' : 'not met'}`)
		if (search.page) console.log(`  the search page (hits, then 同类装备 when few): holdout ${f2(search.page.holdout)}, tune − holdout ${f2(search.page.tune - search.page.holdout)}`)
	} else console.log('search: no figures (see above)')
	if (matching) {
		const { tune: t, holdout: h } = matching
		console.log(
			`matching holdout NDCG@${K} ${f2(h.ndcg)} (naive ${f2(h.naive)}), eligible precision ${ratio(h.correct, h.eligible)}, false 符合要求 ${h.falseEligible} of ${h.nameOnly} name-only items; tune: NDCG@${K} ${f2(t.ndcg)} (naive ${f2(t.naive)}), precision ${ratio(t.correct, t.eligible)}, false 符合要求 ${t.falseEligible} of ${t.nameOnly}`,
		)
	} else console.log('matching: no figures (see above)')
}

await main().catch((e: unknown) => console.log(`benchmark failed: ${(e as Error).stack ?? String(e)}`))
process.exitCode = 0
