// The demand owner's side of responses: comparing them per item (with each listing's conformance checklist recomputed
// by the matcher) and deciding — shortlist, award, decline, record delivery. The owner is in every query's `where`.
import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '#db/client.server.ts'
import { demandItems, demandLists, listings, organizations, responses } from '#db/schema/index.ts'
import type { NotificationMessage } from '#app/modules/notifications/message.ts'
import { notifyOrg } from '#app/modules/notifications/notify.server.ts'
import { recordAudit, writeContext } from '#app/modules/audit/changes.server.ts'
import { publicDemandItems } from '#app/modules/matching/load.server.ts'
import { allowedDecisions, checkAward, checkDelivery, itemTotals, maxAward, type AwardRefusal, type DeliveryRefusal } from './quantities.ts'
import type { DecisionValue } from './schema.ts'
import { attachmentsOf, checklistOf, refreshItemTotals, type OrgActor } from './submit.server.ts'

/** One of the organization's demand lists by ref (any status), or null when it is not theirs. */
export function ownedList(db: Db, orgId: number, ref: string) {
	return (
		db
			.select({ id: demandLists.id, ref: demandLists.ref, title: demandLists.title, status: demandLists.status, deadline: demandLists.deadline })
			.from(demandLists)
			.where(and(eq(demandLists.orgId, orgId), eq(demandLists.ref, ref)))
			.get() ?? null
	)
}

/** The comparison page's data: each item with its totals and its responses side by side; null when the list is not the org's. */
export function compareResponses(db: Db, orgId: number, listRef: string, today: string) {
	const list = ownedList(db, orgId, listRef)
	if (!list) return null
	const items = db
		.select({ id: demandItems.id, ref: demandItems.ref, name: demandItems.name, quantity: demandItems.quantity, unit: demandItems.unit, budgetPerUnit: demandItems.budgetPerUnit, neededBy: demandItems.neededBy })
		.from(demandItems)
		.where(eq(demandItems.listId, list.id))
		.orderBy(asc(demandItems.position))
		.all()
	const rows = db
		.select({
			id: responses.id,
			itemId: responses.demandItemId,
			listingId: responses.listingId,
			status: responses.status,
			unitPrice: responses.unitPrice,
			quantity: responses.quantity,
			deliveryDays: responses.deliveryDays,
			note: responses.note,
			awardedQuantity: responses.awardedQuantity,
			deliveredQuantity: responses.deliveredQuantity,
			decisionNote: responses.decisionNote,
			createdAt: responses.createdAt,
			listingRef: listings.ref,
			listingTitle: listings.title,
			listingStatus: listings.status,
			supplierRef: organizations.ref,
			supplierName: organizations.name,
			supplierVerifiedAt: organizations.verifiedAt,
		})
		.from(responses)
		.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
		.innerJoin(listings, eq(listings.id, responses.listingId))
		.innerJoin(organizations, eq(organizations.id, responses.orgId))
		.where(and(eq(demandLists.id, list.id), eq(demandLists.orgId, orgId)))
		.orderBy(asc(responses.id))
		.all()
	const files = attachmentsOf(db, rows.map((r) => r.id))
	// The matcher's view of the items (null when the list is not public, e.g. a draft: then no checklist).
	const matchItems = new Map((publicDemandItems(db, list.ref)?.items ?? []).map((i) => [i.ref, i]))
	return {
		list,
		items: items.map((item) => {
			const mine = rows.filter((r) => r.itemId === item.id)
			const totals = itemTotals(item.quantity, mine)
			return {
				...item,
				totals,
				responses: mine.map((r) => {
					const { supplierVerifiedAt, itemId: _i, listingId, ...rest } = r
					return {
						...rest,
						supplierVerified: supplierVerifiedAt !== null,
						total: r.unitPrice !== null ? Math.round(r.unitPrice * r.quantity * 100) / 100 : null,
						attachments: files.get(r.id) ?? [],
						checklist: checklistOf(db, matchItems.get(item.ref) ?? null, listingId, today),
						decisions: allowedDecisions(r),
						/** The most this response may be awarded now (shown as a hint; the field itself starts empty). */
						maxAward: maxAward(item.quantity, mine, r.id),
					}
				}),
			}
		}),
	}
}

/** How many responses each of the organization's lists has (for the editor and the dashboard). */
export function responseCountOfList(db: Db, orgId: number, listRef: string): number {
	return db
		.select({ id: responses.id })
		.from(responses)
		.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
		.where(and(eq(demandLists.orgId, orgId), eq(demandLists.ref, listRef)))
		.all().length
}

export type DecisionRefusal = 'responseNotFound' | 'notAllowed' | AwardRefusal | DeliveryRefusal
export type DecisionResult = { ok: true } | { ok: false; reason: DecisionRefusal; max?: number }

/** The responder's notification title of each decision (message keys, put into words per reader: alerts/message.ts). */
const NOTIFY_TITLE: Partial<Record<DecisionValue['intent'], NotificationMessage['key']>> = {
	shortlist: 'alerts.messages.responseShortlisted',
	award: 'alerts.messages.responseAwarded',
	adjust: 'alerts.messages.responseAwardChanged',
	decline: 'alerts.messages.responseDeclined',
	deliver: 'alerts.messages.responseDelivered',
}

type DecisionOptions = { now?: Date; ip?: string | null }

/** Awards `quantity` of the item to the response (the item's awarded total never exceeds what was asked for). */
export function award(db: Db, actor: OrgActor, listRef: string, responseId: number, quantity: number, opts?: DecisionOptions): DecisionResult {
	return applyDecision(db, actor, listRef, { intent: 'award', response: responseId, quantity }, opts)
}

