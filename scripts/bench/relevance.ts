// Relevance benchmark (issue 4): `npm run bench:relevance [-- --verbose]`.
// Loads the demo data into a temporary database through the importer, runs every query of relevance-set.json through
// the embedded engine (search/index.server.ts, when it exists) and, for reference, through the baselines (SQL LIKE,
// MiniSearch, FlexSearch with jieba), and prints NDCG@10 and recall@10 per query and their means. Target NDCG@10 ≥ 0.90.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { closeDatabase, openDatabase, type Db } from '#db/client.server.ts'
import type { SearchEngine } from '#search/engine.ts'
import { flexSearchBaseline, likeBaseline, miniSearchBaseline, NotInstalled, type Baseline } from './baselines.ts'
import { mean, ndcgAt, recallAt, type Judgments } from './metrics.ts'

const HERE = path.dirname(fileURLToPath(import.meta.url))
const ROOT = path.resolve(HERE, '../..')
const ENGINE_MODULE = path.join(ROOT, 'search/index.server.ts')
const TARGET_NDCG = 0.9
const K = 10

export type RelevanceSet = { queries: { q: string; note?: string; judgments: Judgments }[] }

export function loadRelevanceSet(): RelevanceSet {
	return JSON.parse(readFileSync(path.join(HERE, 'relevance-set.json'), 'utf8')) as RelevanceSet
}

type Ranker = { name: string; rank(q: string): Promise<string[]> }

async function rankers(db: Db): Promise<{ rankers: Ranker[]; notes: string[] }> {
	const out: Ranker[] = []
	const notes: string[] = []
	if (existsSync(ENGINE_MODULE)) {
		const mod = (await import(ENGINE_MODULE)) as { getSearchEngine(db?: Db): SearchEngine }
		const engine = mod.getSearchEngine(db)
		await engine.reindex('listings')
		out.push({ name: 'embedded', rank: async (q) => (await engine.search({ index: 'listings', q, perPage: K })).hits.map((h) => h.ref) })
	} else notes.push('embedded engine not available yet (search/index.server.ts is missing): only the baselines are scored')
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
	return { rankers: out, notes }
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u3000-\uffff]/.test(c) ? 2 : 1), 0)))
const f2 = (x: number) => x.toFixed(2)

async function main(): Promise<void> {
	const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } })
	const set = loadRelevanceSet()
	const dir = mkdtempSync(path.join(os.tmpdir(), 'eex-relevance-'))
	const db = openDatabase(path.join(dir, 'demo.db'))
	try {
		const doc: unknown = JSON.parse(readFileSync(path.join(ROOT, 'db/seed/demo.json'), 'utf8'))
		const report = importDocument(db, doc, { actor: { kind: 'operator', label: 'bench' } })
		if (!report.ok) throw new Error(`demo data rejected: ${JSON.stringify(report.problems.slice(0, 3))}`)
		const { rankers: rs, notes } = await rankers(db)
		for (const n of notes) console.log(n)
		console.log(`relevance set: ${set.queries.length} queries, NDCG@${K} (exponential gain) and recall@${K} (grade ≥ 1); target NDCG@${K} ≥ ${TARGET_NDCG}`)
		console.log(pad('query', 28) + rs.map((r) => pad(`${r.name} ndcg/recall`, 24)).join(''))
		const scores = rs.map(() => ({ ndcg: [] as number[], recall: [] as number[] }))
		for (const { q, judgments } of set.queries) {
			const cells: string[] = []
			for (const [i, r] of rs.entries()) {
				const ranked = await r.rank(q)
				const n = ndcgAt(ranked, judgments, K)
				const rc = recallAt(ranked, judgments, K)
				scores[i]!.ndcg.push(n)
				scores[i]!.recall.push(rc)
				cells.push(pad(`${f2(n)} / ${f2(rc)}${n < TARGET_NDCG && r.name === 'embedded' ? ' ◀' : ''}`, 24))
				if (values.verbose && r.name === 'embedded') console.log(`  ${q}: ${ranked.map((ref) => `${ref}(${judgments[ref] ?? 0})`).join(' ')}`)
			}
			console.log(pad(q, 28) + cells.join(''))
		}
		console.log(pad('MEAN', 28) + scores.map((s) => pad(`${f2(mean(s.ndcg))} / ${f2(mean(s.recall))}`, 24)).join(''))
		const e = rs.findIndex((r) => r.name === 'embedded')
		if (e >= 0) {
			const m = mean(scores[e]!.ndcg)
			console.log(`${m >= TARGET_NDCG ? 'PASS' : 'FAIL'}  embedded mean NDCG@${K} ${f2(m)} (target ≥ ${TARGET_NDCG}), mean recall@${K} ${f2(mean(scores[e]!.recall))}`)
		}
	} finally {
		closeDatabase(db)
		rmSync(dir, { recursive: true, force: true })
	}
}

await main()
