// The enterprise dashboard's 商机 panel: open demand items the organization's own published listings are eligible
// for, found by the matcher's reverse direction (rankListing) over a bounded set of the organization's listings.
import { and, desc, eq, inArray, ne } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { listings, responses } from '#db/schema/index.ts'
import type { SearchEngine } from '#search/engine.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { loadListings, rankListing, type ItemSummary } from '../matching/load.server.ts'

/** The organization's most recently updated published listings that are looked at. */
export const DASHBOARD_LISTINGS = 20
/** Each of them brings at most this many new items (its best eligible ones not brought by another). */
export const PER_LISTING = 3
/** At most this many opportunities are shown. */
export const DASHBOARD_SHOWN = 8

export type DashboardOpportunity = {
	item: ItemSummary
	score: number
	/** The organization's listing that fits the item best (the one to respond with). */
	listing: { ref: string; title: string }
	/** The organization has already responded to this item (with any listing). */
	responded: boolean
}

/**
 * Open demand items (published lists of verified organizations, deadline not passed) that at least one of the
 * organization's published listings meets every hard requirement of, best score first, each item once with its best
 * listing; every listing looked at brings up to PER_LISTING of its best eligible items; never the organization's own
 * demand items. `listings` counts the public listings looked at (none for an unverified organization: not public).
 */
export async function dashboardOpportunities(db: Db, orgId: number, o: { today: string; engine?: SearchEngine }): Promise<{ listings: number; opportunities: DashboardOpportunity[] }> {
	const ids = db
		.select({ id: listings.id })
		.from(listings)
		.where(and(eq(listings.orgId, orgId), eq(listings.status, 'published')))
		.orderBy(desc(listings.updatedAt), desc(listings.id))
		.limit(DASHBOARD_LISTINGS)
		.all()
		.map((r) => r.id)
	const own = loadListings(db, ids)
	if (!own.length) return { listings: 0, opportunities: [] }
	const ownRef = own[0]!.org.ref
	const engine = o.engine ?? getSearchEngine(db)
	const best = new Map<string, { itemId: number; value: DashboardOpportunity }>()
	for (const listing of own) {
		const ranked = await rankListing(db, listing, engine, o.today)
		// Each listing adds up to PER_LISTING items no earlier listing brought (so one item everybody fits doesn't crowd
		// the panel), and takes over an item it fits better than the listing that brought it.
		let added = 0
		for (const r of ranked) {
			if (added >= PER_LISTING || !r.eligible) break
			const demand = r.item.demand!
			if (demand.org.ref === ownRef) continue
			const key = `${demand.ref}\u0000${r.item.ref}`
			const known = best.get(key)
			if (!known) added++
			else if (known.value.score >= r.score) continue
			best.set(key, {
				itemId: r.item.id!,
				value: {
					item: {
						ref: r.item.ref,
						name: r.item.name,
						category: r.item.category,
						quantity: r.item.quantity,
						unit: r.item.unit ?? null,
						neededBy: r.item.neededBy ?? null,
						demand,
					},
					score: r.score,
					listing: { ref: listing.ref, title: listing.title },
					responded: false,
				},
			})
		}
	}
	const shown = [...best.values()]
		.sort((a, b) => b.value.score - a.value.score || a.value.item.demand.ref.localeCompare(b.value.item.demand.ref) || a.value.item.ref.localeCompare(b.value.item.ref))
		.slice(0, DASHBOARD_SHOWN)
	if (!shown.length) return { listings: own.length, opportunities: [] }
	// Answered = a response not withdrawn (still submitted, shortlisted, awarded or declined).
	const itemIds = shown.map((s) => s.itemId)
	const answered = new Set(
		db
			.selectDistinct({ itemId: responses.demandItemId })
			.from(responses)
			.where(and(eq(responses.orgId, orgId), inArray(responses.demandItemId, itemIds), ne(responses.status, 'withdrawn')))
			.all()
			.map((r) => r.itemId),
	)
	return { listings: own.length, opportunities: shown.map((s) => ({ ...s.value, responded: answered.has(s.itemId) })) }
}
