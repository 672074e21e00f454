// Loads what the matcher needs, in a few batched queries: a public demand list's items, the candidate listings of an
// item (category subtree ∪ text recall, bounded), and the open demand items in a listing's category line.
import type Database from 'better-sqlite3'
import type { Db } from '#db/client.server.ts'
import type { SearchEngine } from '#search/engine.ts'
import { getSearchEngine, listingsTitled } from '#app/utils/search-engine.server.ts'
import { categoryParent } from '../catalog/reference-data.ts'
import { checkCertification, daysBetween, type HeldCertification } from './eligibility.ts'
import type { SpecConstraint, StatedSpec } from './constraints.ts'
import { assess, namedOnly, nameRelevance, rankCandidates, rankOpportunities, type Candidate, type MatchContext, type MatchItem, type MatchListing, type Opportunity, type Reason } from './match.ts'
import { coreName, nameForms } from './names.ts'
import { allPossibleNames } from './spec-names.ts'
import { capacityComponent, categoryComponent, combine, deliverable, qualificationComponent, regionComponent, regionRelation } from './score.ts'
import { normalisedText, normaliseForText } from './text.ts'

/** At most this many candidates per item are built with every reason (a large category is ranked first from cached attributes). */
export const CANDIDATE_CAP = 150
/** A large subtree is assessed this many listings at a time (their specs and certifications read in one query each). */
const PRE_RANK_CHUNK = 128
/** …and at most this many of it (bounded time per item; the listings are taken best possible first). */
const PRE_RANK_MAX = 768
/** Listings recalled by the item's name from the search engine (items without a category, or with few candidates in it). */
export const TEXT_RECALL = 100
/** A leaf with fewer candidates than this also recalls its parent branch. */
export const FEW = 20
/** The search engine's hits for an item's name added to a large branch's candidates. */
export const NAME_RECALL = 10

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()
function stmt(db: Db, sql: string): Database.Statement {
	const client = db.$client
	let cache = statements.get(client)
	if (!cache) statements.set(client, (cache = new Map()))
	let s = cache.get(sql)
	if (!s) cache.set(sql, (s = client.prepare(sql)))
	return s
}

const PUBLIC_LISTING = `l.status = 'published' and o.verified_at is not null`
/** Published lists of verified organizations whose deadline has not passed. */
const OPEN_ITEM = `d.status = 'published' and o.verified_at is not null and (d.deadline is null or d.deadline >= ?)`

// ---------------------------------------------------------------------------------------------------------------
// Demand items

type ItemRow = {
	id: number
	ref: string
	name: string
	category: string | null
	quantity: number
	unit: string | null
	budgetPerUnit: number | null
	neededBy: string | null
	region: string | null
	listRef: string
	listTitle: string
	orgRef: string
	orgName: string
}
const ITEM_COLUMNS = `i.id, i.ref, i.name, i.category_code as category, i.quantity, i.unit, i.budget_per_unit as budgetPerUnit, i.needed_by as neededBy,
	coalesce(d.region_code, o.region_code) as region, d.ref as listRef, d.title as listTitle, o.ref as orgRef, o.name as orgName`

type ConstraintRow = { ownerId: number; name: string; op: SpecConstraint['op']; valueNum: number | null; value2Num: number | null; valuesText: string | null; unit: string | null }

/** Items with their constraints and required certifications (two queries for all of them). */
function withConstraints(db: Db, rows: ItemRow[]): MatchItem[] {
	if (!rows.length) return []
	const ids = JSON.stringify(rows.map((r) => r.id))
	const cons = stmt(
		db,
		`select owner_id as ownerId, name, op, value_num as valueNum, value2_num as value2Num, values_text as valuesText, unit from constraints
		 where owner_kind = 'demand_item' and owner_id in (select value from json_each(?)) order by owner_id, position`,
	).all(ids) as ConstraintRow[]
	const certs = stmt(
		db,
		`select owner_id as ownerId, type_code as code from required_certifications where owner_kind = 'demand_item' and owner_id in (select value from json_each(?)) order by owner_id, position`,
	).all(ids) as { ownerId: number; code: string }[]
	const consBy = new Map<number, SpecConstraint[]>()
	for (const c of cons) {
		let value: SpecConstraint['value']
		if (c.op === 'in') value = JSON.parse(c.valuesText ?? '[]') as string[]
		else if (c.valueNum !== null) value = c.valueNum
		else if (c.valuesText !== null) value = c.valuesText
		const sc: SpecConstraint = { name: c.name, op: c.op, ...(value !== undefined ? { value } : {}), ...(c.value2Num !== null ? { value2: c.value2Num } : {}), unit: c.unit }
		const list = consBy.get(c.ownerId) ?? []
		list.push(sc)
		consBy.set(c.ownerId, list)
	}
	const certsBy = new Map<number, string[]>()
	for (const c of certs) certsBy.set(c.ownerId, [...(certsBy.get(c.ownerId) ?? []), c.code])
	return rows.map((r) => ({
		id: r.id,
		ref: r.ref,
		name: r.name,
		category: r.category,
		quantity: r.quantity,
		unit: r.unit,
		constraints: consBy.get(r.id) ?? [],
		certifications: certsBy.get(r.id) ?? [],
		budgetPerUnit: r.budgetPerUnit,
		neededBy: r.neededBy,
		region: r.region,
		demand: { ref: r.listRef, title: r.listTitle, org: { ref: r.orgRef, name: r.orgName } },
	}))
}

