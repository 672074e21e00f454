// The match score in [0, 1]: a weighted sum of components each in [0, 1]. It orders candidates within the eligible
// and the ineligible group (eligibility itself is decided by the hard rules, never by the score).
import type { Outcome } from './constraints.ts'

export const WEIGHTS = { text: 0.25, category: 0.35, spec: 0.25, region: 0.05, capacity: 0.05, qualification: 0.05 } as const
export type Components = Record<keyof typeof WEIGHTS, number>

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0)

/** A spec margin of 50% above the requirement earns the full spec credit; meeting it exactly earns half. */
export const FULL_MARGIN = 0.5

/**
 * The spec component: the mean over the item's constraints of 0 (fail or unknown), 1 (a met text or `has` constraint),
 * or 0.5 + 0.5 × margin / FULL_MARGIN (a met numeric constraint). Non-decreasing in every margin.
 */
export function specComponent(results: readonly { outcome: Outcome; margin: number | null }[]): number {
	if (!results.length) return 1
	let sum = 0
	for (const r of results) {
		if (r.outcome !== 'ok') continue
		sum += r.margin === null ? 1 : 0.5 + 0.5 * clamp01(r.margin / FULL_MARGIN)
	}
	return sum / results.length
}

/** Same leaf (or the listing lies inside the item's category) 1, same branch 0.5, same top class 0.2, otherwise 0. */
export function categoryComponent(itemCategory: string | null | undefined, listingCategory: string | null | undefined): number {
	if (!itemCategory) return 0.5
	if (!listingCategory) return 0
	if (listingCategory.startsWith(itemCategory)) return 1
	if (itemCategory.length >= 4 && listingCategory.slice(0, 4) === itemCategory.slice(0, 4)) return 0.5
	if (listingCategory.slice(0, 2) === itemCategory.slice(0, 2)) return 0.2
	return 0
}

export type RegionRelation = 'city' | 'province' | 'elsewhere' | 'unknown'

/** Where the supplier is relative to where the equipment is needed (GB/T 2260: XX province, XXXX city). */
export function regionRelation(needed: string | null | undefined, supplier: string | null | undefined): RegionRelation {
	if (!needed || !supplier) return 'unknown'
	if (needed.slice(0, 2) !== supplier.slice(0, 2)) return 'elsewhere'
	// A province-wide need (XX0000): every supplier of the province is local.
	if (needed.endsWith('0000') || needed.slice(0, 4) === supplier.slice(0, 4)) return 'city'
	return 'province'
}

export function regionComponent(r: RegionRelation): number {
	return r === 'city' ? 1 : r === 'province' ? 0.5 : 0
}

/** Units the supplier can deliver by the need-by date: stock plus monthly capacity over the months left (at least one). */
export function deliverable(stock: number | null | undefined, monthlyCapacity: number | null | undefined, daysLeft: number | null): number | null {
	if ((stock === null || stock === undefined) && (monthlyCapacity === null || monthlyCapacity === undefined)) return null
	const months = daysLeft === null ? 1 : Math.max(1, Math.floor(daysLeft / 30))
	return (stock ?? 0) + (monthlyCapacity ?? 0) * months
}

export function capacityComponent(available: number | null, quantity: number): number {
	if (available === null) return 0
	if (quantity <= 0) return 1
	return clamp01(available / quantity)
}

/** Enterprise qualifications, strongest first; several add up to at most 1. */
export const QUALIFICATION_WEIGHT: Record<string, number> = { chain_leader: 1, single_champion: 1, little_giant: 0.8, srdi: 0.5, high_tech: 0.4 }

export function qualificationComponent(codes: readonly string[]): number {
	return clamp01(codes.reduce((s, c) => s + (QUALIFICATION_WEIGHT[c] ?? 0), 0))
}

/** The weighted sum, rounded to 4 decimals (so equal inputs give equal scores and ties fall to the ref). */
export function combine(c: Components): number {
	const w = WEIGHTS
	const s =
		w.text * clamp01(c.text) +
		w.category * clamp01(c.category) +
		w.spec * clamp01(c.spec) +
		w.region * clamp01(c.region) +
		w.capacity * clamp01(c.capacity) +
		w.qualification * clamp01(c.qualification)
	return Math.round(clamp01(s) * 10_000) / 10_000
}
