// A FAKE Meilisearch for tests: a node:http server speaking the subset of the v1 REST API our engine uses, with v1
// request and response shapes (asynchronous tasks, indexes, settings, documents, search and multi-search with filter
// expressions, facets, sort and pagination, index swaps, stats, health). It fakes WIRE behaviour only: text matching
// is "query words are prefixes of the words of searchable attributes" (words split at anything but letters and digits,
// no Chinese segmentation, no typo tolerance, no proximity; synonym terms of one to three words, as Meilisearch reads
// them), ranked by matched words, then attribute order, then the custom rules. What it does not reproduce is listed in docs/decisions/006-meilisearch-engine.md.
// It can be told to fail: `down` (connections dropped), `error500`, `slow` (answers after `slowMs`), `failNextTask`.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

type Doc = Record<string, unknown>
type Settings = {
	searchableAttributes: string[]
	filterableAttributes: string[]
	sortableAttributes: string[]
	displayedAttributes: string[]
	rankingRules: string[]
	synonyms: Record<string, string[]>
	stopWords: string[]
	typoTolerance: Record<string, unknown>
	faceting: { maxValuesPerFacet: number; sortFacetValuesBy: Record<string, string> }
	pagination: { maxTotalHits: number }
	localizedAttributes: { attributePatterns: string[]; locales: string[] }[] | null
	[key: string]: unknown
}

const DEFAULT_SETTINGS = (): Settings => ({
	searchableAttributes: ['*'],
	filterableAttributes: [],
	sortableAttributes: [],
	displayedAttributes: ['*'],
	rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
	synonyms: {},
	stopWords: [],
	typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [], disableOnNumbers: false },
	faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
	pagination: { maxTotalHits: 1000 },
	localizedAttributes: null,
	distinctAttribute: null,
	proximityPrecision: 'byWord',
	separatorTokens: [],
	nonSeparatorTokens: [],
	dictionary: [],
	searchCutoffMs: null,
	facetSearch: true,
	prefixSearch: 'indexingTime',
})
const SETTING_KEYS = new Set(Object.keys(DEFAULT_SETTINGS()))

type FakeIndex = { uid: string; primaryKey: string | null; createdAt: string; updatedAt: string; settings: Settings; docs: Map<string, Doc> }
type TaskError = { message: string; code: string; type: string; link: string }
type FakeTask = {
	uid: number
	batchUid: number | null
	indexUid: string | null
	status: 'enqueued' | 'processing' | 'succeeded' | 'failed'
	type: string
	canceledBy: null
	details: Record<string, unknown>
	error: TaskError | null
	duration: string | null
	enqueuedAt: string
	startedAt: string | null
	finishedAt: string | null
}

class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly type = 'invalid_request',
	) {
		super(message)
	}
	body(): TaskError {
		return { message: this.message, code: this.code, type: this.type, link: `https://docs.meilisearch.com/errors#${this.code}` }
	}
}

export type FakeMode = 'up' | 'down' | 'error500' | 'slow'
export type RecordedRequest = { method: string; path: string; body: unknown }

export type FakeMeilisearch = {
	url: string
	/** How the server answers from now on. */
	mode: FakeMode
	slowMs: number
	/** Every request answered while up (newest last). */
	requests: RecordedRequest[]
	/** Connections attempted in any mode (a down server counts the ones it dropped). */
	received: number
	indexes: Map<string, FakeIndex>
	/** The next task (of any kind) fails with this error code. */
	failNextTask(code?: string): void
	/** Resolves when every enqueued task has been processed. */
	idle(): Promise<void>
	close(): Promise<void>
}

// ---- text ---------------------------------------------------------------------------------------------------

const norm = (s: string) => s.normalize('NFKC').toLowerCase()
/** Words: maximal runs of letters and digits (Meilisearch's separators are roughly everything else). */
const wordsOf = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+/gu) ?? []