/** The items of a public demand list (published or closed, of a verified organization), in list order; null when not public. */
export function publicDemandItems(db: Db, demandRef: string): { ref: string; title: string; items: MatchItem[] } | null {
	const list = stmt(
		db,
		`select d.id, d.ref, d.title from demand_lists d join organizations o on o.id = d.org_id where d.ref = ? and d.status != 'draft' and o.verified_at is not null`,
	).get(demandRef) as { id: number; ref: string; title: string } | undefined
	if (!list) return null
	const rows = stmt(
		db,
		`select ${ITEM_COLUMNS} from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id where d.id = ? order by i.position`,
	).all(list.id) as ItemRow[]
	return { ref: list.ref, title: list.title, items: withConstraints(db, rows) }
}

/**
 * Open demand items, held per connection and day, rebuilt when a demand list or its organization may have changed: the
 * connection wrote or another committed (quick signal), and then the listings' change signal (every save adds an audit
 * row; organizations are verified in place) or the lists' last edit moved. A reverse match reads its listing's category
 * line from here instead of querying the items and their constraints each time.
 */
type OpenItemIndex = { today: string; quick: string; signal: string; byCategory: Map<string, MatchItem[]>; codes: string[]; byId: Map<number, MatchItem> }
const openItemIndexes = new WeakMap<Database.Database, OpenItemIndex>()

function openItemIndex(db: Db, today: string): OpenItemIndex {
	const cached = openItemIndexes.get(db.$client)
	const quick = quickSignal(db)
	if (cached && cached.today === today && cached.quick === quick) return cached
	const signal = `${changeSignal(db)}|${stmt(db, `select (select max(updated_at) || ':' || count(*) from demand_lists) || ':' || (select max(id) || ':' || count(*) from demand_items)`).pluck(true).get() as string}`
	if (cached && cached.today === today && cached.signal === signal) {
		cached.quick = quick
		return cached
	}
	const rows = stmt(
		db,
		`select ${ITEM_COLUMNS} from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id where ${OPEN_ITEM} order by i.id`,
	).all(today) as ItemRow[]
	const byCategory = new Map<string, MatchItem[]>()
	const byId = new Map<number, MatchItem>()
	for (const item of withConstraints(db, rows)) {
		byId.set(item.id!, item)
		if (!item.category) continue
		let list = byCategory.get(item.category)
		if (!list) byCategory.set(item.category, (list = []))
		list.push(item)
	}
	const index = { today, quick, signal, byCategory, codes: [...byCategory.keys()].sort(), byId }
	openItemIndexes.set(db.$client, index)
	return index
}

/** Open demand items in the listing's category line (its category, ancestors and descendants) ∪ the given ids, in id order. */
export function openItems(db: Db, category: string | null, extraIds: number[], today: string): MatchItem[] {
	const index = openItemIndex(db, today)
	const out = new Map<number, MatchItem>()
	if (category) {
		for (let c = categoryParent(category); c; c = categoryParent(c)) for (const item of index.byCategory.get(c) ?? []) out.set(item.id!, item)
		for (const code of index.codes) if (code.startsWith(category)) for (const item of index.byCategory.get(code)!) out.set(item.id!, item)
	}
	for (const id of extraIds) {
		const item = index.byId.get(id)
		if (item) out.set(id, item)
	}
	return [...out.values()].sort((a, b) => a.id! - b.id!)
}

