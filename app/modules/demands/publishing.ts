// What a demand list needs before a person publishes it in the editor (the JSON API and the importer keep the record
// of interchange.md, where dates are optional and taken as given: ADR 019): a response deadline, no deadline or need-by date in the past, and, for a list drafted from a
// gap report (ref GAP-…), the unit, budget and need-by date of every item, which the draft leaves for the team to fill.
// Dates a list was already published with are not asked again (a published list may be edited after its deadline).

/** The refs of drafts made from a gap report (standards/gap.server.ts nextGapRef). */
export const GAP_REF_PREFIX = 'GAP-'
export const isGapRef = (ref: unknown): boolean => typeof ref === 'string' && ref.startsWith(GAP_REF_PREFIX)

/** What is stored of the list before this save (null for a new one). */
export type PublishBaseline = { status: string; deadline?: string | null; items: { ref: string; neededBy?: string | null }[] }

export type PublishIssue = { path: (string | number)[]; code: string; vars?: Record<string, unknown> }

/** The part of a record the rules read. Loose on purpose: the editor checks what was typed even when other fields are wrong. */
type LooseDemand = { ref?: unknown; status?: unknown; deadline?: unknown; items?: unknown }
type LooseItem = { ref?: unknown; unit?: unknown; budgetPerUnit?: unknown; neededBy?: unknown }

const isoLike = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')

/** The baseline of a stored record. */
export function baselineOf(r: { status: string; deadline?: string | null; items: { ref: string; neededBy?: string | null }[] } | null | undefined): PublishBaseline | null {
	return r ? { status: r.status, deadline: r.deadline ?? null, items: r.items.map((i) => ({ ref: i.ref, neededBy: i.neededBy ?? null })) } : null
}

/** Why this record may not be saved as published (empty when it may, or when it is not being published). */
export function publishingIssues(record: LooseDemand, stored: PublishBaseline | null, today: string): PublishIssue[] {
	if (record.status !== 'published') return []
	const issues: PublishIssue[] = []
	const wasPublished = stored?.status === 'published'
	const storedDeadline = stored?.deadline ?? null
	if (blank(record.deadline)) {
		// A list published before deadlines were required keeps being editable without one.
		if (!(wasPublished && storedDeadline === null)) issues.push({ path: ['deadline'], code: 'demand.deadlineRequired' })
	} else if (isoLike(record.deadline) && record.deadline < today && !(wasPublished && storedDeadline === record.deadline)) {
		issues.push({ path: ['deadline'], code: 'demand.deadlinePast', vars: { value: record.deadline, today } })
	}
	const items = Array.isArray(record.items) ? (record.items as LooseItem[]) : []
	const gap = isGapRef(record.ref) && !wasPublished
	items.forEach((item, i) => {
		if (!item || typeof item !== 'object') return
		const before = stored?.items.find((s) => s.ref === item.ref)?.neededBy ?? null
		if (isoLike(item.neededBy) && item.neededBy < today && !(wasPublished && before === item.neededBy)) {
			issues.push({ path: ['items', i, 'neededBy'], code: 'demandItem.neededByPast', vars: { value: item.neededBy, today } })
		}
		if (!gap) return
		if (blank(item.unit)) issues.push({ path: ['items', i, 'unit'], code: 'demandItem.unitRequired' })
		if (blank(item.budgetPerUnit)) issues.push({ path: ['items', i, 'budgetPerUnit'], code: 'demandItem.budgetRequired' })
		if (blank(item.neededBy)) issues.push({ path: ['items', i, 'neededBy'], code: 'demandItem.neededByRequired' })
	})
	return issues
}
