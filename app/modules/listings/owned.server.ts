// Reads of an organization's own listings in every status (drafts and archived ones included) for its members.
// Every query takes the owner and puts `org_id = <owner>` in its `where`: another organization's ref reads as absent.
import { and, count, desc, eq, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { listingSpecs, listings } from '#db/schema/index.ts'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import { LISTING_STATUSES } from '#db/schema/listings.ts'
import type { ListingRecord } from './schema.ts'

export type ListingStatus = (typeof LISTING_STATUSES)[number]
export type StatusCounts = Record<ListingStatus | 'all', number>

/** How many listings the organization has in each status. */
export function ownedListingCounts(db: Db, orgId: number): StatusCounts {
	const rows = db.select({ status: listings.status, n: count() }).from(listings).where(eq(listings.orgId, orgId)).groupBy(listings.status).all()
	const counts: StatusCounts = { all: 0, draft: 0, published: 0, archived: 0 }
	for (const r of rows) {
		counts[r.status] = r.n
		counts.all += r.n
	}
	return counts
}

/** A page of the organization's listings, newest change first, optionally of one status. */
export function listOwnedListings(db: Db, orgId: number, f: { status?: ListingStatus; page?: number; perPage?: number } = {}) {
	const where = and(eq(listings.orgId, orgId), f.status ? eq(listings.status, f.status) : undefined)
	const perPage = Math.min(Math.max(f.perPage ?? 50, 1), 200)
	const page = Math.max(f.page ?? 1, 1)
	const total = db.select({ n: count() }).from(listings).where(where).get()?.n ?? 0
	const rows = db
		.select({
			ref: listings.ref,
			title: listings.title,
			model: listings.model,
			kind: listings.kind,
			status: listings.status,
			categoryCode: listings.categoryCode,
			updatedAt: listings.updatedAt,
			publishedAt: listings.publishedAt,
			specCount: sql<number>`(select count(*) from ${listingSpecs} where ${listingSpecs.listingId} = ${listings.id})`,
		})
		.from(listings)
		.where(where)
		.orderBy(desc(listings.updatedAt), desc(listings.id))
		.limit(perPage)
		.offset((page - 1) * perPage)
		.all()
	return { total, page, perPage, rows }
}
export type OwnedListingRow = ReturnType<typeof listOwnedListings>['rows'][number]

/** The id and status of the organization's listing with this ref, or null (also when another organization owns it). */
export function ownedListingRow(db: Db, orgId: number, ref: string) {
	return (
		db
			.select({ id: listings.id, kind: listings.kind, status: listings.status, updatedAt: listings.updatedAt, publishedAt: listings.publishedAt })
			.from(listings)
			.where(and(eq(listings.orgId, orgId), eq(listings.ref, ref)))
			.get() ?? null
	)
}

/** The organization's listing as an interchange record, with its status and dates; null when it is not theirs. */
export function ownedListing(db: Db, orgId: number, ref: string): { record: ListingRecord; updatedAt: string; publishedAt: string | null } | null {
	const row = ownedListingRow(db, orgId, ref)
	if (!row) return null
	const record = listingRecordById(db, row.id)
	return record ? { record, updatedAt: row.updatedAt, publishedAt: row.publishedAt } : null
}