// ---------------------------------------------------------------------------------------------------------------
// Listings

type SpecRow = { listingId: number; name: string; valueNum: number | null; valueText: string | null; unit: string | null }
const toSpec = (s: SpecRow): StatedSpec => ({ name: s.name, value: (s.valueNum ?? s.valueText)!, unit: s.unit })

/** Specs of the listings, only those with one of the names when names are given. */
function specsOf(db: Db, ids: number[], names: string[] | null): Map<number, StatedSpec[]> {
	const rows = (
		names
			? stmt(
					db,
					`select listing_id as listingId, name, value_num as valueNum, value_text as valueText, unit from listing_specs
					 where listing_id in (select value from json_each(?)) and +name in (select value from json_each(?)) order by listing_id, position`,
				).all(JSON.stringify(ids), JSON.stringify(names))
			: stmt(
					db,
					`select listing_id as listingId, name, value_num as valueNum, value_text as valueText, unit from listing_specs
					 where listing_id in (select value from json_each(?)) order by listing_id, position`,
				).all(JSON.stringify(ids))
	) as SpecRow[]
	const out = new Map<number, StatedSpec[]>()
	for (const r of rows) {
		let list = out.get(r.listingId)
		if (!list) out.set(r.listingId, (list = []))
		list.push(toSpec(r))
	}
	return out
}

type ListingRow = {
	id: number
	ref: string
	title: string
	model: string | null
	keywords: string | null
	category: string | null
	priceMin: number | null
	leadTimeDays: number | null
	monthlyCapacity: number | null
	stock: number | null
	orgId: number
	orgRef: string
	orgName: string
	orgRegion: string
}

/** Public listings by id as the matcher sees them (specs limited to `specNames` when given), in id order. */
export function loadListings(db: Db, ids: number[], specNames: string[] | null = null, certTypes: string[] | null = null): MatchListing[] {
	if (!ids.length) return []
	const json = JSON.stringify(ids)
	const rows = stmt(
		db,
		`select l.id, l.ref, l.title, l.model, l.keywords, l.category_code as category, l.price_min as priceMin, l.lead_time_days as leadTimeDays,
			l.monthly_capacity as monthlyCapacity, l.stock, o.id as orgId, o.ref as orgRef, o.name as orgName, o.region_code as orgRegion
		 from listings l join organizations o on o.id = l.org_id where l.id in (select value from json_each(?)) and ${PUBLIC_LISTING} order by l.id`,
	).all(json) as ListingRow[]
	const specs = specsOf(db, ids, specNames)
	const certRows = (
		certTypes
			? certTypes.length
				? stmt(
						db,
						`select listing_id as listingId, type_code as type, number, valid_until as validUntil from listing_certifications
						 where listing_id in (select value from json_each(?)) and type_code in (select value from json_each(?)) order by listing_id, position`,
					).all(json, JSON.stringify(certTypes))
				: []
			: stmt(
					db,
					`select listing_id as listingId, type_code as type, number, valid_until as validUntil from listing_certifications
					 where listing_id in (select value from json_each(?)) order by listing_id, position`,
				).all(json)
	) as (HeldCertification & { listingId: number })[]
	const certs = new Map<number, HeldCertification[]>()
	for (const c of certRows) certs.set(c.listingId, [...(certs.get(c.listingId) ?? []), { type: c.type, number: c.number, validUntil: c.validUntil }])
	const orgIds = [...new Set(rows.map((r) => r.orgId))]
	const quals = new Map<number, string[]>()
	for (const q of stmt(db, `select org_id as orgId, code from organization_qualifications where org_id in (select value from json_each(?)) order by code`).all(
		JSON.stringify(orgIds),
	) as { orgId: number; code: string }[])
		quals.set(q.orgId, [...(quals.get(q.orgId) ?? []), q.code])
	return rows.map((r) => ({
		id: r.id,
		ref: r.ref,
		title: r.title,
		model: r.model,
		keywords: r.keywords ? (JSON.parse(r.keywords) as string[]) : null,
		category: r.category,
		org: { ref: r.orgRef, name: r.orgName, region: r.orgRegion, qualifications: quals.get(r.orgId) ?? [] },
		specs: specs.get(r.id) ?? [],
		certifications: certs.get(r.id) ?? [],
		priceMin: r.priceMin,
		leadTimeDays: r.leadTimeDays,
		monthlyCapacity: r.monthlyCapacity,
		stock: r.stock,
	}))
}

