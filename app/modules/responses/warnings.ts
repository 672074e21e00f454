// What a supplier should look at again before a response goes to the buyer (issue 12): an offer that does not fit the
// item as asked. Not refusals — a supplier may knowingly offer more, dearer or later — so the web form shows them on
// the first submit and asks for a confirmation; the JSON API is not affected. Pure, unit-tested beside it.
import { daysBetween } from '../matching/eligibility.ts'

export type ResponseWarning =
	/** The chosen listing fails the item's hard rules (spec, certification, budget, lead time, name). */
	| { code: 'ineligible'; criteria: string[] }
	| { code: 'quantityOverNeed'; quantity: number; need: number }
	| { code: 'priceOverBudget'; price: number; budget: number; percent: number }
	| { code: 'deliveryAfterNeed'; days: number; arrives: string; neededBy: string }

export type WarnedItem = { quantity: number; budgetPerUnit: number | null; neededBy: string | null }
export type WarnedOffer = { quantity: number; unitPrice?: number; deliveryDays?: number }
export type ChosenListing = { eligible: boolean; reasons: readonly { criterion: string; ok: boolean }[] } | null

const HARD = /^(spec|certification|budget|lead_time|name)(:|$)/

/** The date `days` after an ISO date (calendar days). */
export function addDays(iso: string, days: number): string {
	const d = new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) + days * 86_400_000)
	return d.toISOString().slice(0, 10)
}

/** The warnings for an offer on an item, in the order the form lists them. */
export function responseWarnings(item: WarnedItem, offer: WarnedOffer, listing: ChosenListing, today: string): ResponseWarning[] {
	const out: ResponseWarning[] = []
	if (listing && !listing.eligible && listing.reasons.length) {
		out.push({ code: 'ineligible', criteria: listing.reasons.filter((r) => !r.ok && HARD.test(r.criterion)).map((r) => r.criterion) })
	}
	if (offer.quantity > item.quantity) out.push({ code: 'quantityOverNeed', quantity: offer.quantity, need: item.quantity })
	if (offer.unitPrice !== undefined && item.budgetPerUnit !== null && item.budgetPerUnit > 0 && offer.unitPrice > item.budgetPerUnit) {
		out.push({ code: 'priceOverBudget', price: offer.unitPrice, budget: item.budgetPerUnit, percent: Math.round((offer.unitPrice / item.budgetPerUnit - 1) * 100) })
	}
	if (offer.deliveryDays !== undefined && item.neededBy && offer.deliveryDays > daysBetween(today, item.neededBy.slice(0, 10))) {
		out.push({ code: 'deliveryAfterNeed', days: offer.deliveryDays, arrives: addDays(today, offer.deliveryDays), neededBy: item.neededBy.slice(0, 10) })
	}
	return out
}

/**
 * What the supplier confirmed: the warnings and the values they were about. A confirmation counts only for the same
 * warnings — change the price after confirming and the new price is checked again.
 */
export function warningsKey(warnings: readonly ResponseWarning[]): string {
	return warnings.map((w) => Object.values(w).flat().join(':')).join('|')
}

export type ChoiceGroup = 'eligible' | 'near' | 'other'

/**
 * Where the response form lists one of the supplier's listings for an item: `eligible` ones first, then `near` ones
 * (the same kind of equipment — its category or its name fits — that fail a rule), then the `other` listings, which
 * are not what the item asks for at all (fire extinguishers for a helmet item) and stay folded away.
 */
export function choiceGroup(choice: { eligible: boolean; reasons: readonly { criterion: string; ok: boolean }[] }): ChoiceGroup {
	if (choice.eligible) return 'eligible'
	const sameKind = choice.reasons.some((r) => (r.criterion === 'category' || r.criterion === 'name') && r.ok)
	return sameKind ? 'near' : 'other'
}
