// A listing read back as an interchange record (the exact shape the importer accepts): the exporter, the importer
// (to tell "unchanged" from "updated"), the editor and the JSON API read listings through here.
import { asc, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { listingCertifications, listingScenarios, listingSpecs, listings, organizations } from '#db/schema/index.ts'
import { compact, orUndefined } from '#app/utils/records.ts'
import type { ListingRecord } from './schema.ts'

export function listingRecordById(db: Db, id: number): ListingRecord | null {
	const l = db
		.select({ listing: listings, orgRef: organizations.ref })
		.from(listings)
		.innerJoin(organizations, eq(organizations.id, listings.orgId))
		.where(eq(listings.id, id))
		.get()
	if (!l) return null
	const { listing } = l
	const scenarios = db
		.select({ code: listingScenarios.scenarioCode })
		.from(listingScenarios)
		.where(eq(listingScenarios.listingId, id))
		.orderBy(asc(listingScenarios.position))
		.all()
		.map((s) => s.code)
	const specs = db
		.select()
		.from(listingSpecs)
		.where(eq(listingSpecs.listingId, id))
		.orderBy(asc(listingSpecs.position))
		.all()
		.map((s) => compact({ name: s.name, value: (s.valueNum ?? s.valueText)!, unit: s.unit }))
	const certifications = db
		.select()
		.from(listingCertifications)
		.where(eq(listingCertifications.listingId, id))
		.orderBy(asc(listingCertifications.position))
		.all()
		.map((c) => compact({ type: c.typeCode, number: c.number, validUntil: c.validUntil }))
	const price = compact({ min: listing.priceMin, max: listing.priceMax })
	return compact({
		ref: listing.ref,
		org: l.orgRef,
		kind: listing.kind,
		title: listing.title,
		model: listing.model,
		category: listing.categoryCode,
		scenarios: orUndefined(scenarios),
		description: listing.description,
		keywords: listing.keywords && listing.keywords.length ? listing.keywords : undefined,
		specs: orUndefined(specs),
		certifications: orUndefined(certifications),
		price: Object.keys(price).length ? price : undefined,
		leadTimeDays: listing.leadTimeDays,
		monthlyCapacity: listing.monthlyCapacity,
		stock: listing.stock,
		status: listing.status,
	}) as ListingRecord
}