/**
 * What the matcher reads of a public listing without touching its row: the soft criteria, the budget and lead time,
 * and the fields of its MatchListing (specs and certifications apart).
 */
type Attr = {
	id: number
	ref: string
	title: string
	model: string | null
	keywords: string[] | null
	category: string
	org: MatchListing['org']
	/** Title and model, normalised (the item name's relevance is read from them, and from the keywords at less weight). */
	titleHay: string
	keywordHay: string
	region: string
	qualification: number
	priceMin: number | null
	leadTimeDays: number | null
	monthlyCapacity: number | null
	stock: number | null
	/** Every certification the listing holds, in position order. */
	certifications: readonly HeldCertification[]
}
type CategoryIndex = {
	signal: string
	/** The connection's own write count and SQLite's data version when the signal was last read (unchanged: nothing was written). */
	quick: string
	byCategory: Map<string, Attr[]>
	byId: Map<number, Attr>
	codes: string[]
	/** All specs (in position order) of the public listings a match has read so far. */
	specs: Map<number, StatedSpec[]>
}
const categoryIndexes = new WeakMap<Database.Database, CategoryIndex>()

function changeSignal(db: Db): string {
	return JSON.stringify(
		stmt(
			db,
			`select (select max(id) from audit_log), (select max(id) from listings), (select max(updated_at) from organizations),
				(select count(*) from organizations where verified_at is not null)`,
		)
			.raw(true)
			.get(),
	)
}

type AttrRow = [number, string, string, string | null, string | null, string, number | null, number | null, number | null, number | null, number, string, string, string]

/** Changes by this connection and commits by any other: when neither moved, no row can have changed. */
function quickSignal(db: Db): string {
	return (stmt(db, `select total_changes() || ':' || data_version from pragma_data_version()`).pluck(true).get() as string)
}

/**
 * Public listings by category, held per connection and rebuilt when anything a public listing depends on may have
 * changed: every write through the save functions adds an audit row (publishing, archiving, editing); organizations
 * are verified in place. The signal is four index look-ups (organizations are few).
 */
function categoryIndex(db: Db): CategoryIndex {
	const cached = categoryIndexes.get(db.$client)
	const quick = quickSignal(db)
	if (cached && cached.quick === quick) return cached
	const signal = changeSignal(db)
	if (cached && cached.signal === signal) {
		cached.quick = quick
		return cached
	}
	const rows = stmt(
		db,
		`select l.id, l.category_code, l.title, l.model, l.keywords, o.region_code, l.price_min, l.lead_time_days, l.monthly_capacity, l.stock,
			o.id, o.ref, o.name, l.ref
		 from listings l join organizations o on o.id = l.org_id where ${PUBLIC_LISTING} and l.category_code is not null order by l.category_code, l.id desc`,
	)
		.raw(true)
		.all() as AttrRow[]
	const quals = new Map<number, string[]>()
	for (const [orgId, code] of stmt(db, `select org_id, code from organization_qualifications order by org_id, code`).raw(true).all() as [number, string][]) {
		let list = quals.get(orgId)
		if (!list) quals.set(orgId, (list = []))
		list.push(code)
	}
	const held = new Map<number, HeldCertification[]>()
	for (const [listingId, type, number, validUntil] of stmt(
		db,
		`select c.listing_id, c.type_code, c.number, c.valid_until from listing_certifications c join listings l on l.id = c.listing_id
		 join organizations o on o.id = l.org_id where ${PUBLIC_LISTING} order by c.listing_id, c.position`,
	)
		.raw(true)
		.all() as [number, string, string | null, string | null][]) {
		let list = held.get(listingId)
		if (!list) held.set(listingId, (list = []))
		list.push({ type, number, validUntil })
	}
	const orgs = new Map<number, { org: MatchListing['org']; qualification: number }>()
	const byCategory = new Map<string, Attr[]>()
	const byId = new Map<number, Attr>()
	for (const [id, category, title, model, keywordsJson, region, priceMin, leadTimeDays, monthlyCapacity, stock, orgId, orgRef, orgName, ref] of rows) {
		let list = byCategory.get(category)
		if (!list) byCategory.set(category, (list = []))
		let o = orgs.get(orgId)
		if (!o) {
			const codes = quals.get(orgId) ?? []
			orgs.set(orgId, (o = { org: { ref: orgRef, name: orgName, region, qualifications: codes }, qualification: qualificationComponent(codes) }))
		}
		const keywords = keywordsJson ? (JSON.parse(keywordsJson) as string[]) : null
		const attr: Attr = {
			id,
			ref,
			title,
			model,
			keywords,
			category,
			org: o.org,
			titleHay: normalisedText([title, model]),
			keywordHay: normalisedText(keywords ?? []),
			region,
			qualification: o.qualification,
			priceMin,
			leadTimeDays,
			monthlyCapacity,
			stock,
			certifications: held.get(id) ?? NONE_HELD,
		}
		list.push(attr)
		byId.set(id, attr)
	}
	const index = { signal, quick, byCategory, byId, codes: [...byCategory.keys()].sort(), specs: new Map() }
	categoryIndexes.set(db.$client, index)
	return index
}

