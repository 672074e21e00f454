// GET /api/v1/demands/:ref/matches?limit=10&item= — ranked listings with reasons for each item of a public demand list.
import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { ApiError, handleApi, json, type ApiContext } from '#app/http/api/http.server.ts'
import { queryOf } from '#app/http/api/match.server.ts'
import { matchesForDemand } from '#app/modules/matching/load.server.ts'
import { todayIso } from '#app/utils/format.ts'

const matchesQuery = z.strictObject({
	limit: z.coerce.number().int().min(1).max(100).default(10),
	item: z.string().min(1).max(200).optional(),
	lang: z.string().optional(),
	lng: z.string().optional(),
})

async function matches(ctx: ApiContext): Promise<Response> {
	const q = queryOf(ctx, matchesQuery)
	const result = await matchesForDemand(ctx.db, ctx.params.ref ?? '', { limit: q.limit, itemRef: q.item, today: todayIso() })
	if (!result) throw new ApiError('not_found', 'notFound')
	return json(result)
}

export const loader = (args: LoaderFunctionArgs) => handleApi(args, { GET: matches })
