// `npm run cli -- match <demandRef> [--item itemRef] [--limit n] [--today YYYY-MM-DD] [--json]` and
// `opportunities <listingRef> [--limit n] [--today …] [--json]`: the matching API's document, or a readable table with ✓/✗ reasons.
import { matchesForDemand, opportunitiesForListing, type MatchesResponse, type OpportunitiesResponse } from '#app/modules/matching/load.server.ts'
import type { Reason } from '#app/modules/matching/match.ts'
import { todayIso } from '#app/utils/format.ts'
import { closeDatabase, openDatabase } from '#db/client.server.ts'

export type MatchCommandOptions = {
	dbPath: string
	json: boolean
	en: boolean
	limit?: string
	item?: string
	today?: string
	print: (human: string, json: unknown) => void
	/** Thrown for bad usage (exit 2). */
	usage: (message: string) => Error
}

function wholeNumber(o: MatchCommandOptions, v: string | undefined, fallback: number): number {
	if (v === undefined) return fallback
	const n = Number(v)
	if (!Number.isInteger(n) || n < 1 || n > 100) throw o.usage(`--limit: a whole number from 1 to 100 (got ${v})`)
	return n
}

function dayOf(o: MatchCommandOptions): string {
	if (o.today === undefined) return todayIso()
	if (!/^\d{4}-\d{2}-\d{2}$/.test(o.today) || Number.isNaN(Date.parse(o.today))) throw o.usage(`--today: YYYY-MM-DD (got ${o.today})`)
	return o.today
}

const pct = (score: number) => `${Math.round(score * 100)}%`.padStart(4)

/** Pads to a column width counting CJK characters as two columns, as terminals show them. */
function pad(s: string, width: number): string {
	let w = 0
	for (const ch of s) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1
	return s + ' '.repeat(Math.max(1, width - w))
}

function reasonLines(reasons: Reason[]): string[] {
	return reasons.map((r) => `        ${r.ok ? '✓' : '✗'} ${pad(r.criterion, 20)}${r.detail}`)
}

function matchesText(doc: MatchesResponse, en: boolean): string {
	const lines: string[] = []
	for (const { item, candidates } of doc.items) {
		lines.push(`${item.ref}  ${item.name}  ×${item.quantity}${item.unit ? ` ${item.unit}` : ''}${item.category ? `  [${item.category}]` : ''}`)
		if (!candidates.length) lines.push(en ? '    no candidates' : '    没有候选供给')
		candidates.forEach((c, i) => {
			const badge = c.eligible ? (en ? 'eligible  ' : '符合要求') : en ? 'ineligible' : '不符合  '
			lines.push(`  ${String(i + 1).padStart(2)}. ${pct(c.score)}  ${badge}  ${c.listing.ref}  ${c.listing.title} — ${c.listing.org.name}`)
			lines.push(...reasonLines(c.reasons))
		})
		lines.push('')
	}
	return lines.join('\n').trimEnd()
}

function opportunitiesText(doc: OpportunitiesResponse, en: boolean): string {
	const lines = [`${doc.listing.ref}  ${doc.listing.title} — ${doc.listing.org.name}`]
	if (!doc.opportunities.length) lines.push(en ? '  no open demand item this listing is eligible for' : '  暂无符合条件的征集中需求')
	doc.opportunities.forEach((o, i) => {
		lines.push(`  ${String(i + 1).padStart(2)}. ${pct(o.score)}  ${o.item.demand.ref}/${o.item.ref}  ${o.item.name} ×${o.item.quantity}${o.item.unit ? ` ${o.item.unit}` : ''} — ${o.item.demand.org.name}`)
		lines.push(...reasonLines(o.reasons))
	})
	return lines.join('\n')
}

export async function matchCommand(o: MatchCommandOptions, ref: string | undefined): Promise<number> {
	if (!ref) throw o.usage('match: 请给出需求清单编号 / give a demand list ref')
	const limit = wholeNumber(o, o.limit, 10)
	const today = dayOf(o)
	const db = openDatabase(o.dbPath)
	try {
		const doc = await matchesForDemand(db, ref, { limit, today, ...(o.item !== undefined ? { itemRef: o.item } : {}) })
		if (!doc) {
			const what = o.item !== undefined ? `${ref} / ${o.item}` : ref
			const msg = o.en ? `no public demand list (or item) ${what}` : `没有找到公开的需求清单（或条目）${what}`
			o.print(msg, { error: { code: 'not_found', message: msg } })
			return 1
		}
		o.print(matchesText(doc, o.en), doc)
		return 0
	} finally {
		closeDatabase(db)
	}
}

export async function opportunitiesCommand(o: MatchCommandOptions, ref: string | undefined): Promise<number> {
	if (!ref) throw o.usage('opportunities: 请给出供给编号 / give a listing ref')
	const limit = wholeNumber(o, o.limit, 20)
	const today = dayOf(o)
	const db = openDatabase(o.dbPath)
	try {
		const doc = await opportunitiesForListing(db, ref, { limit, today })
		if (!doc) {
			const msg = o.en ? `no public listing ${ref}` : `没有找到公开的供给 ${ref}`
			o.print(msg, { error: { code: 'not_found', message: msg } })
			return 1
		}
		o.print(opportunitiesText(doc, o.en), doc)
		return 0
	} finally {
		closeDatabase(db)
	}
}
