// The explainable matcher (pure): one demand item against one listing gives eligibility, a score and one reason per
// criterion; rankCandidates orders listings for an item, rankOpportunities orders demand items for a listing.
import { CATEGORY_BY_CODE, QUALIFICATION_BY_CODE, regionLabel } from '../catalog/reference-data.ts'
import { checkConstraint, formatNumber, type ConstraintResult, type SpecConstraint, type StatedSpec } from './constraints.ts'
import { checkBudget, checkCertification, checkLeadTime, daysBetween, type HeldCertification, type Reason } from './eligibility.ts'
import {
	capacityComponent,
	categoryComponent,
	combine,
	deliverable,
	qualificationComponent,
	regionComponent,
	regionRelation,
	specComponent,
	type Components,
} from './score.ts'
import { coreName, nameForms, namesTheListing, statesOtherQuantity } from './names.ts'
import { listingTextRelevance, normalisedText } from './text.ts'

export type { Reason } from './eligibility.ts'

export type MatchItem = {
	id?: number
	ref: string
	name: string
	category: string | null
	quantity: number
	unit?: string | null
	constraints: SpecConstraint[]
	certifications: string[]
	budgetPerUnit?: number | null
	neededBy?: string | null
	/** Where the equipment is needed (the list's region, else its organization's). */
	region?: string | null
	/** The demand list it belongs to (for opportunities). */
	demand?: { ref: string; title: string; org: { ref: string; name: string } }
}

export type MatchListing = {
	id?: number
	ref: string
	title: string
	model?: string | null
	keywords?: string[] | null
	category: string | null
	org: { ref: string; name: string; region: string | null; qualifications: string[] }
	specs: StatedSpec[]
	certifications: HeldCertification[]
	priceMin?: number | null
	leadTimeDays?: number | null
	monthlyCapacity?: number | null
	stock?: number | null
}

export type MatchContext = {
	/** YYYY-MM-DD; certifications are checked on the need-by date or this day, lead times count from it. */
	today: string
	/** Text relevance in [0, 1] of the pair; by default the share of the item name's bigrams in the listing's title and model, or
	 * in its keywords at KEYWORD_WEIGHT (text.ts). */
	textRelevance?: (item: MatchItem, listing: MatchListing) => number
	/** The forms a listing may name an item by (its core name and the synonym dictionary's); by default the core name only. */
	nameForms?: (name: string) => readonly string[]
}

const NO_SYNONYMS = new Map<string, string[]>()

/** Text relevance of a listing to an item name, or to its core (消防腰斧 → 腰斧: a 消防员腰斧 is fully one), whichever is more. */
export function nameRelevance(name: string, titleHay: string, keywordHay: string): number {
	const whole = listingTextRelevance(name, titleHay, keywordHay)
	if (whole >= 1) return whole
	let core = cores.get(name)
	if (core === undefined) {
		core = coreName(name)
		if (cores.size < 10_000) cores.set(name, core)
	}
	return core === name ? whole : Math.max(whole, listingTextRelevance(core, titleHay, keywordHay))
}
const cores = new Map<string, string>()

/**
 * Whether an item says what it is only by its name: then a listing must name it to be eligible (interchange.md §2).
 * That is every item without spec constraints, certifications or not: a certification says which rules a product
 * meets, not what it is (FIRE_VOL covers axes and hydraulic spreaders alike), and a gap draft's 消防腰斧 carries one.
 */
export function namedOnly(item: Pick<MatchItem, 'constraints'>): boolean {
	return item.constraints.length === 0
}

export type Assessment = {
	score: number
	eligible: boolean
	/** Some spec could not be compared (shown as 无法比较 in its reason). */
	unknown: boolean
	reasons: Reason[]
	components: Components
}

const catName = (code: string) => CATEGORY_BY_CODE.get(code)?.zh ?? code
const qty = (n: number, unit: string | null | undefined) => `${formatNumber(n)}${unit ? ` ${unit}` : ''}`

/**
 * Evaluates a listing for a demand item: hard rules first (specs, certifications, budget, lead time), then soft criteria.
 * Without `explain` the soft criteria's reasons are left out and the hard rules' reasons have an empty detail (ranking many
 * candidates reads only eligibility and the score; the shown ones are explained again).
 */
