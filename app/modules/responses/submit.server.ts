// Submitting and withdrawing responses (响应/报价): an enterprise answers an open demand item of another organization
// with one of its own published listings. Every rule is part of a query's `where`; the item's totals, the audit log and
// the demand owner's notification are written in the same transaction.
import { and, asc, eq, gte, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { demandItems, demandLists, listings, organizations, responseAttachments, responses } from '#db/schema/index.ts'
import { notifyOrg } from '#app/modules/notifications/notify.server.ts'
import { recordAudit, writeContext } from '#app/modules/audit/changes.server.ts'
import { loadListings, matchContext, publicDemandItems } from '#app/modules/matching/load.server.ts'
import { assess, rankCandidates, type MatchItem } from '#app/modules/matching/match.ts'
import { storeFiles, type CheckedFile } from './attachments.server.ts'
import { responsesHref } from './links.ts'
import { editableByResponder, itemTotals, withdrawableByResponder } from './quantities.ts'
import { MAX_ATTACHMENTS, type ResponseInput } from './schema.ts'

export type OrgActor = { kind: 'organization'; orgId: number; orgRef: string; userId?: number }

/** Why a response is refused; each has a message in `responses.refused` and a status for the API. */
export type Refusal =
	| 'itemNotFound'
	| 'ownList'
	| 'listClosed'
	| 'pastDeadline'
	| 'orgUnverified'
	| 'listingNotFound'
	| 'listingNotPublished'
	| 'alreadyDecided'
	| 'tooManyFiles'
	| 'responseNotFound'
	| 'notWithdrawable'

export const REFUSAL_STATUS: Record<Refusal, 403 | 404 | 409 | 422> = {
	itemNotFound: 404,
	ownList: 403,
	listClosed: 409,
	pastDeadline: 409,
	orgUnverified: 403,
	listingNotFound: 422,
	listingNotPublished: 422,
	alreadyDecided: 409,
	tooManyFiles: 422,
	responseNotFound: 404,
	notWithdrawable: 409,
}

/** The form field a refusal belongs to (the rest are shown above the form). */
export const REFUSAL_FIELD: Partial<Record<Refusal, 'listing' | 'attachments'>> = {
	listingNotFound: 'listing',
	listingNotPublished: 'listing',
	tooManyFiles: 'attachments',
}


// ---------------------------------------------------------------------------------------------------------------
// The demand item being answered

const itemColumns = {
	id: demandItems.id,
	ref: demandItems.ref,
	name: demandItems.name,
	quantity: demandItems.quantity,
	unit: demandItems.unit,
	budgetPerUnit: demandItems.budgetPerUnit,
	neededBy: demandItems.neededBy,
	notes: demandItems.notes,
	listId: demandLists.id,
	listRef: demandLists.ref,
	listTitle: demandLists.title,
	listStatus: demandLists.status,
	deadline: demandLists.deadline,
	ownerOrgId: demandLists.orgId,
	ownerRef: organizations.ref,
	ownerName: organizations.name,
}

/** Public (published or closed, verified owner) demand item by list and item ref. */
const publicItemWhere = (listRef: string, itemRef: string) =>
	and(eq(demandLists.ref, listRef), eq(demandItems.ref, itemRef), ne(demandLists.status, 'draft'), isNotNull(organizations.verifiedAt))

/** Open for responses from this organization: published, deadline not passed, not its own list. */
const openForWhere = (responderOrgId: number, today: string) =>
	and(eq(demandLists.status, 'published'), or(isNull(demandLists.deadline), gte(demandLists.deadline, today)), ne(demandLists.orgId, responderOrgId))

function itemQuery(db: Db) {
	return db.select(itemColumns).from(demandItems).innerJoin(demandLists, eq(demandLists.id, demandItems.listId)).innerJoin(organizations, eq(organizations.id, demandLists.orgId))
}
export type TargetItem = NonNullable<ReturnType<ReturnType<typeof itemQuery>['get']>>

/** The item if this organization may answer it today; otherwise why not (told apart only after the scoped query failed). */
export function respondableItem(db: Db, listRef: string, itemRef: string, responderOrgId: number, today: string): { ok: true; item: TargetItem } | { ok: false; reason: Refusal; item?: TargetItem } {
	const item = itemQuery(db).where(and(publicItemWhere(listRef, itemRef), openForWhere(responderOrgId, today))).get()
	if (item) return { ok: true, item }
	const seen = itemQuery(db).where(publicItemWhere(listRef, itemRef)).get()
	if (!seen) return { ok: false, reason: 'itemNotFound' }
	if (seen.ownerOrgId === responderOrgId) return { ok: false, reason: 'ownList', item: seen }
	if (seen.listStatus !== 'published') return { ok: false, reason: 'listClosed', item: seen }
	return { ok: false, reason: 'pastDeadline', item: seen }
}

/** The item as the matcher sees it (with its constraints), for the conformance checklist. */
export function matchItemOf(db: Db, listRef: string, itemRef: string): MatchItem | null {
	return publicDemandItems(db, listRef)?.items.find((i) => i.ref === itemRef) ?? null
}

// ---------------------------------------------------------------------------------------------------------------
// The responder's listings

/** The organization's published listings (id, ref, title), newest first. */
export function ownPublishedListings(db: Db, orgId: number) {
	return db
		.select({ id: listings.id, ref: listings.ref, title: listings.title, model: listings.model, priceMin: listings.priceMin, leadTimeDays: listings.leadTimeDays })
		.from(listings)
		.where(and(eq(listings.orgId, orgId), eq(listings.status, 'published')))
		.orderBy(sql`${listings.id} desc`)
		.all()
}

export type ListingChoice = { ref: string; title: string; model: string | null; priceMin: number | null; leadTimeDays: number | null; eligible: boolean; score: number; reasons: { criterion: string; ok: boolean; detail: string }[] }

/** The organization's published listings ranked for the item by the matcher (eligible first), each with its checklist. */
export function rankedOwnListings(db: Db, orgId: number, item: MatchItem | null, today: string): ListingChoice[] {
	const own = ownPublishedListings(db, orgId)
	if (!item) return own.map((l) => ({ ...l, eligible: false, score: 0, reasons: [] }))
	const byId = new Map(own.map((l) => [l.id, l]))
	const ranked = rankCandidates(item, loadListings(db, own.map((l) => l.id)), matchContext(db, today))
	const out: ListingChoice[] = ranked.map((c) => {
		const l = byId.get(c.listing.id!)!
		return { ...l, eligible: c.eligible, score: c.score, reasons: c.reasons }
	})
	// Listings the matcher cannot see (e.g. the organization awaits verification) are still listed, unranked.
	for (const l of own) if (!out.some((o) => o.ref === l.ref)) out.push({ ...l, eligible: false, score: 0, reasons: [] })
	return out.map(({ ref, title, model, priceMin, leadTimeDays, eligible, score, reasons }) => ({ ref, title, model, priceMin, leadTimeDays, eligible, score, reasons }))
}

/** The conformance checklist of one listing against one item (recomputed, never stored); null when either is not public. */
export function checklistOf(db: Db, item: MatchItem | null, listingId: number, today: string) {
	if (!item) return null
	const listing = loadListings(db, [listingId])[0]
	if (!listing) return null
	const a = assess(item, listing, matchContext(db, today))
	return { eligible: a.eligible, score: a.score, reasons: a.reasons }
}

/** One of the organization's listings by ref, published or not (told apart for the message). */
function ownListing(db: Db, orgId: number, ref: string) {
	return db
		.select({ id: listings.id, ref: listings.ref, title: listings.title, status: listings.status })
		.from(listings)
		.where(and(eq(listings.orgId, orgId), eq(listings.ref, ref)))
		.get()
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

/** Recomputes an item's responded / awarded / delivered quantities from its responses. */
export function refreshItemTotals(db: Db, itemId: number): void {
	const item = db.select({ quantity: demandItems.quantity }).from(demandItems).where(eq(demandItems.id, itemId)).get()
	if (!item) return
	const rows = db
		.select({ id: responses.id, status: responses.status, quantity: responses.quantity, awardedQuantity: responses.awardedQuantity, deliveredQuantity: responses.deliveredQuantity })
		.from(responses)
		.where(eq(responses.demandItemId, itemId))
		.all()
	const t = itemTotals(item.quantity, rows)
	db.update(demandItems).set({ respondedQty: t.responded, awardedQty: t.awarded, deliveredQty: t.delivered }).where(eq(demandItems.id, itemId)).run()
}

export type SubmitResult = { ok: true; id: number; created: boolean } | { ok: false; reason: Refusal }

/**
 * Creates the organization's response to an item with one of its listings, or updates it while the demand owner has
 * not decided on it (a withdrawn response may be submitted again). Files are already checked (attachments.server.ts).
 */
export function submitResponse(
	db: Db,
	actor: OrgActor,
	target: { listRef: string; itemRef: string },
	input: ResponseInput,
	files: readonly CheckedFile[],
	opts: { today: string; now?: Date; ip?: string | null; source?: 'web' | 'api' },
): SubmitResult {
	const verified = db.select({ v: organizations.verifiedAt }).from(organizations).where(eq(organizations.id, actor.orgId)).get()?.v
	if (!verified) return { ok: false, reason: 'orgUnverified' }
	const found = respondableItem(db, target.listRef, target.itemRef, actor.orgId, opts.today)
	if (!found.ok) return found
	const listing = ownListing(db, actor.orgId, input.listing)
	if (!listing) return { ok: false, reason: 'listingNotFound' }
	if (listing.status !== 'published') return { ok: false, reason: 'listingNotPublished' }
	storeFiles(files)
	return db.transaction((tx) => {
		const t = tx as unknown as Db
		// The rules again, inside the transaction and in the queries' `where`.
		const item = itemQuery(t).where(and(publicItemWhere(target.listRef, target.itemRef), openForWhere(actor.orgId, opts.today))).get()
		if (!item) return { ok: false, reason: 'itemNotFound' } as const
		const own = t
			.select({ id: listings.id })
			.from(listings)
			.where(and(eq(listings.id, listing.id), eq(listings.orgId, actor.orgId), eq(listings.status, 'published')))
			.get()
		if (!own) return { ok: false, reason: 'listingNotFound' } as const
		const existing = t
			.select({ id: responses.id, status: responses.status })
			.from(responses)
			.where(and(eq(responses.demandItemId, item.id), eq(responses.listingId, own.id), eq(responses.orgId, actor.orgId)))
			.get()
		if (existing && !editableByResponder(existing.status)) return { ok: false, reason: 'alreadyDecided' } as const
		const held = existing ? t.select({ id: responseAttachments.id }).from(responseAttachments).where(eq(responseAttachments.responseId, existing.id)).all().length : 0
		if (held + files.length > MAX_ATTACHMENTS) return { ok: false, reason: 'tooManyFiles' } as const

		const ctx = writeContext(t, actor, opts.source ?? 'web', opts.now ?? new Date(), opts.ip)
		const values = {
			unitPrice: input.unitPrice ?? null,
			quantity: input.quantity ?? item.quantity,
			deliveryDays: input.deliveryDays ?? null,
			note: input.note ?? null,
			status: 'submitted' as const,
			userId: actor.userId ?? null,
			updatedAt: ctx.stamp,
		}
		let id: number
		if (existing) {
			id = existing.id
			t.update(responses).set(values).where(and(eq(responses.id, id), eq(responses.orgId, actor.orgId))).run()
		} else {
			id = t
				.insert(responses)
				.values({ ...values, demandItemId: item.id, demandListId: item.listId, listingId: own.id, orgId: actor.orgId, createdAt: ctx.stamp })
				.returning({ id: responses.id })
				.get().id
		}
		for (const f of files) t.insert(responseAttachments).values({ responseId: id, fileName: f.fileName, hash: f.hash, mime: f.mime, bytes: f.bytes.byteLength, createdAt: ctx.stamp }).run()
		refreshItemTotals(t, item.id)
		recordAudit(ctx, existing ? (existing.status === 'withdrawn' ? 'resubmit' : 'update') : 'create', 'response', id, actor.orgId, { after: { item: item.ref, list: item.listRef, listing: listing.ref, ...values } })
		if (!existing || existing.status === 'withdrawn') {
			const responder = t.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, actor.orgId)).get()!.name
			notifyOrg(t, {
				orgId: item.ownerOrgId,
				kind: 'response_received',
				message: { key: 'alerts.messages.responseReceived', params: { org: responder, item: item.name } },
				body: `${item.listTitle} · ${listing.title}`,
				link: responsesHref(item.listRef),
				dedupeKey: `response:${id}:${ctx.stamp}`,
			})
		}
		return { ok: true, id, created: !existing } as const
	})
}