/** All specs of public listings of the index, in position order: from the index's cache, the missing ones read in one query. */
function indexedSpecs(db: Db, index: CategoryIndex, ids: readonly number[]): Map<number, StatedSpec[]> {
	const missing = ids.filter((id) => !index.specs.has(id))
	if (missing.length) {
		for (const id of missing) index.specs.set(id, [])
		const rows = stmt(
			db,
			`select listing_id, name, value_num, value_text, unit from listing_specs where listing_id in (select value from json_each(?)) order by listing_id, position`,
		)
			.raw(true)
			.all(JSON.stringify(missing)) as [number, string, number | null, string | null, string | null][]
		for (const [listingId, name, valueNum, valueText, unit] of rows) index.specs.get(listingId)!.push({ name, value: (valueNum ?? valueText)!, unit })
	}
	return index.specs
}

/** Public listings of a category subtree (from the in-process index). */
function subtree(index: CategoryIndex, category: string): Attr[] {
	const out: Attr[] = []
	for (const code of index.codes) if (code.startsWith(category)) out.push(...index.byCategory.get(code)!)
	return out
}

/** The ids of the search engine's top hits (public documents only). */
async function textRecall(engine: SearchEngine, index: 'listings' | 'demands', q: string, perPage: number): Promise<number[]> {
	if (!q.trim()) return []
	const found = await engine.search({ index, q, perPage, facets: [], strict: true })
	return found.hits.map((h) => h.id)
}

const NONE_HELD: readonly HeldCertification[] = []
/** The certifications of the given types a listing holds. */
const ofTypes = (a: Attr, types: readonly string[]): HeldCertification[] => (types.length ? a.certifications.filter((c) => types.includes(c.type)) : [])

const byRef = (x: { ref: string }, y: { ref: string }) => (x.ref < y.ref ? -1 : x.ref > y.ref ? 1 : 0)

/**
 * For one item, from the in-process attributes: whether budget, lead time and certifications are met (1) or not (0) —
 * a listing that fails them is never eligible — and the highest score the listing could have (its spec fit taken as perfect).
 */
function upperBound(item: MatchItem, today: string): (a: Attr) => { hard: number; upper: number; text: number } {
	const budget = item.budgetPerUnit
	const daysLeft = item.neededBy ? daysBetween(today, item.neededBy) : null
	const named = namedOnly(item)
	const onDate = item.neededBy ?? today
	// A subtree has few categories and regions: their components once each.
	const categories = new Map<string, number>()
	const regions = new Map<string, number>()
	return (a) => {
		const budgetOk = budget === null || budget === undefined || a.priceMin === null || a.priceMin <= budget
		const leadOk = daysLeft === null || a.leadTimeDays === null || a.leadTimeDays <= daysLeft
		const certsOk = item.certifications.every((code) => checkCertification(code, a.certifications, onDate, false).ok)
		const text = nameRelevance(item.name, a.titleHay, a.keywordHay)
		let category = categories.get(a.category)
		if (category === undefined) categories.set(a.category, (category = categoryComponent(item.category, a.category)))
		let region = regions.get(a.region)
		if (region === undefined) regions.set(a.region, (region = regionComponent(regionRelation(item.region, a.region))))
		const upper = combine({
			text,
			category,
			// As assess: an item without constraints is specified by its name; otherwise every constraint met in full.
			spec: named ? text : 1,
			region,
			capacity: capacityComponent(deliverable(a.stock, a.monthlyCapacity, daysLeft), item.quantity),
			qualification: a.qualification,
		})
		return { hard: budgetOk && leadOk && certsOk ? 1 : 0, upper, text }
	}
}