export function assess(item: MatchItem, listing: MatchListing, ctx: MatchContext, explain = true): Assessment {
	const reasons: Reason[] = []
	const categories = [listing.category, item.category]
	const results: ConstraintResult[] = item.constraints.map((c) => checkConstraint(c, listing.specs, categories, explain))
	results.forEach((r, i) => reasons.push({ criterion: `spec:${item.constraints[i]!.name}`, ok: r.outcome === 'ok', detail: r.detail }))
	const onDate = item.neededBy ?? ctx.today
	for (const code of item.certifications) reasons.push(checkCertification(code, listing.certifications, onDate, explain))
	if (item.budgetPerUnit !== null && item.budgetPerUnit !== undefined) reasons.push(checkBudget(listing.priceMin, item.budgetPerUnit, explain))
	if (item.neededBy) reasons.push(checkLeadTime(listing.leadTimeDays, item.neededBy, ctx.today, explain))
	if (namedOnly(item)) reasons.push(nameReason(item, listing, ctx))
	const eligible = reasons.every((r) => r.ok)
	const unknown = results.some((r) => r.outcome === 'unknown')

	// Soft criteria: they order candidates, never decide eligibility.
	const category = categoryComponent(item.category, listing.category)
	const rel = regionRelation(item.region, listing.org.region)
	const daysLeft = item.neededBy ? daysBetween(ctx.today, item.neededBy) : null
	const available = deliverable(listing.stock, listing.monthlyCapacity, daysLeft)
	const capacity = capacityComponent(available, item.quantity)
	const quals = listing.org.qualifications.filter((q) => QUALIFICATION_BY_CODE.has(q))
	const qualification = qualificationComponent(quals)
	const text = Math.min(
		1,
		Math.max(0, ctx.textRelevance ? ctx.textRelevance(item, listing) : nameRelevance(item.name, normalisedText([listing.title, listing.model]), normalisedText(listing.keywords ?? []))),
	)
	if (explain) reasons.push(...softReasons(item, listing, { category, rel, available, capacity, quals, text }))

	// An item without spec constraints is specified by its name alone: how well the listing names it stands in for the
	// spec fit (a real 移动供气源 before a 长管呼吸器 that only lists the words among its keywords).
	const spec = namedOnly(item) ? text : specComponent(results)
	const components: Components = { text, category, spec, region: regionComponent(rel), capacity, qualification }
	return { score: combine(components), eligible, unknown, reasons, components }
}

/** The `name` rule: the listing's title, model or keywords name the item (directly, or through the synonym dictionary). */
function nameReason(item: MatchItem, listing: MatchListing, ctx: MatchContext): Reason {
	const forms = ctx.nameForms ? ctx.nameForms(item.name) : nameForms(item.name, NO_SYNONYMS)
	if (namesTheListing(forms, listing)) {
		if (statesOtherQuantity(item.name, listing.title)) return { criterion: 'name', ok: false, detail: `规格不同：需求为“${item.name}”，供给为“${listing.title}”` }
		return { criterion: 'name', ok: true, detail: `供给名称即“${item.name}”` }
	}
	const sameKind = categoryComponent(item.category, listing.category) >= 0.5
	return { criterion: 'name', ok: false, detail: `${sameKind ? '同类装备，' : ''}名称不符：需求为“${item.name}”，且未列技术参数可比` }
}

type Soft = { category: number; rel: ReturnType<typeof regionRelation>; available: number | null; capacity: number; quals: string[]; text: number }

