// The demand-list editor's form: what the browser posts (strings, nested as `items[1].specs[0].value2`) turned into a
// DemandRecord and validated with `demandRecord`, so the form, the API and the importer word every problem alike.
import { z } from 'zod'
import { parseQuantity } from '../catalog/units.ts'
import { demandRecord, type DemandRecord } from './schema.ts'
import { publishingIssues, type PublishBaseline } from './publishing.ts'
import { unitProblem } from '../catalog/spec-units.ts'
import type { SpecConstraintInput } from '../catalog/fields.ts'
import { CONSTRAINT_OPS } from '#db/schema/constraints.ts'

export type ConstraintOp = (typeof CONSTRAINT_OPS)[number]
/** The operators in the order the editor offers them (labels in demandEditor.ops). */
export const EDITOR_OPS = CONSTRAINT_OPS

/** The editor of one of the member's own lists. */
export const myDemandHref = (ref: string) => `/my/demands/${encodeURIComponent(ref)}`

// Conform turns empty strings into undefined before these run, so "optional" also means "left blank".
const text = z.string().optional()
const codes = z.array(z.string()).optional()

export const specRowFields = z.object({ name: text, op: text, value: text, value2: text, unit: text })
export const itemFields = z.object({
	ref: text,
	name: text,
	category: text,
	quantity: text,
	unit: text,
	scenarios: codes,
	specs: z.array(specRowFields).optional(),
	certifications: codes,
	budgetPerUnit: text,
	neededBy: text,
	notes: text,
})
export const demandFormFields = z.object({
	ref: text,
	title: text,
	kind: text,
	deadline: text,
	region: text,
	items: z.array(itemFields).optional(),
})
export type DemandFormValue = z.input<typeof demandFormFields>
type DemandFormInput = z.output<typeof demandFormFields>
type ItemInput = z.output<typeof itemFields>
type SpecRowInput = z.output<typeof specRowFields>

export type FormContext = {
	/** The organization's ref (the record's `org`). */
	org: string
	/** The list's ref: fixed when editing; when creating, the ref typed in the form wins, else this generated one. */
	ref: string
	/** Whether `ref` is fixed (editing) or only a fallback for a blank ref field (creating). */
	refFixed: boolean
	status: DemandRecord['status']
	/** Today's date (China time): with it, a list being published is held to publishingIssues. */
	today?: string
	/** What is stored of the list (its status and dates), when editing. */
	baseline?: PublishBaseline | null
}

/** A number as people type it (full-width digits, thousands separators); anything else is kept, so zod names the problem. */
export function numberOrText(raw: string | undefined): number | string | undefined {
	const t = trimmed(raw)
	if (t === undefined) return undefined
	const q = parseQuantity(t)
	return q && q.unit === null ? q.value : t
}

/** Strings are trimmed and blanks are absent, as in the importer. */
export function trimmed(raw: string | undefined): string | undefined {
	const t = raw?.trim()
	return t ? t : undefined
}

/** `a|b|c` or `a、b、c` (also full-width ｜ and commas) as a list; blank pieces dropped. */
export function splitChoices(raw: string): string[] {
	return raw
		.split(/[|｜、]/)
		.map((s) => s.trim())
		.filter((s) => s !== '')
}

const NUMERIC_OPS: readonly string[] = ['>=', '<=', 'between']

/** One constraint row as a record's constraint. A unit typed into a numeric value (`3000m3/h`) moves to the unit. */
export function rowToConstraint(row: SpecRowInput): Record<string, unknown> {
	const op = trimmed(row.op)
	const raw = trimmed(row.value)
	let value: unknown = raw
	let unit = trimmed(row.unit)
	let value2: unknown = numberOrText(row.value2)
	if (raw !== undefined && op === '=') {
		// `=` keeps text such as `4G` or `IP67` as written.
		const q = parseQuantity(raw)
		if (q && q.unit === null) value = q.value
	} else if (raw !== undefined && op !== undefined && NUMERIC_OPS.includes(op)) {
		const q = parseQuantity(raw)
		if (q && q.unit === null) value = q.value
		else if (q && unit === undefined) {
			value = q.value
			unit = q.unit ?? undefined
		}
	} else if (op === 'in') {
		const choices = raw === undefined ? [] : splitChoices(raw)
		value = choices.length ? choices : undefined
	}
	if (typeof value2 === 'string') {
		// `30m` as the upper bound of `15m … 30m`: the same unit may be repeated.
		const q = parseQuantity(value2)
		if (q && q.unit !== null && q.unit === unit) value2 = q.value
	}
	const out: Record<string, unknown> = { name: trimmed(row.name), op, value, value2, unit }
	for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
	return out
}

/** `<list ref>-01`, `-02`, … for items left without a ref, skipping refs the other items already use. */
export function fillItemRefs(listRef: string, refs: (string | undefined)[]): string[] {
	const taken = new Set(refs.filter((r): r is string => r !== undefined))
	let n = 0
	return refs.map((r) => {
		if (r !== undefined) return r
		let candidate: string
		do {
			n++
			candidate = `${listRef}-${String(n).padStart(2, '0')}`
		} while (taken.has(candidate))
		taken.add(candidate)
		return candidate
	})
}

