// Field schemas shared by every record schema (forms, JSON API and importer compose these).
// Custom problems carry `params.i18n` (a message key) so reports can be worded in the user's language.
import { z } from 'zod'
import { isValidRegionCode, CATEGORY_BY_CODE, CERTIFICATION_BY_CODE, QUALIFICATION_ALIASES, QUALIFICATION_BY_CODE, SCENARIO_BY_CODE, TEAM_TYPE_BY_CODE } from './reference-data.ts'
import { usccProblem } from './uscc.ts'
import { CONSTRAINT_OPS } from '#db/schema/constraints.ts'
import { stripControlChars } from '#app/utils/text.ts'

export const LIMITS = {
	title: 200,
	name: 200,
	description: 10_000,
	specs: 100,
	items: 2_000,
	shortText: 100,
	notes: 2_000,
	keywords: 50,
	keyword: 50,
	fileBytes: 50 * 1024 * 1024,
	// A spreadsheet is a ZIP archive that exceljs unpacks and parses in memory, so it is measured before it is read
	// (imports/workbook-limits.server.ts). Unpacked, it may hold no more than a JSON file may (50 MB); rows: fifty
	// demand lists or standards of the maximum 2,000 items; cells: ten filled columns a row on average.
	xlsxUnpackedBytes: 50 * 1024 * 1024,
	xlsxRows: 100_000,
	xlsxCells: 1_000_000,
	/** Parts of the archive (a workbook has a dozen or so: sheets, styles, shared strings, relationships). */
	xlsxParts: 1_000,
} as const

type Params = { i18n: string; [k: string]: unknown }
/** A refinement whose problem is reported through the message catalog. */
const bad = (i18n: string, extra: Record<string, unknown> = {}): { params: Params; message: string } => ({
	params: { i18n, ...extra },
	message: i18n,
})

/**
 * Control characters (C0 but tab and line breaks, DEL, C1; see utils/text.ts) are removed where text comes in — the
 * importer's `clean` (files and API records), the API's JSON reader, the form reader — and every text field refuses
 * any that is left, so no path stores one.
 */
export const hasControlCharacter = (s: string): boolean => stripControlChars(s) !== s

export const text = (max: number) =>
	z
		.string()
		.min(1)
		.max(max)
		.refine((s) => !hasControlCharacter(s), bad('text.control'))
export const ref = z
	.string()
	.min(1)
	.max(LIMITS.shortText)
	.refine((s) => !/[\u0000-\u001f\u007f-\u009f]/.test(s), bad('ref.control'))

export const isoDate = z.string().superRefine((s, ctx) => {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
		ctx.addIssue({ code: 'custom', message: 'date.format', params: { i18n: 'date.format', value: s } })
		return
	}
	const d = new Date(`${s}T00:00:00Z`)
	if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
		ctx.addIssue({ code: 'custom', message: 'date.invalid', params: { i18n: 'date.invalid', value: s } })
})

export const nonNegativeInt = z.number().int().min(0).max(2_147_483_647)
export const nonNegativeNumber = z.number().min(0).max(1e15)
export const positiveNumber = z.number().gt(0).max(1e12)

/** A code that must be one of a known set; the problem names the value. */
const codeIn = (known: (c: string) => boolean, i18n: string) =>
	z.string().superRefine((value, ctx) => {
		if (!known(value)) ctx.addIssue({ code: 'custom', message: i18n, params: { i18n, value } })
	})

export const categoryCode = codeIn((c) => CATEGORY_BY_CODE.has(c), 'category.unknown')
export const scenarioCode = codeIn((c) => SCENARIO_BY_CODE.has(c), 'scenario.unknown')
export const certificationCode = codeIn((c) => CERTIFICATION_BY_CODE.has(c), 'certification.unknown')
export const regionCode = codeIn(isValidRegionCode, 'region.invalid')
export const teamTypeCode = codeIn((c) => TEAM_TYPE_BY_CODE.has(c), 'teamType.unknown')
export const qualificationCode = z
	.string()
	.transform((q) => QUALIFICATION_ALIASES[q] ?? q)
	.pipe(codeIn((q) => QUALIFICATION_BY_CODE.has(q), 'qualification.unknown'))

