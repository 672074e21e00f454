// The Meilisearch engine (used when MEILI_HOST is set): documents built from the same row readers and index
// declarations as the embedded engine, searched with the same query parsing, filters and highlights, kept in step by
// the outbox worker through apply(). Unreachable servers surface as SearchUnavailableError (the caller falls back).
import {
	Meilisearch,
	MeilisearchApiError,
	MeilisearchRequestError,
	MeilisearchRequestTimeOutError,
	MeilisearchTaskTimeOutError,
	type EnqueuedTask,
	type MultiSearchQuery,
	type RecordAny,
	type SearchResponse,
	type Task,
} from 'meilisearch'
import type { Db } from '#db/client.server.ts'
import { DEFAULT_FACETS, EmbeddedEngine, MAX_PER_PAGE, normaliseFilters, segmenter, specMatches } from './embedded.server.ts'
import {
	FACETS,
	type EngineHealth,
	type Facet,
	type FacetCounts,
	type Highlight,
	type SearchChange,
	type SearchEngine,
	type SearchHit,
	type SearchIndex,
	type SearchQuery,
	type SearchResult,
	type SortOrder,
} from './engine.ts'
import { DEMANDS, LISTINGS } from './indexes.ts'
import { FACET_ATTRIBUTE, categoryPath, filterExpression, inFilter, meiliSettings, regionPath, synonymsSetting } from './meili-settings.ts'
import { outboxStats } from './outbox.server.ts'
import { backoffReading, CATEGORY_BOOST, compoundBackoff, coverOf, excerptParts, HEAD_BOOST, highlightParts, scenarioLevels, SCENARIO_BOOST, SECONDARY_CATEGORY, SPEC_BOOST, type Group } from './query.ts'
import { normalise, segmentForSearch, segmentWords } from './segment.server.ts'
import { clientOf, demandItemRows, headsOf, listingRows, prepared } from './sync.server.ts'

/** Meilisearch could not answer (unreachable, timed out, 5xx, refused the key, index missing): callers fall back. */
export class SearchUnavailableError extends Error {
	override name = 'SearchUnavailableError'
	constructor(
		readonly reason: string,
		options?: { cause?: unknown },
	) {
		super(`Meilisearch unavailable: ${reason}`, options)
	}
}

/** A Meilisearch task that finished in any state but `succeeded` (the outbox worker retries the change). */
export class MeiliTaskError extends Error {
	override name = 'MeiliTaskError'
	constructor(readonly task: Pick<Task, 'uid' | 'type' | 'status' | 'indexUid' | 'error'>) {
		super(`Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? '-'}) ${task.status}: ${task.error?.message ?? 'no error message'}`)
	}
}

export type MeiliOptions = {
	host: string
	apiKey?: string
	/** Index uids are `${prefix}listings` and `${prefix}demands`. */
	prefix?: string
	/** Per HTTP request (a search must not hang a page). */
	timeoutMs?: number
	/** Per awaited task (document batches of a full rebuild take longer). */
	taskTimeoutMs?: number
	/** Seconds the outbox lags behind the data (health); defaults to the outbox's own statistics. */
	outboxLag?: (db: Db) => number
}

export const DEFAULT_INDEX_PREFIX = 'yjzb_'

/** The options from the app's configuration (MEILI_HOST, MEILI_API_KEY, MEILI_INDEX_PREFIX, parsed by app/env.server.ts
 * and handed down), or null when no host is configured. */
export function meiliOptionsFromEnv(env: { MEILI_HOST?: string; MEILI_API_KEY?: string; MEILI_INDEX_PREFIX?: string }): MeiliOptions | null {
	const host = env.MEILI_HOST?.trim()
	if (!host) return null
	return { host, ...(env.MEILI_API_KEY ? { apiKey: env.MEILI_API_KEY } : {}), prefix: env.MEILI_INDEX_PREFIX ?? DEFAULT_INDEX_PREFIX }
}