function itemToRecord(item: ItemInput, ref: string): Record<string, unknown> {
	const list = (xs: string[] | undefined) => {
		const kept = (xs ?? []).map((x) => x.trim()).filter((x) => x !== '')
		return kept.length ? kept : undefined
	}
	const out: Record<string, unknown> = {
		ref,
		name: trimmed(item.name),
		category: trimmed(item.category),
		quantity: numberOrText(item.quantity),
		unit: trimmed(item.unit),
		scenarios: list(item.scenarios),
		specs: item.specs?.length ? item.specs.map(rowToConstraint) : undefined,
		certifications: list(item.certifications),
		budgetPerUnit: numberOrText(item.budgetPerUnit),
		neededBy: trimmed(item.neededBy),
		notes: trimmed(item.notes),
	}
	for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
	return out
}

/** The record the form describes (not yet validated). Blank rows are kept, so error paths match the rows on screen. */
export function formToRecord(f: DemandFormInput, ctx: FormContext): Record<string, unknown> {
	const listRef = ctx.refFixed ? ctx.ref : (trimmed(f.ref) ?? ctx.ref)
	const items = f.items ?? []
	const refs = fillItemRefs(
		listRef,
		items.map((i) => trimmed(i.ref)),
	)
	const out: Record<string, unknown> = {
		ref: listRef,
		org: ctx.org,
		title: trimmed(f.title),
		kind: trimmed(f.kind),
		deadline: trimmed(f.deadline),
		region: trimmed(f.region),
		status: ctx.status,
		items: items.map((item, i) => itemToRecord(item, refs[i]!)),
	}
	for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
	return out
}

/**
 * A requirement whose unit does not measure what its name says (排水流量 ≥ 500 kg): the editor refuses it beside the
 * unit, as the standards editor does. Loose on purpose (it runs when other fields are wrong too). The importer and the
 * API keep the interchange record and take such units as written.
 */
export function constraintUnitIssues(record: { items?: unknown }): { path: (string | number)[]; code: string; vars: Record<string, unknown> }[] {
	const out: { path: (string | number)[]; code: string; vars: Record<string, unknown> }[] = []
	const items = Array.isArray(record.items) ? (record.items as { specs?: unknown }[]) : []
	items.forEach((item, i) => {
		const specs = item && Array.isArray(item.specs) ? (item.specs as { name?: unknown; op?: unknown; unit?: unknown }[]) : []
		specs.forEach((c, j) => {
			if (!c || typeof c.name !== 'string' || typeof c.op !== 'string' || typeof c.unit !== 'string') return
			const p = unitProblem({ name: c.name, op: c.op, unit: c.unit })
			if (p?.code === 'unit.wrongDimension') out.push({ path: ['items', i, 'specs', j, 'unit'], code: p.code, vars: { value: p.value, name: p.name, examples: p.examples } })
		})
	})
	return out
}

/** The editor's schema: form fields in, a valid DemandRecord out (problems at the form's own field paths). */
export function demandForm(ctx: FormContext) {
	const today = ctx.today
	const record = demandRecord.superRefine(
		(r, z) => {
			const issues = [...constraintUnitIssues(r), ...(today ? publishingIssues(r, ctx.baseline ?? null, today) : [])]
			for (const i of issues) z.addIssue({ code: 'custom', path: i.path, message: i.code, params: { i18n: i.code, ...i.vars } })
		},
		// Also when other fields are wrong, so every problem shows at once.
		{ when: () => true },
	)
	return demandFormFields.transform((f) => formToRecord(f, ctx)).pipe(record)
}

/** The status a button asks for: `save` keeps the current one (a new list starts as a draft). */
export function statusFor(intent: string | null | undefined, current: DemandRecord['status'] | null): DemandRecord['status'] {
	if (intent === 'publish') return 'published'
	if (intent === 'draft') return 'draft'
	return current ?? 'draft'
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v))

/** A stored constraint as an editor row (the inverse of rowToConstraint). */
export function constraintToRow(c: SpecConstraintInput): z.input<typeof specRowFields> {
	return {
		name: c.name,
		op: c.op,
		value: Array.isArray(c.value) ? c.value.join('|') : str(c.value),
		value2: str(c.value2),
		unit: c.unit,
	}
}

/** A stored record as the form's initial value. */
export function recordToFormValue(r: DemandRecord): DemandFormValue {
	return {
		ref: r.ref,
		title: r.title,
		kind: r.kind,
		deadline: r.deadline,
		region: r.region,
		items: r.items.map((i) => ({
			ref: i.ref,
			name: i.name,
			category: i.category,
			quantity: str(i.quantity),
			unit: i.unit,
			scenarios: i.scenarios,
			specs: i.specs?.map(constraintToRow),
			certifications: i.certifications,
			budgetPerUnit: str(i.budgetPerUnit),
			neededBy: i.neededBy,
			notes: i.notes,
		})),
	}
}

/** A copy of a list under a new ref: a draft, its items renumbered, the title marked as a copy. */
export function duplicateRecord(r: DemandRecord, newRef: string, suffix: string): DemandRecord {
	const maxTitle = 200
	const title = r.title.length + suffix.length > maxTitle ? r.title.slice(0, maxTitle - suffix.length) + suffix : r.title + suffix
	const refs = fillItemRefs(newRef, r.items.map(() => undefined))
	return { ...r, ref: newRef, title, status: 'draft', items: r.items.map((i, n) => ({ ...i, ref: refs[n]! })) }
}
