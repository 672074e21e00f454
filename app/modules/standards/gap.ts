// Gap analysis (缺口分析) of a rescue team against its configuration standard, exactly as interchange.md §2 defines it.
// Pure: the caller loads the standard's items and the team's inventory; this only does the arithmetic and the ordering.

export type GapItemInput = {
	ref: string
	name: string
	category?: string | null
	mandatory: boolean
	quantity: { fixed?: number | null; perPerson?: number | null; min?: number | null }
	serviceLifeYears?: number | null
}

export type GapLotInput = { item?: string | null; name?: string | null; quantity: number; acquiredYear?: number | null }

export type GapInput = {
	/** The standard's items, in standard order. */
	items: GapItemInput[]
	headcount: number
	/** The inventory's as-of date (YYYY-MM-DD); the reference year is its year, or today's when absent. */
	asOf?: string | null
	inventory: GapLotInput[]
}

/** One standard item in the report: what the standard asks for, what counts, and what is missing or about to lapse. */
export type GapRow = {
	item: string
	name: string
	category: string | null
	mandatory: boolean
	required: number
	have: number
	shortfall: number
	/** Quantity keyed to the item that no longer counts (its service life ended in or before the reference year). */
	expired: number
	/** Counted quantity whose service life ends this year: it stops counting on 1 January of next year. */
	expiring: number
	serviceLifeYears: number | null
	/** min(have, required) / required, in [0, 1]; an item that requires nothing is ready. */
	ready: number
}

/** The API's shortfall entry (interchange.md §3). */
export type Shortfall = { item: string; name: string; required: number; have: number; shortfall: number; mandatory: boolean }

/** A standard item some of whose counted inventory stops counting on `expiresOn` (1 January of next year). */
export type Expiring = { item: string; name: string; quantity: number; expiresOn: string; mandatory: boolean }

export type CategoryReadiness = {
	/** Category code, or null for the items the standard leaves unclassified. */
	category: string | null
	items: number
	/** How many of those items fall short. */
	short: number
	required: number
	/** Σ min(have, required): what the team holds towards the requirement (a surplus of one item covers no other). */
	covered: number
	ready: number
}

export type Gap = {
	/** The reference year: year(asOf ?? today). */
	year: number
	/** The date the analysis is for: asOf, or today when the inventory has none. */
	date: string
	rows: GapRow[]
	/** Items with a shortfall: mandatory first, then in standard order. */
	shortfalls: Shortfall[]
	expiring: Expiring[]
	/** Readiness per category, in the order categories first appear in the standard. */
	categories: CategoryReadiness[]
	readiness: { all: number; mandatory: number }
	/** Inventory not keyed to a standard item (held, but outside the standard; never counted). */
	unkeyed: { name: string; quantity: number; acquiredYear: number | null }[]
}

/**
 * ceil() of a product that should be exact in decimal: 0.1 × 30 is 3.0000000000000004 in binary floating point and
 * would become 4. Rounding to 9 decimals first removes the representation error and keeps real fractions.
 */
export function ceilDecimal(x: number): number {
	return Math.ceil(Number(x.toFixed(9)))
}

/** Sums without binary noise accumulating (0.1 + 0.2 style), rounding to 9 decimals. */
const tidy = (x: number) => Number(x.toFixed(9))

/** required = fixed ?? ceil(perPerson × headcount), then max(required, min) when min is given. */
export function requiredQuantity(q: GapItemInput['quantity'], headcount: number): number {
	let required = 0
	if (q.fixed !== undefined && q.fixed !== null) required = q.fixed
	else if (q.perPerson !== undefined && q.perPerson !== null) required = ceilDecimal(q.perPerson * headcount)
	if (q.min !== undefined && q.min !== null) required = Math.max(required, q.min)
	return required
}

const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4))

/** Readiness of a group: covered / required, 1 when nothing is required. */
const ratio = (covered: number, required: number) => (required > 0 ? Math.min(1, covered / required) : 1)

