// Keeps the embedded FTS5 index in step with the data: called inside the writer's transaction for every saved
// listing, demand list and organization, it re-derives the public documents of that entity and upserts or deletes them,
// together with their filter/facet attributes (search_fts_docs, read by search/doc-cache.server.ts) and the index
// revision (search_fts_state) that tells every reader which attribute rows are new.
import type Database from 'better-sqlite3'
import type { Db } from '#db/client.server.ts'
import { DEMANDS, LISTINGS, type DemandItemRow, type ListingRow } from './indexes.ts'
import { titleHeads } from './query.ts'
import { indexText, normalise, segmentWords } from './segment.server.ts'
import type { SearchEntity, SearchIndex } from './engine.ts'

/** The indexed text of a field many documents share (a category's names, an organization's name): segmented once. */
const repeated = new Map<string, string>()
function repeatedText(text: string): string {
	let out = repeated.get(text)
	if (out === undefined) {
		out = indexText(text)
		if (repeated.size > 20_000) repeated.clear()
		repeated.set(text, out)
	}
	return out
}

export type { SearchEntity }

/** The filter and facet attributes of a document, as stored in search_fts_docs (multi-valued ones comma-separated). */
export type DocAttrs = {
	attrCategory: string | null
	attrRegion: string | null
	attrKind: string | null
	attrPrice: number | null
	attrNewest: string | null
	attrScenarios: string | null
	attrCertifications: string | null
	attrQualifications: string | null
}

/** The better-sqlite3 connection behind a drizzle database or transaction (both share the session's client). */
export function clientOf(db: Db): Database.Database {
	const d = db as unknown as { $client?: Database.Database; session?: { client?: Database.Database } }
	const c = d.$client ?? d.session?.client
	if (!c) throw new Error('search: no SQLite connection behind this database handle')
	return c
}

const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>()
/** A prepared statement, cached per connection. */
export function prepared(client: Database.Database, text: string): Database.Statement {
	let m = statements.get(client)
	if (!m) statements.set(client, (m = new Map()))
	let s = m.get(text)
	if (!s) m.set(text, (s = client.prepare(text)))
	return s
}

const LISTING_SELECT = `
	select l.id, l.ref, l.kind, l.title, l.model, l.keywords, l.description, l.category_code as categoryCode,
		c.name_zh as categoryZh, c.name_en as categoryEn, o.name as orgName, o.region_code as regionCode,
		l.price_min as priceMin, l.published_at as publishedAt,
		l.category_code as attrCategory, o.region_code as attrRegion, l.kind as attrKind, l.price_min as attrPrice,
		coalesce(l.published_at, l.created_at) as attrNewest,
		(select group_concat(x.value_text, ' ') from listing_specs x where x.listing_id = l.id and x.value_text is not null) as specText,
		(select group_concat(x.scenario_code) from listing_scenarios x where x.listing_id = l.id) as attrScenarios,
		(select group_concat(distinct x.type_code) from listing_certifications x where x.listing_id = l.id) as attrCertifications,
		(select group_concat(x.code) from organization_qualifications x where x.org_id = o.id) as attrQualifications
	from listings l join organizations o on o.id = l.org_id left join categories c on c.code = l.category_code
	where l.status = 'published' and o.verified_at is not null`

const DEMAND_SELECT = `
	select i.id, i.ref, i.name, i.notes, i.category_code as categoryCode, c.name_zh as categoryZh, c.name_en as categoryEn,
		d.id as listId, d.ref as listRef, d.title as listTitle, d.kind as listKind, o.name as orgName,
		coalesce(d.region_code, o.region_code) as regionCode, i.budget_per_unit as budgetPerUnit, d.published_at as publishedAt,
		i.category_code as attrCategory, coalesce(d.region_code, o.region_code) as attrRegion, d.kind as attrKind,
		i.budget_per_unit as attrPrice, coalesce(d.published_at, d.created_at) as attrNewest,
		(select group_concat(x.scenario_code) from demand_item_scenarios x where x.item_id = i.id) as attrScenarios,
		(select group_concat(distinct x.type_code) from required_certifications x where x.owner_kind = 'demand_item' and x.owner_id = i.id) as attrCertifications,
		(select group_concat(x.code) from organization_qualifications x where x.org_id = o.id) as attrQualifications
	from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id
		left join categories c on c.code = i.category_code
	where d.status = 'published' and o.verified_at is not null`

