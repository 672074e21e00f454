// The filter and facet attributes of an embedded index, held in memory as compact typed arrays (one slot per
// document) and refreshed from search_fts_docs by revision: a search costs one pass over the matched documents, which
// filters them, counts every facet and keeps the top of the page, with no SQL per facet or per hit.
import type Database from 'better-sqlite3'
import type { Facet, SearchIndex } from './engine.ts'
import { prepared } from './sync.server.ts'

/** Codes of a single-valued attribute (category, region, kind): id 0 is "none". */
class Dict {
	readonly values: (string | null)[] = [null]
	private readonly ids = new Map<string, number>()
	id(v: string | null): number {
		if (v === null) return 0
		let id = this.ids.get(v)
		if (id === undefined) {
			id = this.values.length
			this.values.push(v)
			this.ids.set(v, id)
		}
		return id
	}
}

/** Distinct code sets of a multi-valued attribute (scenarios, certifications, qualifications): id 0 is the empty set. */
class SetDict {
	readonly sets: string[][] = [[]]
	private readonly ids = new Map<string, number>()
	id(raw: string | null): number {
		if (!raw) return 0
		let id = this.ids.get(raw)
		if (id === undefined) {
			id = this.sets.length
			this.sets.push([...new Set(raw.split(','))].filter(Boolean).sort())
			this.ids.set(raw, id)
		}
		return id
	}
}

/** The name-ending sets (id 0: none), with the sets holding each ending: a query looks up its few forms, not every set. */
class HeadDict extends SetDict {
	readonly byHead = new Map<string, number[]>()
	override id(raw: string | null): number {
		const before = this.sets.length
		const id = super.id(raw)
		if (this.sets.length > before)
			for (const h of this.sets[id]!) {
				const ids = this.byHead.get(h)
				if (ids) ids.push(id)
				else this.byHead.set(h, [id])
			}
		return id
	}
}

const SINGLE = ['category', 'region', 'kind'] as const
const MULTI = ['scenario', 'certification', 'qualification'] as const
export const isMulti = (f: Facet): f is (typeof MULTI)[number] => (MULTI as readonly string[]).includes(f)

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

type Row = [
	id: number,
	rev: number,
	live: number,
	category: string | null,
	region: string | null,
	kind: string | null,
	price: number | null,
	newest: string | null,
	scenarios: string | null,
	certifications: string | null,
	qualifications: string | null,
	heads: string | null,
]

const grow = <T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(a: T, size: number): T => {
	const b = new (a.constructor as new (n: number) => T)(size)
	b.set(a)
	return b
}

export class DocCache {
	rev = 0
	/** Slots in use (live or not). */
	size = 0
	private capacity = 0
	/** Slot of a document id, -1 when unknown. */
	slotOf = new Int32Array(0)
	ids = new Int32Array(0)
	live = new Uint8Array(0)
	price = new Float64Array(0)
	newest: string[] = []
	/** The newest-first sort key as a number: the time of an ISO timestamp, whose text order is its time order. */
	newestKey = new Float64Array(0)
	/** Set once a sort date is not a canonical ISO timestamp: sorting then compares the texts. */
	textDates = false
	/** Per facet: the dictionary id of each slot's value (or value set). */
	readonly attr: Record<Facet, Uint32Array> = {
		category: new Uint32Array(0),
		region: new Uint32Array(0),
		kind: new Uint32Array(0),
		scenario: new Uint32Array(0),
		certification: new Uint32Array(0),
		qualification: new Uint32Array(0),
	}
	readonly dict: Record<(typeof SINGLE)[number], Dict> = { category: new Dict(), region: new Dict(), kind: new Dict() }
	readonly sets: Record<(typeof MULTI)[number], SetDict> = { scenario: new SetDict(), certification: new SetDict(), qualification: new SetDict() }
	/** The endings of each slot's name (search/query.ts titleHeads) as a set id: not a facet, a ranking signal. */
	heads = new Uint32Array(0)
	readonly headSets = new HeadDict()

	constructor(readonly index: SearchIndex) {}

	private reserve(slots: number): void {
		if (slots <= this.capacity) return
		const cap = Math.max(1024, this.capacity * 2, slots)
		this.ids = grow(this.ids, cap)
		this.live = grow(this.live, cap)
		this.price = grow(this.price, cap)
		this.newestKey = grow(this.newestKey, cap)
		for (const f of [...SINGLE, ...MULTI]) this.attr[f] = grow(this.attr[f], cap)
		this.heads = grow(this.heads, cap)
		this.capacity = cap
	}