/**
 * The gap of a team against its standard on `today` (YYYY-MM-DD), used only when the inventory has no as-of date.
 * A lot counts for its item while acquiredYear + serviceLifeYears > year; a lot without a year, or an item without a
 * service life, always counts.
 */
export function computeGap(input: GapInput, today: string): Gap {
	const date = input.asOf ?? today
	const year = yearOf(date)
	const lotsByItem = new Map<string, GapLotInput[]>()
	const unkeyed: Gap['unkeyed'] = []
	for (const lot of input.inventory) {
		if (lot.item === undefined || lot.item === null) {
			unkeyed.push({ name: lot.name ?? '', quantity: lot.quantity, acquiredYear: lot.acquiredYear ?? null })
			continue
		}
		const list = lotsByItem.get(lot.item)
		if (list) list.push(lot)
		else lotsByItem.set(lot.item, [lot])
	}

	const rows: GapRow[] = input.items.map((item) => {
		const life = item.serviceLifeYears ?? null
		let have = 0
		let expired = 0
		let expiring = 0
		for (const lot of lotsByItem.get(item.ref) ?? []) {
			const acquired = lot.acquiredYear ?? null
			const endYear = acquired !== null && life !== null ? acquired + life : null
			if (endYear !== null && endYear <= year) {
				expired += lot.quantity
				continue
			}
			have += lot.quantity
			if (endYear === year + 1) expiring += lot.quantity
		}
		have = tidy(have)
		const required = requiredQuantity(item.quantity, input.headcount)
		const shortfall = tidy(Math.max(0, required - have))
		return {
			item: item.ref,
			name: item.name,
			category: item.category ?? null,
			mandatory: item.mandatory,
			required,
			have,
			shortfall,
			expired: tidy(expired),
			expiring: tidy(expiring),
			serviceLifeYears: life,
			ready: ratio(Math.min(have, required), required),
		}
	})

	// Mandatory first, then standard order (the rows are already in standard order and sort() is stable).
	const byImportance = (a: { mandatory: boolean }, b: { mandatory: boolean }) => Number(b.mandatory) - Number(a.mandatory)
	const shortfalls: Shortfall[] = rows
		.filter((r) => r.shortfall > 0)
		.sort(byImportance)
		.map((r) => ({ item: r.item, name: r.name, required: r.required, have: r.have, shortfall: r.shortfall, mandatory: r.mandatory }))
	const expiresOn = `${String(year + 1).padStart(4, '0')}-01-01`
	const expiringList: Expiring[] = rows
		.filter((r) => r.expiring > 0)
		.sort(byImportance)
		.map((r) => ({ item: r.item, name: r.name, quantity: r.expiring, expiresOn, mandatory: r.mandatory }))

	const categories: CategoryReadiness[] = []
	for (const r of rows) {
		let c = categories.find((x) => x.category === r.category)
		if (!c) {
			c = { category: r.category, items: 0, short: 0, required: 0, covered: 0, ready: 1 }
			categories.push(c)
		}
		c.items++
		if (r.shortfall > 0) c.short++
		c.required = tidy(c.required + r.required)
		c.covered = tidy(c.covered + Math.min(r.have, r.required))
	}
	for (const c of categories) c.ready = ratio(c.covered, c.required)

	const sum = (xs: GapRow[], f: (r: GapRow) => number) => tidy(xs.reduce((a, r) => a + f(r), 0))
	const mandatoryRows = rows.filter((r) => r.mandatory)
	return {
		year,
		date,
		rows,
		shortfalls,
		expiring: expiringList,
		categories,
		readiness: {
			all: ratio(sum(rows, (r) => Math.min(r.have, r.required)), sum(rows, (r) => r.required)),
			mandatory: ratio(sum(mandatoryRows, (r) => Math.min(r.have, r.required)), sum(mandatoryRows, (r) => r.required)),
		},
		unkeyed,
	}
}
