// GET /api/v1/listings/:ref/opportunities?limit=20 — the open demand items a public listing is eligible for, best first.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { ApiError, handleApi, json, type ApiContext } from '#app/http/api/http.server.ts'
import { queryOf } from '#app/http/api/match.server.ts'
import { opportunitiesForListing } from '#app/modules/matching/load.server.ts'
import { todayIso } from '#app/utils/format.ts'

const opportunitiesQuery = z.strictObject({
	limit: z.coerce.number().int().min(1).max(100).default(20),
	lang: z.string().optional(),
	lng: z.string().optional(),
})

async function opportunities(ctx: ApiContext): Promise<Response> {
	const q = queryOf(ctx, opportunitiesQuery)
	const result = await opportunitiesForListing(ctx.db, ctx.params.ref ?? '', { limit: q.limit, today: todayIso() })
	if (!result) throw new ApiError('not_found', 'notFound')
	return json(result)
}

export const loader = (args: LoaderFunctionArgs) => handleApi(args, { GET: opportunities })