/** The reason a failed call means "Meilisearch cannot answer now", or null for other errors (bugs, bad requests). */
export function unavailableReason(e: unknown): string | null {
	if (e instanceof SearchUnavailableError) return e.reason
	if (e instanceof MeilisearchRequestError) {
		const cause = e.cause
		if (cause instanceof MeilisearchRequestTimeOutError) return `no answer within ${cause.cause.timeout} ms`
		const inner = cause instanceof Error ? ((cause.cause as Error | undefined)?.message ?? cause.message) : String(cause)
		return `unreachable (${inner})`
	}
	if (e instanceof MeilisearchTaskTimeOutError) return `task ${e.cause.taskUid} not finished within ${e.cause.timeout} ms`
	if (e instanceof MeilisearchApiError) {
		const status = e.response.status
		if (status >= 500) return `HTTP ${status}${e.cause?.message ? `: ${e.cause.message}` : ''}`
		if (status === 401 || status === 403) return `the API key was refused (HTTP ${status})`
		if (e.cause?.code === 'index_not_found') return `index not found (run \`npm run cli -- reindex\`)`
		return null
	}
	// A proxy's HTML error page instead of JSON.
	if (e instanceof SyntaxError) return 'an answer that is not JSON'
	return null
}

/** Runs a client call, turning "cannot answer" failures into SearchUnavailableError. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
	try {
		return await fn()
	} catch (e) {
		const reason = unavailableReason(e)
		if (reason && !(e instanceof SearchUnavailableError)) throw new SearchUnavailableError(reason, { cause: e })
		throw e
	}
}

type ListingDocRow = ReturnType<typeof listingRows>[number]
type DemandDocRow = ReturnType<typeof demandItemRows>[number]

/** Filter, facet and sort attributes shared by both kinds of document. */
type Attributes = {
	categoryCode: string | null
	categoryPath: string[]
	region: string[]
	kind: string | null
	scenario: string[]
	certification: string[]
	qualification: string[]
	orgId: number
	price?: number
	newest: number
	subwords: string
	/** The endings of the document's name (search/query.ts titleHeads): the title-head tier and the compound back-off. */
	heads: string[]
}

export type MeiliListingDocument = ReturnType<typeof LISTINGS.toDocument> & Attributes & { modelText: string }
export type MeiliDemandDocument = ReturnType<typeof DEMANDS.toDocument> & Attributes & { listRef: string }

const list = (csv: string | null): string[] => (csv ? [...new Set(csv.split(',').filter(Boolean))].sort() : [])
const time = (iso: string | null): number => {
	const t = iso ? Date.parse(iso) : NaN
	return Number.isNaN(t) ? 0 : t
}
const subwordsOf = (...texts: string[]): string => [...new Set(segmentForSearch(texts.filter(Boolean).join(' ')))].join(' ')

function attributes(row: ListingDocRow | DemandDocRow, orgId: number, texts: string[]): Attributes {
	return {
		categoryCode: row.categoryCode,
		categoryPath: categoryPath(row.attrCategory),
		region: regionPath(row.attrRegion),
		kind: row.attrKind,
		scenario: list(row.attrScenarios),
		certification: list(row.attrCertifications),
		qualification: list(row.attrQualifications),
		orgId,
		// A missing sort value sorts last in both directions (as the embedded engine puts unpriced listings last).
		...(row.attrPrice === null || row.attrPrice === undefined ? {} : { price: row.attrPrice }),
		newest: time(row.attrNewest),
		subwords: subwordsOf(...texts),
		heads: headsOf(texts[0] ?? '').split(',').filter(Boolean),
	}
}

export function listingDocument(row: ListingDocRow, orgId: number): MeiliListingDocument {
	const d = LISTINGS.toDocument(row)
	return { ...d, modelText: row.model ?? '', ...attributes(row, orgId, [d.title, d.model, d.keywords, d.category, d.org, d.description]) }
}

export function demandDocument(row: DemandDocRow, orgId: number): MeiliDemandDocument {
	const d = DEMANDS.toDocument(row)
	return { ...d, listRef: row.listRef, ...attributes(row, orgId, [d.name, d.listTitle, d.category, d.org, d.notes]) }
}

/** Fields a hit needs: the original text (highlighted by our highlighter) and what the result card shows. */
const RETRIEVE: Record<SearchIndex, string[]> = {
	listings: ['id', 'ref', 'title', 'org', 'categoryCode', 'modelText', 'description'],
	demands: ['id', 'ref', 'name', 'org', 'categoryCode', 'notes', 'listRef', 'listTitle'],
}