	private slotFor(id: number): number {
		if (id >= this.slotOf.length) {
			const next = new Int32Array(Math.max(id + 1, this.slotOf.length * 2, 1024)).fill(-1)
			next.set(this.slotOf)
			this.slotOf = next
		}
		let slot = this.slotOf[id]!
		if (slot < 0) {
			this.reserve(this.size + 1)
			slot = this.size++
			this.slotOf[id] = slot
			this.ids[slot] = id
		}
		return slot
	}

	/** The slot of a live document, -1 when it is not in the index. */
	liveSlot(id: number): number {
		const slot = id >= 0 && id < this.slotOf.length ? this.slotOf[id]! : -1
		return slot >= 0 && this.live[slot] ? slot : -1
	}

	apply(r: Row): void {
		const slot = this.slotFor(r[0])
		this.live[slot] = r[2] ? 1 : 0
		this.attr.category[slot] = this.dict.category.id(r[3])
		this.attr.region[slot] = this.dict.region.id(r[4])
		this.attr.kind[slot] = this.dict.kind.id(r[5])
		this.price[slot] = r[6] ?? NaN
		const newest = r[7] ?? ''
		this.newest[slot] = newest
		const key = ISO.test(newest) ? Date.parse(newest) : NaN
		if (Number.isNaN(key)) this.textDates = true
		this.newestKey[slot] = key
		this.attr.scenario[slot] = this.sets.scenario.id(r[8])
		this.attr.certification[slot] = this.sets.certification.id(r[9])
		this.attr.qualification[slot] = this.sets.qualification.id(r[10])
		this.heads[slot] = this.headSets.id(r[11])
	}

	/** Per head set id: 2 when the set holds one of `typed`, 1 when it holds one of `forms` only, else 0. */
	headTable(typed: readonly string[], forms: readonly string[]): Uint8Array {
		const out = new Uint8Array(this.headSets.sets.length)
		for (const h of forms) for (const id of this.headSets.byHead.get(h) ?? []) out[id] = Math.max(out[id]!, 1)
		for (const h of typed) for (const id of this.headSets.byHead.get(h) ?? []) out[id] = 2
		return out
	}

	/** Reads the attribute rows newer than `after` (all live ones when after < 0). */
	load(client: Database.Database, after: number): void {
		const cols = `id, rev, live, category, region, kind, price, newest, scenarios, certifications, qualifications, heads`
		const stmt =
			after < 0
				? prepared(client, `select ${cols} from search_fts_docs where idx = ? and live = 1 order by id`)
				: prepared(client, `select ${cols} from search_fts_docs where idx = ? and rev > ?`)
		// Streamed: a full load never holds all rows as JS arrays at once.
		const rows = (after < 0 ? stmt.raw(true).iterate(this.index) : stmt.raw(true).iterate(this.index, after)) as IterableIterator<Row>
		for (const r of rows) this.apply(r)
	}
}

type CacheEntry = Partial<Record<SearchIndex, DocCache>>
const caches = new WeakMap<Database.Database, CacheEntry>()

/**
 * The attributes of an index as the connection sees them now. Call inside the search's read transaction. A connection
 * inside its own write transaction may hold uncommitted rows: it gets a private copy, never the shared cache.
 */
export function docCache(client: Database.Database, index: SearchIndex, inWriteTransaction: boolean): DocCache {
	const state = prepared(client, `select rev, base from search_fts_state where idx = ?`).get(index) as { rev: number; base: number } | undefined
	const rev = state?.rev ?? 0
	const base = state?.base ?? 0
	let entry = caches.get(client)
	if (!entry) caches.set(client, (entry = {}))
	const cached = entry[index]
	if (cached && cached.rev === rev) return cached
	if (inWriteTransaction) {
		const own = new DocCache(index)
		own.load(client, -1)
		own.rev = rev
		return own
	}
	let cache = cached
	if (!cache || cache.rev < base || cache.rev > rev) {
		cache = new DocCache(index)
		cache.load(client, -1)
	} else cache.load(client, cache.rev)
	cache.rev = rev
	entry[index] = cache
	return cache
}
