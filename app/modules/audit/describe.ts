// The audit log in words: an action code (`web.create`, `gap.create`, `web.member.add`) becomes what was done
// ("新建需求清单", "添加成员") and through which channel (网页, 缺口分析), and the before/after details become a table of
// changed fields (name in words, old → new). Pure: the page renders the result as text (React escapes it) and keeps the
// raw JSON beside it for an expert.
import { translate, type Locale } from '#app/i18n/translate.ts'
import { formatNumber } from '#app/utils/format.ts'

export type FieldChange = { field: string; before: unknown; after: unknown; hasBefore: boolean; hasAfter: boolean }
export type DescribedChange = { field: string; label: string; before: string; after: string }
export type DescribedAction = { action: string; source: string | null }

function isRecord(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function has(locale: Locale, key: string): boolean {
	return translate(locale, key) !== key
}

/** `web.member.add` → source `web`, verb `member_add` (the key of its words). */
export function splitAction(action: string): { source: string; verb: string } {
	const dot = action.indexOf('.')
	if (dot < 0) return { source: '', verb: action }
	return { source: action.slice(0, dot), verb: action.slice(dot + 1).replaceAll('.', '_') }
}

/** The action in words: the entity's own wording first (中选 for a response), then a verb with the entity's name, then the code itself. */
export function describeAction(locale: Locale, action: string, entity: string): DescribedAction {
	const { source, verb } = splitAction(action)
	const entityName = entityLabel(locale, entity)
	const own = `admin.audit.actions.${entity}.${verb}`
	const general = `admin.audit.verbs.${verb}`
	const words = has(locale, own) ? translate(locale, own) : has(locale, general) ? translate(locale, general, { entity: entityName }) : action
	const sourceKey = `admin.audit.sources.${source}`
	return { action: words, source: source && has(locale, sourceKey) ? translate(locale, sourceKey) : source || null }
}

export function entityLabel(locale: Locale, entity: string): string {
	const k = `admin.audit.entities.${entity}`
	return has(locale, k) ? translate(locale, k) : entity
}

/** Who acted, when no account is named: an operator label (seed, cli, admin) in words; an organization's label as is. */
export function actorLabel(locale: Locale, actor: string | null): string | null {
	if (!actor) return null
	const k = `admin.audit.actors.${actor}`
	return has(locale, k) ? translate(locale, k) : actor
}

function same(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The fields a change touched. With both sides recorded, a field in both that did not change is left out, and a field
 * only in `before` was not part of the change (an award records the old delivered quantity but sets only status and
 * quantity); with one side only (a creation, a removal), every field of it.
 */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
	const b = isRecord(before) ? before : null
	const a = isRecord(after) ? after : null
	if (!b && !a) {
		if (before == null && after == null) return []
		return [{ field: '', before, after, hasBefore: before != null, hasAfter: after != null }]
	}
	const keys = [...new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])]
	const out: FieldChange[] = []
	for (const k of keys) {
		const hasBefore = !!b && k in b
		const hasAfter = !!a && k in a
		if (hasBefore && hasAfter && same(b[k], a![k])) continue
		if (a && b && hasBefore && !hasAfter) continue
		out.push({ field: k, before: hasBefore ? b![k] : undefined, after: hasAfter ? a![k] : undefined, hasBefore, hasAfter })
	}
	return out
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/

/** "2025-03-01 14:05:09" in China time: the log is read by people in one time zone. */
export function chinaTime(iso: string): string {
	const d = new Date(iso)
	if (Number.isNaN(d.getTime())) return iso
	return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')
}

/** One value in words: codes (status, role) by name, numbers grouped, times in China time, lists joined, accounts by address. */
export function formatValue(locale: Locale, field: string, value: unknown, users: Record<number, string> = {}): string {
	if (value === undefined || value === null || value === '') return '—'
	if (typeof value === 'boolean') return translate(locale, value ? 'admin.audit.yes' : 'admin.audit.no')
	if (typeof value === 'number') {
		if ((field === 'userId' || field === 'owner') && users[value]) return users[value]!
		return formatNumber(value, locale)
	}
	if (typeof value === 'string') {
		const k = `admin.audit.values.${field}.${value}`
		if (has(locale, k)) return translate(locale, k)
		if (ISO_TIME.test(value)) return chinaTime(value)
		return value
	}
	if (Array.isArray(value)) {
		if (value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.length ? value.map((v) => formatValue(locale, field, v, users)).join(locale === 'en' ? ', ' : '、') : '—'
		// Specs, certifications, demand items: how many; the raw record beside the table has each one.
		return translate(locale, 'admin.audit.entries', { count: value.length })
	}
	if (isRecord(value) && Object.keys(value).every((k) => k === 'min' || k === 'max')) {
		const min = typeof value.min === 'number' ? formatNumber(value.min, locale) : ''
		const max = typeof value.max === 'number' ? formatNumber(value.max, locale) : ''
		return min && max && min !== max ? `${min} – ${max}` : min || max || '—'
	}
	return JSON.stringify(value)
}

export function fieldLabel(locale: Locale, field: string): string {
	if (!field) return translate(locale, 'admin.audit.value')
	const k = `admin.audit.fields.${field}`
	return has(locale, k) ? translate(locale, k) : field
}

export function describeChanges(locale: Locale, before: unknown, after: unknown, users: Record<number, string> = {}): DescribedChange[] {
	return fieldChanges(before, after).map((c) => ({
		field: c.field,
		label: fieldLabel(locale, c.field),
		before: c.hasBefore ? formatValue(locale, c.field, c.before, users) : '—',
		after: c.hasAfter ? formatValue(locale, c.field, c.after, users) : '—',
	}))
}