/** Withdraws one of the organization's responses before it is awarded or declined. */
export function withdrawResponse(db: Db, actor: OrgActor, responseId: number, opts: { now?: Date; ip?: string | null } = {}): { ok: true } | { ok: false; reason: Refusal } {
	return db.transaction((tx) => {
		const t = tx as unknown as Db
		const row = t.select({ id: responses.id, status: responses.status, itemId: responses.demandItemId }).from(responses).where(and(eq(responses.id, responseId), eq(responses.orgId, actor.orgId))).get()
		if (!row) return { ok: false, reason: 'responseNotFound' } as const
		if (!withdrawableByResponder(row.status)) return { ok: false, reason: 'notWithdrawable' } as const
		const ctx = writeContext(t, actor, 'web', opts.now ?? new Date(), opts.ip)
		t.update(responses)
			.set({ status: 'withdrawn', updatedAt: ctx.stamp })
			.where(and(eq(responses.id, row.id), eq(responses.orgId, actor.orgId), inArray(responses.status, ['submitted', 'shortlisted'])))
			.run()
		refreshItemTotals(t, row.itemId)
		recordAudit(ctx, 'withdraw', 'response', row.id, actor.orgId, { before: { status: row.status }, after: { status: 'withdrawn' } })
		return { ok: true } as const
	})
}

