// The listing record of the interchange format (interchange.md §1): equipment, services, financial products and
// research results, with specs and certifications. Shared by forms, API and importer.
import { z } from 'zod'
import {
	categoryCode,
	certification,
	codeList,
	nonNegativeInt,
	nonNegativeNumber,
	ref,
	scenarioCode,
	spec,
	text,
	LIMITS,
} from '../catalog/fields.ts'
import { LISTING_KINDS, LISTING_STATUSES } from '#db/schema/listings.ts'

export const LISTING_OWNER_KINDS = ['enterprise', 'finance', 'research'] as const

export const listingRecord = z
	.strictObject({
		ref,
		org: ref,
		kind: z.enum(LISTING_KINDS).default('equipment'),
		title: text(LIMITS.title),
		model: text(LIMITS.shortText).optional(),
		category: categoryCode.optional(),
		scenarios: codeList(scenarioCode, 11).optional(),
		description: text(LIMITS.description).optional(),
		keywords: z.array(text(LIMITS.keyword)).max(LIMITS.keywords).optional(),
		specs: z.array(spec).max(LIMITS.specs).optional(),
		certifications: z.array(certification).max(50).optional(),
		price: z
			.strictObject({ min: nonNegativeNumber.optional(), max: nonNegativeNumber.optional() })
			.refine((p) => p.min === undefined || p.max === undefined || p.min <= p.max, {
				path: ['max'],
				message: 'price.order',
				params: { i18n: 'price.order' },
			})
			.optional(),
		leadTimeDays: nonNegativeInt.optional(),
		monthlyCapacity: nonNegativeInt.optional(),
		stock: nonNegativeInt.optional(),
		status: z.enum(LISTING_STATUSES).default('published'),
	})
	.superRefine((l, ctx) => {
		if (l.kind === 'equipment' && l.category === undefined)
			ctx.addIssue({ code: 'custom', path: ['category'], message: 'listing.categoryRequired', params: { i18n: 'listing.categoryRequired' } })
	})
export type ListingRecord = z.output<typeof listingRecord>
