// GET /api/v1/search: public full-text and faceted search of listings (or, with index=demands, open demand items).
import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'
import { ApiError, handleApi, issuesOf, json, type ApiContext } from '#app/http/api/http.server.ts'
import { FACETS } from '#search/engine.ts'
import { getSearchEngine } from '#app/utils/search-engine.server.ts'
import { toResponse } from '#search/response.ts'

const searchQuery = z.strictObject({
	q: z.string().default(''),
	index: z.enum(['listings', 'demands']).default('listings'),
	sort: z.enum(['relevance', 'newest', 'price_asc', 'price_desc']).optional(),
	page: z.coerce.number().int().min(1).max(100_000).default(1),
	perPage: z.coerce.number().int().min(1).max(100).default(20),
	...Object.fromEntries(FACETS.map((f) => [f, z.array(z.string().max(200)).max(50).optional()])),
	lang: z.string().optional(),
	lng: z.string().optional(),
})

async function search(ctx: ApiContext): Promise<Response> {
	const params = new URL(ctx.request.url).searchParams
	const raw: Record<string, string | string[]> = {}
	for (const key of new Set(params.keys())) {
		raw[key] = (FACETS as readonly string[]).includes(key) ? params.getAll(key) : params.getAll(key).at(-1)!
	}
	const result = searchQuery.safeParse(raw, { reportInput: true })
	if (!result.success) throw new ApiError('bad_request', 'badQuery', {}, issuesOf(result.error.issues, 'listing', ctx.locale))
	const p = result.data
	const filters = Object.fromEntries(FACETS.map((f) => [f, (p as Record<string, unknown>)[f] as string[] | undefined]).filter(([, v]) => v?.length))
	const engine = getSearchEngine(ctx.db)
	const found = await engine.search({ index: p.index, q: p.q, filters, sort: p.sort, page: p.page, perPage: p.perPage })
	return json(toResponse(found, p.index))
}

export const loader = (args: LoaderFunctionArgs) => handleApi(args, { GET: search })