/** A listing for the matcher from the in-process attributes, with the specs and certifications it was given. */
function attrListing(a: Attr, specs: StatedSpec[], certifications: HeldCertification[]): MatchListing {
	return {
		id: a.id,
		ref: a.ref,
		title: a.title,
		model: a.model,
		keywords: a.keywords,
		category: a.category,
		org: a.org,
		specs,
		certifications,
		priceMin: a.priceMin,
		leadTimeDays: a.leadTimeDays,
		monthlyCapacity: a.monthlyCapacity,
		stock: a.stock,
	}
}

export type CandidateSet = { listings: MatchListing[]; considered: number }

/**
 * The candidates of a demand item: its category subtree (and the parent branch when the leaf has few), and the search
 * engine's top hits for its name when the item has no category or the branch still has few. A subtree larger than
 * CANDIDATE_CAP is ranked exactly as the matcher ranks it, from the in-process attributes, the index's spec cache (which
 * reads the listings it lacks in one query) and the item's certifications, and its best `want` (≤ CANDIDATE_CAP) kept:
 * so they are the top over every listing of the subtree (bench:match --brute checks it). Those are built
 * from the index (listings found only by the search engine are loaded from their rows), in id order.
 */
export async function listingCandidates(db: Db, item: MatchItem, engine: SearchEngine, today: string, want = CANDIDATE_CAP): Promise<CandidateSet> {
	const keep = Math.max(1, Math.min(want, CANDIDATE_CAP))
	const index = categoryIndex(db)
	let attrs: Attr[] = []
	if (item.category) {
		attrs = subtree(index, item.category)
		const parent = categoryParent(item.category)
		if (attrs.length < FEW && parent) attrs = subtree(index, parent)
	}
	const names = [...new Set(item.constraints.flatMap((c) => allPossibleNames(c.name)))]
	const wanted = new Set(names)
	const subtreeSize = attrs.length
	let namedInBranch = attrs.length <= CANDIDATE_CAP && attrs.some((a) => nameRelevance(item.name, a.titleHay, a.keywordHay) >= 1)
	if (attrs.length > CANDIDATE_CAP) {
		// A large subtree is ranked exactly as the matcher ranks (eligible first, then score, then ref), without assessing
		// all of it: listings are taken in order of what they could at best be (budget and lead time met first, then the
		// score with a perfect spec fit), assessed in chunks from the in-process attributes (certifications included) and
		// the index's spec cache, until the next one could not enter the top `want` (at most CANDIDATE_CAP). Only those are
		// built in full.
		// Each listing's best possible rank as one number (hard 1 or 0, then the upper score in [0, 1]); only the best
		// PRE_RANK_MAX (and those tied with the last of them) are put in full order, by that number then ref.
		const bound = upperBound(item, today)
		const n = attrs.length
		const best = new Float64Array(n)
		const uppers = new Float64Array(n)
		const texts = new Float64Array(n)
		namedInBranch = false
		for (let i = 0; i < n; i++) {
			const b = bound(attrs[i]!)
			best[i] = b.hard * 2 + b.upper
			uppers[i] = b.upper
			texts[i] = b.text
			if (b.text >= 1) namedInBranch = true
		}
		const last = Math.min(n, PRE_RANK_MAX)
		const threshold = best.slice().sort()[n - last]!
		const positions: number[] = []
		for (let i = 0; i < n; i++) if (best[i]! >= threshold) positions.push(i)
		positions.sort((x, y) => best[y]! - best[x]! || byRef(attrs[x]!, attrs[y]!))
		const order = positions.slice(0, last).map((i) => ({ a: attrs[i]!, hard: best[i]! >= 2 ? 1 : 0, upper: uppers[i]!, text: texts[i]! }))
		const base = matchContext(db, today)
		// The name's relevance was computed for the bound: assess reuses it.
		const textOf = new Map(order.map((o) => [o.a.id, o.text]))
		const ctx: MatchContext = { ...base, textRelevance: (_it, l) => textOf.get(l.id!) ?? 0 }
		type Ranked = { a: Attr; eligible: boolean; score: number }
		const rank = (x: Ranked, y: Ranked) => (x.eligible !== y.eligible ? (x.eligible ? -1 : 1) : y.score - x.score || byRef(x.a, y.a))
		let top: Ranked[] = []
		/** Whether a listing at best (eligible when its budget and lead time are met, with its upper score) ranks below the last kept one. */
		const cannotEnter = (o: (typeof order)[number]) => {
			if (top.length < keep) return false
			const last = top[top.length - 1]!
			return rank({ a: o.a, eligible: o.hard === 1, score: o.upper }, last) >= 0
		}
		for (let from = 0; from < last && !cannotEnter(order[from]!); from += PRE_RANK_CHUNK) {
			const chunk = order.slice(from, Math.min(last, from + PRE_RANK_CHUNK))
			const chunkIds = chunk.map((o) => o.a.id)
			const cache = names.length ? indexedSpecs(db, index, chunkIds) : null
			for (const { a } of chunk) {
				const r = assess(item, attrListing(a, cache?.get(a.id)!.filter((x) => wanted.has(x.name)) ?? [], ofTypes(a, item.certifications)), ctx, false)
				top.push({ a, eligible: r.eligible, score: r.score })
			}
			top = top.sort(rank).slice(0, keep)
		}
		attrs = top.map((r) => r.a)
	}
	const ids = new Set(attrs.map((a) => a.id))
	const considered = subtreeSize
	// The search engine's hits for the item's name, whatever their category: many when the branch has few listings, a few
	// when none of a large branch's listings names the item (a 防爆对讲机 filed under 防爆设备 for an item under 通信).
	if (subtreeSize < FEW) for (const id of await textRecall(engine, 'listings', item.name, TEXT_RECALL)) ids.add(id)
	else if (!namedInBranch) for (const id of listingsTitled(db, coreName(item.name), NAME_RECALL)) ids.add(id)
	// The constrained specs of every candidate: the index's category cache, else (search-engine hits) one query.
	const specs = new Map<number, StatedSpec[]>()
	if (names.length) {
		const indexed = [...ids].filter((id) => index.byId.has(id))
		const cache = indexedSpecs(db, index, indexed)
		for (const id of indexed) {
			const mine = cache.get(id)!.filter((s) => wanted.has(s.name))
			if (mine.length) specs.set(id, mine)
		}
		const missing = [...ids].filter((id) => !index.byId.has(id))
		if (missing.length) for (const [id, s] of specsOf(db, missing, names)) specs.set(id, s)
	}
	// At most CANDIDATE_CAP + NAME_RECALL: a large subtree was cut to `keep`, a small one (< FEW) adds at most TEXT_RECALL.
	const chosen = [...ids]
	const fromIndex = chosen.filter((id) => index.byId.has(id))
	const fromRows = chosen.filter((id) => !index.byId.has(id))
	const listings = loadListings(db, fromRows, names, item.certifications)
	for (const id of fromIndex) {
		const a = index.byId.get(id)!
		listings.push(attrListing(a, specs.get(id) ?? [], ofTypes(a, item.certifications)))
	}
	listings.sort((a, b) => a.id! - b.id!)
	return { listings, considered }
}

