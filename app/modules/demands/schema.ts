// The demand record of the interchange format (interchange.md §1): a demand list with items carrying spec
// constraints and required certifications. Shared by forms, API and importer.
import { z } from 'zod'
import {
	categoryCode,
	certificationCode,
	codeList,
	isoDate,
	nonNegativeNumber,
	positiveNumber,
	ref,
	regionCode,
	scenarioCode,
	specConstraint,
	text,
	uniqueBy,
	LIMITS,
} from '../catalog/fields.ts'
import { DEMAND_KINDS, DEMAND_STATUSES } from '#db/schema/demands.ts'

export const DEMAND_OWNER_KINDS = ['rescue_team', 'bureau', 'enterprise'] as const

export const demandItemRecord = z.strictObject({
	ref,
	name: text(LIMITS.name),
	category: categoryCode.optional(),
	quantity: positiveNumber,
	unit: text(20).optional(),
	scenarios: codeList(scenarioCode, 11).optional(),
	specs: z.array(specConstraint).max(LIMITS.specs).optional(),
	certifications: codeList(certificationCode, 20).optional(),
	budgetPerUnit: nonNegativeNumber.optional(),
	neededBy: isoDate.optional(),
	notes: text(LIMITS.notes).optional(),
})
export type DemandItemRecord = z.output<typeof demandItemRecord>

export const demandRecord = z.strictObject({
	ref,
	org: ref,
	title: text(LIMITS.title),
	kind: z.enum(DEMAND_KINDS).default('procurement'),
	deadline: isoDate.optional(),
	region: regionCode.optional(),
	status: z.enum(DEMAND_STATUSES).default('published'),
	items: z
		.array(demandItemRecord)
		.min(1)
		.max(LIMITS.items)
		.superRefine(uniqueBy((i) => i.ref, 'items.duplicateRef')),
})
export type DemandRecord = z.output<typeof demandRecord>