export const uscc = z
	.string()
	.transform((s) => s.toUpperCase())
	.superRefine((code, ctx) => {
		const p = usccProblem(code)
		if (!p) return
		ctx.addIssue({ code: 'custom', message: `uscc.${p.kind}`, params: { i18n: `uscc.${p.kind}`, ...p } })
	})

/** A web address as organizations write it (`www.x.cn` or `https://…`); other schemes (javascript:, data:) are refused. */
export const webAddress = text(300).superRefine((s, ctx) => {
	const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(s)?.[1]?.toLowerCase()
	const ok = scheme === undefined || ((scheme === 'http' || scheme === 'https') && URL.canParse(s))
	if (!ok || /\s/.test(s)) ctx.addIssue({ code: 'custom', message: 'url.invalid', params: { i18n: 'url.invalid', value: s } })
})

const distinct = <T>(xs: T[]) => new Set(xs).size === xs.length
export const codeList = <T extends z.ZodType<string>>(item: T, max = 50) =>
	z
		.array(item)
		.max(max)
		.refine((xs) => distinct(xs as string[]), bad('list.duplicates'))

/** A supplier's stated spec: a number with an optional unit, or a text value. */
export const spec = z.strictObject({
	name: text(LIMITS.shortText),
	value: z.union([z.number().finite(), text(500)]),
	unit: text(30).optional(),
})
export type SpecInput = z.infer<typeof spec>

/** A buyer's or a standard's requirement on a spec. */
export const specConstraint = z
	.strictObject({
		name: text(LIMITS.shortText),
		op: z.enum(CONSTRAINT_OPS),
		value: z.union([z.number().finite(), text(500), z.array(text(200)).min(1).max(100)]).optional(),
		value2: z.number().finite().optional(),
		unit: text(30).optional(),
	})
	.superRefine((c, ctx) => {
		const issue = (i18n: string, path: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message: i18n, params: { i18n, op: c.op } })
		switch (c.op) {
			case '>=':
			case '<=':
				if (typeof c.value !== 'number') issue('constraint.numberRequired', 'value')
				if (c.value2 !== undefined) issue('constraint.noValue2', 'value2')
				break
			case 'between':
				if (typeof c.value !== 'number') issue('constraint.numberRequired', 'value')
				if (c.value2 === undefined) issue('constraint.value2Required', 'value2')
				else if (typeof c.value === 'number' && c.value2 < c.value) issue('constraint.rangeOrder', 'value2')
				break
			case '=':
				if (c.value === undefined || Array.isArray(c.value)) issue('constraint.scalarRequired', 'value')
				if (c.value2 !== undefined) issue('constraint.noValue2', 'value2')
				break
			case 'in':
				if (!Array.isArray(c.value)) issue('constraint.listRequired', 'value')
				if (c.value2 !== undefined) issue('constraint.noValue2', 'value2')
				if (c.unit !== undefined) issue('constraint.noUnit', 'unit')
				break
			case 'has':
				if (c.value !== undefined) issue('constraint.noValue', 'value')
				if (c.value2 !== undefined) issue('constraint.noValue2', 'value2')
				if (c.unit !== undefined) issue('constraint.noUnit', 'unit')
				break
		}
	})
export type SpecConstraintInput = z.infer<typeof specConstraint>

export const certification = z.strictObject({
	type: certificationCode,
	number: text(LIMITS.shortText).optional(),
	validUntil: isoDate.optional(),
})

export const uniqueBy = <T>(key: (t: T) => string, i18n: string) => (xs: T[], ctx: z.RefinementCtx) => {
	const seen = new Map<string, number>()
	xs.forEach((x, i) => {
		const k = key(x)
		if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i], message: i18n, params: { i18n, value: k, first: seen.get(k)! + 1 } })
		else seen.set(k, i)
	})
}