// ---------------------------------------------------------------------------------------------------------------
// The two directions, in the JSON API's shape (interchange.md §3; docs/api.md)

export type ListingSummary = { ref: string; title: string; category: string | null; org: { ref: string; name: string } }
export type ItemSummary = {
	ref: string
	name: string
	category: string | null
	quantity: number
	unit: string | null
	neededBy: string | null
	demand: { ref: string; title: string; org: { ref: string; name: string } }
}
export type MatchesResponse = {
	items: { item: Omit<ItemSummary, 'demand'>; candidates: { listing: ListingSummary; score: number; eligible: boolean; reasons: Reason[] }[] }[]
	/** Only with `maxItems`: how many items were matched of how many. */
	truncated?: { shown: number; total: number }
}
export type OpportunitiesResponse = { listing: ListingSummary; opportunities: { item: ItemSummary; score: number; eligible: boolean; reasons: Reason[] }[] }

const listingSummary = (l: MatchListing): ListingSummary => ({ ref: l.ref, title: l.title, category: l.category, org: { ref: l.org.ref, name: l.org.name } })
const itemSummary = (i: MatchItem): ItemSummary => ({
	ref: i.ref,
	name: i.name,
	category: i.category,
	quantity: i.quantity,
	unit: i.unit ?? null,
	neededBy: i.neededBy ?? null,
	demand: i.demand!,
})

export type MatchOptions = {
	limit: number
	today: string
	itemRef?: string
	engine?: SearchEngine
	/** Match only the first this many items (a page must not rank 2,000 items per view); `truncated` says so. */
	maxItems?: number
}

