// Configuration standards (装备配备标准) and team inventories (interchange.md §1), shared by forms, API, importer.
import { z } from 'zod'
import {
	categoryCode,
	certificationCode,
	codeList,
	isoDate,
	nonNegativeInt,
	nonNegativeNumber,
	ref,
	specConstraint,
	teamTypeCode,
	text,
	uniqueBy,
	LIMITS,
} from '../catalog/fields.ts'
import { unitProblem } from '../catalog/spec-units.ts'

export const standardItemRecord = z.strictObject({
	ref,
	name: text(LIMITS.name),
	category: categoryCode.optional(),
	quantity: z
		.strictObject({
			fixed: nonNegativeNumber.optional(),
			perPerson: nonNegativeNumber.optional(),
			min: nonNegativeNumber.optional(),
		})
		// Exactly one rule gives the required quantity (interchange.md §2: fixed ?? ceil(perPerson × headcount));
		// `min` only raises it.
		.superRefine((q, ctx) => {
			if (q.fixed === undefined && q.perPerson === undefined) ctx.addIssue({ code: 'custom', message: 'quantity.rule', params: { i18n: 'quantity.rule' } })
			else if (q.fixed !== undefined && q.perPerson !== undefined) ctx.addIssue({ code: 'custom', message: 'quantity.both', params: { i18n: 'quantity.both' } })
		}),
	mandatory: z.boolean().default(true),
	specs: z
		.array(specConstraint)
		.max(LIMITS.specs)
		.superRefine((specs, ctx) =>
			specs.forEach((c, i) => {
				const p = unitProblem(c)
				if (p) ctx.addIssue({ code: 'custom', path: [i, 'unit'], message: p.code, params: { i18n: p.code, ...p } })
			}),
		)
		.optional(),
	certifications: codeList(certificationCode, 20).optional(),
	serviceLifeYears: z.number().int().min(1).max(100).optional(),
})
export type StandardItemRecord = z.output<typeof standardItemRecord>

export const standardRecord = z.strictObject({
	code: ref,
	title: text(LIMITS.title),
	issuer: text(LIMITS.name).optional(),
	teamType: teamTypeCode,
	level: text(50).optional(),
	version: text(50).optional(),
	status: z.enum(['draft', 'published', 'archived']).default('published'),
	items: z
		.array(standardItemRecord)
		.min(1)
		.max(LIMITS.items)
		.superRefine(uniqueBy((i) => i.ref, 'items.duplicateRef')),
})
export type StandardRecord = z.output<typeof standardRecord>

export const inventoryLotRecord = z
	.strictObject({
		item: ref.optional(),
		name: text(LIMITS.name).optional(),
		quantity: nonNegativeNumber,
		acquiredYear: z.number().int().min(1900).max(2100).optional(),
	})
	.refine((l) => l.item !== undefined || l.name !== undefined, { message: 'inventory.itemOrName', params: { i18n: 'inventory.itemOrName' } })

export const teamRecord = z.strictObject({
	org: ref,
	standard: ref,
	headcount: nonNegativeInt,
	asOf: isoDate.optional(),
	inventory: z.array(inventoryLotRecord).max(LIMITS.items * 5).default([]),
})
export type TeamRecord = z.output<typeof teamRecord>