function fieldText(v: unknown): string {
	if (v === null || v === undefined) return ''
	if (Array.isArray(v)) return v.map(fieldText).join(' ')
	if (typeof v === 'object') return Object.values(v as object).map(fieldText).join(' ')
	return String(v)
}

// ---- filters ------------------------------------------------------------------------------------------------

type Cond =
	| { op: 'and' | 'or'; parts: Cond[] }
	| { op: 'not'; part: Cond }
	| { op: 'cmp'; attr: string; cmp: '=' | '!=' | '>' | '>=' | '<' | '<='; value: string }
	| { op: 'in'; attr: string; values: string[] }
	| { op: 'exists'; attr: string }

type Token = { t: 'word' | 'str' | 'sym'; v: string }

function tokenize(src: string): Token[] {
	const out: Token[] = []
	let i = 0
	while (i < src.length) {
		const c = src[i]!
		if (/\s/.test(c)) {
			i++
			continue
		}
		if (c === '"' || c === "'") {
			let v = ''
			i++
			for (;;) {
				if (i >= src.length) throw new ApiError(400, 'invalid_search_filter', `unterminated string in filter: ${src}`)
				const d = src[i]!
				if (d === '\\' && i + 1 < src.length) {
					v += src[i + 1]
					i += 2
					continue
				}
				if (d === c) {
					i++
					break
				}
				v += d
				i++
			}
			out.push({ t: 'str', v })
			continue
		}
		const two = src.slice(i, i + 2)
		if (two === '!=' || two === '>=' || two === '<=') {
			out.push({ t: 'sym', v: two })
			i += 2
			continue
		}
		if ('()[],=<>'.includes(c)) {
			out.push({ t: 'sym', v: c })
			i++
			continue
		}
		let v = ''
		while (i < src.length && !/[\s()[\],=<>!"']/.test(src[i]!)) v += src[i++]
		if (!v) throw new ApiError(400, 'invalid_search_filter', `unexpected character "${c}" in filter: ${src}`)
		out.push({ t: 'word', v })
	}
	return out
}

export function parseFilter(src: string): Cond {
	const toks = tokenize(src)
	let p = 0
	const fail = (what: string): never => {
		throw new ApiError(400, 'invalid_search_filter', `${what} at token ${p} in filter: ${src}`)
	}
	const peek = () => toks[p]
	const kw = (k: string) => peek()?.t === 'word' && peek()!.v.toUpperCase() === k
	const sym = (s: string) => peek()?.t === 'sym' && peek()!.v === s
	const value = (): string => {
		const t = toks[p++]
		if (!t || (t.t !== 'word' && t.t !== 'str')) fail('expected a value')
		return t!.v
	}
	const or = (): Cond => {
		const parts = [and()]
		while (kw('OR')) {
			p++
			parts.push(and())
		}
		return parts.length === 1 ? parts[0]! : { op: 'or', parts }
	}
	const and = (): Cond => {
		const parts = [not()]
		while (kw('AND')) {
			p++
			parts.push(not())
		}
		return parts.length === 1 ? parts[0]! : { op: 'and', parts }
	}
	const not = (): Cond => {
		if (kw('NOT')) {
			p++
			return { op: 'not', part: not() }
		}
		return primary()
	}
	const list = (): string[] => {
		if (!sym('[')) fail('expected [')
		p++
		const values: string[] = []
		while (!sym(']')) {
			values.push(value())
			if (sym(',')) p++
			else if (!sym(']')) fail('expected , or ]')
		}
		p++
		return values
	}
	const primary = (): Cond => {
		if (sym('(')) {
			p++
			const c = or()
			if (!sym(')')) fail('expected )')
			p++
			return c
		}
		const attr = value()
		if (kw('IN')) {
			p++
			return { op: 'in', attr, values: list() }
		}
		if (kw('NOT')) {
			p++
			if (kw('IN')) {
				p++
				return { op: 'not', part: { op: 'in', attr, values: list() } }
			}
			if (kw('EXISTS')) {
				p++
				return { op: 'not', part: { op: 'exists', attr } }
			}
			fail('expected IN or EXISTS after NOT')
		}
		if (kw('EXISTS')) {
			p++
			return { op: 'exists', attr }
		}
		const t = toks[p++]
		if (!t || t.t !== 'sym' || !['=', '!=', '>', '>=', '<', '<='].includes(t.v)) fail('expected an operator')
		return { op: 'cmp', attr, cmp: t!.v as '=', value: value() }
	}
	const c = or()
	if (p !== toks.length) fail('unexpected trailing input')
	return c
}

function attrsOf(c: Cond, out = new Set<string>()): Set<string> {
	if (c.op === 'and' || c.op === 'or') for (const x of c.parts) attrsOf(x, out)
	else if (c.op === 'not') attrsOf(c.part, out)
	else out.add((c as { attr: string }).attr)
	return out
}

const valuesAt = (doc: Doc, attr: string): unknown[] => {
	const v = doc[attr]
	if (v === undefined || v === null) return []
	return Array.isArray(v) ? v : [v]
}

function equal(docValue: unknown, filterValue: string): boolean {
	if (typeof docValue === 'number') {
		const n = Number(filterValue)
		return filterValue.trim() !== '' && !Number.isNaN(n) && n === docValue
	}
	if (typeof docValue === 'boolean') return String(docValue) === filterValue.toLowerCase()
	return norm(String(docValue)) === norm(filterValue)
}

function test(c: Cond, doc: Doc): boolean {
	switch (c.op) {
		case 'and':
			return c.parts.every((x) => test(x, doc))
		case 'or':
			return c.parts.some((x) => test(x, doc))
		case 'not':
			return !test(c.part, doc)
		case 'exists':
			return c.attr in doc
		case 'in':
			return valuesAt(doc, c.attr).some((v) => c.values.some((f) => equal(v, f)))
		case 'cmp': {
			const vs = valuesAt(doc, c.attr)
			if (c.cmp === '=') return vs.some((v) => equal(v, c.value))
			if (c.cmp === '!=') return !vs.some((v) => equal(v, c.value))
			const n = Number(c.value)
			return vs.some((v) => typeof v === 'number' && (c.cmp === '>' ? v > n : c.cmp === '>=' ? v >= n : c.cmp === '<' ? v < n : v <= n))
		}
	}
}

// ---- search -------------------------------------------------------------------------------------------------

type SearchBody = {
	q?: string | null
	filter?: string | null
	facets?: string[]
	sort?: string[]
	offset?: number
	limit?: number
	page?: number
	hitsPerPage?: number
	matchingStrategy?: 'all' | 'last' | 'frequency'
	attributesToRetrieve?: string[]
	showRankingScore?: boolean
	[key: string]: unknown
}

const SEARCH_KEYS = new Set([
	'q',
	'filter',
	'facets',
	'sort',
	'offset',
	'limit',
	'page',
	'hitsPerPage',
	'matchingStrategy',
	'attributesToRetrieve',
	'showRankingScore',
	'attributesToHighlight',
	'attributesToCrop',
	'showMatchesPosition',
	'locales',
	'indexUid',
])

/** A query word and its synonym alternatives (each a list of words that must all occur). */
type Group = { word: string; alternatives: string[][] }

function search(ix: FakeIndex, body: SearchBody): Record<string, unknown> {
	const started = Date.now()
	for (const k of Object.keys(body)) if (!SEARCH_KEYS.has(k)) throw new ApiError(400, 'bad_request', `Unknown field \`${k}\` in search request`)
	const s = ix.settings
	const searchable = s.searchableAttributes.includes('*') ? null : s.searchableAttributes
	const q = typeof body.q === 'string' ? body.q : ''
	const synonyms = new Map(Object.entries(s.synonyms).map(([k, v]) => [wordsOf(k).join(' '), v]))
	// As Meilisearch: a run of two or three query words that is a synonym term (air pack) is one group whose alternatives
	// are its own words or any expansion; single words as their own terms.
	const queryWords = wordsOf(q).slice(0, 10)
	const groups: Group[] = []
	for (let i = 0; i < queryWords.length; ) {
		let n = Math.min(3, queryWords.length - i)
		while (n > 1 && !synonyms.has(queryWords.slice(i, i + n).join(' '))) n--
		const run = queryWords.slice(i, i + n)
		const word = run.join(' ')
		groups.push({ word, alternatives: [run, ...(synonyms.get(word) ?? []).map(wordsOf).filter((a) => a.length)] })
		i += n
	}

	let cond: Cond | null = null
	if (body.filter !== undefined && body.filter !== null) {
		if (typeof body.filter !== 'string') throw new ApiError(400, 'invalid_search_filter', 'the fake accepts string filters only')
		if (body.filter.trim()) {
			cond = parseFilter(body.filter)
			for (const a of attrsOf(cond))
				if (!s.filterableAttributes.includes(a))
					throw new ApiError(400, 'invalid_search_filter', `Attribute \`${a}\` is not filterable. Available filterable attributes are: \`${s.filterableAttributes.join(', ')}\`.`)
		}
	}
	for (const f of body.facets ?? [])
		if (!s.filterableAttributes.includes(f)) throw new ApiError(400, 'invalid_search_facets', `Attribute \`${f}\` is not filterable.`)
	const sorts = (body.sort ?? []).map((x) => {
		const [attr, dir] = x.split(':')
		if (!attr || (dir !== 'asc' && dir !== 'desc')) throw new ApiError(400, 'invalid_search_sort', `Invalid syntax for the sort parameter: ${x}`)
		if (!s.sortableAttributes.includes(attr)) throw new ApiError(400, 'invalid_search_sort', `Attribute \`${attr}\` is not sortable.`)
		return { attr, dir }
	})
	const strategy = body.matchingStrategy ?? 'last'
	if (!['all', 'last', 'frequency'].includes(strategy)) throw new ApiError(400, 'invalid_search_matching_strategy', `Unknown value \`${strategy}\``)

	// Per document: which groups match, and the best attribute position of each.
	type Cand = { doc: Doc; order: number; matched: boolean[]; attr: number[] }
	const cands: Cand[] = []
	let order = 0
	for (const doc of ix.docs.values()) {
		order++
		if (cond && !test(cond, doc)) continue
		const fields = (searchable ?? Object.keys(doc)).map((a) => wordsOf(fieldText(doc[a])))
		const matched: boolean[] = []
		const attr: number[] = []
		for (const g of groups) {
			let best = -1
			for (const alt of g.alternatives) {
				// every word of the alternative must be a prefix of some word; the attribute is the worst of them
				let worst = -1
				for (const w of alt) {
					const at = fields.findIndex((words) => words.some((dw) => dw.startsWith(w)))
					if (at < 0) {
						worst = -1
						break
					}
					worst = Math.max(worst, at)
				}
				if (worst >= 0 && (best < 0 || worst < best)) best = worst
			}
			matched.push(best >= 0)
			attr.push(best)
		}
		cands.push({ doc, order, matched, attr })
	}
	// Which documents count as matching under the strategy.
	let keep: (c: Cand) => number // number of words the document is credited with, -1 to drop it
	if (!groups.length) keep = () => 0
	else if (strategy === 'all') keep = (c) => (c.matched.every(Boolean) ? groups.length : -1)
	else {
		// last: drop words from the end; frequency: drop the most frequent words first.
		let removal = groups.map((_, i) => i)
		if (strategy === 'frequency') {
			const freq = groups.map((_, i) => cands.filter((c) => c.matched[i]).length)
			removal = removal.sort((a, b) => freq[a]! - freq[b]! || a - b)
		}
		keep = (c) => {
			for (let n = removal.length; n >= 1; n--) if (removal.slice(0, n).every((i) => c.matched[i])) return n
			return -1
		}
	}
	const hits = cands.map((c) => ({ ...c, words: keep(c) })).filter((c) => c.words >= 0)

	const cmpBy = (rule: string, a: (typeof hits)[number], b: (typeof hits)[number]): number => {
		if (rule === 'words') return b.words - a.words
		if (rule === 'attribute') {
			const sa = a.attr.filter((x) => x >= 0).reduce((n, x) => n + x, 0)
			const sb = b.attr.filter((x) => x >= 0).reduce((n, x) => n + x, 0)
			return sa - sb
		}
		if (rule === 'sort') {
			for (const { attr, dir } of sorts) {
				const va = a.doc[attr]
				const vb = b.doc[attr]
				const na = va === undefined || va === null
				const nb = vb === undefined || vb === null
				if (na || nb) {
					if (na !== nb) return na ? 1 : -1
					continue
				}
				const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb))
				if (c) return dir === 'asc' ? c : -c
			}
			return 0
		}
		const custom = /^(.+):(asc|desc)$/.exec(rule)
		if (custom) {
			const va = a.doc[custom[1]!]
			const vb = b.doc[custom[1]!]
			if (typeof va === 'number' && typeof vb === 'number' && va !== vb) return custom[2] === 'asc' ? va - vb : vb - va
			return 0
		}
		return 0
	}
	const rules = groups.length ? s.rankingRules : s.rankingRules.filter((r) => r !== 'words' && r !== 'attribute')
	hits.sort((a, b) => {
		for (const r of rules) {
			const c = cmpBy(r, a, b)
			if (c) return c
		}
		return a.order - b.order
	})

	const maxTotal = s.pagination.maxTotalHits
	const reachable = hits.slice(0, maxTotal)
	const facetDistribution: Record<string, Record<string, number>> = {}
	for (const f of body.facets ?? []) {
		const counts = new Map<string, number>()
		for (const h of hits) for (const v of new Set(valuesAt(h.doc, f).map(String))) counts.set(v, (counts.get(v) ?? 0) + 1)
		const keys = [...counts.keys()].sort().slice(0, s.faceting.maxValuesPerFacet)
		facetDistribution[f] = Object.fromEntries(keys.map((k) => [k, counts.get(k)!]))
	}
	const retrieve = body.attributesToRetrieve && !body.attributesToRetrieve.includes('*') ? body.attributesToRetrieve : null
	const shape = (h: (typeof hits)[number]) => {
		const out: Doc = {}
		for (const [k, v] of Object.entries(h.doc)) if (!retrieve || retrieve.includes(k)) out[k] = v
		if (body.showRankingScore) out._rankingScore = groups.length ? h.words / groups.length - h.attr.filter((x) => x > 0).length / (100 * groups.length) : 1
		return out
	}
	const finite = body.page !== undefined || body.hitsPerPage !== undefined
	const common = {
		query: q,
		processingTimeMs: Date.now() - started,
		...(body.facets ? { facetDistribution, facetStats: {} } : {}),
	}
	if (finite) {
		const page = Math.max(1, body.page ?? 1)
		const hitsPerPage = Math.max(0, body.hitsPerPage ?? 20)
		const from = (page - 1) * hitsPerPage
		return {
			hits: reachable.slice(from, from + hitsPerPage).map(shape),
			...common,
			hitsPerPage,
			page,
			totalPages: hitsPerPage ? Math.ceil(reachable.length / hitsPerPage) : 0,
			totalHits: reachable.length,
		}
	}
	const offset = Math.max(0, body.offset ?? 0)
	const limit = Math.max(0, body.limit ?? 20)
	return { hits: reachable.slice(offset, offset + limit).map(shape), ...common, limit, offset, estimatedTotalHits: reachable.length }
}