/** Ranked listings for each item of a public demand list (or one item); null when the list (or item) is not public. */
export async function matchesForDemand(db: Db, demandRef: string, o: MatchOptions): Promise<MatchesResponse | null> {
	const demand = publicDemandItems(db, demandRef)
	if (!demand) return null
	const selected = o.itemRef === undefined ? demand.items : demand.items.filter((i) => i.ref === o.itemRef)
	if (o.itemRef !== undefined && !selected.length) return null
	const items = o.maxItems === undefined ? selected : selected.slice(0, o.maxItems)
	const engine = o.engine ?? getSearchEngine(db)
	const out: MatchesResponse['items'] = []
	for (const item of items) {
		const ranked = await rankItem(db, item, engine, o.today, o.limit)
		const { demand: _d, ...summary } = itemSummary(item)
		out.push({ item: summary, candidates: ranked.map((c) => ({ listing: listingSummary(c.listing), score: c.score, eligible: c.eligible, reasons: c.reasons })) })
	}
	return items.length < selected.length ? { items: out, truncated: { shown: items.length, total: selected.length } } : { items: out }
}

type NameForms = { revision: string; quick: string; forms: Map<string, readonly string[]>; synonyms: Map<string, string[]> }
const nameFormCache = new WeakMap<Db, NameForms>()

/**
 * How the matcher is to judge on `today`, with the synonym dictionary (search_synonyms, which admins edit) for item
 * names: the dictionary is read again only when it changed (its row count and last edit), the forms of each name once.
 */
export function matchContext(db: Db, today: string): MatchContext {
	let cache = nameFormCache.get(db)
	const quick = quickSignal(db)
	const revision =
		cache && cache.quick === quick ? cache.revision : String(Object.values(stmt(db, 'select count(*) as n, max(updated_at) as at from search_synonyms').get() as object).join('|'))
	if (cache) cache.quick = quick
	if (!cache || cache.revision !== revision) {
		const synonyms = new Map<string, string[]>()
		for (const row of stmt(db, 'select term, expansions from search_synonyms').all() as { term: string; expansions: string }[]) {
			const expansions = JSON.parse(row.expansions) as unknown
			if (Array.isArray(expansions)) synonyms.set(normaliseForText(row.term), expansions.filter((e): e is string => typeof e === 'string'))
		}
		cache = { revision, quick, forms: new Map(), synonyms }
		nameFormCache.set(db, cache)
	}
	const c = cache
	return {
		today,
		nameForms: (name) => {
			let forms = c.forms.get(name)
			if (!forms) {
				forms = nameForms(name, c.synonyms)
				if (c.forms.size < 10_000) c.forms.set(name, forms)
			}
			return forms
		},
	}
}

/** The top `limit` candidates of one item. */
export async function rankItem(db: Db, item: MatchItem, engine: SearchEngine, today: string, limit: number): Promise<Candidate[]> {
	const { listings } = await listingCandidates(db, item, engine, today, limit)
	return rankCandidates(item, listings, matchContext(db, today), limit)
}

/** Open demand items a public listing is eligible for, best first; null when the listing is not public. */
export async function opportunitiesForListing(db: Db, listingRef: string, o: Omit<MatchOptions, 'itemRef'> & { all?: boolean }): Promise<OpportunitiesResponse | null> {
	const id = stmt(db, `select l.id from listings l join organizations o on o.id = l.org_id where l.ref = ? and ${PUBLIC_LISTING}`).pluck(true).get(listingRef) as
		| number
		| undefined
	if (id === undefined) return null
	const listing = loadListings(db, [id])[0]!
	const ranked = await rankListing(db, listing, o.engine ?? getSearchEngine(db), o.today, o.all ? o.limit : Infinity)
	const shown = (o.all ? ranked : ranked.filter((r) => r.eligible)).slice(0, o.limit)
	return {
		listing: listingSummary(listing),
		opportunities: shown.map((r) => ({ item: itemSummary(r.item), score: r.score, eligible: r.eligible, reasons: r.reasons })),
	}
}

/** Open demand items for one listing, ranked (eligible first). */
export async function rankListing(db: Db, listing: MatchListing, engine: SearchEngine, today: string, limit = Infinity): Promise<Opportunity[]> {
	// Items are found by the listing's category line; the search engine helps only a listing without a category.
	const recalled = listing.category ? [] : await textRecall(engine, 'demands', listing.title, 50)
	const items = openItems(db, listing.category, recalled, today)
	return rankOpportunities(listing, items, matchContext(db, today), limit)
}
