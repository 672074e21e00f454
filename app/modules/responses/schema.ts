// The fields of a response (响应/报价) and of the demand owner's decisions, defined once and shared by the web forms
// (Conform in the browser and again on the server) and the JSON API.
import { z } from 'zod'
import { ref, text } from '#app/modules/catalog/fields.ts'

export const MAX_ATTACHMENTS = 3
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024
export const MAX_NOTE = 2000
export const MAX_QUANTITY = 1e9

export const unitPrice = z.number().min(0).max(1e12)
export const quantity = z.number().gt(0).max(MAX_QUANTITY)
export const deliveryDays = z.number().int().min(0).max(3650)
export const note = text(MAX_NOTE)

const bad = (i18n: string, vars: Record<string, unknown> = {}) => ({ params: { i18n, ...vars } })

/** Uploads as the browser sends them; the content is checked on the server by its first bytes (attachments.server.ts). */
export const attachmentFiles = z
	.array(z.instanceof(File))
	.max(MAX_ATTACHMENTS)
	.superRefine((files, ctx) => {
		files.forEach((f, i) => {
			if (f.size > MAX_ATTACHMENT_BYTES) ctx.addIssue({ code: 'custom', path: [i], ...bad('attachment.tooLarge', { name: f.name, max: MAX_ATTACHMENT_BYTES / 1024 / 1024 }) })
		})
	})

/** The submission form (/my/responses/new). */
export const responseForm = z.object({
	list: ref,
	item: ref,
	listing: ref,
	unitPrice: unitPrice.optional(),
	quantity,
	deliveryDays: deliveryDays.optional(),
	note: note.optional(),
	attachments: attachmentFiles.optional(),
})
export type ResponseFormValue = z.output<typeof responseForm>

/** The JSON API's body: quantity defaults to the item's. */
export const responseBody = z.strictObject({
	listing: ref,
	unitPrice: unitPrice.optional(),
	quantity: quantity.optional(),
	deliveryDays: deliveryDays.optional(),
	note: note.optional(),
})
export type ResponseInput = { listing: string; unitPrice?: number; quantity?: number; deliveryDays?: number; note?: string }

/** One decision of the demand owner on one response (/my/demands/:ref/responses). */
export const decisionForm = z.discriminatedUnion('intent', [
	z.object({ intent: z.literal('shortlist'), response: z.number().int().positive() }),
	z.object({ intent: z.literal('unshortlist'), response: z.number().int().positive() }),
	z.object({ intent: z.literal('award'), response: z.number().int().positive(), quantity }),
	z.object({ intent: z.literal('adjust'), response: z.number().int().positive(), quantity }),
	z.object({ intent: z.literal('decline'), response: z.number().int().positive(), note: text(500).optional() }),
	z.object({ intent: z.literal('deliver'), response: z.number().int().positive(), delivered: z.number().min(0).max(MAX_QUANTITY) }),
])
export type DecisionValue = z.output<typeof decisionForm>