// ---- server -------------------------------------------------------------------------------------------------

export async function startFakeMeilisearch(options: { apiKey?: string } = {}): Promise<FakeMeilisearch> {
	const indexes = new Map<string, FakeIndex>()
	const tasks: FakeTask[] = []
	const queue: { task: FakeTask; run: () => void }[] = []
	let failNext: string | null = null
	let processing: Promise<void> = Promise.resolve()
	const now = () => new Date().toISOString()

	const mustIndex = (uid: string): FakeIndex => {
		const ix = indexes.get(uid)
		if (!ix) throw new ApiError(404, 'index_not_found', `Index \`${uid}\` not found.`)
		return ix
	}
	const newIndex = (uid: string, primaryKey: string | null): FakeIndex => {
		const ix = { uid, primaryKey, createdAt: now(), updatedAt: now(), settings: DEFAULT_SETTINGS(), docs: new Map() }
		indexes.set(uid, ix)
		return ix
	}
	const orCreate = (uid: string, primaryKey: string | null = null) => indexes.get(uid) ?? newIndex(uid, primaryKey)

	function enqueue(indexUid: string | null, type: string, details: Record<string, unknown>, run: () => void): Record<string, unknown> {
		const task: FakeTask = {
			uid: tasks.length,
			batchUid: null,
			indexUid,
			status: 'enqueued',
			type,
			canceledBy: null,
			details,
			error: null,
			duration: null,
			enqueuedAt: now(),
			startedAt: null,
			finishedAt: null,
		}
		tasks.push(task)
		queue.push({ task, run })
		// Tasks run one at a time, in order, after the enqueuing request has been answered.
		processing = processing.then(
			() =>
				new Promise<void>((resolve) =>
					setImmediate(() => {
						const next = queue.shift()!
						next.task.status = 'processing'
						next.task.startedAt = now()
						next.task.batchUid = next.task.uid
						try {
							if (failNext) {
								const code = failNext
								failNext = null
								throw new ApiError(400, code, `fake failure (${code})`)
							}
							next.run()
							next.task.status = 'succeeded'
						} catch (e) {
							next.task.status = 'failed'
							next.task.error = e instanceof ApiError ? e.body() : new ApiError(500, 'internal', String(e), 'internal').body()
						}
						next.task.finishedAt = now()
						next.task.duration = 'PT0.001S'
						resolve()
					}),
				),
		)
		return { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: task.enqueuedAt }
	}

	function updateSettings(ix: FakeIndex, patch: Record<string, unknown>): void {
		const defaults = DEFAULT_SETTINGS()
		for (const [k, v] of Object.entries(patch)) ix.settings[k] = v === null ? defaults[k] : v && typeof v === 'object' && !Array.isArray(v) && k !== 'synonyms' ? { ...(ix.settings[k] as object), ...v } : v
		ix.updatedAt = now()
	}

	function addDocuments(ix: FakeIndex, docs: Doc[], primaryKey: string | null): void {
		if (!ix.primaryKey) ix.primaryKey = primaryKey ?? (docs[0] ? (Object.keys(docs[0]).find((k) => /id$/i.test(k)) ?? null) : null)
		const pk = ix.primaryKey
		if (!pk) throw new ApiError(400, 'index_primary_key_no_candidate_found', 'The primary key inference failed')
		for (const d of docs) {
			const id = d[pk]
			if (id === undefined || id === null) throw new ApiError(400, 'missing_document_id', `Document doesn't have a \`${pk}\` attribute`)
			ix.docs.set(String(id), d)
		}
	}

	function route(method: string, path: string, query: URLSearchParams, body: unknown): { status: number; json: unknown } {
		const parts = path.split('/').filter(Boolean).map(decodeURIComponent)
		const ok = (json: unknown, status = 200) => ({ status, json })
		const accepted = (json: unknown) => ({ status: 202, json })
		if (method === 'GET' && path === '/health') return ok({ status: 'available' })
		if (method === 'GET' && path === '/version') return ok({ pkgVersion: '1.99.0-fake', commitSha: 'fake', commitDate: now() })
		if (method === 'GET' && parts[0] === 'tasks' && parts.length === 2) {
			const t = tasks[Number(parts[1])]
			if (!t) throw new ApiError(404, 'task_not_found', `Task \`${parts[1]}\` not found.`)
			return ok(t)
		}
		if (method === 'GET' && path === '/stats')
			return ok({
				databaseSize: 0,
				usedDatabaseSize: 0,
				lastUpdate: now(),
				indexes: Object.fromEntries([...indexes.values()].map((ix) => [ix.uid, { numberOfDocuments: ix.docs.size, isIndexing: false, fieldDistribution: {} }])),
			})
		if (method === 'POST' && path === '/swap-indexes') {
			const swaps = body as { indexes: [string, string] }[]
			return accepted(
				enqueue(null, 'indexSwap', { swaps }, () => {
					for (const { indexes: [a, b] } of swaps) {
						const ia = mustIndex(a)
						const ib = mustIndex(b)
						indexes.set(a, { ...ib, uid: a })
						indexes.set(b, { ...ia, uid: b })
					}
				}),
			)
		}
		if (method === 'POST' && path === '/multi-search') {
			const { queries } = body as { queries: (SearchBody & { indexUid: string })[] }
			return ok({ results: queries.map((q) => ({ indexUid: q.indexUid, ...search(mustIndex(q.indexUid), q) })) })
		}
		if (parts[0] === 'indexes') {
			if (parts.length === 1) {
				if (method === 'GET') return ok({ results: [...indexes.values()].map(({ uid, primaryKey, createdAt, updatedAt }) => ({ uid, primaryKey, createdAt, updatedAt })), offset: 0, limit: 20, total: indexes.size })
				if (method === 'POST') {
					const { uid, primaryKey } = body as { uid: string; primaryKey?: string }
					return accepted(
						enqueue(uid, 'indexCreation', { primaryKey: primaryKey ?? null }, () => {
							if (indexes.has(uid)) throw new ApiError(409, 'index_already_exists', `Index \`${uid}\` already exists.`)
							newIndex(uid, primaryKey ?? null)
						}),
					)
				}
			}
			const uid = parts[1]!
			const rest = parts.slice(2).join('/')
			if (rest === '') {
				if (method === 'GET') {
					const ix = mustIndex(uid)
					return ok({ uid, primaryKey: ix.primaryKey, createdAt: ix.createdAt, updatedAt: ix.updatedAt })
				}
				if (method === 'DELETE')
					return accepted(
						enqueue(uid, 'indexDeletion', { deletedDocuments: indexes.get(uid)?.docs.size ?? 0 }, () => {
							mustIndex(uid)
							indexes.delete(uid)
						}),
					)
			}
			if (rest === 'stats' && method === 'GET') {
				const ix = mustIndex(uid)
				return ok({ numberOfDocuments: ix.docs.size, isIndexing: false, fieldDistribution: {} })
			}
			if (rest === 'settings') {
				if (method === 'GET') return ok(mustIndex(uid).settings)
				if (method === 'PATCH') {
					const patch = body as Record<string, unknown>
					for (const k of Object.keys(patch)) if (!SETTING_KEYS.has(k)) throw new ApiError(400, 'bad_request', `Unknown field \`${k}\`: expected one of ${[...SETTING_KEYS].join(', ')}`)
					return accepted(enqueue(uid, 'settingsUpdate', patch, () => updateSettings(orCreate(uid), patch)))
				}
			}
			if (rest.startsWith('settings/') && method === 'PUT') {
				const key = rest.slice('settings/'.length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
				if (!SETTING_KEYS.has(key)) throw new ApiError(404, 'not_found', `unknown setting ${key}`)
				return accepted(enqueue(uid, 'settingsUpdate', { [key]: body }, () => updateSettings(orCreate(uid), { [key]: body })))
			}
			if (rest === 'search' && method === 'POST') return ok(search(mustIndex(uid), body as SearchBody))
			if (rest === 'documents') {
				if (method === 'POST' || method === 'PUT') {
					const docs = body as Doc[]
					if (!Array.isArray(docs)) throw new ApiError(400, 'malformed_payload', 'expected an array of documents')
					return accepted(
						enqueue(uid, 'documentAdditionOrUpdate', { receivedDocuments: docs.length, indexedDocuments: docs.length }, () => {
							const ix = orCreate(uid, query.get('primaryKey'))
							if (method === 'PUT') {
								const pk = ix.primaryKey ?? query.get('primaryKey')
								docs.forEach((d) => addDocuments(ix, [{ ...(pk ? ix.docs.get(String(d[pk])) : {}), ...d }], pk))
							} else addDocuments(ix, docs, query.get('primaryKey'))
						}),
					)
				}
				if (method === 'GET') {
					const ix = mustIndex(uid)
					const offset = Number(query.get('offset') ?? 0)
					const limit = Number(query.get('limit') ?? 20)
					const all = [...ix.docs.values()]
					return ok({ results: all.slice(offset, offset + limit), offset, limit, total: all.length })
				}
			}
			if (rest === 'documents/delete-batch' && method === 'POST') {
				const ids = body as (string | number)[]
				return accepted(
					enqueue(uid, 'documentDeletion', { providedIds: ids.length }, () => {
						const ix = mustIndex(uid)
						for (const id of ids) ix.docs.delete(String(id))
					}),
				)
			}
			if (rest === 'documents/delete' && method === 'POST') {
				const { filter } = body as { filter: string }
				return accepted(
					enqueue(uid, 'documentDeletion', { originalFilter: JSON.stringify(filter) }, () => {
						const ix = mustIndex(uid)
						const cond = parseFilter(filter)
						for (const a of attrsOf(cond))
							if (!ix.settings.filterableAttributes.includes(a)) throw new ApiError(400, 'invalid_document_filter', `Attribute \`${a}\` is not filterable.`)
						for (const [id, d] of ix.docs) if (test(cond, d)) ix.docs.delete(id)
					}),
				)
			}
			if (rest === 'documents' && method === 'DELETE')
				return accepted(enqueue(uid, 'documentDeletion', {}, () => mustIndex(uid).docs.clear()))
		}
		throw new ApiError(404, 'not_found', `the fake does not know ${method} ${path}`)
	}

	const fake: FakeMeilisearch = {
		url: '',
		mode: 'up',
		slowMs: 2_000,
		requests: [],
		received: 0,
		indexes,
		failNextTask(code = 'internal') {
			failNext = code
		},
		async idle() {
			await processing
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections()
				server.close(() => resolve())
			}),
	}

	const server = http.createServer((req, res) => {
		fake.received++
		if (fake.mode === 'down') {
			req.socket.destroy()
			return
		}
		const chunks: Buffer[] = []
		req.on('data', (c: Buffer) => chunks.push(c))
		req.on('end', () => {
			const send = (status: number, json: unknown) => {
				const reply = () => {
					if (res.destroyed) return
					res.writeHead(status, { 'content-type': 'application/json' })
					res.end(json === undefined ? '' : JSON.stringify(json))
				}
				if (fake.mode === 'slow') setTimeout(reply, fake.slowMs).unref()
				else reply()
			}
			if (fake.mode === 'error500') return send(500, new ApiError(500, 'internal', 'fake internal error', 'internal').body())
			const url = new URL(req.url ?? '/', 'http://fake')
			const raw = Buffer.concat(chunks).toString('utf8')
			let body: unknown
			try {
				body = raw ? JSON.parse(raw) : undefined
			} catch {
				return send(400, new ApiError(400, 'malformed_payload', 'The json payload provided is malformed.').body())
			}
			fake.requests.push({ method: req.method ?? 'GET', path: url.pathname, body })
			if (options.apiKey && url.pathname !== '/health' && req.headers.authorization !== `Bearer ${options.apiKey}`)
				return send(req.headers.authorization ? 403 : 401, new ApiError(req.headers.authorization ? 403 : 401, req.headers.authorization ? 'invalid_api_key' : 'missing_authorization_header', 'The provided API key is invalid.', 'auth').body())
			try {
				const { status, json } = route(req.method ?? 'GET', url.pathname, url.searchParams, body)
				send(status, json)
			} catch (e) {
				const err = e instanceof ApiError ? e : new ApiError(500, 'internal', String(e), 'internal')
				send(err.status, err.body())
			}
		})
	})
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
	fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
	return fake
}
