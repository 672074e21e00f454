// The quantity arithmetic of responses (pure): what an item has been offered, awarded and delivered, how much is
// left to award, and whether a decision keeps the totals within what was requested, offered and awarded.
import type { ResponseStatus } from '#db/schema/responses.ts'

export type QuantityRow = { id: number; status: ResponseStatus; quantity: number; awardedQuantity: number; deliveredQuantity: number }

/** Responses that still stand (not withdrawn or declined) count as offered. */
export const ACTIVE_STATUSES: readonly ResponseStatus[] = ['submitted', 'shortlisted', 'awarded']

export type ItemTotals = { requested: number; responded: number; awarded: number; delivered: number; remaining: number }

/** Rounds away binary noise (0.1 + 0.2) so comparisons of decimal quantities behave as people expect. */
export const round = (n: number) => Math.round(n * 1e6) / 1e6

export function itemTotals(requested: number, rows: readonly QuantityRow[]): ItemTotals {
	let responded = 0
	let awarded = 0
	let delivered = 0
	for (const r of rows) {
		if (ACTIVE_STATUSES.includes(r.status)) responded += r.quantity
		if (r.status === 'awarded') {
			awarded += r.awardedQuantity
			delivered += r.deliveredQuantity
		}
	}
	awarded = round(awarded)
	return { requested, responded: round(responded), awarded, delivered: round(delivered), remaining: Math.max(0, round(requested - awarded)) }
}

/** Share of the requested quantity in [0, 1] (for a progress bar). */
export function share(part: number, requested: number): number {
	if (!(requested > 0)) return 0
	return Math.min(1, Math.max(0, part / requested))
}

export type AwardRefusal = 'notPositive' | 'overOffered' | 'overRequested' | 'belowDelivered'

/**
 * May this response be awarded `quantity`? It replaces what the response had been awarded before, so the other
 * responses' awards plus this one must stay within the requested quantity; a supplier is never awarded more than it
 * offered, nor less than it has already delivered.
 */
export function checkAward(requested: number, rows: readonly QuantityRow[], responseId: number, quantity: number): { ok: true } | { ok: false; reason: AwardRefusal; max: number } {
	const self = rows.find((r) => r.id === responseId)
	if (!self) throw new Error(`checkAward: response ${responseId} is not among the item's responses`)
	const others = round(rows.filter((r) => r.id !== responseId && r.status === 'awarded').reduce((a, r) => a + r.awardedQuantity, 0))
	const room = Math.max(0, round(requested - others))
	const max = Math.min(room, self.quantity)
	if (!(quantity > 0)) return { ok: false, reason: 'notPositive', max }
	if (round(quantity) > round(self.quantity)) return { ok: false, reason: 'overOffered', max }
	if (round(quantity) > room) return { ok: false, reason: 'overRequested', max }
	if (round(quantity) < round(self.deliveredQuantity)) return { ok: false, reason: 'belowDelivered', max }
	return { ok: true }
}

/** The most this response may be awarded now: what the other awards leave of the requested quantity, at most what it offered. */
export function maxAward(requested: number, rows: readonly QuantityRow[], responseId: number): number {
	const self = rows.find((r) => r.id === responseId)
	if (!self) return 0
	const others = rows.filter((r) => r.id !== responseId && r.status === 'awarded').reduce((a, r) => a + r.awardedQuantity, 0)
	return Math.max(0, round(Math.min(self.quantity, requested - others)))
}

export type DeliveryRefusal = 'notAwarded' | 'negative' | 'overAwarded'

/** The delivered total of an awarded response: between 0 and what was awarded. */
export function checkDelivery(row: QuantityRow, delivered: number): { ok: true } | { ok: false; reason: DeliveryRefusal } {
	if (row.status !== 'awarded') return { ok: false, reason: 'notAwarded' }
	if (!(delivered >= 0)) return { ok: false, reason: 'negative' }
	if (round(delivered) > round(row.awardedQuantity)) return { ok: false, reason: 'overAwarded' }
	return { ok: true }
}

export type Decision = 'shortlist' | 'unshortlist' | 'award' | 'adjust' | 'decline' | 'deliver'

/**
 * Which decisions the demand owner may take on a response in this state. Once awarded, a response is neither awarded
 * again nor declined: what is left is recording deliveries and correcting the awarded quantity (`adjust`, never below
 * what was delivered).
 */
export function allowedDecisions(row: Pick<QuantityRow, 'status' | 'deliveredQuantity'>): Decision[] {
	switch (row.status) {
		case 'submitted':
			return ['shortlist', 'award', 'decline']
		case 'shortlisted':
			return ['unshortlist', 'award', 'decline']
		case 'awarded':
			return ['deliver', 'adjust']
		default:
			return []
	}
}

/** The responder may change or withdraw a response until the demand owner has decided on it. */
export const editableByResponder = (status: ResponseStatus) => status === 'submitted' || status === 'withdrawn'
export const withdrawableByResponder = (status: ResponseStatus) => status === 'submitted' || status === 'shortlisted'
