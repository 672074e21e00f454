// The listing editor's form: its zod schema, composed from the listing record's field schemas so the web form, the
// JSON API and the importer accept the same values, and the conversions between form values and `ListingRecord`s.
// Pure (no I/O): the browser validates with it (Conform) and the server again before `listingRecord` and the save.
import { z } from 'zod'
import type { OrgKind } from '../accounts/permissions.ts'
import { certification, LIMITS, spec } from '../catalog/fields.ts'
import { statedSpecProblem } from '../catalog/spec-units.ts'
import { unitInfo } from '../catalog/units.ts'
import { LISTING_KINDS, LISTING_STATUSES } from '#db/schema/listings.ts'
import { listingRecord, type ListingRecord } from './schema.ts'

export type ListingKind = (typeof LISTING_KINDS)[number]
export type ListingStatus = (typeof LISTING_STATUSES)[number]

/** What an organization of each kind offers (interchange.md: listings belong to enterprises, finance and research). */
export const KINDS_BY_ORG_KIND: Record<OrgKind, readonly ListingKind[]> = {
	enterprise: ['equipment', 'service'],
	finance: ['finance_product'],
	research: ['research_result'],
	rescue_team: [],
	bureau: [],
	organizer: [],
}

/** The kinds an organization may choose; a stored listing keeps its own kind selectable even if it is unusual. */
export function allowedKinds(orgKind: OrgKind, current?: ListingKind): ListingKind[] {
	const kinds = [...KINDS_BY_ORG_KIND[orgKind]]
	if (current && !kinds.includes(current)) kinds.push(current)
	return kinds
}

/** Unit spellings offered in the unit field's suggestions (every one is understood by units.ts; a test checks). */
export const SUGGESTED_UNITS = [
	'm3/h', 'm3/min', 'L/s', 'L/min', 'kg', 't', 'g', 'mm', 'cm', 'm', 'km', 's', 'min', 'h', 'd', 'W', 'kW', 'MW',
	'kPa', 'MPa', 'bar', 'mL', 'L', 'm3', 'm/s', 'km/h', 'kn', 'V', 'kV', 'VA', 'kVA', 'A', 'mA', 'kWh', 'Wh', 'm2',
] as const

const r = listingRecord.shape
const required = (path: string) => ({ code: 'custom' as const, path: [path], message: 'required', params: { i18n: 'required' } })
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null
// Row checks run even when a sibling field of the row failed, so every problem of a row is shown at once.
const always = { when: (p: { value: unknown }) => isObject(p.value) }

/**
 * A spec row: the record's spec fields, each optional so that a row left completely empty is simply dropped.
 * A value that reads as a number is stored as a number (Conform tries the union's number first), else as text.
 * A unit needs a value with a number in it, and must measure what the name says (statedSpecProblem).
 */
const specRow = z
	.object({ name: spec.shape.name.optional(), value: spec.shape.value.optional(), unit: spec.shape.unit })
	.superRefine((row, ctx) => {
		if (row.name === undefined && row.value === undefined && row.unit === undefined) return
		if (row.name === undefined) ctx.addIssue(required('name'))
		if (row.value === undefined) ctx.addIssue(required('value'))
		const p = statedSpecProblem(row)
		if (p) ctx.addIssue({ code: 'custom', path: [p.code === 'spec.numberWithUnit' ? 'value' : 'unit'], message: p.code, params: { i18n: p.code, ...p } })
	}, always)

const certificationRow = z
	.object({ type: certification.shape.type.optional(), number: certification.shape.number, validUntil: certification.shape.validUntil })
	.superRefine((row, ctx) => {
		if (row.type === undefined && (row.number !== undefined || row.validUntil !== undefined)) ctx.addIssue(required('type'))
	}, always)

/** Keywords as typed: separated by commas, semicolons or 、 (half- or full-width), stored as a list without repeats. */
const keywordsText = z
	.string()
	.transform((s) => [...new Set(s.split(/[,，;；、\n]+/).map((k) => k.trim()).filter(Boolean))])
	.pipe(r.keywords.unwrap())