/** The spec tier is ordered here by each document's spec boost (nearest above the asked value first): up to this many. */
const SPEC_TIER_MAX = 1000
const DOCUMENT_BATCH = 1000

/** Indexes whose existence and settings this process has ensured, by host and uid. */
const ready = new Set<string>()

/**
 * The query words for Meilisearch: each group's source, except a word jieba kept whole that the documents hold only in
 * pieces (消防安全 in 消防安全腰带, where the documents have 消防, 安全 and 腰带): its pieces, as the embedded engine accepts
 * either the word or all its pieces. A synonym group is its term as segmented (the index's synonym setting holds it under
 * that key too, and expands it).
 */
function meiliWords(groups: readonly Group[]): string {
	return groups
		.map((g) => {
			const first = g.alternatives[0]
			if (!first) return g.source
			if (g.alternatives.length === 1) return first.length === 1 && first[0]!.cover ? first[0]!.cover.join(' ') : g.source
			// A synonym term as segmented (充气 船), the key the synonym setting holds it under besides the term as typed.
			return first.map((w) => w.token).join(' ')
		})
		.join(' ')
}

export class MeiliEngine implements SearchEngine {
	readonly name = 'meilisearch'
	readonly client: Meilisearch
	readonly prefix: string
	private readonly embedded: EmbeddedEngine
	private readonly taskTimeoutMs: number

