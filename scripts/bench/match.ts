// Matcher benchmark (issue 5): `npm run bench:match [-- --listings 100000] [--items 500] [--open 5000] [--reverse 1000] [--brute 50] [--seed 1] [--rebuild] [--why]`
// (--why prints each listing of the brute-force top 10 that the indexed matcher missed, and why it could have;
// SLOW=<ms> in the environment prints each forward item slower than that, with what it asks for).
//
// A database of synthetic listings (scripts/gen/synthetic-listings.ts; the search benchmark's cached copy is reused when
// present) gets demand lists generated from the listings themselves: `--open` open items (the first `--items` are the
// forward sample) with spec constraints near real spec values, certifications, budgets and need-by dates. Then:
//   forward  — the top 10 with reasons for each sample item (recall + batched loads + assessment), total and p95;
//   brute    — the same scorer over every public listing for `--brute` items, time per item and top-10 agreement;
//   reverse  — opportunities for `--reverse` listings against the open items.
// Today is fixed (2027-01-15) so lead-time rules are deterministic. Bounded loops, no network.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { importDocument } from '#app/modules/imports/import-file.server.ts'
import { loadListings, matchContext, publicDemandItems, rankItem, rankListing } from '#app/modules/matching/load.server.ts'
import { rankCandidates, type MatchItem } from '#app/modules/matching/match.ts'
import { withCheckChar } from '#app/modules/catalog/uscc.ts'
import { closeDatabase, openDatabase, type Db } from '#db/client.server.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { prng, syntheticListings, syntheticOrganizations } from '#scripts/gen/synthetic-listings.ts'
import { percentile } from './metrics.ts'

const TODAY = '2027-01-15'
const TARGETS = { p95: 25, forwardTotalMs: 10_000, reverseTotalMs: 10_000 }
const operator = { kind: 'operator', label: 'bench' } as const

const { values } = parseArgs({
	options: {
		listings: { type: 'string', default: '100000' },
		items: { type: 'string', default: '500' },
		open: { type: 'string', default: '5000' },
		reverse: { type: 'string', default: '1000' },
		brute: { type: 'string', default: '50' },
		seed: { type: 'string', default: '1' },
		rebuild: { type: 'boolean', default: false },
		why: { type: 'boolean', default: false },
	},
})
const N = Number(values.listings)
const ITEMS = Number(values.items)
const OPEN = Math.max(Number(values.open), ITEMS)
const REVERSE = Number(values.reverse)
const BRUTE = Number(values.brute)
const SEED = Number(values.seed)

function importOrThrow(db: Db, doc: unknown): void {
	const report = importDocument(db, doc, { actor: operator })
	if (!report.ok) throw new Error(`import rejected: ${JSON.stringify(report.problems.slice(0, 3))}`)
}

/** The synthetic listings database: the search benchmark's cached copy when present, else built here. */
function baseDatabase(): string {
	const dir = path.join(os.tmpdir(), 'eex-bench')
	const searchCopy = path.join(dir, `synthetic-${N}-s${SEED}.db`)
	const file = path.join(dir, `match-${N}-s${SEED}.db`)
	if (values.rebuild) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
	if (existsSync(file)) return file
	mkdirSync(dir, { recursive: true })
	if (existsSync(searchCopy) && !values.rebuild) {
		const db = openDatabase(searchCopy)
		db.$client.pragma('wal_checkpoint(TRUNCATE)')
		closeDatabase(db)
		copyFileSync(searchCopy, file)
		return file
	}
	const db = openDatabase(file)
	try {
		importOrThrow(db, { organizations: [...syntheticOrganizations(N, SEED)] })
		let batch: unknown[] = []
		for (const l of syntheticListings(N, SEED)) {
			batch.push(l)
			if (batch.length === 5_000) {
				importOrThrow(db, { listings: batch })
				batch = []
			}
		}
		if (batch.length) importOrThrow(db, { listings: batch })
	} finally {
		closeDatabase(db)
	}
	return file
}

const LIST_SIZE = 50
const listRef = (i: number) => `BENCH-D-${String(i + 1).padStart(4, '0')}`