// ---------------------------------------------------------------------------------------------------------------
// The responder's view

/** The organization's responses, newest first (scoped by the responding organization in the query). */
export function responsesOfOrg(db: Db, orgId: number) {
	const rows = db
		.select({
			id: responses.id,
			status: responses.status,
			unitPrice: responses.unitPrice,
			quantity: responses.quantity,
			deliveryDays: responses.deliveryDays,
			awardedQuantity: responses.awardedQuantity,
			deliveredQuantity: responses.deliveredQuantity,
			decisionNote: responses.decisionNote,
			updatedAt: responses.updatedAt,
			itemRef: demandItems.ref,
			itemName: demandItems.name,
			itemQuantity: demandItems.quantity,
			itemUnit: demandItems.unit,
			listRef: demandLists.ref,
			listTitle: demandLists.title,
			ownerName: organizations.name,
			listingRef: listings.ref,
			listingTitle: listings.title,
		})
		.from(responses)
		.innerJoin(demandItems, eq(demandItems.id, responses.demandItemId))
		.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
		.innerJoin(organizations, eq(organizations.id, demandLists.orgId))
		.innerJoin(listings, eq(listings.id, responses.listingId))
		.where(eq(responses.orgId, orgId))
		.orderBy(sql`${responses.updatedAt} desc`, sql`${responses.id} desc`)
		.all()
	const files = attachmentsOf(db, rows.map((r) => r.id))
	return rows.map((r) => ({ ...r, attachments: files.get(r.id) ?? [] }))
}