	constructor(
		private readonly db: Db,
		private readonly options: MeiliOptions,
	) {
		this.client = new Meilisearch({
			host: options.host,
			...(options.apiKey ? { apiKey: options.apiKey } : {}),
			timeout: options.timeoutMs ?? 5_000,
			defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 60_000, interval: 25 },
		})
		this.prefix = options.prefix ?? DEFAULT_INDEX_PREFIX
		this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000
		// Query parsing (segmentation, synonyms, quantities) and filter normalisation are shared with the embedded engine.
		this.embedded = new EmbeddedEngine(db)
	}

	uid(index: SearchIndex): string {
		return `${this.prefix}${index}`
	}

	/** The synonym setting from the search_synonyms table. */
	synonyms(): Record<string, string[]> {
		return synonymsSetting(this.embedded.synonyms(), segmentWords, normalise, (w) => coverOf(segmenter, w))
	}

	settings(index: SearchIndex) {
		return meiliSettings(index, this.synonyms())
	}

	// ---- search ------------------------------------------------------------------------------------------------

	async search(query: SearchQuery): Promise<SearchResult> {
		const index: SearchIndex = query.index === 'demands' ? 'demands' : 'listings'
		const uid = this.uid(index)
		const perPage = Math.min(Math.max(Math.trunc(query.perPage ?? 20) || 20, 1), MAX_PER_PAGE)
		const page = Math.max(Math.trunc(query.page ?? 1) || 1, 1)
		const offset = (page - 1) * perPage
		const { filters, ignored } = normaliseFilters(index, query.filters)
		const parsed = this.embedded.parse(query.q ?? '')
		// The words the embedded engine requires, pre-segmented as the documents' sub-words are (a synonym group is its
		// term: Meilisearch's synonym setting expands it).
		let q = meiliWords(parsed.groups)
		const scenarioCodes = [...new Set(parsed.scenarios.flatMap((s) => s.codes))]
		// A query of scenario words alone lists the documents tagged with them (the embedded engine adds those that only
		// mention the word, below them).
		const onlyScenarios = q === '' && !parsed.quantities.length && scenarioCodes.length > 0
		const searching = q !== '' || parsed.quantities.length > 0 || parsed.scenarios.length > 0
		const sort: SortOrder = query.sort ?? (searching ? 'relevance' : 'newest')
		const wanted = [...new Set(query.facets ?? DEFAULT_FACETS)].filter((f) => FACETS.includes(f))
		const terms = parsed.terms

		// Quantities (3000m3/h) match spec values in the database: those documents rank first (or are the whole answer),
		// ordered here by their spec boost as in the embedded engine (at least the value asked, nearest above first).
		const specs = parsed.quantities.length ? specMatches(clientOf(this.db), index, parsed.quantities) : null
		const specIds = specs ? [...specs.keys()].sort((a, b) => a - b) : null
		const specBoost = (id: unknown) => specs?.get(Number(id))?.b ?? 0
		/** Documents of the spec tier in boost order (a stable sort keeps Meilisearch's order among equals). */
		const bySpec = <T extends Record<string, unknown>>(docs: T[]): T[] =>
			docs
				.map((d, i) => ({ d, i, b: specBoost(d.id) }))
				.sort((x, y) => y.b - x.b || x.i - y.i)
				.map((x) => x.d)
		const base: SearchResult = {
			total: 0,
			page,
			perPage,
			hits: [],
			facets: Object.fromEntries(wanted.map((f) => [f, {}])),
			terms,
			...(ignored.length ? { ignored } : {}),
			...(parsed.truncated ? { truncated: true } : {}),
			...(parsed.scenarios.length ? { scenarios: parsed.scenarios.map((s) => ({ word: s.source, codes: s.codes })) } : {}),
			...(parsed.categories.length ? { categories: parsed.categories.map((c) => ({ word: c.source, codes: c.codes })) } : {}),
		}
		const onlySpecs = q === '' && specIds !== null
		if (onlySpecs && !specIds!.length) return base
		const specFilter = onlySpecs ? inFilter('id', specIds!) : onlyScenarios ? inFilter('scenario', scenarioCodes) : null
		// With words and matching specs, relevance order is "spec matches first", then documents tagged with a scenario
		// the query names: hit queries per tier, merged in order.
		// A query of quantities alone is one spec tier (ordered by boost); with words, spec matches first, then the rest.
		const specFirst = specIds !== null && specIds.length > 0 && sort === 'relevance'
		const specTiers: { filter: string | null; spec: boolean }[] = !specFirst
			? [{ filter: null, spec: false }]
			: onlySpecs
				? [{ filter: null, spec: true }]
				: [
						{ filter: inFilter('id', specIds!), spec: true },
						{ filter: `NOT ${inFilter('id', specIds!)}`, spec: false },
					]
		// Scenario tiers by the boost their tags earn (the head scenario's own code first, then its other codes and earlier
		// scenarios), then the untagged documents; a query of scenario words alone has only the tagged tiers.
		type Tier = { filter: string | null; boost: number }
		const combo = (c: { present: string[]; absent: string[] }) =>
			[...c.present.map((x) => inFilter('scenario', [x])), ...(c.absent.length ? [`NOT ${inFilter('scenario', c.absent)}`] : [])].join(' AND ')
		const scenarioTiers: Tier[] =
			scenarioCodes.length && sort === 'relevance'
				? [
						...scenarioLevels(parsed.scenarios).map((l) => ({ filter: l.combos.map((c) => `(${combo(c)})`).join(' OR '), boost: l.boost })),
						...(onlyScenarios ? [] : [{ filter: `NOT ${inFilter('scenario', scenarioCodes)}`, boost: 0 }]),
					]
				: [{ filter: null, boost: onlyScenarios ? SCENARIO_BOOST : 0 }]
		// Words that name a category: its documents first among those with the same spec and scenario standing (the
		// category a word names first, then its other ones).
		const firstCodes = [...new Set(parsed.categories.map((c) => c.codes[0]!))]
		const otherCodes = [...new Set(parsed.categories.flatMap((c) => c.codes.slice(1)))].filter((c) => !firstCodes.includes(c))
		const allCodes = [...firstCodes, ...otherCodes]
		const categoryTiers: Tier[] =
			q !== '' && allCodes.length && sort === 'relevance'
				? [
						{ filter: inFilter('categoryPath', firstCodes), boost: CATEGORY_BOOST },
						...(otherCodes.length ? [{ filter: `${inFilter('categoryPath', otherCodes)} AND NOT ${inFilter('categoryPath', firstCodes)}`, boost: CATEGORY_BOOST * SECONDARY_CATEGORY }] : []),
						{ filter: `NOT ${inFilter('categoryPath', allCodes)}`, boost: 0 },
					]
				: [{ filter: null, boost: 0 }]
		// Names that end in the thing asked for (冲锋舟, a 艇 for 船) before those that only mention it, within each tier.
		const headTiers: Tier[] =
			q !== '' && parsed.head && sort === 'relevance'
				? [
						{ filter: inFilter('heads', parsed.head.forms), boost: HEAD_BOOST },
						{ filter: `NOT ${inFilter('heads', parsed.head.forms)}`, boost: 0 },
					]
				: [{ filter: null, boost: 0 }]
		// Tiers in the embedded engine's order of boosts (spec 1000, category 600, scenario 500, head 250); `boost` is what
		// a hit's score adds besides its own spec boost.
		const tiers = specTiers
			.flatMap((t) =>
				scenarioTiers.flatMap((c) =>
					categoryTiers.flatMap((g) =>
						headTiers.map((h) => {
							const boost = c.boost + g.boost + h.boost
							return { filters: [specFilter, t.filter, c.filter, g.filter, h.filter], spec: t.spec, boost, order: boost + (t.spec ? SPEC_BOOST : 0) }
						}),
					),
				),
			)
			.sort((a, b) => b.order - a.order)
		const split = tiers.length > 1 || tiers[0]!.spec
		const sortSpec =
			sort === 'price_asc' ? ['price:asc', 'id:asc'] : sort === 'price_desc' ? ['price:desc', 'id:asc'] : sort === 'newest' || !searching ? ['newest:desc', 'id:desc'] : undefined

		/** The compound back-off's name endings (救生船: a 船, 艇 or 舟), when it is tried. */
		let narrow: string | null = null
		const run = async (matchingStrategy: 'all' | 'frequency') => {
			const common = { indexUid: uid, q, matchingStrategy }
			const queries: MultiSearchQuery[] = [
				{
					...common,
					filter: filterExpression(filters, [specFilter, narrow]),
					facets: wanted.filter((f) => !filters[f]).map((f) => FACET_ATTRIBUTE[f]),
					page: split ? 1 : page,
					hitsPerPage: split ? 0 : perPage,
					...(sortSpec ? { sort: sortSpec } : {}),
					attributesToRetrieve: RETRIEVE[index],
					showRankingScore: searching,
				},
			]
			// Each filtered facet counts with the other facets' filters only.
			const own = wanted.filter((f) => filters[f])
			for (const f of own)
				queries.push({ ...common, filter: filterExpression(filters, [specFilter, narrow], f), facets: [FACET_ATTRIBUTE[f]], limit: 0 })
			if (split)
				for (const tier of tiers)
					queries.push({
						...common,
						filter: filterExpression(filters, [...tier.filters, narrow]),
						offset: 0,
						limit: tier.spec ? Math.max(offset + perPage, Math.min(specIds!.length, SPEC_TIER_MAX)) : offset + perPage,
						attributesToRetrieve: RETRIEVE[index],
						showRankingScore: true,
					})
			const { results } = await call(() => this.client.multiSearch({ queries }))
			return { results: results as unknown as SearchResponse<RecordAny>[], own }
		}

		let relaxed = false
		let readAs: SearchResult['readAs']
		let { results, own } = await run('all')
		const totalOf = (r: SearchResponse<RecordAny> | undefined) => (r ? ((r as { totalHits?: number }).totalHits ?? r.estimatedTotalHits ?? 0) : 0)
		// Nothing has every word: the modifiers (service words, sizes, model codes) may go, never the thing asked for, as
		// in the embedded engine; a query for equipment nobody offers gets the empty answer.
		const thing = parsed.groups.filter((g) => !g.modifier)
		if (totalOf(results[0]) === 0 && !query.strict && thing.length && thing.length < parsed.groups.length) {
			const full = q
			q = meiliWords(thing)
			const again = await run('all')
			if (totalOf(again.results[0]) > 0) {
				;({ results, own } = again)
				relaxed = true
			} else q = full
		}
		// Still nothing: a compound nobody writes (救生船) is read as a kind of its last character that says the rest.
		const back = totalOf(results[0]) === 0 && !query.strict ? compoundBackoff(parsed.groups, parsed.head, segmenter) : null
		const backWords = back ? meiliWords(back.groups) : ''
		if (back && backWords) {
			const full = q
			q = backWords
			narrow = inFilter('heads', back.heads)
			const again = await run('all')
			if (totalOf(again.results[0]) > 0) {
				;({ results, own } = again)
				relaxed = true
				readAs = backoffReading(back)
			} else {
				q = full
				narrow = null
			}
		}

		const main = results[0]!
		const facets: FacetCounts = {}
		for (const f of wanted) {
			const from = filters[f] ? results[1 + own.indexOf(f)] : main
			facets[f] = { ...(from?.facetDistribution?.[FACET_ATTRIBUTE[f]] ?? {}) }
		}
		let docs: { doc: RecordAny; boost: number }[]
		if (split)
			docs = tiers
				.flatMap((tier, i) => {
					const hits = results[1 + own.length + i]!.hits
					return (tier.spec ? bySpec(hits) : hits).map((doc) => ({ doc, boost: tier.boost + specBoost(doc.id) }))
				})
				.slice(offset, offset + perPage)
		else docs = main.hits.map((doc) => ({ doc, boost: onlySpecs ? SPEC_BOOST : tiers[0]!.boost }))

		const hits = docs.map(({ doc, boost }) => {
			const hit = this.hit(index, doc, searching ? terms : null, boost)
			const spec = specs?.get(hit.id)?.spec
			return spec ? { ...hit, matchedSpec: spec } : hit
		})
		return { ...base, total: totalOf(main), hits, facets, ...(relaxed ? { relaxed: true } : {}), ...(readAs ? { readAs } : {}) }
	}

	/** A hit with highlights computed by our highlighter from the original text (the embedded engine's output shape). */
	private hit(index: SearchIndex, doc: RecordAny, terms: string[] | null, boost: number): SearchHit {
		const title = String((index === 'listings' ? doc.title : doc.name) ?? '')
		const highlight: Highlight[] = [{ field: 'title', parts: highlightParts(title, terms ?? []) }]
		if (terms) {
			const model = typeof doc.modelText === 'string' ? doc.modelText : ''
			if (model) {
				const parts = highlightParts(model, terms)
				if (parts.some((p) => p.match)) highlight.push({ field: 'model', parts })
			}
			const field = index === 'listings' ? 'description' : 'notes'
			const body = typeof doc[field] === 'string' ? (doc[field] as string) : ''
			const parts = body ? excerptParts(body, terms) : null
			if (parts) highlight.push({ field, parts })
		}
		const score = typeof doc._rankingScore === 'number' ? doc._rankingScore : 0
		return {
			id: Number(doc.id),
			ref: String(doc.ref),
			title,
			org: String(doc.org ?? ''),
			category: (doc.categoryCode as string | null | undefined) ?? null,
			highlight,
			...(terms ? { score: Math.round((score + boost) * 1000) / 1000 } : {}),
			...(index === 'demands' ? { list: { ref: String(doc.listRef ?? ''), title: String(doc.listTitle ?? '') } } : {}),
		}
	}

	// ---- writes ------------------------------------------------------------------------------------------------

	private orgIds(table: 'listings' | 'demand_lists', ids: number[]): Map<number, number> {
		if (!ids.length) return new Map()
		const rows = prepared(clientOf(this.db), `select id, org_id as orgId from ${table} where id in (select value from json_each(?))`).all(JSON.stringify([...new Set(ids)])) as {
			id: number
			orgId: number
		}[]
		return new Map(rows.map((r) => [r.id, r.orgId]))
	}

	listingDocuments(rows: ListingDocRow[]): MeiliListingDocument[] {
		const org = this.orgIds('listings', rows.map((r) => r.id))
		return rows.map((r) => listingDocument(r, org.get(r.id) ?? 0))
	}

	demandDocuments(rows: DemandDocRow[]): MeiliDemandDocument[] {
		const org = this.orgIds('demand_lists', rows.map((r) => r.listId))
		return rows.map((r) => demandDocument(r, org.get(r.listId) ?? 0))
	}

	/** Waits for enqueued tasks (in order) and throws if any did not succeed. */
	private async settle(enqueued: EnqueuedTask[]): Promise<void> {
		if (!enqueued.length) return
		const tasks = await call(() => this.client.tasks.waitForTasks(enqueued, { timeout: this.taskTimeoutMs, interval: 25 }))
		const failed = tasks.find((t) => t.status !== 'succeeded')
		if (failed) throw new MeiliTaskError(failed)
	}

	/** Creates the index with its settings the first time this process writes to it (settings always come first). */
	private async ensure(index: SearchIndex): Promise<void> {
		const uid = this.uid(index)
		const key = `${this.options.host}|${uid}`
		if (ready.has(key)) return
		let exists = true
		try {
			await call(() => this.client.getRawIndex(uid))
		} catch (e) {
			if (!(e instanceof SearchUnavailableError) || !(e.cause instanceof MeilisearchApiError) || e.cause.cause?.code !== 'index_not_found') throw e
			exists = false
		}
		const enqueued: EnqueuedTask[] = []
		if (!exists) enqueued.push(await call(() => this.client.createIndex(uid, { primaryKey: 'id' })))
		enqueued.push(await call(() => this.client.index(uid).updateSettings(this.settings(index))))
		await this.settle(enqueued)
		ready.add(key)
	}

	/** Enqueues the documents' replacement (or deletion when none is public any more) of the given rows. */
	private async put(index: SearchIndex, docs: RecordAny[], enqueued: EnqueuedTask[]): Promise<void> {
		const idx = this.client.index(this.uid(index))
		for (let at = 0; at < docs.length; at += DOCUMENT_BATCH) {
			const batch = docs.slice(at, at + DOCUMENT_BATCH)
			enqueued.push(await call(() => idx.addDocuments(batch, { primaryKey: 'id' })))
		}
	}

	private async deleteWhere(index: SearchIndex, filter: string, enqueued: EnqueuedTask[]): Promise<void> {
		enqueued.push(await call(() => this.client.index(this.uid(index)).deleteDocuments({ filter })))
	}

	private async deleteIds(index: SearchIndex, ids: number[], enqueued: EnqueuedTask[]): Promise<void> {
		if (ids.length) enqueued.push(await call(() => this.client.index(this.uid(index)).deleteDocuments(ids)))
	}

	private rows(index: SearchIndex, where: string, ...params: unknown[]): RecordAny[] {
		return index === 'listings' ? this.listingDocuments(listingRows(this.db, where, ...params)) : this.demandDocuments(demandItemRows(this.db, where, ...params))
	}

	async index(index: SearchIndex, ids: number[]): Promise<void> {
		await this.ensure(index)
		const enqueued: EnqueuedTask[] = []
		for (let at = 0; at < ids.length; at += DOCUMENT_BATCH) {
			const chunk = ids.slice(at, at + DOCUMENT_BATCH)
			const docs = this.rows(index, `${index === 'listings' ? 'l.id' : 'i.id'} in (select value from json_each(?))`, JSON.stringify(chunk))
			const found = new Set(docs.map((d) => d.id as number))
			await this.deleteIds(index, chunk.filter((id) => !found.has(id)), enqueued)
			await this.put(index, docs, enqueued)
		}
		await this.settle(enqueued)
	}

	async remove(index: SearchIndex, ids: number[]): Promise<void> {
		await this.ensure(index)
		const enqueued: EnqueuedTask[] = []
		await this.deleteIds(index, ids, enqueued)
		await this.settle(enqueued)
	}

	/** Re-derives every document a change affects, as applyEmbedded does; tasks are enqueued in order, then awaited. */
	async apply(changes: SearchChange[]): Promise<void> {
		if (!changes.length) return
		await this.ensure('listings')
		await this.ensure('demands')
		const enqueued: EnqueuedTask[] = []
		for (const c of changes) {
			const id = Math.trunc(c.id)
			switch (c.entity) {
				case 'listing': {
					const docs = this.rows('listings', 'l.id = ?', id)
					if (docs.length) await this.put('listings', docs, enqueued)
					else await this.deleteIds('listings', [id], enqueued)
					break
				}
				case 'demand_list': {
					// Items dropped from the list no longer exist in the database: delete by list, then add what is public.
					await this.deleteWhere('demands', inFilter('listId', [id]), enqueued)
					await this.put('demands', this.rows('demands', 'd.id = ?', id), enqueued)
					break
				}
				case 'organization': {
					for (const index of ['listings', 'demands'] as const) {
						await this.deleteWhere(index, inFilter('orgId', [id]), enqueued)
						await this.put(index, this.rows(index, index === 'listings' ? 'l.org_id = ?' : 'd.org_id = ?', id), enqueued)
					}
					break
				}
				case 'synonyms': {
					const synonyms = this.synonyms()
					for (const index of ['listings', 'demands'] as const) enqueued.push(await call(() => this.client.index(this.uid(index)).updateSynonyms(synonyms)))
					break
				}
				default:
					throw new Error(`search: unknown change entity "${String(c.entity)}"`)
			}
		}
		await this.settle(enqueued)
	}

	/** Builds `<uid>_next` with the settings and every public document, swaps it in and deletes the old index. */
	async reindex(index: SearchIndex): Promise<{ documents: number }> {
		const uid = this.uid(index)
		const next = `${uid}_next`
		await this.dropIfExists(next)
		await this.settle([await call(() => this.client.createIndex(next, { primaryKey: 'id' })), await call(() => this.client.index(next).updateSettings(this.settings(index)))])
		const enqueued: EnqueuedTask[] = []
		const idx = this.client.index(next)
		let documents = 0
		let last = 0
		for (;;) {
			const docs =
				index === 'listings'
					? this.listingDocuments(listingRows(this.db, 'l.id > ? order by l.id limit ?', last, DOCUMENT_BATCH))
					: this.demandDocuments(demandItemRows(this.db, 'i.id > ? order by i.id limit ?', last, DOCUMENT_BATCH))
			if (!docs.length) break
			enqueued.push(await call(() => idx.addDocuments(docs as RecordAny[], { primaryKey: 'id' })))
			documents += docs.length
			last = docs[docs.length - 1]!.id
		}
		let exists = true
		try {
			await call(() => this.client.getRawIndex(uid))
		} catch (e) {
			if (!(e instanceof SearchUnavailableError) || !(e.cause instanceof MeilisearchApiError) || e.cause.cause?.code !== 'index_not_found') throw e
			exists = false
		}
		// Swapping needs both indexes (a first rebuild swaps with an empty one).
		if (!exists) enqueued.push(await call(() => this.client.createIndex(uid, { primaryKey: 'id' })))
		await this.settle(enqueued)
		await this.settle([await call(() => this.client.swapIndexes([{ indexes: [uid, next] } as { indexes: [string, string]; rename: boolean }]))])
		await this.settle([await call(() => this.client.deleteIndex(next))])
		ready.add(`${this.options.host}|${uid}`)
		return { documents }
	}

	/** Deletes an index and waits; an index that does not exist is not an error. */
	private async dropIfExists(uid: string): Promise<void> {
		try {
			await this.settle([await call(() => this.client.deleteIndex(uid))])
		} catch (e) {
			const notFound =
				(e instanceof MeiliTaskError && e.task.error?.code === 'index_not_found') || (e instanceof SearchUnavailableError && e.reason.startsWith('index not found'))
			if (!notFound) throw e
		}
		ready.delete(`${this.options.host}|${uid}`)
	}

	/** Deletes both indexes and their rebuild leftovers (tests; a clean slate). */
	async dropIndexes(): Promise<void> {
		for (const index of ['listings', 'demands'] as const) for (const uid of [this.uid(index), `${this.uid(index)}_next`]) await this.dropIfExists(uid)
	}

	async health(): Promise<EngineHealth> {
		const lag = () => {
			try {
				return this.options.outboxLag ? this.options.outboxLag(this.db) : outboxStats(this.db).lagSeconds
			} catch {
				return 0
			}
		}
		const documents: Record<SearchIndex, number> = { listings: 0, demands: 0 }
		try {
			await call(() => this.client.health())
			for (const index of ['listings', 'demands'] as const) {
				try {
					documents[index] = (await call(() => this.client.index(this.uid(index)).getStats())).numberOfDocuments
				} catch (e) {
					if (!(e instanceof SearchUnavailableError && e.reason.startsWith('index not found'))) throw e
				}
			}
			return { engine: this.name, ok: true, documents, outboxLag: lag(), detail: `${this.options.host} (indexes ${this.uid('listings')}, ${this.uid('demands')})` }
		} catch (e) {
			const reason = unavailableReason(e) ?? (e instanceof Error ? e.message : String(e))
			return { engine: this.name, ok: false, documents, outboxLag: lag(), detail: reason }
		}
	}
}