/** The editor's schema for an organization that may offer `kinds`. `status` comes from the button pressed. */
export function listingFormSchema(kinds: readonly ListingKind[]) {
	return z
		.object({
			kind: z.enum(kinds.length ? (kinds as [ListingKind, ...ListingKind[]]) : LISTING_KINDS),
			title: r.title,
			model: r.model,
			category: r.category,
			scenarios: r.scenarios,
			description: r.description,
			keywords: keywordsText.optional(),
			specs: z.array(specRow).max(LIMITS.specs).optional(),
			certifications: z.array(certificationRow).max(50).optional(),
			price: r.price,
			leadTimeDays: r.leadTimeDays,
			monthlyCapacity: r.monthlyCapacity,
			stock: r.stock,
			status: z.enum(LISTING_STATUSES),
		})
		.superRefine(
			(f, ctx) => {
				// The record's rule, checked here too so the browser reports it with the other fields.
				if (f.kind === 'equipment' && f.category === undefined)
					ctx.addIssue({ code: 'custom', path: ['category'], message: 'listing.categoryRequired', params: { i18n: 'listing.categoryRequired' } })
			},
			{ when: (p) => isObject(p.value) },
		)
}
export type ListingFormValue = z.output<ReturnType<typeof listingFormSchema>>

const filled = <T extends Record<string, unknown>>(row: T) => Object.values(row).some((v) => v !== undefined)

/** The record a valid form describes (empty rows dropped, empty lists and objects left out, as the importer reads files). */
export function recordFromForm(value: ListingFormValue, ids: { ref: string; org: string }): ListingRecord {
	const specs = (value.specs ?? []).filter(filled).map((s) => compact({ name: s.name!, value: s.value!, unit: s.unit }))
	const certifications = (value.certifications ?? []).filter(filled).map((c) => compact({ type: c.type!, number: c.number, validUntil: c.validUntil }))
	const price = value.price ? compact({ min: value.price.min, max: value.price.max }) : undefined
	return compact({
		ref: ids.ref,
		org: ids.org,
		kind: value.kind,
		title: value.title,
		model: value.model,
		category: value.category,
		scenarios: value.scenarios?.length ? value.scenarios : undefined,
		description: value.description,
		keywords: value.keywords?.length ? value.keywords : undefined,
		specs: specs.length ? specs : undefined,
		certifications: certifications.length ? certifications : undefined,
		price: price && Object.keys(price).length ? price : undefined,
		leadTimeDays: value.leadTimeDays,
		monthlyCapacity: value.monthlyCapacity,
		stock: value.stock,
		status: value.status,
	}) as ListingRecord
}

/** The form's starting values for a stored record (or a new, empty listing of the first allowed kind). */
export function formDefaults(record: ListingRecord | null, kinds: readonly ListingKind[]) {
	if (!record) return { kind: kinds[0] ?? 'equipment', specs: [{}], certifications: [] as object[] }
	return {
		kind: record.kind,
		title: record.title,
		model: record.model,
		category: record.category,
		scenarios: record.scenarios ?? [],
		description: record.description,
		keywords: record.keywords?.join('，'),
		specs: (record.specs ?? []).map((s) => ({ name: s.name, value: String(s.value), unit: s.unit })),
		certifications: (record.certifications ?? []).map((c) => ({ type: c.type, number: c.number, validUntil: c.validUntil })),
		price: { min: numText(record.price?.min), max: numText(record.price?.max) },
		leadTimeDays: numText(record.leadTimeDays),
		monthlyCapacity: numText(record.monthlyCapacity),
		stock: numText(record.stock),
	}
}

const numText = (n: number | undefined) => (n === undefined ? undefined : String(n))

function compact<T extends Record<string, unknown>>(o: T): T {
	return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}

/** How the editor describes a spec row's unit: converted to the canonical unit, unknown (compared only as written), or nothing. */
export function unitNote(value: string | undefined, unit: string | undefined): { kind: 'converts'; canonical: string; value: number | null } | { kind: 'unknown' } | null {
	if (!unit?.trim()) return null
	const info = unitInfo(unit)
	if (!info) return { kind: 'unknown' }
	const n = value !== undefined && value.trim() !== '' ? Number(value) : NaN
	return { kind: 'converts', canonical: info.canonical, value: Number.isFinite(n) ? Number((n * info.factor).toPrecision(12)) : null }
}

/** The submitted fields with surrounding spaces removed (interchange.md: strings are trimmed; blank means absent). */
export function trimmedForm(formData: FormData | URLSearchParams): FormData {
	const out = new FormData()
	for (const [name, value] of formData.entries()) out.append(name, typeof value === 'string' ? value.trim() : value)
	return out
}
