// Keeps the embedded FTS5 index in step with the data: called inside the writer's transaction for every saved
// listing, demand list and organization, it re-derives the public documents of that entity and upserts or deletes them.
import { sql, type SQL } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { DEMANDS, LISTINGS, type DemandItemRow, type ListingRow } from './indexes.ts'
import { indexText } from './segment.server.ts'
import type { SearchIndex } from './engine.ts'

export type SearchEntity = 'listing' | 'demand_list' | 'organization'

const LISTING_PUBLIC = sql`l.status = 'published' and o.verified_at is not null`
const DEMAND_PUBLIC = sql`d.status = 'published' and o.verified_at is not null`

export function listingRows(db: Db, where: SQL): ListingRow[] {
	return db.all<ListingRow>(sql`
		select l.id, l.ref, l.kind, l.title, l.model, l.keywords, l.description, l.category_code as categoryCode,
			c.name_zh as categoryZh, c.name_en as categoryEn, o.name as orgName, o.region_code as regionCode,
			l.price_min as priceMin, l.published_at as publishedAt
		from listings l join organizations o on o.id = l.org_id left join categories c on c.code = l.category_code
		where ${LISTING_PUBLIC} and ${where}`)
}

export function demandItemRows(db: Db, where: SQL): DemandItemRow[] {
	return db.all<DemandItemRow>(sql`
		select i.id, i.ref, i.name, i.notes, i.category_code as categoryCode, c.name_zh as categoryZh, c.name_en as categoryEn,
			d.id as listId, d.ref as listRef, d.title as listTitle, d.kind as listKind, o.name as orgName,
			coalesce(d.region_code, o.region_code) as regionCode, i.budget_per_unit as budgetPerUnit, d.published_at as publishedAt
		from demand_items i join demand_lists d on d.id = i.list_id join organizations o on o.id = d.org_id
			left join categories c on c.code = i.category_code
		where ${DEMAND_PUBLIC} and ${where}`)
}

function insertListings(db: Db, rows: ListingRow[]): void {
	for (const row of rows) {
		const d = LISTINGS.toDocument(row)
		db.run(sql`insert into listing_fts (rowid, title, model, keywords, category, org, description)
			values (${d.id}, ${indexText(d.title)}, ${indexText(d.model)}, ${indexText(d.keywords)}, ${indexText(d.category)},
				${indexText(d.org)}, ${indexText(d.description)})`)
	}
}

function insertDemandItems(db: Db, rows: DemandItemRow[]): void {
	for (const row of rows) {
		const d = DEMANDS.toDocument(row)
		db.run(sql`insert into demand_item_fts (rowid, name, list_title, category, org, notes, list_id)
			values (${d.id}, ${indexText(d.name)}, ${indexText(d.listTitle)}, ${indexText(d.category)}, ${indexText(d.org)},
				${indexText(d.notes)}, ${d.listId})`)
	}
}

/** Re-derives the index documents of one changed entity (inside the caller's transaction). */
export function applyEmbedded(db: Db, entity: SearchEntity | string, id: number): void {
	switch (entity) {
		case 'listing':
			db.run(sql`delete from listing_fts where rowid = ${id}`)
			insertListings(db, listingRows(db, sql`l.id = ${id}`))
			return
		case 'demand_list':
			// Items dropped from the list are already gone from demand_items: delete by list, then insert what is public.
			db.run(sql`delete from demand_item_fts where list_id = ${id}`)
			insertDemandItems(db, demandItemRows(db, sql`d.id = ${id}`))
			return
		case 'organization':
			// Verification and the name reach every listing and demand item of the organization.
			db.run(sql`delete from listing_fts where rowid in (select id from listings where org_id = ${id})`)
			insertListings(db, listingRows(db, sql`l.org_id = ${id}`))
			db.run(sql`delete from demand_item_fts where list_id in (select id from demand_lists where org_id = ${id})`)
			insertDemandItems(db, demandItemRows(db, sql`d.org_id = ${id}`))
			return
		default:
			return
	}
}

/** (Re)indexes documents by id of an index; ids that are not (or no longer) public are removed. */
export function indexEmbedded(db: Db, index: SearchIndex, ids: number[]): void {
	for (let at = 0; at < ids.length; at += 500) {
		const chunk = ids.slice(at, at + 500)
		const list = sql.join(chunk.map((i) => sql`${i}`), sql`, `)
		if (index === 'listings') {
			db.run(sql`delete from listing_fts where rowid in (${list})`)
			insertListings(db, listingRows(db, sql`l.id in (${list})`))
		} else {
			db.run(sql`delete from demand_item_fts where rowid in (${list})`)
			insertDemandItems(db, demandItemRows(db, sql`i.id in (${list})`))
		}
	}
}

export function removeEmbedded(db: Db, index: SearchIndex, ids: number[]): void {
	const table = sql.raw(index === 'listings' ? 'listing_fts' : 'demand_item_fts')
	for (let at = 0; at < ids.length; at += 500) {
		const list = sql.join(ids.slice(at, at + 500).map((i) => sql`${i}`), sql`, `)
		db.run(sql`delete from ${table} where rowid in (${list})`)
	}
}

/** Rebuilds one index from the database in one transaction; returns the number of documents. */
export function reindexEmbedded(db: Db, index: SearchIndex): number {
	return db.transaction((t) => {
		const tx = t as unknown as Db
		if (index === 'listings') {
			tx.run(sql`delete from listing_fts`)
			const rows = listingRows(tx, sql`1 = 1`)
			insertListings(tx, rows)
			tx.run(sql`insert into listing_fts (listing_fts) values ('optimize')`)
			return rows.length
		}
		tx.run(sql`delete from demand_item_fts`)
		const rows = demandItemRows(tx, sql`1 = 1`)
		insertDemandItems(tx, rows)
		tx.run(sql`insert into demand_item_fts (demand_item_fts) values ('optimize')`)
		return rows.length
	})
}
