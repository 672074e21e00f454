// Saves a listing record (create or update in place by ref) with its specs, certifications and scenarios.
// The one write path for the importer, the web forms and the JSON API; the caller holds the transaction.
import { eq } from 'drizzle-orm'
import { changedFields, enqueueSearch, recordAudit, type WriteContext } from '../audit/changes.server.ts'
import { listingCertifications, listingScenarios, listingSpecs, listings, organizations } from '#db/schema/index.ts'
import { specColumns } from '../catalog/columns.ts'
import { RecordProblemError } from '#app/utils/problems.ts'
import { listingRecordById } from '#app/modules/listings/records.server.ts'
import { orgIdByRef, sameRecord, type Saved } from '../organizations/write.server.ts'
import { allowedKinds } from './form.ts'
import type { ListingRecord } from './schema.ts'

export function saveListing(ctx: WriteContext, record: ListingRecord): Saved {
	const { db, stamp } = ctx
	const existing = db.select({ id: listings.id, kind: listings.kind, publishedAt: listings.publishedAt }).from(listings).where(eq(listings.ref, record.ref)).get()
	const stored = existing ? listingRecordById(db, existing.id) : null
	if (existing && sameRecord(stored, record)) {
		return { id: existing.id, outcome: 'unchanged' }
	}
	const owner = orgIdByRef(db, record.org)
	if (ctx.actor.kind === 'organization') {
		// An organization offers the kinds the editor offers it (the JSON API and the importer alike); a stored listing
		// keeps its own kind.
		const orgKind = db.select({ kind: organizations.kind }).from(organizations).where(eq(organizations.id, owner)).get()!.kind
		const kinds = allowedKinds(orgKind, existing?.kind)
		if (!kinds.includes(record.kind)) throw new RecordProblemError('listing', record.ref, [{ field: 'kind', key: { code: 'oneOf', vars: { values: kinds.join(', ') } } }])
	}
	const values = {
		ref: record.ref,
		orgId: owner,
		kind: record.kind,
		title: record.title,
		model: record.model ?? null,
		categoryCode: record.category ?? null,
		description: record.description ?? null,
		keywords: record.keywords?.length ? record.keywords : null,
		priceMin: record.price?.min ?? null,
		priceMax: record.price?.max ?? null,
		leadTimeDays: record.leadTimeDays ?? null,
		monthlyCapacity: record.monthlyCapacity ?? null,
		stock: record.stock ?? null,
		status: record.status,
		publishedAt: existing?.publishedAt ?? (record.status === 'published' ? stamp : null),
		updatedAt: stamp,
	}
	let id: number
	if (existing) {
		id = existing.id
		db.update(listings).set(values).where(eq(listings.id, id)).run()
		db.delete(listingScenarios).where(eq(listingScenarios.listingId, id)).run()
		db.delete(listingSpecs).where(eq(listingSpecs.listingId, id)).run()
		db.delete(listingCertifications).where(eq(listingCertifications.listingId, id)).run()
	} else id = db.insert(listings).values({ ...values, createdAt: stamp }).returning({ id: listings.id }).get().id
	;(record.scenarios ?? []).forEach((scenarioCode, position) => db.insert(listingScenarios).values({ listingId: id, scenarioCode, position }).run())
	;(record.specs ?? []).forEach((s, position) => db.insert(listingSpecs).values({ listingId: id, position, ...specColumns(s) }).run())
	;(record.certifications ?? []).forEach((c, position) =>
		db.insert(listingCertifications).values({ listingId: id, position, typeCode: c.type, number: c.number ?? null, validUntil: c.validUntil ?? null }).run(),
	)
	recordAudit(ctx, existing ? 'update' : 'create', 'listing', id, owner, changedFields(stored, record))
	enqueueSearch(ctx, 'listing', id)
	return { id, outcome: existing ? 'updated' : 'created' }
}
