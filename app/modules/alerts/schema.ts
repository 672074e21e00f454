// The forms of the alert pages (shared by Conform in the browser and the actions): saving a search, its frequency,
// deleting it, the e-mail setting, and marking notifications read.
import { z } from 'zod'
import { MAX_NAME_CHARS, MAX_QUERY_CHARS } from './search-query.ts'

/** As db/schema/alerts.ts (not imported: this file is bundled for the browser). */
export const FREQUENCIES = ['instant', 'daily', 'off'] as const

const id = z.coerce.number().int().min(1)
const frequency = z.enum(FREQUENCIES)

export const saveSearchForm = z.object({
	intent: z.literal('create'),
	/** Empty: named after the search. */
	name: z.string().trim().max(MAX_NAME_CHARS).optional(),
	query: z.string().max(MAX_QUERY_CHARS).default(''),
	frequency: frequency.default('daily'),
})

export const frequencyForm = z.object({ intent: z.literal('frequency'), id, frequency })
export const deleteForm = z.object({ intent: z.literal('delete'), id })
export const emailForm = z.object({ intent: z.literal('email'), email: frequency })

export const readForm = z.object({ intent: z.enum(['read', 'open']), id })