type ListingDocRow = ListingRow & DocAttrs
type DemandDocRow = DemandItemRow & DocAttrs

/** The public listings selected by an extra condition on `l`/`o` (parameters bound positionally). */
export function listingRows(db: Db, where = '1 = 1', ...params: unknown[]): ListingDocRow[] {
	return prepared(clientOf(db), `${LISTING_SELECT} and ${where}`).all(...params) as ListingDocRow[]
}

export function demandItemRows(db: Db, where = '1 = 1', ...params: unknown[]): DemandDocRow[] {
	return prepared(clientOf(db), `${DEMAND_SELECT} and ${where}`).all(...params) as DemandDocRow[]
}

const UPSERT_DOC = `insert into search_fts_docs (idx, id, rev, live, category, region, kind, price, newest, scenarios, certifications, qualifications, heads)
	values (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)
	on conflict (idx, id) do update set rev = excluded.rev, live = 1, category = excluded.category, region = excluded.region,
		kind = excluded.kind, price = excluded.price, newest = excluded.newest, scenarios = excluded.scenarios,
		certifications = excluded.certifications, qualifications = excluded.qualifications, heads = excluded.heads`

/** The endings of a document's name, comma-separated as stored (the title-head signal); memoised like repeatedText
 * (a re-index meets the same names many times, and segmenting each again cost a tenth of the re-index). */
const endings = new Map<string, string>()
export function headsOf(name: string): string {
	let out = endings.get(name)
	if (out === undefined) {
		out = titleHeads(name, { words: segmentWords, normalise }).join(',')
		if (endings.size > 20_000) endings.clear()
		endings.set(name, out)
	}
	return out
}

function upsertDoc(client: Database.Database, index: SearchIndex, id: number, rev: number, a: DocAttrs, name: string): void {
	prepared(client, UPSERT_DOC).run(
		index,
		id,
		rev,
		a.attrCategory,
		a.attrRegion,
		a.attrKind,
		a.attrPrice,
		a.attrNewest,
		a.attrScenarios,
		a.attrCertifications,
		a.attrQualifications,
		headsOf(name),
	)
}

/** Bumps the revision of an index (in the caller's transaction) and returns it. */
function bump(client: Database.Database, index: SearchIndex): number {
	const row = prepared(
		client,
		`insert into search_fts_state (idx, rev, base) values (?, 1, 1) on conflict (idx) do update set rev = rev + 1 returning rev`,
	).get(index) as { rev: number }
	return row.rev
}

function insertListings(client: Database.Database, rows: ListingDocRow[], rev: number): void {
	const fts = prepared(client, `insert into listing_fts (rowid, title, model, keywords, category, org, description) values (?, ?, ?, ?, ?, ?, ?)`)
	for (const row of rows) {
		const d = LISTINGS.toDocument(row)
		fts.run(d.id, indexText(d.title), indexText(d.model), indexText(d.keywords), repeatedText(d.category), repeatedText(d.org), indexText(d.description))
		upsertDoc(client, 'listings', d.id, rev, row, d.title)
	}
}

function insertDemandItems(client: Database.Database, rows: DemandDocRow[], rev: number): void {
	const fts = prepared(client, `insert into demand_item_fts (rowid, name, list_title, category, org, notes, list_id) values (?, ?, ?, ?, ?, ?, ?)`)
	for (const row of rows) {
		const d = DEMANDS.toDocument(row)
		fts.run(d.id, indexText(d.name), indexText(d.listTitle), repeatedText(d.category), repeatedText(d.org), indexText(d.notes), d.listId)
		upsertDoc(client, 'demands', d.id, rev, row, d.name)
	}
}

const TABLE: Record<SearchIndex, string> = { listings: 'listing_fts', demands: 'demand_item_fts' }