/** The reasons of the soft criteria, in Chinese. */
function softReasons(item: MatchItem, listing: MatchListing, s: Soft): Reason[] {
	const reasons: Reason[] = []
	const { category, rel, available, capacity, quals, text } = s
	reasons.push({
		criterion: 'category',
		ok: category >= 0.5,
		detail: !item.category
			? '需求未指定分类'
			: !listing.category
				? '供给未填写分类'
				: category === 1
					? `同属 ${catName(item.category)}`
					: category === 0.5
						? `同属 ${catName(item.category.slice(0, 4))} 大类（供给为 ${catName(listing.category)}）`
						: `分类不同：供给为 ${catName(listing.category)}`,
	})
	reasons.push({
		criterion: 'region',
		ok: rel === 'city' || rel === 'province',
		detail:
			rel === 'unknown'
				? '地区不明'
				: rel === 'city'
					? `供应商位于 ${regionLabel(listing.org.region!)}，与需求地同城`
					: rel === 'province'
						? `供应商位于 ${regionLabel(listing.org.region!)}，与需求地同省`
						: `供应商位于 ${regionLabel(listing.org.region!)}，不在需求地省内`,
	})
	const parts: string[] = []
	if (listing.stock !== null && listing.stock !== undefined) parts.push(`现货 ${formatNumber(listing.stock)}`)
	if (listing.monthlyCapacity !== null && listing.monthlyCapacity !== undefined) parts.push(`月产能 ${formatNumber(listing.monthlyCapacity)}`)
	reasons.push({
		criterion: 'capacity',
		ok: capacity >= 1,
		detail:
			available === null
				? `未填写库存和产能，需求 ${qty(item.quantity, item.unit)}`
				: `${parts.join('，')}，${item.neededBy ? '需用日期前' : '一个月内'}可供约 ${formatNumber(available)}，需求 ${qty(item.quantity, item.unit)}`,
	})
	reasons.push({
		criterion: 'qualification',
		ok: quals.length > 0,
		detail: quals.length ? `企业资质：${quals.map((q) => QUALIFICATION_BY_CODE.get(q)!.zh).join('、')}` : '无企业资质认定',
	})
	reasons.push({
		criterion: 'text',
		ok: text > 0,
		detail: text > 0 ? `名称与“${item.name}”相关（字面重合 ${Math.round(text * 100)}%）` : `名称与“${item.name}”无直接文字关联`,
	})
	return reasons
}

export type Candidate = { listing: MatchListing; score: number; eligible: boolean; unknown: boolean; reasons: Reason[] }

/** Eligible before ineligible, then higher score, then ref (stable and deterministic). */
const byRank = <T extends { eligible: boolean; score: number }>(key: (x: T) => string) => (a: T, b: T) =>
	a.eligible !== b.eligible ? (a.eligible ? -1 : 1) : b.score !== a.score ? b.score - a.score : key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

/** Listings for a demand item, best first; `limit` keeps the top. */
export function rankCandidates(item: MatchItem, listings: readonly MatchListing[], ctx: MatchContext, limit = Infinity): Candidate[] {
	const out: Candidate[] = listings.map((listing) => {
		const a = assess(item, listing, ctx, false)
		return { listing, score: a.score, eligible: a.eligible, unknown: a.unknown, reasons: a.reasons }
	})
	out.sort(byRank((c) => c.listing.ref))
	// Only the shown candidates need their soft criteria in words.
	return (Number.isFinite(limit) ? out.slice(0, limit) : out).map((c) => ({ ...c, reasons: assess(item, c.listing, ctx).reasons }))
}

export type Opportunity = { item: MatchItem; score: number; eligible: boolean; unknown: boolean; reasons: Reason[] }

/** Demand items for a listing, best first (the same assessment, the other way round). */
export function rankOpportunities(listing: MatchListing, items: readonly MatchItem[], context: MatchContext, limit = Infinity): Opportunity[] {
	// One listing against many items: its text normalised once.
	const titleHay = normalisedText([listing.title, listing.model])
	const keywordHay = normalisedText(listing.keywords ?? [])
	const ctx: MatchContext = context.textRelevance ? context : { ...context, textRelevance: (item) => nameRelevance(item.name, titleHay, keywordHay) }
	const out: Opportunity[] = items.map((item) => {
		const a = assess(item, listing, ctx, false)
		return { item, score: a.score, eligible: a.eligible, unknown: a.unknown, reasons: a.reasons }
	})
	const key = (o: Opportunity) => `${o.item.demand?.ref ?? ''}\u0000${o.item.ref}`
	out.sort(byRank(key))
	return (Number.isFinite(limit) ? out.slice(0, limit) : out).map((o) => ({ ...o, reasons: assess(o.item, listing, ctx).reasons }))
}
