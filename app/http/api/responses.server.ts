// The JSON API of responses (docs/api.md): the demand owner reads the responses to its list; a supplier responds to
// an item. Errors in the contract's shape `{ error: { code, message, issues? } }`.
import { translate, type Locale } from '#app/i18n/translate.ts'
import { todayIso } from '#app/utils/format.ts'
import { ApiError, invalid, issuesOf, json, orgActor, readJson, requireOrg, type ApiContext, type ErrorCode } from './http.server.ts'
import { compareResponses } from '#app/modules/responses/award.server.ts'
import { responseBody } from '#app/modules/responses/schema.ts'
import { checklistOf, matchItemOf, REFUSAL_FIELD, REFUSAL_STATUS, submitResponse, type Refusal } from '#app/modules/responses/submit.server.ts'
import { and, eq } from 'drizzle-orm'
import { demandItems, listings, responses } from '#db/schema/index.ts'

const CODE: Record<number, ErrorCode> = { 403: 'forbidden', 404: 'not_found', 409: 'conflict', 422: 'validation_failed' }

function refusal(reason: Refusal, locale: Locale): Response {
	const status = REFUSAL_STATUS[reason]
	const message = translate(locale, `responses.refused.${reason}`)
	const field = REFUSAL_FIELD[reason]
	return json({ error: { code: CODE[status], message, ...(field ? { issues: [{ path: field, message }] } : {}) } }, status)
}

/** GET /api/v1/demands/:ref/responses — the caller's own list only (another organization's list is a 404). */
export function listResponses(ctx: ApiContext): Response {
	const org = requireOrg(ctx.caller)
	if (!ctx.caller.permissions.has('update:demand:own')) throw new ApiError('forbidden', 'forbidden')
	const compared = compareResponses(ctx.db, org.id, ctx.params.ref ?? '', todayIso())
	if (!compared) throw new ApiError('not_found', 'notFound')
	return json({
		demand: { ref: compared.list.ref, title: compared.list.title, status: compared.list.status },
		items: compared.items.map((i) => ({
			ref: i.ref,
			name: i.name,
			unit: i.unit,
			requested: i.totals.requested,
			responded: i.totals.responded,
			awarded: i.totals.awarded,
			delivered: i.totals.delivered,
			remaining: i.totals.remaining,
			responses: i.responses.map((r) => ({
				id: r.id,
				supplier: { ref: r.supplierRef, name: r.supplierName, verified: r.supplierVerified },
				listing: { ref: r.listingRef, title: r.listingTitle },
				unitPrice: r.unitPrice,
				quantity: r.quantity,
				total: r.total,
				deliveryDays: r.deliveryDays,
				note: r.note,
				status: r.status,
				awardedQuantity: r.awardedQuantity,
				deliveredQuantity: r.deliveredQuantity,
				attachments: r.attachments.map((a) => ({ ...a, url: `/attachments/${a.id}` })),
				checklist: r.checklist,
			})),
		})),
	})
}

/** POST /api/v1/demands/:ref/items/:itemRef/responses — 201 with the response and its computed checklist (200 when updated). */
export async function postResponse(ctx: ApiContext): Promise<Response> {
	const org = requireOrg(ctx.caller)
	if (!ctx.caller.permissions.has('respond:demand:own')) throw new ApiError('forbidden', 'forbidden')
	const body = await readJson(ctx.request)
	const parsed = responseBody.safeParse(body, { reportInput: true })
	if (!parsed.success) throw invalid(issuesOf(parsed.error.issues, 'demand', ctx.locale))
	const listRef = ctx.params.ref ?? ''
	const itemRef = ctx.params.itemRef ?? ''
	const today = todayIso()
	const result = submitResponse(ctx.db, orgActor(ctx.caller, org), { listRef, itemRef }, parsed.data, [], { today, ip: ctx.ip, source: 'api' })
	if (!result.ok) return refusal(result.reason, ctx.locale)
	const row = ctx.db
		.select({
			id: responses.id,
			status: responses.status,
			unitPrice: responses.unitPrice,
			quantity: responses.quantity,
			deliveryDays: responses.deliveryDays,
			note: responses.note,
			listingId: listings.id,
			listingRef: listings.ref,
			listingTitle: listings.title,
			itemRef: demandItems.ref,
			itemName: demandItems.name,
		})
		.from(responses)
		.innerJoin(listings, eq(listings.id, responses.listingId))
		.innerJoin(demandItems, eq(demandItems.id, responses.demandItemId))
		.where(and(eq(responses.id, result.id), eq(responses.orgId, org.id)))
		.get()!
	const { listingId, ...shown } = row
	return json(
		{
			id: shown.id,
			demand: { ref: listRef },
			item: { ref: shown.itemRef, name: shown.itemName },
			listing: { ref: shown.listingRef, title: shown.listingTitle },
			unitPrice: shown.unitPrice,
			quantity: shown.quantity,
			deliveryDays: shown.deliveryDays,
			note: shown.note,
			status: shown.status,
			checklist: checklistOf(ctx.db, matchItemOf(ctx.db, listRef, itemRef), listingId, today),
		},
		result.created ? 201 : 200,
	)
}