/** Deletes the documents whose rowid the subquery selects, and marks their attribute rows as gone. */
function deleteWhere(client: Database.Database, index: SearchIndex, rev: number, ids: string, ...params: unknown[]): void {
	prepared(client, `update search_fts_docs set live = 0, rev = ? where idx = ? and live = 1 and id in (${ids})`).run(rev, index, ...params)
	prepared(client, `delete from ${TABLE[index]} where rowid in (${ids})`).run(...params)
}

/** Re-derives the index documents of one changed entity (inside the caller's transaction). */
export function applyEmbedded(db: Db, entity: SearchEntity | string, id: number): void {
	const client = clientOf(db)
	switch (entity) {
		case 'listing': {
			const rev = bump(client, 'listings')
			deleteWhere(client, 'listings', rev, 'select ?', id)
			insertListings(client, listingRows(db, 'l.id = ?', id), rev)
			return
		}
		case 'demand_list': {
			// Items dropped from the list are already gone from demand_items: delete by list, then insert what is public.
			const rev = bump(client, 'demands')
			deleteWhere(client, 'demands', rev, 'select rowid from demand_item_fts where list_id = ?', id)
			insertDemandItems(client, demandItemRows(db, 'd.id = ?', id), rev)
			return
		}
		case 'organization': {
			// Verification, the name and the qualifications reach every listing and demand item of the organization.
			const lrev = bump(client, 'listings')
			deleteWhere(client, 'listings', lrev, 'select id from listings where org_id = ?', id)
			insertListings(client, listingRows(db, 'l.org_id = ?', id), lrev)
			const drev = bump(client, 'demands')
			deleteWhere(client, 'demands', drev, 'select rowid from demand_item_fts where list_id in (select id from demand_lists where org_id = ?)', id)
			insertDemandItems(client, demandItemRows(db, 'd.org_id = ?', id), drev)
			return
		}
		default:
			// 'synonyms': the embedded engine reads the dictionary on every search.
			return
	}
}

/** (Re)indexes documents by id of an index; ids that are not (or no longer) public are removed. */
export function indexEmbedded(db: Db, index: SearchIndex, ids: number[]): void {
	const client = clientOf(db)
	const rev = bump(client, index)
	for (let at = 0; at < ids.length; at += 500) {
		const chunk = JSON.stringify(ids.slice(at, at + 500))
		deleteWhere(client, index, rev, 'select value from json_each(?)', chunk)
		if (index === 'listings') insertListings(client, listingRows(db, 'l.id in (select value from json_each(?))', chunk), rev)
		else insertDemandItems(client, demandItemRows(db, 'i.id in (select value from json_each(?))', chunk), rev)
	}
}

export function removeEmbedded(db: Db, index: SearchIndex, ids: number[]): void {
	const client = clientOf(db)
	const rev = bump(client, index)
	for (let at = 0; at < ids.length; at += 500) deleteWhere(client, index, rev, 'select value from json_each(?)', JSON.stringify(ids.slice(at, at + 500)))
}

const REINDEX_BATCH = 200

/** Rebuilds one index from the database in one transaction, reading the rows in batches; returns the number of documents. */
export function reindexEmbedded(db: Db, index: SearchIndex): number {
	const client = clientOf(db)
	return client.transaction(() => {
		const rev = bump(client, index)
		client.prepare(`delete from ${TABLE[index]}`).run()
		// Readers holding older attribute rows reload everything (the rows of removed documents are dropped here).
		client.prepare(`delete from search_fts_docs where idx = ?`).run(index)
		client.prepare(`update search_fts_state set base = rev where idx = ?`).run(index)
		let documents = 0
		let last = 0
		for (;;) {
			if (index === 'listings') {
				const rows = listingRows(db, 'l.id > ? order by l.id limit ?', last, REINDEX_BATCH)
				if (!rows.length) break
				insertListings(client, rows, rev)
				documents += rows.length
				last = rows[rows.length - 1]!.id
			} else {
				const rows = demandItemRows(db, 'i.id > ? order by i.id limit ?', last, REINDEX_BATCH)
				if (!rows.length) break
				insertDemandItems(client, rows, rev)
				documents += rows.length
				last = rows[rows.length - 1]!.id
			}
		}
		client.prepare(`insert into ${TABLE[index]} (${TABLE[index]}) values ('optimize')`).run()
		return documents
	})()
}