/** Demand lists whose items ask for what some synthetic listing offers (give or take), from 10 bureaus. */
function addDemands(db: Db): void {
	if (db.$client.prepare(`select 1 from demand_lists where ref = ?`).get(listRef(Math.ceil(OPEN / LIST_SIZE) - 1))) return
	const rand = prng(SEED ^ 0xdeed)
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
	const cities = ['360100', '360200', '360300', '360400', '360500', '360600', '360700', '360800', '360900', '361000', '361100']
	const bureaus = cities.slice(0, 10).map((region, i) => ({
		ref: `BENCH-BUR-${i + 1}`,
		name: `基准测试应急管理局${i + 1}`,
		uscc: withCheckChar(`11${region}MB${String(1000 + i).padStart(7, '0')}`.slice(0, 17)),
		kind: 'bureau',
		region,
	}))
	// Every k-th equipment listing with numeric specs is a template for an item.
	const templates: ReturnType<typeof syntheticListings> extends Generator<infer T> ? T[] : never = []
	const step = Math.max(1, Math.floor(N / (OPEN * 2)))
	let i = 0
	for (const l of syntheticListings(N, SEED)) {
		if (i++ % step === 0 && l.kind === 'equipment' && l.status === 'published' && l.specs?.some((s) => typeof s.value === 'number' && s.unit)) templates.push(l)
		if (templates.length >= OPEN) break
	}
	const demands = []
	for (let d = 0; d * LIST_SIZE < OPEN; d++) {
		const items = []
		for (let k = 0; k < LIST_SIZE && d * LIST_SIZE + k < OPEN; k++) {
			const t = templates[(d * LIST_SIZE + k) % templates.length]!
			const numeric = t.specs!.filter((s) => typeof s.value === 'number' && s.unit)
			const specs = numeric.slice(0, 1 + Math.floor(rand() * 2)).map((s) => {
				const v = s.value as number
				const lighter = /重量|质量|时间|距离/.test(s.name) && /重量|质量/.test(s.name)
				return lighter
					? { name: s.name, op: '<=', value: Math.round(v * (1 + rand() * 0.4) * 10) / 10, unit: s.unit }
					: { name: s.name, op: '>=', value: Math.round(v * (0.6 + rand() * 0.4) * 10) / 10, unit: s.unit }
			})
			const item: Record<string, unknown> = {
				ref: `I${k + 1}`,
				name: t.title.replace(/^(新型|智能|便携式|轻型|重型|高性能|多功能|一体化|车载|本安型|防爆型|全地形)/, '').replace(/[（(].*$/, ''),
				category: t.category,
				quantity: 1 + Math.floor(rand() * 20),
				unit: '台',
				specs,
				neededBy: pick(['2027-03-31', '2027-06-30', '2027-09-30']),
			}
			if (t.certifications?.length && rand() < 0.4) item.certifications = [t.certifications[0]!.type]
			if (t.price?.min !== undefined && rand() < 0.6) item.budgetPerUnit = Math.round(t.price.min * (0.9 + rand() * 0.6))
			items.push(item)
		}
		demands.push({ ref: listRef(d), org: bureaus[d % bureaus.length]!.ref, title: `基准测试需求清单 ${d + 1}`, kind: 'procurement', deadline: '2027-12-31', items })
	}
	importOrThrow(db, { organizations: bureaus, demands })
}

const ms = (x: number) => `${x.toFixed(1)} ms`
const mb = () => Math.round(process.resourceUsage().maxRSS / 1024)

async function main() {
	const file = baseDatabase()
	const db = openDatabase(file)
	const t0 = performance.now()
	addDemands(db)
	const setupMs = performance.now() - t0
	const engine = getSearchEngine(db)
	const lists = Math.ceil(OPEN / LIST_SIZE)
	const allItems: MatchItem[] = []
	for (let d = 0; d < lists; d++) allItems.push(...publicDemandItems(db, listRef(d))!.items)
	const sample = allItems.slice(0, ITEMS)
	const publicListings = db.$client.prepare(`select count(*) from listings l join organizations o on o.id = l.org_id where l.status = 'published' and o.verified_at is not null`).pluck().get() as number

	// Warm up (statement cache, search doc cache, page cache).
	for (const item of sample.slice(0, 5)) await rankItem(db, item, engine, TODAY, 10)

	// Forward.
	const times: number[] = []
	const tops = new Map<MatchItem, string[]>()
	let eligibleTop = 0
	const tf = performance.now()
	for (const item of sample) {
		const s = performance.now()
		const top = await rankItem(db, item, engine, TODAY, 10)
		times.push(performance.now() - s)
		if (process.env.SLOW && performance.now() - s > Number(process.env.SLOW)) console.log('slow', (performance.now() - s).toFixed(0), item.name, item.category, 'constraints', item.constraints.length, 'certs', item.certifications.join(','), 'budget', item.budgetPerUnit, 'eligible', top.filter((c) => c.eligible).length)
		tops.set(item, top.map((c) => c.listing.ref))
		if (top[0]?.eligible) eligibleTop++
	}
	const forwardTotal = performance.now() - tf
	const forwardRss = mb()

	// Reverse.
	const rand = prng(SEED ^ 0xbeef)
	const ids = db.$client
		.prepare(`select l.id from listings l join organizations o on o.id = l.org_id where l.status = 'published' and o.verified_at is not null order by l.id`)
		.pluck()
		.all() as number[]
	const reverseIds = Array.from({ length: Math.min(REVERSE, ids.length) }, () => ids[Math.floor(rand() * ids.length)]!)
	const rtimes: number[] = []
	let withOpportunity = 0
	const tr = performance.now()
	for (const id of reverseIds) {
		const s = performance.now()
		const listing = loadListings(db, [id])[0]!
		const ranked = await rankListing(db, listing, engine, TODAY)
		rtimes.push(performance.now() - s)
		if (ranked.some((r) => r.eligible)) withOpportunity++
	}
	const reverseTotal = performance.now() - tr

	// Brute force: every public listing, fully loaded once, scored for each of the first BRUTE sample items.
	const tl = performance.now()
	const everything = loadListings(db, ids)
	const loadAllMs = performance.now() - tl
	const btimes: number[] = []
	let agree = 0
	let compared = 0
	for (const item of sample.slice(0, BRUTE)) {
		const s = performance.now()
		const top = rankCandidates(item, everything, matchContext(db, TODAY), 10)
		btimes.push(performance.now() - s)
		const mine = new Set(tops.get(item))
		for (const c of top) if (mine.has(c.listing.ref)) agree++
		compared += top.length
		if (values.why)
			for (const c of top.filter((c) => !mine.has(c.listing.ref))) {
				const kind = c.listing.category === item.category ? 'same category' : item.category && c.listing.category?.startsWith(item.category) ? 'subtree' : 'other category'
				const rank = top.indexOf(c) + 1
				const tie = top.length === 10 && c.score === top[9]!.score && c.eligible === top[9]!.eligible
				console.log(`missed ${item.ref} ${item.name} [${item.category}] #${rank}: ${c.listing.ref} ${c.listing.title} [${c.listing.category}] ${kind}, eligible ${c.eligible}, score ${c.score}${tie ? ' (tie with #10)' : ''}`)
			}
	}
	const bruteRss = mb()
	closeDatabase(db)

	const p95 = percentile(times, 95)
	const bruteMean = btimes.reduce((a, b) => a + b, 0) / Math.max(1, btimes.length)
	const forwardMean = times.reduce((a, b) => a + b, 0) / times.length
	const rows: [string, string, string][] = [
		['public listings', String(publicListings), ''],
		['open demand items', String(allItems.length), ''],
		['demand setup (once, cached)', ms(setupMs), ''],
		[`forward: ${sample.length} items, top 10 with reasons — total`, ms(forwardTotal), `≤ ${TARGETS.forwardTotalMs} ms ${forwardTotal <= TARGETS.forwardTotalMs ? '✓' : '✗'}`],
		['forward: per item p50 / p95 / max', `${ms(percentile(times, 50))} / ${ms(p95)} / ${ms(Math.max(...times))}`, `p95 ≤ ${TARGETS.p95} ms ${p95 <= TARGETS.p95 ? '✓' : '✗'}`],
		['forward: items whose best candidate is eligible', `${eligibleTop} / ${sample.length}`, ''],
		['forward: peak RSS', `${forwardRss} MB`, ''],
		[`reverse: ${reverseIds.length} listings × ${allItems.length} open items — total`, ms(reverseTotal), `≤ ${TARGETS.reverseTotalMs} ms ${reverseTotal <= TARGETS.reverseTotalMs ? '✓' : '✗'}`],
		['reverse: per listing p50 / p95', `${ms(percentile(rtimes, 50))} / ${ms(percentile(rtimes, 95))}`, ''],
		['reverse: listings with an eligible opportunity', `${withOpportunity} / ${reverseIds.length}`, ''],
		[`brute force: load all ${ids.length} listings once`, ms(loadAllMs), ''],
		[`brute force: per item (mean of ${btimes.length})`, ms(bruteMean), `${(bruteMean / forwardMean).toFixed(0)}× the indexed matcher`],
		['brute force: top-10 agreement with the indexed matcher', `${((100 * agree) / Math.max(1, compared)).toFixed(1)}%`, ''],
		['peak RSS incl. brute force', `${bruteRss} MB`, ''],
	]
	const w0 = Math.max(...rows.map((r) => r[0].length))
	const w1 = Math.max(...rows.map((r) => r[1].length))
	console.log(`\nmatch benchmark — ${N} listings, seed ${SEED}, today ${TODAY}, ${os.cpus().length} CPUs, node ${process.version}\n`)
	for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`)
}

await main()
