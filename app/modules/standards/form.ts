// The configuration-standard editor's form: what the browser posts (strings, nested as `items[1].quantity.fixed`,
// `items[1].specs[0].value2`) turned into a StandardRecord and validated with `standardRecord`, so the editor, the
// importer and the API word every problem alike. Requirement rows are read exactly as in the demand editor.
import { z } from 'zod'
import { constraintToRow, numberOrText, rowToConstraint, specRowFields, trimmed } from '../demands/form.ts'
import { standardRecord, type StandardRecord } from './schema.ts'

/** The editor of a standard; the id, because codes contain slashes. */
export const myStandardHref = (id: number) => `/my/standards/${id}`
/** The public spreadsheet of a published standard. */
export const standardExportHref = (code: string) => `/downloads/standard.xlsx?code=${encodeURIComponent(code)}`

// Conform turns empty strings into undefined before these run, so "optional" also means "left blank".
const text = z.string().optional()

export const standardItemFields = z.object({
	ref: text,
	name: text,
	category: text,
	quantity: z.object({ fixed: text, perPerson: text, min: text }).optional(),
	/** A checkbox: `on` when ticked, absent when not. */
	mandatory: text,
	serviceLifeYears: text,
	specs: z.array(specRowFields).optional(),
	certifications: z.array(z.string()).optional(),
})
export const standardFormFields = z.object({
	code: text,
	title: text,
	issuer: text,
	teamType: text,
	level: text,
	version: text,
	items: z.array(standardItemFields).optional(),
})
export type StandardFormValue = z.input<typeof standardFormFields>
type FormInput = z.output<typeof standardFormFields>
type ItemInput = z.output<typeof standardItemFields>

export type StandardFormContext = {
	/** The code: fixed when editing (the natural key), read from the form when creating. */
	code: string | null
	status: StandardRecord['status']
}

/**
 * Refs for items left blank: the numbering the other items use (`FS1-07` after `FS1-06`), else `S-01`, `S-02`, …,
 * skipping refs already taken.
 */
export function fillStandardItemRefs(refs: (string | undefined)[]): string[] {
	const taken = new Set(refs.filter((r): r is string => r !== undefined))
	const pattern = refs.map((r) => (r === undefined ? null : /^(.*?)(\d+)$/.exec(r))).find((m) => m)
	const prefix = pattern ? pattern[1]! : 'S-'
	const width = pattern ? pattern[2]!.length : 2
	let n = 0
	return refs.map((r) => {
		if (r !== undefined) return r
		let candidate: string
		do {
			n++
			candidate = `${prefix}${String(n).padStart(width, '0')}`
		} while (taken.has(candidate))
		taken.add(candidate)
		return candidate
	})
}

function itemToRecord(item: ItemInput, ref: string): Record<string, unknown> {
	const certifications = (item.certifications ?? []).map((c) => c.trim()).filter((c) => c !== '')
	const q = item.quantity ?? {}
	const quantity: Record<string, unknown> = { fixed: numberOrText(q.fixed), perPerson: numberOrText(q.perPerson), min: numberOrText(q.min) }
	for (const k of Object.keys(quantity)) if (quantity[k] === undefined) delete quantity[k]
	const out: Record<string, unknown> = {
		ref,
		name: trimmed(item.name),
		category: trimmed(item.category),
		quantity,
		mandatory: item.mandatory !== undefined,
		serviceLifeYears: numberOrText(item.serviceLifeYears),
		specs: item.specs?.length ? item.specs.map(rowToConstraint) : undefined,
		certifications: certifications.length ? certifications : undefined,
	}
	for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
	return out
}

/** The record the form describes (not yet validated). Blank rows are kept, so error paths match the rows on screen. */
export function formToStandardRecord(f: FormInput, ctx: StandardFormContext): Record<string, unknown> {
	const items = f.items ?? []
	const refs = fillStandardItemRefs(items.map((i) => trimmed(i.ref)))
	const out: Record<string, unknown> = {
		code: ctx.code ?? trimmed(f.code),
		title: trimmed(f.title),
		issuer: trimmed(f.issuer),
		teamType: trimmed(f.teamType),
		level: trimmed(f.level),
		version: trimmed(f.version),
		status: ctx.status,
		items: items.map((item, i) => itemToRecord(item, refs[i]!)),
	}
	for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
	return out
}

/** The editor's schema: form fields in, a valid StandardRecord out (problems at the form's own field paths). */
export function standardForm(ctx: StandardFormContext) {
	return standardFormFields.transform((f) => formToStandardRecord(f, ctx)).pipe(standardRecord)
}

const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v))

/** A stored record as the form's initial value. */
export function standardToFormValue(r: StandardRecord): StandardFormValue {
	return {
		code: r.code,
		title: r.title,
		issuer: r.issuer,
		teamType: r.teamType,
		level: r.level,
		version: r.version,
		items: r.items.map((i) => ({
			ref: i.ref,
			name: i.name,
			category: i.category,
			quantity: { fixed: str(i.quantity.fixed), perPerson: str(i.quantity.perPerson), min: str(i.quantity.min) },
			mandatory: i.mandatory ? 'on' : undefined,
			serviceLifeYears: str(i.serviceLifeYears),
			specs: i.specs?.map(constraintToRow),
			certifications: i.certifications,
		})),
	}
}

/** A new item as the form starts it: mandatory, one fixed quantity to fill in. */
export const NEW_ITEM: NonNullable<StandardFormValue['items']>[number] = { mandatory: 'on' }