/** Corrects the quantity awarded to an awarded response (within the same limits as an award, never below what was delivered). */
export function adjustAward(db: Db, actor: OrgActor, listRef: string, responseId: number, quantity: number, opts?: DecisionOptions): DecisionResult {
	return applyDecision(db, actor, listRef, { intent: 'adjust', response: responseId, quantity }, opts)
}

/** Declines the response, with an optional note the responder reads. */
export function decline(db: Db, actor: OrgActor, listRef: string, responseId: number, note?: string, opts?: DecisionOptions): DecisionResult {
	return applyDecision(db, actor, listRef, { intent: 'decline', response: responseId, note }, opts)
}

/** Records how much of an awarded response has been delivered so far (never more than was awarded). */
export function recordDelivery(db: Db, actor: OrgActor, listRef: string, responseId: number, delivered: number, opts?: DecisionOptions): DecisionResult {
	return applyDecision(db, actor, listRef, { intent: 'deliver', response: responseId, delivered }, opts)
}

/** Puts the response on, or takes it off, the shortlist. */
export function shortlist(db: Db, actor: OrgActor, listRef: string, responseId: number, on: boolean, opts?: DecisionOptions): DecisionResult {
	return applyDecision(db, actor, listRef, { intent: on ? 'shortlist' : 'unshortlist', response: responseId }, opts)
}

/** One decision of the demand owner on one response of its list: the response is looked up with the owner in the
 * query, the decision must be one its state allows, and the responder is notified in the same transaction. */
function applyDecision(db: Db, actor: OrgActor, listRef: string, d: DecisionValue, opts: DecisionOptions = {}): DecisionResult {
	return db.transaction((tx) => {
		const t = tx as unknown as Db
		const row = t
			.select({
				id: responses.id,
				itemId: responses.demandItemId,
				listId: responses.demandListId,
				orgId: responses.orgId,
				status: responses.status,
				quantity: responses.quantity,
				awardedQuantity: responses.awardedQuantity,
				deliveredQuantity: responses.deliveredQuantity,
				listRef: demandLists.ref,
			})
			.from(responses)
			.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
			.where(and(eq(responses.id, d.response), eq(demandLists.ref, listRef), eq(demandLists.orgId, actor.orgId)))
			.get()
		if (!row) return { ok: false, reason: 'responseNotFound' } as const
		if (!allowedDecisions(row).includes(d.intent)) return { ok: false, reason: 'notAllowed' } as const
		const item = t.select({ name: demandItems.name, quantity: demandItems.quantity }).from(demandItems).where(eq(demandItems.id, row.itemId)).get()!
		const ctx = writeContext(t, actor, 'web', opts.now ?? new Date(), opts.ip)
		let set: Partial<typeof responses.$inferInsert>
		switch (d.intent) {
			case 'shortlist':
				set = { status: 'shortlisted' }
				break
			case 'unshortlist':
				set = { status: 'submitted' }
				break
			case 'award':
			case 'adjust': {
				const siblings = t
					.select({ id: responses.id, status: responses.status, quantity: responses.quantity, awardedQuantity: responses.awardedQuantity, deliveredQuantity: responses.deliveredQuantity })
					.from(responses)
					.where(and(eq(responses.demandItemId, row.itemId), eq(responses.demandListId, row.listId)))
					.all()
				const check = checkAward(item.quantity, siblings, row.id, d.quantity)
				if (!check.ok) return check
				set = { status: 'awarded', awardedQuantity: d.quantity }
				break
			}
			case 'decline':
				set = { status: 'declined', awardedQuantity: 0, decisionNote: d.note ?? null }
				break
			case 'deliver': {
				const check = checkDelivery(row, d.delivered)
				if (!check.ok) return check
				set = { deliveredQuantity: d.delivered }
				break
			}
		}
		t.update(responses)
			.set({ ...set, updatedAt: ctx.stamp })
			.where(and(eq(responses.id, row.id), eq(responses.demandListId, row.listId)))
			.run()
		refreshItemTotals(t, row.itemId)
		recordAudit(ctx, d.intent, 'response', row.id, actor.orgId, {
			before: { status: row.status, awardedQuantity: row.awardedQuantity, deliveredQuantity: row.deliveredQuantity },
			after: set,
		})
		const key = NOTIFY_TITLE[d.intent]
		if (key)
			notifyOrg(t, {
				orgId: row.orgId,
				kind: 'response_decided',
				message: { key, params: { item: item.name } },
				body:
					d.intent === 'award' || d.intent === 'adjust'
						? { key: 'alerts.messages.awardedBody', params: { quantity: d.quantity } }
						: d.intent === 'deliver'
							? { key: 'alerts.messages.deliveredBody', params: { quantity: d.delivered } }
							: d.intent === 'decline'
								? (d.note ?? null)
								: null,
				link: '/my/responses',
				dedupeKey: `response:${row.id}:${d.intent}:${ctx.stamp}`,
			})
		return { ok: true } as const
	})
}

/** The organization's lists that have responses, with how many and how many await a decision (for the dashboard). */
export function receivedSummary(db: Db, orgId: number) {
	const rows = db
		.select({ ref: demandLists.ref, title: demandLists.title, status: responses.status })
		.from(responses)
		.innerJoin(demandLists, eq(demandLists.id, responses.demandListId))
		.where(eq(demandLists.orgId, orgId))
		.all()
	const by = new Map<string, { ref: string; title: string; count: number; open: number }>()
	for (const r of rows) {
		const e = by.get(r.ref) ?? { ref: r.ref, title: r.title, count: 0, open: 0 }
		e.count++
		if (r.status === 'submitted' || r.status === 'shortlisted') e.open++
		by.set(r.ref, e)
	}
	return [...by.values()].sort((a, b) => b.open - a.open || b.count - a.count).slice(0, 10)
}
