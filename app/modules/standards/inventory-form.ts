// The forms of /my/inventory (在用装备台账): team settings (standard, headcount, as-of date) and one inventory lot.
// Shared by the browser (Conform) and the server; the saved record is then checked again by the importer's rules.
import { z } from 'zod'
import { isoDate, LIMITS } from '../catalog/fields.ts'

/** The team record's `updatedAt` when the page was rendered: a form posted over a newer inventory is refused. */
const version = z.string().max(40).optional()

export const teamSettingsForm = z.object({
	intent: z.literal('settings'),
	version,
	standard: z.string().min(1).max(LIMITS.shortText),
	headcount: z.number().int().min(0).max(100_000),
	asOf: isoDate.optional(),
})
export type TeamSettingsForm = z.output<typeof teamSettingsForm>

export const lotForm = z
	.object({
		intent: z.enum(['addLot', 'editLot']),
		version,
		position: z.number().int().min(0).optional(),
		item: z.string().max(LIMITS.shortText).optional(),
		name: z.string().max(LIMITS.name).optional(),
		quantity: z.number().gt(0).max(1e9),
		acquiredYear: z.number().int().min(1900).max(2100).optional(),
	})
	.superRefine((l, ctx) => {
		if (l.item === undefined && l.name === undefined)
			ctx.addIssue({ code: 'custom', path: ['name'], message: 'inventory.itemOrName', params: { i18n: 'inventory.itemOrName' } })
		if (l.intent === 'editLot' && l.position === undefined) ctx.addIssue({ code: 'custom', path: ['position'], message: 'required', params: { i18n: 'required' } })
	})
export type LotForm = z.output<typeof lotForm>

export const deleteLotForm = z.object({ intent: z.literal('deleteLot'), version, position: z.number().int().min(0) })
