// Public reads of listings: only published listings of verified organizations are ever returned.
import { and, asc, count, desc, eq, inArray, isNotNull, like, or, sql, type SQL } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import {
	categories,
	certificationTypes,
	listingCertifications,
	listingScenarios,
	listingSpecs,
	listings,
	organizationQualifications,
	organizations,
} from '#db/schema/index.ts'
import { coverImages, imagesOf } from './media.server.ts'

export const publicListing = and(eq(listings.status, 'published'), isNotNull(organizations.verifiedAt))

export function getPublicListing(db: Db, ref: string) {
	const row = db
		.select({ listing: listings, org: organizations, category: categories })
		.from(listings)
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.leftJoin(categories, eq(categories.code, listings.categoryCode))
		.where(and(eq(listings.ref, ref), publicListing))
		.get()
	if (!row) return null
	const id = row.listing.id
	return {
		...row,
		specs: db.select().from(listingSpecs).where(eq(listingSpecs.listingId, id)).orderBy(asc(listingSpecs.position)).all(),
		certifications: db
			.select({ cert: listingCertifications, type: certificationTypes })
			.from(listingCertifications)
			.innerJoin(certificationTypes, eq(certificationTypes.code, listingCertifications.typeCode))
			.where(eq(listingCertifications.listingId, id))
			.orderBy(asc(listingCertifications.position))
			.all(),
		scenarios: db
			.select({ code: listingScenarios.scenarioCode })
			.from(listingScenarios)
			.where(eq(listingScenarios.listingId, id))
			.orderBy(asc(listingScenarios.position))
			.all()
			.map((s) => s.code),
		images: imagesOf(db, id).map((m) => ({ hash: m.hash, alt: m.alt, width: m.width, height: m.height, illustration: m.illustration })),
		qualifications: db
			.select({ code: organizationQualifications.code })
			.from(organizationQualifications)
			.where(eq(organizationQualifications.orgId, row.org.id))
			.all()
			.map((q) => q.code),
	}
}
export type PublicListing = NonNullable<ReturnType<typeof getPublicListing>>

export type ListingFilters = { category?: string; q?: string; orgId?: number; kind?: string; page?: number; perPage?: number }

/** A page of public listings. `q` is a plain substring filter here; ranked full-text search is the search module's. */
export function listPublicListings(db: Db, f: ListingFilters = {}) {
	const conds: (SQL | undefined)[] = [publicListing]
	if (f.category) conds.push(or(eq(listings.categoryCode, f.category), like(listings.categoryCode, `${f.category}%`)))
	if (f.orgId !== undefined) conds.push(eq(listings.orgId, f.orgId))
	if (f.kind) conds.push(eq(listings.kind, f.kind as 'equipment'))
	if (f.q) {
		const pattern = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
		conds.push(sql`(${listings.title} like ${pattern} escape '\\' or ${listings.model} like ${pattern} escape '\\' or ${organizations.name} like ${pattern} escape '\\')`)
	}
	const where = and(...conds)
	const perPage = Math.min(Math.max(f.perPage ?? 24, 1), 100)
	const page = Math.max(f.page ?? 1, 1)
	const total =
		db
			.select({ n: count() })
			.from(listings)
			.innerJoin(organizations, eq(organizations.id, listings.orgId))
			.where(where)
			.get()?.n ?? 0
	const rows = db
		.select({
			id: listings.id,
			ref: listings.ref,
			title: listings.title,
			model: listings.model,
			kind: listings.kind,
			categoryCode: listings.categoryCode,
			categoryName: categories.nameZh,
			categoryNameEn: categories.nameEn,
			priceMin: listings.priceMin,
			priceMax: listings.priceMax,
			stock: listings.stock,
			leadTimeDays: listings.leadTimeDays,
			orgRef: organizations.ref,
			orgName: organizations.name,
			regionCode: organizations.regionCode,
			publishedAt: listings.publishedAt,
		})
		.from(listings)
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.leftJoin(categories, eq(categories.code, listings.categoryCode))
		.where(where)
		.orderBy(desc(listings.publishedAt), desc(listings.id))
		.limit(perPage)
		.offset((page - 1) * perPage)
		.all()
	const certs = rows.length
		? db
				.select({ listingId: listingCertifications.listingId, type: listingCertifications.typeCode })
				.from(listingCertifications)
				.where(inArray(listingCertifications.listingId, rows.map((r) => r.id)))
				.all()
		: []
	const covers = coverImages(db, rows.map((r) => r.id))
	return {
		total,
		page,
		perPage,
		rows: rows.map((r) => ({ ...r, cover: covers.get(r.id)?.hash ?? null, coverIllustration: covers.get(r.id)?.illustration ?? false, certifications: [...new Set(certs.filter((c) => c.listingId === r.id).map((c) => c.type))] })),
	}
}
export type ListingCard = ReturnType<typeof listPublicListings>['rows'][number]

/** Public listing counts per category code, each count including the category's descendants. */
export function categoryCounts(db: Db): Map<string, number> {
	const rows = db
		.select({ code: listings.categoryCode, n: count() })
		.from(listings)
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.where(and(publicListing, isNotNull(listings.categoryCode)))
		.groupBy(listings.categoryCode)
		.all()
	const counts = new Map<string, number>()
	for (const r of rows) {
		const code = r.code!
		for (let len = 2; len <= code.length; len += 2) {
			const prefix = code.slice(0, len)
			counts.set(prefix, (counts.get(prefix) ?? 0) + r.n)
		}
	}
	return counts
}