/** The organization's existing response to an item with a listing (to prefill the form), or null. */
export function ownResponseTo(db: Db, orgId: number, itemId: number, listingRef: string) {
	return (
		db
			.select({ id: responses.id, status: responses.status, unitPrice: responses.unitPrice, quantity: responses.quantity, deliveryDays: responses.deliveryDays, note: responses.note })
			.from(responses)
			.innerJoin(listings, eq(listings.id, responses.listingId))
			.where(and(eq(responses.orgId, orgId), eq(responses.demandItemId, itemId), eq(listings.ref, listingRef)))
			.get() ?? null
	)
}

export function attachmentsOf(db: Db, responseIds: number[]) {
	const out = new Map<number, { id: number; fileName: string; mime: string; bytes: number }[]>()
	if (!responseIds.length) return out
	for (const a of db
		.select({ id: responseAttachments.id, responseId: responseAttachments.responseId, fileName: responseAttachments.fileName, mime: responseAttachments.mime, bytes: responseAttachments.bytes })
		.from(responseAttachments)
		.where(inArray(responseAttachments.responseId, responseIds))
		.orderBy(asc(responseAttachments.id))
		.all()) {
		const { responseId, ...file } = a
		out.set(responseId, [...(out.get(responseId) ?? []), file])
	}
	return out
}
